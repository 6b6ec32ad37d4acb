import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64 } from '../../../utils/storage/base64';

// A 9 MB buffer takes a moment on a shared machine.
const SLOW = 60_000;

describe('base64', () => {
  it('matches Node\'s own base64 and round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }), { numRuns: 50 });
  }, SLOW);

  it('decodes a multi-megabyte ciphertext (a regression: a regexp once overflowed the stack)', () => {
    // The old pattern failed from about 8 MB of base64 (6 MB of ciphertext); a passport may be 20 MB.
    const big = new Uint8Array(9 * 1024 * 1024).map((_, i) => i * 7);
    const decoded = fromBase64(toBase64(big));
    expect(decoded && Buffer.from(decoded).equals(Buffer.from(big))).toBe(true);
  }, SLOW);

  it.each(['abc', 'ab=c', 'A===', 'AB=C', 'AAAAA', 'YWJj\n', ' YWJj', 'YW Jj', 'YWJj====', '@@@@'])('refuses %j', (text) => {
    expect(fromBase64(text)).toBeUndefined();
  });
});
