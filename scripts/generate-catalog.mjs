#!/usr/bin/env node
// @ts-check
// Generates the typed catalog from its sources (scripts/catalog/).
//   node scripts/generate-catalog.mjs          write the generated files (and new ids into ids.json)
//   node scripts/generate-catalog.mjs --check  exit 1 when a committed file is stale
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogFiles } from './catalog/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = buildCatalogFiles(root);
const check = process.argv.includes('--check');
let stale = 0;
for (const [relative, content] of Object.entries(files)) {
  const file = path.join(root, relative);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    console.error(`stale: ${relative} (run npm run catalog)`);
    stale++;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${relative}`);
  }
}
process.exit(stale ? 1 : 0);
