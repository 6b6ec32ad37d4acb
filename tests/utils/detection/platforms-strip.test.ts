// The builds drop the rule packs' test data, and the content script's build their links too
// (utils/detection/platforms/lib/strip-pack-data.ts): every pack file must lose all of it and keep the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rulePacks } from '../../../utils/detection/platforms';
import { stripPageDetails, stripTestData } from '../../../utils/detection/platforms/lib/strip-pack-data';
import { REPO_ROOT } from './helpers/url-corpus';

const dir = resolve(REPO_ROOT, 'utils/detection/platforms');
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

/** Syntax errors TypeScript finds in a source text (a strip that cut too much or too little leaves some). */
function syntaxErrors(source: string): string[] {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('stripPageDetails (content-script build)', () => {
  it.each(files.map((f) => [f.slice(REPO_ROOT.length + 1), f]))('removes every link from %s and leaves valid code with every page', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const stripped = stripPageDetails(stripTestData(source));
    expect(stripped).not.toMatch(/\b(deepLink|helpUrl|reportUrl)\s*:/);
    expect(syntaxErrors(stripped)).toEqual([]);
    const pack = rulePacks.find((p) => file.endsWith(`/${p.id}.ts`));
    for (const rule of pack?.pages ?? []) {
      if (source.includes(`id: '${rule.id}'`)) expect(stripped).toContain(`id: '${rule.id}'`);
      if (rule.deepLink && source.includes(`'${rule.deepLink}'`)) expect(stripped).not.toContain(`'${rule.deepLink}'`);
    }
    if (pack?.reportUrl) expect(stripped).not.toContain(`'${pack.reportUrl}'`);
    for (const host of pack?.hosts ?? []) expect(stripped).toContain(`'${host}'`);
  });

  it('leaves type declarations and look-alike names alone', () => {
    const code = 'interface A { deepLink?: string; helpUrls: string[] }\nconst b = { deepLinks: 1 };';
    expect(stripPageDetails(code)).toBe(code);
  });

  it('removes plain, double-quoted and template values', () => {
    const stripped = stripPageDetails("{ id: 'a', deepLink: `${base}/x/`, helpUrl: \"https://h\", reportUrl: 'https://r' }");
    expect(stripped.replace(/\s+/g, ' ')).toBe("{ id: 'a', }");
  });
});
