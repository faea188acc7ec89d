// Finds the catalog row for (action, code, message, status). Each product's index is built once,
// on first use: its own rows, then the common gateway rows (CLB's catalog holds them).
// The order of the steps: docs/architecture.md, "Deciding a caught error".
import { CLB_CATALOG } from '../catalog/clb.generated.js';
import { type PackedRow, type SlbPackedCatalog, unpack } from '../catalog/packed.js';
import type { SlbCatalogRow } from '../catalog/types.js';
import { remember } from './remember.js';
import type { SlbMatchKind } from './types.js';

interface Candidate {
  readonly packed: PackedRow;
  readonly catalog: SlbPackedCatalog;
  /** The normalised documented message ('' when the catalog does not carry it). */
  readonly normalised: string;
  /** A documented message with `%s` slots, as a pattern over the server's message. */
  readonly template: RegExp | null;
  readonly tokens: ReadonlySet<string>;
}

interface Index {
  readonly byCode: Map<string, Candidate[]>;
  readonly codeByLowerCase: Map<string, string>;
  /** Documented codes with a `%s` in them (`ResourceNotFound.%s`), as patterns. */
  readonly codeTemplates: ReadonlyArray<readonly [RegExp, string]>;
  readonly byId: Map<string, Candidate>;
  readonly generic: Readonly<Record<string, string>>;
}

const indexes = new WeakMap<SlbPackedCatalog, Index>();
const normalisedCache = new Map<string, string>();

/**
 * Message key that ignores case, spacing, trailing punctuation and numbers:
 * "max supported number: 50" and "Max supported number: 10." give the same key. The generator
 * merges documented pairs by the same key (`normalise` in scripts/catalog/api-rows.mjs);
 * test/core/normalise.test.ts holds the two together.
 */
export function normaliseMessage(message: string): string {
  const normalise = () =>
    message
      .toLowerCase()
      .replace(/\d+/g, '#')
      .replace(/[\s\u3000]+/g, ' ')
      .replace(/ ?([,;:]) ?/g, '$1 ')
      .replace(/[\s.,;:!?。！？]+$/u, '')
      .trim();
  // Consoles see the same few messages again and again; a small cache saves the regex passes.
  return message.length <= 1024 ? remember(normalisedCache, message, normalise) : normalise();
}

const tokens = (normalised: string) =>
  new Set(normalised.split(/[^a-z0-9#_%]+/).filter((word) => word && word !== '%s'));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `The status of %s [%s] is incorrect.` → a pattern whose groups are the values the server filled in. */
function templateOf(message: string): RegExp | null {
  if (!message.includes('%s')) return null;
  const body = message
    .trim()
    .replace(/[\s.,;:!?。！？]+$/u, '')
    .split('%s')
    .map((part) => escape(part).replace(/\s+/g, '\\s*'))
    .join('(.{1,200}?)');
  return new RegExp(`^${body}[\\s.,;:!?。！？]*$`, 'i');
}

function buildIndex(catalog: SlbPackedCatalog): Index {
  const byCode = new Map<string, Candidate[]>();
  const codeByLowerCase = new Map<string, string>();
  const codeTemplates: Array<readonly [RegExp, string]> = [];
  const byId = new Map<string, Candidate>();
  const add = (source: SlbPackedCatalog, packed: PackedRow) => {
    const { row, message } = packed;
    const normalised = message === '' ? '' : normaliseMessage(message);
    const candidate: Candidate = {
      packed,
      catalog: source,
      normalised,
      template: templateOf(message),
      tokens: tokens(normalised),
    };
    let list = byCode.get(row.code);
    if (list === undefined) {
      byCode.set(row.code, (list = []));
      if (!codeByLowerCase.has(row.code.toLowerCase())) codeByLowerCase.set(row.code.toLowerCase(), row.code);
      if (row.code.includes('%s'))
        codeTemplates.push([
          new RegExp(`^${row.code.split('%s').map(escape).join('[A-Za-z0-9_.-]+')}$`, 'i'),
          row.code,
        ]);
    }
    list.push(candidate);
    byId.set(row.id, candidate);
  };
  for (const packed of unpack(catalog)) add(catalog, packed);
  // Any product's call may return the gateway's common errors.
  if (catalog !== CLB_CATALOG)
    for (const packed of unpack(CLB_CATALOG)) if (packed.row.source === 'common') add(CLB_CATALOG, packed);
  return { byCode, codeByLowerCase, codeTemplates, byId, generic: catalog.generic };
}

function getIndex(catalog: SlbPackedCatalog): Index {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = buildIndex(catalog)));
  return index;
}

const statusClass = (status: number) => Math.floor(status / 100);
const fitsStatus = (row: SlbCatalogRow, status: number | null) =>
  status === null || statusClass(row.status) === statusClass(status);

/**
 * The documented message equals the server's once both are normalised; else a documented `%s`
 * template with words of its own fits it, the one with the most words first. A template of
 * (almost) nothing but `%s` fits anything: it waits until no row's words are found (catchAll).
 */
function exactMatch(candidates: readonly Candidate[], normalised: string, message: string, catchAll: boolean) {
  if (!catchAll) {
    for (const candidate of candidates) {
      if (candidate.normalised !== '' && candidate.normalised === normalised)
        return { candidate, values: [] as string[] };
    }
  }
  let best: { candidate: Candidate; values: string[] } | undefined;
  for (const candidate of candidates) {
    if (candidate.template === null || candidate.tokens.size < 2 !== catchAll) continue;
    const filled = candidate.template.exec(message);
    if (filled && (!best || candidate.tokens.size > best.candidate.tokens.size))
      best = { candidate, values: filled.slice(1) };
  }
  return best;
}

/**
 * A row whose words all appear in the server's message, with a little extra detail allowed
 * ("…is not valid: 99999."). The longest such row is the most specific.
 */
function containedMatch(candidates: readonly Candidate[], wordsOf: () => ReadonlySet<string>): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.tokens.size === 0) continue;
    const words = wordsOf();
    if (words.size - candidate.tokens.size > 4) continue;
    let contained = true;
    for (const word of candidate.tokens) {
      if (!words.has(word)) {
        contained = false;
        break;
      }
    }
    if (contained && (!best || candidate.tokens.size > best.tokens.size)) best = candidate;
  }
  return best;
}

export interface CatalogMatch {
  readonly row: SlbCatalogRow | null;
  /** The catalog the row belongs to, and its place there: where its words are. */
  readonly catalog: SlbPackedCatalog | null;
  readonly index: number;
  readonly match: SlbMatchKind;
  /** The code as the catalog spells it, when it knows the code (else as given). */
  readonly code: string;
  /** Whether any row has this code (then no naming pattern may decide it). */
  readonly known: boolean;
  /** The values the server filled into the documented message's `%s` slots. */
  readonly values: readonly string[];
  /** The row is its code's only meaning: what it says stands, whatever the message. */
  readonly sole: boolean;
}

const NONE = { row: null, catalog: null, index: -1, match: 'none', values: [], sole: false } as const;

function found(
  candidate: Candidate,
  match: SlbMatchKind,
  code: string,
  sole: boolean,
  values: readonly string[] = [],
): CatalogMatch {
  return {
    row: candidate.packed.row,
    catalog: candidate.catalog,
    index: candidate.packed.index,
    match,
    code,
    known: true,
    values,
    sole,
  };
}

/**
 * Looks up `(action, code, message)` in a product's catalog. Among the code's rows, those the
 * action's error table documents come first at each step: the exact message (a documented `%s`
 * matching any value), then a row whose words the message contains, then the code alone (the
 * action's row, the code's generic row, or its first row), whichever first has the response's
 * status class. A row bound to some actions is never chosen for another.
 */
export function matchCatalog(
  catalog: SlbPackedCatalog,
  code: string,
  message: string,
  status: number | null,
  action: string | null,
): CatalogMatch {
  const { byCode, codeByLowerCase, codeTemplates, byId, generic } = getIndex(catalog);
  const known =
    (byCode.has(code) ? code : codeByLowerCase.get(code.toLowerCase())) ??
    codeTemplates.find(([pattern]) => pattern.test(code))?.[1];
  if (known === undefined) return { ...NONE, code, known: false };
  const all = byCode.get(known) ?? [];
  const forAction = action === null ? [] : all.filter((candidate) => candidate.packed.actions.includes(action));
  const general = all.filter((candidate) => !candidate.packed.bound);
  const steps = forAction.length > 0 ? [forAction, general] : [general];
  // A documented code with `%s` in it stands for the code the server sent.
  const reported = known.includes('%s') ? code : known;
  const sole = general.length === 1 && forAction.every((candidate) => candidate === general[0]);
  if (message !== '') {
    const normalised = normaliseMessage(message);
    for (const candidates of steps) {
      const exact = exactMatch(candidates, normalised, message, false);
      if (exact) return found(exact.candidate, 'exact', reported, sole, exact.values);
    }
    // The server message's words, split once and only when a row has words to compare.
    let words: ReadonlySet<string> | undefined;
    const wordsOf = () => (words ??= tokens(normalised));
    for (const candidates of steps) {
      const contained = containedMatch(candidates, wordsOf);
      if (contained) return found(contained, 'fuzzy', reported, sole);
    }
    for (const candidates of steps) {
      const any = exactMatch(candidates, normalised, message, true);
      if (any) return found(any.candidate, 'exact', reported, sole, any.values);
    }
  }
  const genericId = generic[known];
  const genericRow = genericId === undefined ? undefined : byId.get(genericId);
  const fallback = [...forAction, genericRow, ...general].find(
    (candidate): candidate is Candidate => candidate !== undefined && fitsStatus(candidate.packed.row, status),
  );
  return fallback ? found(fallback, 'code', reported, sole) : { ...NONE, code: reported, known: true };
}
