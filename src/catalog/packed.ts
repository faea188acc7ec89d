// A product's catalog as the generator writes it (scripts/catalog/emit.mjs), and the rows read
// back from it. One line per row, `|` between fields:
//   id | source | status | code | intent | family | field | quota | message | actions | bound
// An empty id is the next number of the catalog's namespace (`slb-206` after `slb-205`) for a
// numbered row, else `common-<code>` or `observed-<code>`; an empty source is the row before's;
// an empty status is 400. Intent and family are indexes of INTENT_KEYS and FAMILY_KEYS; actions
// are indexes of `actions`. The message and actions are there only where they tell rows of one
// code apart (or where words show values the server filled into the message).
import { severityOf, surfaceFor } from './catalog.js';
import { FAMILY_KEYS, INTENT_KEYS } from './keys.generated.js';
import type { SlbCatalogRow, SlbCatalogSource, SlbProductKey } from './types.js';

/**
 * A product's catalog: what the classifier knows of its errors. CLB's is built in; an app adds
 * ALB's and NLB's (`import { alb } from 'slb-error-kit/alb'`). Made by the kit's generator;
 * its fields are not meant to be read.
 */
export interface SlbPackedCatalog {
  readonly product: SlbProductKey;
  /** The OpenAPI product code (`Slb`, `Alb`, `Nlb`). */
  readonly api: string;
  readonly version: string;
  readonly namespace: string;
  readonly actions: string;
  readonly rows: string;
  /** For a code with many rows, the row that speaks for it when no message matches. */
  readonly generic: Readonly<Record<string, string>>;
}

/** A row with what matching needs of it. */
export interface PackedRow {
  readonly row: SlbCatalogRow;
  /** The documented message, where it tells rows of one code apart; else ''. */
  readonly message: string;
  readonly actions: readonly string[];
  /** Only its actions decide it this way. */
  readonly bound: boolean;
  /** Its place in the catalog: the words of a locale are in the same order. */
  readonly index: number;
}

const SOURCES: Readonly<Record<string, SlbCatalogSource>> = { s: 'slb', a: 'api', c: 'common', o: 'observed' };

const cache = new WeakMap<SlbPackedCatalog, readonly PackedRow[]>();

/** Every row of a catalog, read once. */
export function unpack(catalog: SlbPackedCatalog): readonly PackedRow[] {
  let rows = cache.get(catalog);
  if (rows) return rows;
  const actionNames = catalog.actions.split('|');
  const counter: Record<string, number> = {};
  let source: SlbCatalogSource = 'slb';
  rows = catalog.rows
    .trim()
    .split('\n')
    .map((line, index): PackedRow => {
      const [
        id = '',
        mark = '',
        status = '',
        code = '',
        intent = '',
        family = '',
        field = '',
        quota = '',
        message = '',
        actions = '',
        bound = '',
      ] = line.split('|');
      source = SOURCES[mark] ?? source;
      const namespace = source === 'common' || source === 'observed' ? null : catalog.namespace;
      let rowId = id;
      if (rowId === '') {
        if (namespace === null) rowId = `${source}-${code}`;
        else {
          const next = (counter[namespace] ?? 0) + 1;
          counter[namespace] = next;
          rowId = `${namespace}-${String(next).padStart(3, '0')}`;
        }
      }
      const intentKey = INTENT_KEYS[Number(intent)] ?? 'none';
      const familyKey = FAMILY_KEYS[Number(family)] ?? 'unknown';
      const row: SlbCatalogRow = Object.freeze({
        id: rowId,
        source,
        status: status === '' ? 400 : Number(status),
        code,
        intent: intentKey,
        field: field === '' ? null : field,
        severity: severityOf(intentKey, familyKey),
        surface: surfaceFor(intentKey, field === '' ? null : field),
        family: familyKey,
        quota: quota === '' ? null : quota,
      });
      return {
        row,
        message,
        actions: actions === '' ? [] : actions.split(' ').map((at) => actionNames[Number(at)] ?? ''),
        bound: bound === '1',
        index,
      };
    });
  cache.set(catalog, rows);
  return rows;
}
