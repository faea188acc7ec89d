// Finds the catalog row for (code, message, status). The index is built once, on first use.
// The order of the steps: docs/architecture.md, "Deciding a caught error".
import { SLB_COMMON_ERRORS, SLB_ERROR_CATALOG, SLB_OBSERVED_ERRORS } from '../catalog/catalog.js';
// The row that speaks for a code with many messages when the message is unknown (code → row
// id), generated from scripts/catalog/generic.mjs: the common table backs codes it shares.
import { GENERIC_ROWS } from '../catalog/entries.generated.js';
import type { SlbCatalogRow } from '../catalog/types.js';
import { remember } from './remember.js';
import type { SlbMatchKind } from './types.js';

interface Candidate {
  readonly row: SlbCatalogRow;
  readonly tokens: ReadonlySet<string>;
}

interface Index {
  /** Code, then normalised message. */
  readonly byMessage: Map<string, Map<string, SlbCatalogRow>>;
  readonly byCode: Map<string, Candidate[]>;
  readonly codeByLowerCase: Map<string, string>;
  readonly byId: Map<string, SlbCatalogRow>;
}

let index: Index | undefined;
const normalisedCache = new Map<string, string>();

/**
 * Message key that ignores case, spacing, trailing punctuation and numbers:
 * "max supported number: 50" and "Max supported number: 10." give the same key.
 */
export function normaliseMessage(message: string): string {
  const normalise = () =>
    message
      .toLowerCase()
      .replace(/\d+/g, '#')
      .replace(/[\s\u3000]+/g, ' ')
      .replace(/[\s.,;:!?。！？]+$/u, '')
      .trim();
  // Consoles see the same few messages again and again; a small cache saves the regex passes.
  return message.length <= 1024 ? remember(normalisedCache, message, normalise) : normalise();
}

function tokens(normalised: string): Set<string> {
  return new Set(normalised.split(/[^a-z0-9#_]+/).filter(Boolean));
}

function buildIndex(): Index {
  const byMessage = new Map<string, Map<string, SlbCatalogRow>>();
  const byCode = new Map<string, Candidate[]>();
  const codeByLowerCase = new Map<string, string>();
  const byId = new Map<string, SlbCatalogRow>();
  for (const row of [...SLB_ERROR_CATALOG, ...SLB_COMMON_ERRORS, ...SLB_OBSERVED_ERRORS]) {
    const normalised = normaliseMessage(row.message);
    let messages = byMessage.get(row.code);
    if (messages === undefined) byMessage.set(row.code, (messages = new Map<string, SlbCatalogRow>()));
    if (!messages.has(normalised)) messages.set(normalised, row);
    const list = byCode.get(row.code) ?? [];
    list.push({ row, tokens: tokens(normalised) });
    byCode.set(row.code, list);
    codeByLowerCase.set(row.code.toLowerCase(), row.code);
    byId.set(row.id, row);
  }
  return { byMessage, byCode, codeByLowerCase, byId };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

const statusClass = (status: number) => Math.floor(status / 100);
const fitsStatus = (row: SlbCatalogRow, status: number | null) =>
  status === null || statusClass(row.status) === statusClass(status);

/**
 * A row whose words all appear in the server's message, with a little extra detail allowed
 * ("…is not valid: 99999."). The longest such row is the most specific.
 */
function containedMatch(candidates: readonly Candidate[], message: string): SlbCatalogRow | undefined {
  const words = tokens(normaliseMessage(message));
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.tokens.size === 0 || words.size - candidate.tokens.size > 4) continue;
    let contained = true;
    for (const word of candidate.tokens) {
      if (!words.has(word)) {
        contained = false;
        break;
      }
    }
    if (contained && (!best || candidate.tokens.size > best.tokens.size)) best = candidate;
  }
  return best?.row;
}

export interface CatalogMatch {
  readonly row: SlbCatalogRow | null;
  readonly match: SlbMatchKind;
  /** The code as the catalog spells it, when it knows the code. */
  readonly code: string;
  /** Whether any row has this code (then no naming pattern may decide it). */
  readonly known: boolean;
}

/**
 * Looks up `(code, message)`: the exact message, then a row whose words the message contains
 * (neither looks at the status), then the code's generic row or else its first row, whichever
 * first has the response's status class.
 */
export function matchCatalog(code: string, message: string, status: number | null): CatalogMatch {
  const { byMessage, byCode, codeByLowerCase, byId } = getIndex();
  const known = byCode.has(code) ? code : codeByLowerCase.get(code.toLowerCase());
  if (known === undefined) return { row: null, match: 'none', code, known: false };
  const candidates = byCode.get(known) ?? [];
  if (message !== '') {
    const exact = byMessage.get(known)?.get(normaliseMessage(message));
    if (exact) return { row: exact, match: 'exact', code: known, known: true };
    const contained = containedMatch(candidates, message);
    if (contained) return { row: contained, match: 'fuzzy', code: known, known: true };
  }
  const genericId = GENERIC_ROWS[known];
  const generic = genericId === undefined ? undefined : byId.get(genericId);
  const fallback = [generic, ...candidates.map((candidate) => candidate.row)].find(
    (row): row is SlbCatalogRow => row !== undefined && fitsStatus(row, status),
  );
  return fallback
    ? { row: fallback, match: 'code', code: known, known: true }
    : { row: null, match: 'none', code: known, known: true };
}
