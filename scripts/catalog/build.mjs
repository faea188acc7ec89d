// Builds the generated catalog files in memory, so the CLI can write them and a test can
// compare them with what is committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_ERRORS } from './common-errors.mjs';
import { OBSERVED } from './observed.mjs';
import { FAMILIES, familyOf } from './families.mjs';
import { OVERRIDES } from './overrides.mjs';
import { parseSeed } from './parse-seed.mjs';
import { INTENT_RULES, findField } from './rules.mjs';
import { catalogDoc } from './doc.mjs';
import { NAMING_PATTERNS } from './patterns.mjs';
import { quotaOf } from './quotas.mjs';

export const SEED_PATH = 'scripts/catalog/slb-error-codes.md';
export const TEXT_DIR = 'scripts/catalog/text';
export const LOCALES = ['en', 'zh-CN'];
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

const rowId = (index) => `slb-${String(index + 1).padStart(3, '0')}`;

/**
 * Decides one seed row: an override wins, else the first rule that fits.
 * A row no rule fits and no override names is an error: every intent is deliberate.
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

const readJson = (root, file) => JSON.parse(readFileSync(path.join(root, TEXT_DIR, file), 'utf8'));

/** The kit's own words: family titles, field labels, each row's title and description, in every locale. */
export function loadText(root) {
  const families = Object.fromEntries(LOCALES.map((tag) => [tag, readJson(root, `families.${tag}.json`)]));
  return {
    families,
    fields: readJson(root, 'fields.json'),
    rows: readJson(root, 'rows.json'),
    ui: { 'zh-CN': readJson(root, 'ui.zh-CN.json') },
  };
}

function checkText(text, ids) {
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

export function loadCatalog(root) {
  const seed = parseSeed(readFileSync(path.join(root, SEED_PATH), 'utf8'));
  const slb = seed.map((row, index) => {
    const id = rowId(index);
    const { familyOverride, ...decision } = decideRow(row, id);
    const decided = { id, source: 'slb', ...row, ...decision };
    return { ...decided, family: familyOf(decided, familyOverride) };
  });
  for (const id of Object.keys(OVERRIDES)) {
    if (!slb.some((row) => row.id === id)) throw new Error(`override ${id} names no seed row`);
  }
  const common = COMMON_ERRORS.map(([status, code, message, description, intent, reason, field = null, family]) => {
    const row = { id: `common-${code}`, source: 'common', status, code, message, description, intent, field };
    return { ...row, decidedBy: `common: ${reason}`, family: familyOf(row, family) };
  });
  const seen = new Map();
  const observed = OBSERVED.map((row) => {
    const count = (seen.get(row.code) ?? 0) + 1;
    seen.set(row.code, count);
    const id = count === 1 ? `observed-${row.code}` : `observed-${row.code}-${count}`;
    if (row.evidence.length === 0) throw new Error(`${id}: no evidence`);
    const decided = {
      id,
      source: 'observed',
      status: row.status,
      code: row.code,
      message: row.messages[0] ?? '',
      messages: row.messages,
      intent: row.intent,
      field: row.field ?? null,
      decidedBy: `observed: ${row.reason}`,
      evidence: row.evidence,
    };
    return { ...decided, family: familyOf(decided, row.family), quotaOverride: row.quota };
  });
  const text0 = loadText(root);
  // The documentation describes none of these: the entry keeps no description of its own.
  for (const row of observed) row.description = '';
  const rows = [...slb, ...common, ...observed];
  for (const row of rows) {
    if (!INTENTS.includes(row.intent)) throw new Error(`${row.id}: unknown intent ${row.intent}`);
    row.quota = row.quotaOverride ?? quotaOf(row);
    delete row.quotaOverride;
    if (row.quota !== null && row.intent !== 'quota')
      throw new Error(`${row.id}: a Quota Center code on a ${row.intent} row`);
  }
  checkText(
    text0,
    rows.map((row) => row.id),
  );
  return { slb, common, observed, rows, text: text0 };
}

const tuple = (row) =>
  `  [${[row.status, row.code, row.message, row.description, row.intent, row.field, row.family, row.quota].map((value) => JSON.stringify(value)).join(', ')}],`;

function entriesSource({ slb, common, observed }) {
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
`;
}

const objectLines = (value, indent = '    ') =>
  Object.entries(value)
    .map(([key, text]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(text)},`)
    .join('\n');

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
    rows.filter((row) => text.rows[row.id].title).map((row) => [row.id, text.rows[row.id].title[tag]]),
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

function patternsSource() {
  checkPatterns();
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

/** @returns {Record<string, string>} repo-relative path → content */
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
