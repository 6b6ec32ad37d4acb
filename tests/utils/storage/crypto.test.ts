import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../utils/storage/base64';
import {
  CryptoParamsError, KDF_ITERATIONS, WrongSecretError, decryptBytes, encryptBytes, openWithPassphrase,
  readKdfParams, sealWithPassphrase, utf8, type PassphraseSealed,
} from '../../../utils/storage/crypto';
import {
  changePassphrase, createLock, generateRecoveryCode, normalizeRecoveryCode, resetWithRecoveryCode,
  unlockWithPassphrase, unlockWithRecoveryCode, type LockHeader,
} from '../../../utils/storage/crypto-lock';

// Every derivation is a real 600 000-iteration PBKDF2 (~0.4 s): tests share results where they can.
const SLOW = 60_000;

/** Proves two keys are the same key: what one encrypts, the other decrypts. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const context = utf8.encode('test');
  const { iv, ciphertext } = await encryptBytes(a, utf8.encode('secret words'), context);
  return utf8.decode(await decryptBytes(b, iv, ciphertext, context)) === 'secret words';
}

describe('passphrase encryption', () => {
  let sealed: PassphraseSealed;
  beforeAll(async () => {
    sealed = await sealWithPassphrase('correct horse battery staple', utf8.encode('Léa’s agreements'), 'ctx');
  }, SLOW);

  it('stores PBKDF2-SHA256 ≥ 600 000 iterations, a 16-byte salt and a 96-bit IV with the ciphertext', () => {
    expect(sealed.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(sealed.kdf.salt)).toHaveLength(16);
    expect(sealed.cipher).toMatchObject({ name: 'AES-GCM', tagLength: 128 });
    expect(fromBase64(sealed.cipher.iv)).toHaveLength(12);
    // 16 bytes of plaintext ("Léa’s agreements" is 20 bytes in UTF-8) + a 16-byte tag
    expect(fromBase64(sealed.ciphertext)).toHaveLength(utf8.encode('Léa’s agreements').length + 16);
  });

  it('opens with the right passphrase', async () => {
    expect(utf8.decode(await openWithPassphrase('correct horse battery staple', sealed, 'ctx'))).toBe('Léa’s agreements');
  }, SLOW);

  it('draws a fresh salt and IV every time', async () => {
    const again = await sealWithPassphrase('correct horse battery staple', utf8.encode('Léa’s agreements'), 'ctx');
    expect(again.kdf.salt).not.toBe(sealed.kdf.salt);
    expect(again.cipher.iv).not.toBe(sealed.cipher.iv);
    expect(again.ciphertext).not.toBe(sealed.ciphertext);
  }, SLOW);

  it('says "wrong passphrase" with a typed error', async () => {
    const error = await openWithPassphrase('Correct horse battery staple', sealed, 'ctx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongSecretError);
    expect((error as WrongSecretError).secret).toBe('passphrase');
  }, SLOW);

  it('refuses a changed ciphertext or another context', async () => {
    const bytes = fromBase64(sealed.ciphertext)!;
    bytes[0]! ^= 1;
    await expect(openWithPassphrase('correct horse battery staple', { ...sealed, ciphertext: toBase64(bytes) }, 'ctx')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(openWithPassphrase('correct horse battery staple', sealed, 'other')).rejects.toBeInstanceOf(WrongSecretError);
  }, SLOW);

  it('treats the composed and decomposed forms of a passphrase as the same (NFC)', async () => {
    const composed = await sealWithPassphrase('caf\u00e9 cr\u00e8me', utf8.encode('ok'), 'ctx');
    expect(utf8.decode(await openWithPassphrase('cafe\u0301 cre\u0300me', composed, 'ctx'))).toBe('ok');
  }, SLOW);

  it.each([
    ['kdf.iterations', { iterations: 599_999 }],
    ['kdf.iterations', { iterations: 1e12 }],
    ['kdf.iterations', { iterations: 600_000.5 }],
    ['kdf.salt', { salt: toBase64(new Uint8Array(15)) }],
    ['kdf.salt', { salt: 'not base64!' }],
    ['kdf.hash', { hash: 'SHA-1' }],
  ])('refuses %s before deriving anything (%j)', async (field, change) => {
    // An iteration count of 1e12 would take days: failing fast is what this test checks.
    const error = await openWithPassphrase('x', { ...sealed, kdf: { ...sealed.kdf, ...change } as PassphraseSealed['kdf'] }, 'ctx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CryptoParamsError);
    expect((error as CryptoParamsError).field).toBe(field);
  });

  it('refuses an IV that is not 96 bits', () => {
    expect(() => readKdfParams({ ...sealed.kdf, name: 'scrypt' as 'PBKDF2' })).toThrow(CryptoParamsError);
    return expect(openWithPassphrase('x', { ...sealed, cipher: { ...sealed.cipher, iv: toBase64(new Uint8Array(16)) } }, 'ctx')).rejects.toThrow('cipher.iv');
  });
});

describe('recovery codes', () => {
  const SHAPE = /^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/;

  it('are six groups of four Crockford base32 characters, and never repeat', () => {
    const codes = Array.from({ length: 500 }, generateRecoveryCode);
    for (const code of codes) expect(code).toMatch(SHAPE);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('forgive case, spaces, dashes and O/I/L typed for 0/1/1', () => {
    expect(normalizeRecoveryCode(' abcd efgh-jkmn-pqrs tvwx-yz01 ')).toBe('ABCDEFGHJKMNPQRSTVWXYZ01');
    expect(normalizeRecoveryCode('OIL0-0000-0000-0000-0000-0000')).toBe('011000000000000000000000');
  });

  it.each(['', 'ABCD-EFGH', 'UUUU-0000-0000-0000-0000-0000', 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2'])('refuse %j', (code) => {
    expect(normalizeRecoveryCode(code)).toBeUndefined();
  });
});

describe('the lock at rest: one data key wrapped by the passphrase and by the recovery code', () => {
  let header: LockHeader;
  let dataKey: CryptoKey;
  let recoveryCode: string;
  beforeAll(async () => {
    ({ header, dataKey, recoveryCode } = await createLock('our family passphrase'));
  }, SLOW);

  it('stores no secret in the header, and a separate salt and IV per slot', () => {
    const stored = JSON.stringify(header);
    expect(stored).not.toContain('our family passphrase');
    expect(stored).not.toContain(recoveryCode.replace(/-/g, ''));
    expect(header.passphrase.kdf.salt).not.toBe(header.recoveryCode.kdf.salt);
    expect(header.passphrase.cipher.iv).not.toBe(header.recoveryCode.cipher.iv);
    expect(header.passphrase.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(header.recoveryCode.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('gives a data key that cannot be exported', async () => {
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
  });

  it('unlocks with the passphrase, or with the recovery code typed loosely', async () => {
    expect(await sameKey(dataKey, await unlockWithPassphrase(header, 'our family passphrase'))).toBe(true);
    expect(await sameKey(dataKey, await unlockWithRecoveryCode(header, recoveryCode.toLowerCase().replace(/-/g, ' ')))).toBe(true);
  }, SLOW);

  it('says which secret is wrong', async () => {
    await expect(unlockWithPassphrase(header, 'our family passphrase ')).rejects.toMatchObject({ name: 'WrongSecretError', secret: 'passphrase' });
    await expect(unlockWithRecoveryCode(header, generateRecoveryCode())).rejects.toMatchObject({ name: 'WrongSecretError', secret: 'recovery-code' });
    await expect(unlockWithRecoveryCode(header, 'not a code')).rejects.toMatchObject({ name: 'WrongSecretError', secret: 'recovery-code' });
  }, SLOW);

  it('does not let one slot pass for the other', async () => {
    const swapped: LockHeader = { ...header, recoveryCode: header.passphrase };
    await expect(unlockWithRecoveryCode(swapped, recoveryCode)).rejects.toBeInstanceOf(WrongSecretError);
  }, SLOW);

  it('changes the passphrase without touching the data key or the recovery code', async () => {
    const changed = await changePassphrase(header, 'our family passphrase', 'a new one');
    await expect(unlockWithPassphrase(changed, 'our family passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await sameKey(dataKey, await unlockWithPassphrase(changed, 'a new one'))).toBe(true);
    expect(await sameKey(dataKey, await unlockWithRecoveryCode(changed, recoveryCode))).toBe(true);
    await expect(changePassphrase(header, 'wrong', 'x')).rejects.toBeInstanceOf(WrongSecretError);
  }, SLOW);

  it('resets a forgotten passphrase with the recovery code, which is then replaced', async () => {
    const reset = await resetWithRecoveryCode(header, recoveryCode, 'remembered this time');
    expect(reset.recoveryCode).not.toBe(recoveryCode);
    expect(await sameKey(dataKey, await unlockWithPassphrase(reset.header, 'remembered this time'))).toBe(true);
    expect(await sameKey(dataKey, await unlockWithRecoveryCode(reset.header, reset.recoveryCode))).toBe(true);
    await expect(unlockWithRecoveryCode(reset.header, recoveryCode)).rejects.toBeInstanceOf(WrongSecretError);
  }, SLOW);
});
