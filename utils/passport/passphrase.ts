// Checks for a passphrase being chosen (an encrypted export, the lock): a minimum length, the same
// text typed twice, and a rough strength hint. The hint is a nudge towards long passphrases
// (several unrelated words), not a measure of security. Pure: runs anywhere.

export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/** Length in characters as a person counts them (an accented letter is one). */
const characters = (text: string) => [...text.normalize('NFC')].length;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = characters(passphrase);
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  // "aaaaaaaaaaaa" or "abababababab" is long but guessable.
  if (new Set(passphrase.toLowerCase()).size < 6) return 'weak';
  const words = passphrase.trim().split(/[\s\-_.,]+/u).filter((word) => characters(word) >= 3).length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u].filter((kind) => kind.test(passphrase)).length;
  if ((words >= 4 && length >= 16) || length >= 20) return 'strong';
  if ((words >= 3 && length >= 14) || length >= 15 || (kinds >= 3 && length >= 12)) return 'fair';
  return 'weak';
}

export type PassphraseProblem = 'required' | 'tooShort' | 'mismatch';

export interface PassphraseProblems {
  passphrase?: PassphraseProblem;
  confirm?: PassphraseProblem;
}

/** What is wrong with a new passphrase and its confirmation (nothing: an empty object). */
export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblems {
  if (passphrase === '') return { passphrase: 'required' };
  if (characters(passphrase) < MIN_PASSPHRASE_LENGTH) return { passphrase: 'tooShort' };
  if (confirm !== passphrase) return { confirm: confirm === '' ? 'required' : 'mismatch' };
  return {};
}
