// Typed access to the catalog generator (scripts/catalog/build.mjs, plain JS with no type
// declarations): loaded by URL and narrowed here, so the tests never cast its values.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SEED_PATH = path.join(REPO_ROOT, 'scripts/catalog/slb-error-codes.md');

export interface DecidedRow {
  readonly id: string;
  readonly product: string;
  readonly source: string;
  readonly family: string;
  /** The actions whose error tables document it. */
  readonly actions: readonly string[];
  /** Only its actions decide it this way. */
  readonly bound: boolean;
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly intent: string;
  readonly field: string | null;
  readonly decidedBy: string;
  /** Observed rows: where real clients or the documentation show the code. */
  readonly evidence: readonly string[];
  /** Observed rows: every message servers send for the row. */
  readonly messages: readonly string[];
}

const BUILD_MODULE = new URL('../../scripts/catalog/build.mjs', import.meta.url).href;

async function exported(name: string): Promise<(...args: unknown[]) => unknown> {
  const module: unknown = await import(/* @vite-ignore */ BUILD_MODULE);
  const value: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
  if (typeof value !== 'function') throw new TypeError(`build.mjs does not export a function ${name}`);
  return (...args) => {
    const result: unknown = Reflect.apply(value, undefined, args);
    return result;
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function str(value: unknown, key: string): string {
  const found = field(value, key);
  if (typeof found !== 'string') throw new TypeError(`expected a string ${key}, got ${String(found)}`);
  return found;
}

function toRow(value: unknown): DecidedRow {
  const status = field(value, 'status');
  const fieldName = field(value, 'field');
  if (typeof status !== 'number') throw new TypeError('row without a numeric status');
  if (fieldName !== null && typeof fieldName !== 'string') throw new TypeError('row field must be a string or null');
  return {
    id: str(value, 'id'),
    product: str(value, 'product'),
    source: str(value, 'source'),
    family: str(value, 'family'),
    actions: strings(field(value, 'actions')),
    bound: field(value, 'bound') === true,
    status,
    code: str(value, 'code'),
    message: str(value, 'message'),
    intent: str(value, 'intent'),
    field: fieldName,
    decidedBy: str(value, 'decidedBy'),
    evidence: strings(field(value, 'evidence')),
    messages: strings(field(value, 'messages')),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function rows(value: unknown): DecidedRow[] {
  if (!Array.isArray(value)) throw new TypeError('expected an array of rows');
  return value.map(toRow);
}

/** `loadCatalog(root)`: every row of every product with how its intent was decided. */
export async function loadDecidedCatalog(options?: { seed?: string }): Promise<{
  slb: DecidedRow[];
  api: DecidedRow[];
  common: DecidedRow[];
  observed: DecidedRow[];
  alb: DecidedRow[];
  nlb: DecidedRow[];
  /** Every id the ledger has ever given, with its code and message. */
  ledger: Map<string, readonly string[]>;
}> {
  const catalog = (await exported('loadCatalog'))(REPO_ROOT, options);
  const product = (key: string) => rows(field(field(field(catalog, 'products'), key), 'rows'));
  const clb = product('clb');
  const ledger = field(catalog, 'ledger');
  return {
    slb: clb.filter((row) => row.source === 'slb'),
    api: clb.filter((row) => row.source === 'api'),
    common: clb.filter((row) => row.source === 'common'),
    observed: clb.filter((row) => row.source === 'observed'),
    alb: product('alb'),
    nlb: product('nlb'),
    ledger: new Map(
      Object.entries(typeof ledger === 'object' && ledger !== null ? ledger : {}).map(([id, entry]) => [
        id,
        strings(entry),
      ]),
    ),
  };
}

/** The words each row shows, as the generator resolves them (scripts/catalog/text.mjs): id → tag → words. */
export async function loadResolvedWords(): Promise<
  Map<string, Record<string, { title: string; description: string }>>
> {
  const catalog = (await exported('loadCatalog'))(REPO_ROOT);
  const textModule: unknown = await import(
    /* @vite-ignore */ new URL('../../scripts/catalog/text.mjs', import.meta.url).href
  );
  const resolve =
    typeof textModule === 'object' && textModule !== null ? Reflect.get(textModule, 'resolveWords') : undefined;
  const locales =
    typeof textModule === 'object' && textModule !== null ? Reflect.get(textModule, 'LOCALES') : undefined;
  if (typeof resolve !== 'function' || !Array.isArray(locales)) throw new TypeError('text.mjs has no resolveWords');
  const text = field(catalog, 'text');
  const all = field(catalog, 'rows');
  const result = new Map<string, Record<string, { title: string; description: string }>>();
  for (const row of Array.isArray(all) ? all : []) {
    const words: Record<string, { title: string; description: string }> = {};
    for (const tag of locales) {
      const resolved: unknown = Reflect.apply(resolve, undefined, [row, field(text, String(tag))]);
      words[String(tag)] = { title: str(resolved, 'title'), description: str(resolved, 'description') };
    }
    result.set(str(row, 'id'), words);
  }
  return result;
}

/** `buildCatalogFiles(root)`: repo-relative path → the content the generator would write. */
export async function buildGeneratedFiles(options?: { seed?: string }): Promise<Map<string, string>> {
  const files = (await exported('buildCatalogFiles'))(REPO_ROOT, options);
  if (typeof files !== 'object' || files === null) throw new TypeError('buildCatalogFiles returned no object');
  const result = new Map<string, string>();
  for (const [relative, content] of Object.entries(files)) {
    if (typeof content !== 'string') throw new TypeError(`${relative}: content is not a string`);
    result.set(relative, content);
  }
  return result;
}
