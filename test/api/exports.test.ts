// @vitest-environment node
// Every entry point's public names, values and types, read from the source the package is
// built from (TypeScript's parser, following re-exports). A change to the API is a visible diff in
// test/api/__snapshots__/; a name exported from the root without a word in the README fails.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const ENTRY_POINTS = {
  '.': 'src/index.ts',
  './core': 'src/core/index.ts',
  './engine': 'src/engine/index.ts',
  './tanstack': 'src/tanstack/index.ts',
  './locales/en': 'src/locales/en.ts',
  './locales/zh-CN': 'src/locales/zh-CN.ts',
  './alb': 'src/alb/index.ts',
  './nlb': 'src/nlb/index.ts',
  './alb/locales/en': 'src/locales/alb/en.ts',
  './alb/locales/zh-CN': 'src/locales/alb/zh-CN.ts',
  './nlb/locales/en': 'src/locales/nlb/en.ts',
  './nlb/locales/zh-CN': 'src/locales/nlb/zh-CN.ts',
} as const;

interface PublicName {
  readonly name: string;
  readonly kind: 'value' | 'type';
}

// Syntax only, no type-checking: each file is parsed once, and re-exports are followed to the
// declaration, which says whether a name is a value or only a type.
const parsed = new Map<string, PublicName[]>();

function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  const file = ['.ts', '.tsx', ''].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (!file || !file.match(/\.tsx?$/)) throw new Error(`${from}: cannot resolve ${specifier}`);
  return file;
}

function isExported(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declaredNames(statement: ts.Statement): PublicName[] {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
    return [{ name: statement.name.text, kind: 'type' }];
  if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
    statement.name
  )
    return [{ name: statement.name.text, kind: 'value' }];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [{ name: declaration.name.text, kind: 'value' as const }] : [],
    );
  throw new Error(`an exported ${ts.SyntaxKind[statement.kind]} this test does not read`);
}

/** `export { a, b }` of names the file declares or imports. */
function localExports(file: string, source: ts.SourceFile, statement: ts.ExportDeclaration): PublicName[] {
  if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) throw new Error(`${file}: export *`);
  return statement.exportClause.elements.map((element) => {
    const local = (element.propertyName ?? element.name).text;
    const typeOnly = statement.isTypeOnly || element.isTypeOnly;
    for (const other of source.statements) {
      if (ts.isImportDeclaration(other) && ts.isStringLiteral(other.moduleSpecifier)) {
        const bindings = other.importClause?.namedBindings;
        const imported = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
        const binding = imported.find((candidate) => candidate.name.text === local);
        if (!binding) continue;
        const original = (binding.propertyName ?? binding.name).text;
        const declared = exportsOf(resolveModule(file, other.moduleSpecifier.text)).find((n) => n.name === original);
        if (!declared) throw new Error(`${file}: ${original} is not exported where it is imported from`);
        return { name: element.name.text, kind: typeOnly ? 'type' : declared.kind };
      }
      if (!ts.isExportDeclaration(other) && !ts.isImportDeclaration(other) && !isExported(other)) {
        const declared = safeDeclaredNames(other).find((n) => n.name === local);
        if (declared) return { name: element.name.text, kind: typeOnly ? 'type' : declared.kind };
      }
    }
    throw new Error(`${file}: ${local} is exported but neither declared nor imported`);
  });
}

function safeDeclaredNames(statement: ts.Statement): PublicName[] {
  try {
    return declaredNames(statement);
  } catch {
    return [];
  }
}

function exportsOf(file: string): PublicName[] {
  const known = parsed.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const names: PublicName[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier;
      if (!specifier) {
        names.push(...localExports(file, source, statement));
        continue;
      }
      if (!ts.isStringLiteral(specifier)) throw new Error(`${file}: an export from a computed module`);
      const target = resolveModule(file, specifier.text);
      if (!statement.exportClause) {
        names.push(...exportsOf(target));
        continue;
      }
      if (!ts.isNamedExports(statement.exportClause)) throw new Error(`${file}: a namespace export`);
      for (const element of statement.exportClause.elements) {
        const original = (element.propertyName ?? element.name).text;
        const declared = exportsOf(target).find((candidate) => candidate.name === original);
        if (!declared) throw new Error(`${file}: ${original} is not exported by ${target}`);
        const typeOnly = statement.isTypeOnly || element.isTypeOnly;
        names.push({ name: element.name.text, kind: typeOnly ? 'type' : declared.kind });
      }
    } else if (isExported(statement)) {
      names.push(...declaredNames(statement));
    }
  }
  parsed.set(file, names);
  return names;
}

function publicNames(file: string): PublicName[] {
  return [...exportsOf(path.resolve(file))].sort((a, b) =>
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
      const name = entry === '.' ? 'root' : entry.slice(2).replaceAll('/', '-');
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
