// The tree reads as the product (docs/DEVELOPING.md, "Layout"): each folder of utils/ is a part, and
// parts import one another only downwards. This reads every import of the sources and checks the
// layers and that no modules import each other in a circle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_FOLDERS = ['utils', 'components', 'entrypoints', 'build', 'tools'];

/** Which parts each part may import (besides itself). `vocabulary` is utils/*.ts. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  vocabulary: ['vocabulary'],
  storage: [],
  i18n: ['vocabulary'],
  detection: ['vocabulary'],
  help: ['vocabulary', 'storage', 'i18n', 'detection'],
  guide: ['vocabulary', 'storage', 'i18n', 'detection', 'help'],
  passport: ['vocabulary', 'storage', 'i18n', 'detection', 'help'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const known = new Set(files);
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function importsOf(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:\bfrom|^\s*import)\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = normalize(join(dirname(file), specifier.replace(/\?.*$/, '')));
    const target = CANDIDATES.map((ending) => base + ending).find((path) => known.has(path));
    return target ? [target] : [];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

function partOf(file: string): string {
  const [top, second] = file.split('/');
  if (top !== 'utils') return top!;
  return second!.endsWith('.ts') ? 'vocabulary' : second!;
}

describe('the layers of the tree', () => {
  it('finds the sources and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });

  it('gives every folder of utils/ a place in the layers', () => {
    const parts = new Set(files.filter((f) => f.startsWith('utils/')).map(partOf));
    for (const part of parts) expect(MAY_IMPORT, `add utils/${part}/ to MAY_IMPORT in tests/architecture.test.ts`).toHaveProperty(part);
  });

  it('imports parts only downwards; utils/ never imports components/, entrypoints/, build/ or tools/', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = partOf(file);
      for (const target of targets) {
        const to = partOf(target);
        if (from === to) continue;
        const allowed = MAY_IMPORT[from];
        const upward = allowed ? !allowed.includes(to) : from === 'components' && ['entrypoints', 'build', 'tools'].includes(to);
        if (upward) wrong.push(`${file} → ${relative(ROOT, join(ROOT, target))}`);
      }
    }
    expect(wrong, 'move the shared piece down a layer, or invert the dependency (see utils/storage/db.ts VigieSchema)').toEqual([]);
  });

  it('has no modules that import each other in a circle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].join(' → '));
        else if (!state.has(target)) visit(target, [...path, target]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});
