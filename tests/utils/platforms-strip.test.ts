// The build drops the rule packs' test data (utils/platforms/lib/strip-test-data.ts): every pack
// file must lose all of it and keep everything else.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePacks } from '../../utils/platforms';
import { stripTestData } from '../../utils/platforms/lib/strip-test-data';
import { REPO_ROOT } from './helpers/url-corpus';

const dir = resolve(REPO_ROOT, 'utils/platforms');
const files = [...readdirSync(dir).map((f) => resolve(dir, f)), ...readdirSync(resolve(dir, 'lib')).map((f) => resolve(dir, 'lib', f))].filter((f) =>
  f.endsWith('.ts') && !f.endsWith('types.ts'),
);

describe('stripTestData', () => {
  it.each(files.map((f) => [f.slice(REPO_ROOT.length + 1), f]))('removes every test URL from %s and nothing else', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const stripped = stripTestData(source);
    expect(stripped).not.toMatch(/\b(testUrls|notSettings)\s*:/);
    const pack = rulePacks.find((p) => file.endsWith(`/${p.id}.ts`));
    // Rules built by lib/accounts-centre.ts are checked in that file.
    const ownRules = pack?.pages.filter((r) => source.includes(`id: '${r.id}'`)) ?? [];
    for (const rule of ownRules) expect(stripped).toContain(`id: '${rule.id}'`);
    for (const url of ownRules.flatMap((r) => r.testUrls)) if (!source.includes(`: '${url}'`)) expect(stripped).not.toContain(`'${url}'`);
    expect(ownRules.length > 0 || !pack?.pages.length || source.includes('accountsCentrePages')).toBe(true);
  });

  it('leaves code that is not test data alone', () => {
    const code = "const a = { testUrl: ['x'], hosts: ['h'] };";
    expect(stripTestData(code)).toBe(code);
  });
});
