// Content scripts' size as shipped: every file the build puts in content-scripts/ (scripts and
// styles of all platforms), gzipped at gzip's default level (6), as a store or a proxy would
// serve them. Deterministic, so measured once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../chromium.mjs';

export function contentScriptSize() {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((name) => /\.(js|css)$/.test(name)).sort();
  const sizes = files.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { file: `content-scripts/${name}`, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 6 }).length };
  });
  const gzipped = sizes.reduce((sum, s) => sum + s.gzipped, 0);
  return {
    id: 'content-script-size',
    what: 'content scripts, all platforms, gzipped',
    unit: 'KB',
    budget: { max: 16, text: '≤ 16 KB' },
    value: gzipped / 1024,
    method: 'zlib gzip level 6 of every .js and .css file in .output/chrome-mv3/content-scripts/, summed; 1 KB = 1 024 bytes',
    details: { files: sizes },
  };
}
