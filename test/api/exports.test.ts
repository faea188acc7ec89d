// @vitest-environment node
// Every entry point's public names, values and types, read by the TypeScript compiler from the
// source the package is built from. A change to the API is a visible diff in
// test/api/__snapshots__/; a name exported from the root without a word in the README fails.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const ENTRY_POINTS = {
  '.': 'src/index.ts',
  './core': 'src/core/index.ts',
  './engine': 'src/engine/index.ts',
  './tanstack': 'src/tanstack/index.ts',
  './locales/zh-CN': 'src/locales/zh-CN.ts',
} as const;

const program = ts.createProgram(Object.values(ENTRY_POINTS), {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
});
const checker = program.getTypeChecker();

interface PublicName {
  readonly name: string;
  readonly kind: 'value' | 'type';
}

function publicNames(file: string): PublicName[] {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${file} has no module symbol`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const kind: PublicName['kind'] = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
      return { name: symbol.getName(), kind };
    })
    .sort((a, b) =>
      a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === 'value' ? -1 : 1,
    );
}

describe('the public API of each entry point', () => {
  it('every entry point in package.json is covered here', () => {
    const exported = Object.keys(pkg.exports).filter((key) => !key.endsWith('.css') && key !== './package.json');
    expect(exported.sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
  });

  for (const [entry, file] of Object.entries(ENTRY_POINTS)) {
    it(`${entry} exports what its snapshot lists`, async () => {
      const listing = publicNames(file)
        .map(({ name, kind }) => `${kind} ${name}`)
        .join('\n');
      const name = entry === '.' ? 'root' : entry.slice(2).replace('/', '-');
      await expect(`${listing}\n`).toMatchFileSnapshot(`./__snapshots__/${name}.txt`);
    });
  }

  it('the root exports a small set of values, each documented in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    const values = publicNames(ENTRY_POINTS['.']).filter((name) => name.kind === 'value');
    expect(values.length).toBeLessThanOrEqual(20);
    const mentioned = (name: string) => [`\`${name}`, `${name}(`, `<${name}`].some((form) => readme.includes(form));
    const undocumented = values.filter(({ name }) => !mentioned(name));
    expect(undocumented).toEqual([]);
  });

  it('the engine entry is documented, name by name, in the README or docs/architecture.md', () => {
    const docs = readFileSync('README.md', 'utf8') + readFileSync('docs/architecture.md', 'utf8');
    const values = publicNames(ENTRY_POINTS['./engine']).filter((name) => name.kind === 'value');
    expect(values.filter(({ name }) => !docs.includes(name))).toEqual([]);
  });
});
