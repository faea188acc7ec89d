#!/usr/bin/env node
// Writes dist/styles.css: src/styles.css with its local @imports inlined, in order,
// so the published stylesheet is one file with no further requests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function inline(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+['"](\.[^'"]+)['"];\s*$/gm, (_line, relative) =>
    inline(path.resolve(path.dirname(file), relative), seen).trim(),
  );
}

const out = path.join(root, 'dist/styles.css');
mkdirSync(path.dirname(out), { recursive: true });
const css = inline(path.join(root, 'src/styles.css'));
if (/@import/.test(css)) throw new Error('dist/styles.css still has an @import');
writeFileSync(out, `${css.trim()}\n`);
console.log(`wrote dist/styles.css (${css.length} bytes)`);
