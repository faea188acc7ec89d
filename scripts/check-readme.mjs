// @ts-check
// Type-checks every TypeScript and TSX example of the README against the built package
// (`npm run build` first): each block becomes a module under test-results/readme/ that imports
// 'slb-error-kit' as an app would, through the package's exports and its .d.ts files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = 'test-results/readme';
const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/^```(ts|tsx)\n([\s\S]*?)^```$/gm)].map((match, index) => ({
  index,
  ext: match[1] ?? 'ts',
  code: match[2] ?? '',
  line: readme.slice(0, match.index).split('\n').length,
}));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const block of blocks) {
  const file = path.join(OUT, `block-${String(block.index + 1).padStart(2, '0')}-line-${block.line}.${block.ext}`);
  // `export {}` makes every block a module (own scope, top-level await allowed).
  writeFileSync(file, `${block.code}\nexport {};\n`);
}
writeFileSync(
  path.join(OUT, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        // Examples show expressions on their own; unused values are the point, not a mistake.
        noUnusedLocals: false,
        types: ['react', 'react-dom'],
      },
      include: ['*.ts', '*.tsx', '../../scripts/readme/*.d.ts'],
    },
    null,
    2,
  ),
);
try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', OUT], { stdio: 'inherit' });
} catch {
  console.error(`README examples do not type-check (files in ${OUT}, named by README line)`);
  process.exit(1);
}
console.log(`${blocks.length} README examples type-check against the built package`);
