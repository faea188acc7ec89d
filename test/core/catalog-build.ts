// Typed access to the catalog generator (scripts/catalog/build.mjs, plain JS with no type
// declarations): loaded by URL and narrowed here, so the tests never cast its values.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SEED_PATH = path.join(REPO_ROOT, 'scripts/catalog/slb-error-codes.md');

export interface DecidedRow {
  readonly id: string;
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

/** `loadCatalog(root)`: every SLB, common and observed row with how its intent was decided. */
export async function loadDecidedCatalog(): Promise<{
  slb: DecidedRow[];
  common: DecidedRow[];
  observed: DecidedRow[];
}> {
  const catalog = (await exported('loadCatalog'))(REPO_ROOT);
  return {
    slb: rows(field(catalog, 'slb')),
    common: rows(field(catalog, 'common')),
    observed: rows(field(catalog, 'observed')),
  };
}

/** `buildCatalogFiles(root)`: repo-relative path → the content the generator would write. */
export async function buildGeneratedFiles(): Promise<Map<string, string>> {
  const files = (await exported('buildCatalogFiles'))(REPO_ROOT);
  if (typeof files !== 'object' || files === null) throw new TypeError('buildCatalogFiles returned no object');
  const result = new Map<string, string>();
  for (const [relative, content] of Object.entries(files)) {
    if (typeof content !== 'string') throw new TypeError(`${relative}: content is not a string`);
    result.set(relative, content);
  }
  return result;
}
