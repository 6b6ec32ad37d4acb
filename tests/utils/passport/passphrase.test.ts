import { describe, expect, it } from 'vitest';
import { checkNewPassphrase, MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../utils/passport/passphrase';

describe('choosing a passphrase', () => {
  it('needs a minimum length, counted in characters as people see them', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10);
    expect(checkNewPassphrase('', '')).toEqual({ passphrase: 'required' });
    expect(checkNewPassphrase('ninechars', 'ninechars')).toEqual({ passphrase: 'tooShort' });
    // Ten characters, one of them written as e + a combining accent: still ten once normalised.
    expect(checkNewPassphrase('ete\u0301 a paris', 'ete\u0301 a paris')).toEqual({});
  });

  it('needs the same text typed twice', () => {
    expect(checkNewPassphrase('purple otter reads maps', '')).toEqual({ confirm: 'required' });
    expect(checkNewPassphrase('purple otter reads maps', 'purple otter reads map')).toEqual({ confirm: 'mismatch' });
    expect(checkNewPassphrase('purple otter reads maps', 'purple otter reads maps')).toEqual({});
  });

  it('hints that several unrelated words are stronger than a short complicated word', () => {
    expect(passphraseStrength('P@ss1')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('abababababab')).toBe('weak');
    expect(passphraseStrength('abc def ghi')).toBe('weak');
    expect(passphraseStrength('sunflower12')).toBe('weak');
    expect(passphraseStrength('Sunflower#12')).toBe('fair');
    expect(passphraseStrength('otter reads maps')).toBe('fair');
    expect(passphraseStrength('purple otter reads maps')).toBe('strong');
    expect(passphraseStrength('la loutre violette lit des cartes')).toBe('strong');
  });
});
