// @ts-check
// Row identity. Every row's id is emitted once into scripts/catalog/ids.json and kept: the id
// belongs to the row's content (its namespace, code and message, and for a row that only some
// actions document, those actions), never to its position in a source. Inserting a row anywhere
// moves no id, so no reviewed words and no app override keyed by id move with it. A row whose
// content changes (a message corrected upstream) gets a new id; its old id stays retired in the
// ledger and is never given again, and words still filed under it stop the build.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const IDS_PATH = 'scripts/catalog/ids.json';

/**
 * What identifies a row.
 * @typedef {object} RowIdentity
 * @property {string} namespace `slb` (the CLB error page and API tables), `alb`, `nlb`, `common`, `observed`
 * @property {string} code
 * @property {string} message
 * @property {readonly string[]} [actions] only for a row that some of the pair's actions decide differently
 */

/** @typedef {[string, string] | [string, string, string]} LedgerEntry code, message, and `@Action,Action` for an action-bound row */

/** @param {RowIdentity} row */
const keyOf = ({ namespace, code, message, actions }) =>
  `${namespace}\u0000${code}\u0000${message}${actions?.length ? `\u0000@${[...actions].sort().join(',')}` : ''}`;

/** @param {string} id */
const namespaceOf = (id) => {
  const match = /^(slb|alb|nlb)-\d+$/.exec(id) ?? /^(common|observed)-/.exec(id);
  if (!match?.[1]) throw new Error(`${IDS_PATH}: ${id} is not an id the catalog gives`);
  return match[1];
};

/**
 * @param {string} root
 * @returns {Record<string, LedgerEntry>}
 */
export function loadLedger(root) {
  return JSON.parse(readFileSync(path.join(root, IDS_PATH), 'utf8'));
}

/**
 * The id of every row: the ledger's for content it knows, a new one for new content.
 * `slb`, `alb` and `nlb` rows are numbered (`slb-206`, `alb-001`) after the highest number the
 * ledger ever gave; common and observed rows are named for their code (`common-Throttling`,
 * `observed-AclNotExist`, then `-2`, `-3` for further rows of the code).
 * @param {readonly RowIdentity[]} rows
 * @param {Readonly<Record<string, LedgerEntry>>} ledger
 * @returns {{ ids: string[], ledger: Record<string, LedgerEntry>, added: string[] }}
 */
export function assignIds(rows, ledger) {
  /** @type {Map<string, string>} */
  const byKey = new Map();
  for (const [id, [code, message, bound]] of Object.entries(ledger)) {
    const namespace = namespaceOf(id);
    const key = keyOf({ namespace, code, message, actions: bound ? bound.slice(1).split(',') : [] });
    if (byKey.has(key)) throw new Error(`${IDS_PATH}: ${id} and ${byKey.get(key)} name the same row`);
    byKey.set(key, id);
  }
  /** @type {Record<string, LedgerEntry>} */
  const next = { ...ledger };
  const taken = new Set(Object.keys(ledger));
  /** @type {Record<string, number>} */
  const highest = {};
  for (const id of taken) {
    const numbered = /^(slb|alb|nlb)-(\d+)$/.exec(id);
    if (numbered?.[1] && numbered[2]) highest[numbered[1]] = Math.max(highest[numbered[1]] ?? 0, Number(numbered[2]));
  }
  /** @type {string[]} */
  const added = [];
  /** @type {Set<string>} */
  const used = new Set();
  const ids = rows.map((row) => {
    const key = keyOf(row);
    let id = byKey.get(key);
    if (id === undefined) {
      if (['slb', 'alb', 'nlb'].includes(row.namespace)) {
        highest[row.namespace] = (highest[row.namespace] ?? 0) + 1;
        id = `${row.namespace}-${String(highest[row.namespace]).padStart(3, '0')}`;
      } else {
        const base = `${row.namespace}-${row.code}`;
        id = base;
        for (let repeat = 2; taken.has(id); repeat++) id = `${base}-${repeat}`;
      }
      taken.add(id);
      byKey.set(key, id);
      next[id] = row.actions?.length
        ? [row.code, row.message, `@${[...row.actions].sort().join(',')}`]
        : [row.code, row.message];
      added.push(id);
    }
    if (used.has(id)) throw new Error(`two rows have the same content: ${id} (${row.code}: ${row.message})`);
    used.add(id);
    return id;
  });
  return { ids, ledger: next, added };
}

/**
 * The ledger as committed: one row per line, in the order of the ids.
 * @param {Readonly<Record<string, LedgerEntry>>} ledger
 */
export function ledgerSource(ledger) {
  const order = (/** @type {string} */ id) => {
    const namespace = namespaceOf(id);
    return ['slb', 'alb', 'nlb', 'common', 'observed'].indexOf(namespace);
  };
  const ids = Object.keys(ledger).sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en'));
  const lines = ids.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(ledger[id])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
