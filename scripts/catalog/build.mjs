// @ts-check
// Builds the generated catalog files in memory, so the CLI can write them and a test can
// compare them with what is committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_ERRORS } from './common-errors.mjs';
import { OBSERVED } from './observed.mjs';
import { FAMILIES, familyOf } from './families.mjs';
import { GENERIC_ROWS } from './generic.mjs';
import { OVERRIDES } from './overrides.mjs';
import { parseSeed } from './parse-seed.mjs';
import { INTENT_ORDER, INTENT_RULES, findField } from './rules.mjs';
import { catalogDoc } from './doc.mjs';
import { NAMING_PATTERNS } from './patterns.mjs';
import { quotaOf } from './quotas.mjs';

/** @typedef {import('./rules.mjs').SeedRow} SeedRow */
/** @typedef {'en' | 'zh-CN'} LocaleTag */

/**
 * A catalog row with everything decided about it.
 * @typedef {object} CatalogRow
 * @property {string} id `slb-001` … in seed order, `common-<code>`, `observed-<code>` (`-2`, `-3` for repeats)
 * @property {'slb' | 'common' | 'observed'} source
 * @property {number} status
 * @property {string} code
 * @property {string} message
 * @property {string} description the documentation's; empty for observed rows
 * @property {string} intent
 * @property {string | null} field
 * @property {string} family
 * @property {string | null} quota the Quota Center code, on quota rows only
 * @property {string} decidedBy what decided the intent, with its reason
 * @property {readonly string[]} [messages] observed rows: every message servers send
 * @property {readonly string[]} [evidence] observed rows: where the code was seen
 */

/**
 * For a code with many rows, the row that speaks for it when the server's message matches none.
 * @typedef {object} GenericRow
 * @property {string} code
 * @property {string} id
 * @property {number} rows how many rows the code has
 * @property {string} reason
 */

/**
 * The kit's own words (`scripts/catalog/text/`).
 * @typedef {object} CatalogText
 * @property {Record<LocaleTag, Record<string, { title: string, fieldTitle?: string, description: string }>>} families
 * @property {Record<string, Record<LocaleTag, string>>} fields request parameter → its label
 * @property {Record<string, { en: string, 'zh-CN': string, title?: Record<LocaleTag, string>, facts?: string }>} rows
 * @property {Partial<Record<LocaleTag, Record<string, string>>>} ui component strings of the other locales
 */

/**
 * @typedef {object} Catalog
 * @property {CatalogRow[]} slb
 * @property {CatalogRow[]} common
 * @property {CatalogRow[]} observed
 * @property {CatalogRow[]} rows all of them, in that order
 * @property {GenericRow[]} generic
 * @property {CatalogText} text
 */

export const SEED_PATH = 'scripts/catalog/slb-error-codes.md';
export const TEXT_DIR = 'scripts/catalog/text';
export const LOCALES = /** @type {const} */ (['en', 'zh-CN']);
/**
 * Every intent, in the order the `SlbIntent` type declares them (src/catalog/types.ts); docs/catalog.md
 * counts rows in this order. The design's order is `INTENT_ORDER` (rules.mjs).
 * @type {readonly string[]}
 */
const INTENTS = [
  'retry',
  'fix-input',
  'billing',
  'quota',
  'ticket',
  'permission',
  'verify-account',
  'sign-in',
  'refresh',
  'none',
];

if (INTENTS.length !== INTENT_ORDER.length || !INTENT_ORDER.every((intent) => INTENTS.includes(intent)))
  throw new Error('rules.mjs INTENT_ORDER and build.mjs INTENTS must name the same intents');

/** @param {number} index */
const rowId = (index) => `slb-${String(index + 1).padStart(3, '0')}`;

/**
 * Decides one seed row: an override wins, else the first rule that fits.
 * A row no rule fits and no override names is an error: every intent is deliberate.
 * @param {SeedRow} row
 * @param {string} id
 * @returns {{ intent: string, field: string | null, decidedBy: string, familyOverride: string | undefined }}
 */
export function decideRow(row, id) {
  const override = OVERRIDES[id];
  if (override) {
    if (override.code !== row.code) throw new Error(`${id}: override is for ${override.code}, row is ${row.code}`);
    const intent = override.intent;
    const field = override.field !== undefined ? override.field : intent === 'fix-input' ? findField(row) : null;
    return { intent, field, decidedBy: `override: ${override.reason}`, familyOverride: override.family };
  }
  const rule = INTENT_RULES.find((candidate) => candidate.test(row));
  if (!rule) throw new Error(`${id} (${row.code}: ${row.message}) fits no rule; add an override`);
  return {
    intent: rule.intent,
    field: rule.intent === 'fix-input' ? findField(row) : null,
    decidedBy: `rule: ${rule.name}`,
    familyOverride: undefined,
  };
}

/**
 * @param {string} root
 * @param {string} file
 * @returns {any} checked by checkText
 */
const readJson = (root, file) => JSON.parse(readFileSync(path.join(root, TEXT_DIR, file), 'utf8'));

/**
 * The kit's own words: family titles, field labels, each row's title and description, in every locale.
 * @param {string} root
 * @returns {CatalogText}
 */
export function loadText(root) {
  const families = /** @type {CatalogText['families']} */ (
    Object.fromEntries(LOCALES.map((tag) => [tag, readJson(root, `families.${tag}.json`)]))
  );
  return {
    families,
    fields: readJson(root, 'fields.json'),
    rows: readJson(root, 'rows.json'),
    ui: { 'zh-CN': readJson(root, 'ui.zh-CN.json') },
  };
}

/**
 * @param {CatalogText} text
 * @param {readonly string[]} ids
 */
function checkText(text, ids) {
  /** @type {string[]} */
  const problems = [];
  for (const tag of LOCALES) {
    for (const family of FAMILIES) {
      const entry = text.families[tag][family];
      if (!entry?.title || !entry?.description)
        problems.push(`families.${tag}.json: ${family} needs a title and a description`);
    }
    for (const family of Object.keys(text.families[tag])) {
      if (!FAMILIES.includes(family)) problems.push(`families.${tag}.json: unknown family ${family}`);
    }
    for (const [field, labels] of Object.entries(text.fields)) {
      if (!labels[tag]) problems.push(`fields.json: ${field} has no ${tag} label`);
    }
  }
  for (const id of ids) {
    const row = text.rows[id];
    for (const tag of LOCALES) if (!row?.[tag]) problems.push(`rows.json: ${id} has no ${tag} description`);
    if (row?.title)
      for (const tag of LOCALES) if (!row.title[tag]) problems.push(`rows.json: ${id} title has no ${tag}`);
  }
  for (const id of Object.keys(text.rows)) if (!ids.includes(id)) problems.push(`rows.json: unknown id ${id}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * For each code with many rows, the row that speaks for it when the server's message matches
 * none: the common row of a code the common table shares, else the call of generic.mjs.
 * Codes in the order of their first row.
 * @param {readonly CatalogRow[]} rows every row, in catalog order
 * @returns {GenericRow[]}
 */
function genericRows(rows) {
  /** @type {Map<string, CatalogRow[]>} */
  const byCode = new Map();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  for (const [code, { id }] of Object.entries(GENERIC_ROWS)) {
    const list = byCode.get(code) ?? [];
    if (!list.some((row) => row.id === id)) throw new Error(`generic.mjs: ${code}: ${id} is not a row of ${code}`);
    if (list.length < 2) throw new Error(`generic.mjs: ${code} has one row; it needs no generic row`);
    if (list.some((row) => row.source === 'common'))
      throw new Error(`generic.mjs: ${code} has a common row, which is its generic row`);
  }
  /** @type {GenericRow[]} */
  const generic = [];
  for (const [code, list] of byCode) {
    if (list.length < 2) continue;
    const common = list.find((row) => row.source === 'common');
    const chosen = GENERIC_ROWS[code];
    if (common)
      generic.push({
        code,
        id: common.id,
        rows: list.length,
        reason: "the common gateway row: the gateway's own meaning",
      });
    else if (chosen) generic.push({ code, id: chosen.id, rows: list.length, reason: chosen.reason });
  }
  return generic;
}

/**
 * Every row of the catalog, decided, with the kit's words; throws on anything undecided.
 * @param {string} root
 * @returns {Catalog}
 */
export function loadCatalog(root) {
  const seed = parseSeed(readFileSync(path.join(root, SEED_PATH), 'utf8'));
  /** @type {CatalogRow[]} */
  const slb = seed.map((row, index) => {
    const id = rowId(index);
    const { familyOverride, ...decision } = decideRow(row, id);
    const decided = { id, source: /** @type {const} */ ('slb'), ...row, ...decision };
    return { ...decided, family: familyOf(decided, familyOverride), quota: quotaOf(decided) };
  });
  for (const id of Object.keys(OVERRIDES)) {
    if (!slb.some((row) => row.id === id)) throw new Error(`override ${id} names no seed row`);
  }
  /** @type {CatalogRow[]} */
  const common = COMMON_ERRORS.map(([status, code, message, description, intent, reason, field = null, family]) => {
    const row = {
      id: `common-${code}`,
      source: /** @type {const} */ ('common'),
      status,
      code,
      message,
      description,
      intent,
      field,
    };
    return { ...row, decidedBy: `common: ${reason}`, family: familyOf(row, family), quota: quotaOf(row) };
  });
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @type {CatalogRow[]} */
  const observed = OBSERVED.map((row) => {
    const count = (seen.get(row.code) ?? 0) + 1;
    seen.set(row.code, count);
    const id = count === 1 ? `observed-${row.code}` : `observed-${row.code}-${count}`;
    if (row.evidence.length === 0) throw new Error(`${id}: no evidence`);
    const decided = {
      id,
      source: /** @type {const} */ ('observed'),
      status: row.status,
      code: row.code,
      message: row.messages[0] ?? '',
      messages: row.messages,
      // The documentation describes none of these: the entry keeps no description of its own.
      description: '',
      intent: row.intent,
      field: row.field ?? null,
      decidedBy: `observed: ${row.reason}`,
      evidence: row.evidence,
    };
    return { ...decided, family: familyOf(decided, row.family), quota: row.quota ?? quotaOf(decided) };
  });
  const text = loadText(root);
  const rows = [...slb, ...common, ...observed];
  for (const row of rows) {
    if (!INTENTS.includes(row.intent)) throw new Error(`${row.id}: unknown intent ${row.intent}`);
    if (row.quota !== null && row.intent !== 'quota')
      throw new Error(`${row.id}: a Quota Center code on a ${row.intent} row`);
  }
  checkText(
    text,
    rows.map((row) => row.id),
  );
  return { slb, common, observed, rows, generic: genericRows(rows), text };
}

/** @param {CatalogRow} row */
const tuple = (row) =>
  `  [${[row.status, row.code, row.message, row.description, row.intent, row.field, row.family, row.quota].map((value) => JSON.stringify(value)).join(', ')}],`;

/** @param {Catalog} catalog */
function entriesSource({ slb, common, observed, generic }) {
  return `// Generated by scripts/generate-catalog.mjs from ${SEED_PATH}. Do not edit; run \`npm run catalog\`.
// Each row: [HTTP status, code, message, description, intent, field, family, Quota Center code]. Why each row has its intent: docs/catalog.md.

/** The 205 rows of the SLB 2014-05-15 error list, in seed order. */
export const SLB_ROWS = [
${slb.map(tuple).join('\n')}
] as const;

/** Alibaba Cloud common gateway errors any SLB call may return. */
export const COMMON_ROWS = [
${common.map(tuple).join('\n')}
] as const;

/** SLB codes seen in the field that the error list does not have (scripts/catalog/observed.mjs). */
export const OBSERVED_ROWS = [
${observed.map(tuple).join('\n')}
] as const;

/** Every error family, in the order of scripts/catalog/families.mjs. */
export const FAMILY_KEYS = ${JSON.stringify(FAMILIES)} as const;

/** Every intent, in the order the design numbers them (INTENT_ORDER of scripts/catalog/rules.mjs). */
export const INTENT_KEYS = ${JSON.stringify(INTENT_ORDER)} as const;

/**
 * For a code with many rows, the row (by id) that speaks for it when the server's message matches
 * none of them (scripts/catalog/generic.mjs). Other codes fall back to their first fitting row.
 */
export const GENERIC_ROWS: Readonly<Record<string, string>> = {
${generic.map(({ code, id }) => `  ${JSON.stringify(code)}: ${JSON.stringify(id)},`).join('\n')}
};
`;
}

/**
 * @param {Record<string, unknown>} value
 * @param {string} [indent]
 */
const objectLines = (value, indent = '    ') =>
  Object.entries(value)
    .map(([key, text]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(text)},`)
    .join('\n');

/**
 * @param {Catalog} catalog
 * @param {LocaleTag} tag
 */
function localeSource({ rows, text }, tag) {
  const families = FAMILIES.map((family) => {
    const { title, fieldTitle, description } = text.families[tag][family];
    const parts = [`title: ${JSON.stringify(title)}`];
    if (fieldTitle) parts.push(`fieldTitle: ${JSON.stringify(fieldTitle)}`);
    parts.push(`description: ${JSON.stringify(description)}`);
    return `    ${JSON.stringify(family)}: { ${parts.join(', ')} },`;
  }).join('\n');
  const fields = Object.fromEntries(Object.entries(text.fields).map(([field, labels]) => [field, labels[tag]]));
  const descriptions = Object.fromEntries(rows.map((row) => [row.id, text.rows[row.id][tag]]));
  const titles = Object.fromEntries(
    rows.filter((row) => text.rows[row.id].title).map((row) => [row.id, text.rows[row.id].title?.[tag]]),
  );
  const name = tag === 'en' ? 'en' : 'zhCN';
  const ui = text.ui[tag] ? `  ui: {\n${objectLines(text.ui[tag])}\n  },\n` : '';
  const about =
    tag === 'en'
      ? 'English: built into the core, and what every other locale falls back to.'
      : 'Simplified Chinese: every family, field, catalog row and component string.';
  const localeModule = tag === 'en' ? './locale.js' : '../core/locale.js';
  return `// Generated by scripts/generate-catalog.mjs from ${TEXT_DIR}. Do not edit; run \`npm run catalog\`.
import type { SlbLocale } from '${localeModule}';

/** ${about} */
export const ${name}: SlbLocale = {
  tag: '${tag}',
  families: {
${families}
  },
  fields: {
${objectLines(fields)}
  },
  titles: {
${objectLines(titles)}
  },
  descriptions: {
${objectLines(descriptions)}
  },
${ui}};
`;
}

function checkPatterns() {
  for (const pattern of NAMING_PATTERNS) {
    if (!INTENTS.includes(pattern.intent)) throw new Error(`pattern ${pattern.name}: unknown intent ${pattern.intent}`);
    if (!FAMILIES.includes(pattern.family))
      throw new Error(`pattern ${pattern.name}: unknown family ${pattern.family}`);
    if (!pattern.code === !pattern.message)
      throw new Error(`pattern ${pattern.name}: give a code or a message pattern`);
    if (pattern.evidence.length === 0) throw new Error(`pattern ${pattern.name}: no evidence`);
  }
}

/** @returns {string} */
function patternsSource() {
  checkPatterns();
  /** @param {import('./patterns.mjs').NamingPattern} pattern */
  const line = (pattern) =>
    `  [${pattern.code ?? null}, ${pattern.message ?? null}, ${JSON.stringify(pattern.intent)}, ${JSON.stringify(pattern.family)}, ${pattern.field ?? 0}, ${JSON.stringify(pattern.name)}],`;
  return `// Generated by scripts/generate-catalog.mjs from scripts/catalog/patterns.mjs. Do not edit; run \`npm run catalog\`.
// Each: [code pattern, message pattern, intent, family, capture group of the code naming the field (0: none), name].
// Evidence: docs/catalog.md.
import type { SlbErrorFamily, SlbIntent } from '../catalog/types.js';

/** How a code no catalog row knows is decided, in order; the first match wins. */
export const NAMING_PATTERNS: ReadonlyArray<
  readonly [RegExp | null, RegExp | null, SlbIntent, SlbErrorFamily, number, string]
> = [
${NAMING_PATTERNS.map(line).join('\n')}
];
`;
}

/**
 * @param {string} root the repository
 * @returns {Record<string, string>} repo-relative path → content
 */
export function buildCatalogFiles(root) {
  const catalog = loadCatalog(root);
  return {
    'src/catalog/entries.generated.ts': entriesSource(catalog),
    'src/core/en.generated.ts': localeSource(catalog, 'en'),
    'src/core/patterns.generated.ts': patternsSource(),
    'src/locales/zh-CN.generated.ts': localeSource(catalog, 'zh-CN'),
    'docs/catalog.md': catalogDoc(catalog, INTENTS),
  };
}
