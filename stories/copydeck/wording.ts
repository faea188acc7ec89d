// Changed wording to preview: a JSON in the shape of the kit's `text` option
// (`{ "<code or entry id>": { "title"?: string, "description"?: string } }`, see
// SlbClassifyOptions.text). Checked here, never trusted: every problem is a sentence, nothing throws.
import type { SlbClassifyOptions } from '../../src/core/index.ts';

export type WordingOverrides = NonNullable<SlbClassifyOptions['text']>;

export type WordingResult =
  | {
      readonly ok: true;
      readonly text: WordingOverrides;
      /** Keys that are neither a catalog code nor an entry id: they change no row here. */
      readonly unknownKeys: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/** Larger input is not wording. */
export const MAX_WORDING_CHARS = 1_000_000;
/** Longer than any title or description a surface can show. */
export const MAX_TEXT_CHARS = 2_000;
const MAX_PROBLEMS = 5;
const FIELDS = ['title', 'description'] as const;

export const WORDING_EXAMPLE =
  '{ "Throttling.User": { "title": "…", "description": "…" }, "slb-001": { "title": "…" } }';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `source` as changed wording. `known` holds the codes and entry ids there are, to point
 * out keys that change nothing.
 */
export function parseWording(source: string, known: ReadonlySet<string> = new Set()): WordingResult {
  if (source.trim() === '') return { ok: false, error: 'Nothing to preview: paste a JSON or choose a file.' };
  if (source.length > MAX_WORDING_CHARS)
    return { ok: false, error: `Too long for wording: ${source.length} characters (at most ${MAX_WORDING_CHARS}).` };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Not valid JSON: ${reason}` };
  }
  if (!isPlainObject(value))
    return {
      ok: false,
      error: `Expected an object of codes or entry ids, like ${WORDING_EXAMPLE}; got ${kindOf(value)}.`,
    };

  const problems: string[] = [];
  const text: Record<string, { title?: string; description?: string }> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.trim() === '') {
      problems.push('An empty key: each key is an error code or a catalog entry id.');
      continue;
    }
    if (!isPlainObject(item)) {
      problems.push(`"${key}": expected an object with "title" and/or "description", got ${kindOf(item)}.`);
      continue;
    }
    const unknown = Object.keys(item).filter((field) => !(FIELDS as readonly string[]).includes(field));
    if (unknown.length > 0) {
      problems.push(
        `"${key}": unknown ${unknown.map((field) => `"${field}"`).join(', ')} (only "title" and "description").`,
      );
      continue;
    }
    const words: { title?: string; description?: string } = {};
    for (const field of FIELDS) {
      if (!Object.hasOwn(item, field)) continue;
      const given = item[field];
      if (typeof given !== 'string') problems.push(`"${key}".${field}: expected text, got ${kindOf(given)}.`);
      else if (given.trim() === '') problems.push(`"${key}".${field}: empty.`);
      else if (given.length > MAX_TEXT_CHARS)
        problems.push(`"${key}".${field}: ${given.length} characters (at most ${MAX_TEXT_CHARS}).`);
      else words[field] = given;
    }
    if (Object.keys(item).length === 0) problems.push(`"${key}": no "title" or "description".`);
    // Defined as a property, never assigned: a key such as "__proto__" stays a plain key.
    Object.defineProperty(text, key, { value: words, enumerable: true, configurable: true, writable: true });
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more)` : '';
    return { ok: false, error: `${problems.slice(0, MAX_PROBLEMS).join(' ')}${more}` };
  }
  const keys = Object.keys(text);
  if (keys.length === 0) return { ok: false, error: `No wording in it: expected something like ${WORDING_EXAMPLE}.` };
  return { ok: true, text, unknownKeys: keys.filter((key) => !known.has(key)) };
}
