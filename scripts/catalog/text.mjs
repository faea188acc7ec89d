// @ts-check
// The kit's own words, one folder per language (scripts/catalog/text/<tag>/):
//   ui.json        the components' strings
//   families.json  each family's title and generic description, with `{field}` versions
//   fields.json    how each API parameter is named to the user
//   rules.json     per product, how to fill a parameter ("Enter a port from 1 to 65535.")
//   rows.json      the rows that need words of their own, by id, each with its code
// A row without words of its own reads its family's, filled with its parameter (resolveWords).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FAMILIES } from './families.mjs';

export const TEXT_DIR = 'scripts/catalog/text';
/** Every language the kit speaks; English is the one the others are checked against. */
export const LOCALES = /** @type {const} */ (['en', 'zh-CN']);
/** @typedef {(typeof LOCALES)[number]} LocaleTag */

/**
 * @typedef {object} FamilyText
 * @property {string} title
 * @property {string} [fieldTitle] with a parameter: `{field}` is its label, `{Field}` capitalised
 * @property {string} description
 * @property {string} [fieldDescription]
 */

/**
 * @typedef {object} RowText
 * @property {string} code the row's code, checked against the row
 * @property {string} [title]
 * @property {string} [description]
 * @property {string} [filled] the description with the values the server filled into the message (`{1}` …)
 */

/**
 * @typedef {object} LocaleText
 * @property {Record<string, string>} ui
 * @property {Record<string, FamilyText>} families
 * @property {Record<string, string>} fields
 * @property {Record<string, Record<string, string>>} rules product → parameter → sentence
 * @property {Record<string, RowText>} rows
 */

/**
 * @param {string} root
 * @param {LocaleTag} tag
 * @param {string} file
 */
function readText(root, tag, file) {
  const full = path.join(root, TEXT_DIR, tag, file);
  if (!existsSync(full)) throw new Error(`${path.relative(root, full)} is missing`);
  return JSON.parse(readFileSync(full, 'utf8'));
}

/**
 * @param {string} root
 * @returns {Record<LocaleTag, LocaleText>}
 */
export function loadText(root) {
  return /** @type {Record<LocaleTag, LocaleText>} */ (
    Object.fromEntries(
      LOCALES.map((tag) => [
        tag,
        {
          ui: readText(root, tag, 'ui.json'),
          families: readText(root, tag, 'families.json'),
          fields: readText(root, tag, 'fields.json'),
          rules: readText(root, tag, 'rules.json'),
          rows: readText(root, tag, 'rows.json'),
        },
      ]),
    )
  );
}

/**
 * What a row needs of the words, in every language.
 * @typedef {object} WordedRow
 * @property {string} id
 * @property {string} product
 * @property {string} code
 * @property {string} intent
 * @property {string} family
 * @property {string | null} field
 */

/**
 * Checks the words against the rows: every language has what English has and nothing else,
 * every row's words carry its code, every parameter a row names has a label.
 * @param {Record<LocaleTag, LocaleText>} text
 * @param {readonly WordedRow[]} rows
 */
export function checkText(text, rows) {
  /** @type {string[]} */
  const problems = [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const english = text.en;
  for (const tag of LOCALES) {
    const locale = text[tag];
    const where = `${TEXT_DIR}/${tag}`;
    for (const key of Object.keys(english.ui))
      if (!locale.ui[key]) problems.push(`${where}/ui.json: ${key} is missing`);
    for (const key of Object.keys(locale.ui))
      if (!(key in english.ui)) problems.push(`${where}/ui.json: ${key} is not an English string`);
    for (const family of FAMILIES) {
      const entry = locale.families[family];
      if (!entry?.title || !entry.description) {
        problems.push(`${where}/families.json: ${family} needs a title and a description`);
        continue;
      }
      for (const key of /** @type {const} */ (['fieldTitle', 'fieldDescription'])) {
        if (Boolean(entry[key]) !== Boolean(english.families[family]?.[key]))
          problems.push(`${where}/families.json: ${family} ${key} is in one language and not the other`);
      }
    }
    for (const family of Object.keys(locale.families))
      if (!FAMILIES.includes(family)) problems.push(`${where}/families.json: unknown family ${family}`);
    for (const field of Object.keys(english.fields))
      if (!locale.fields[field]) problems.push(`${where}/fields.json: ${field} has no label`);
    for (const [product, rules] of Object.entries(english.rules)) {
      for (const field of Object.keys(rules))
        if (!locale.rules[product]?.[field]) problems.push(`${where}/rules.json: ${product} ${field} has no rule`);
    }
    for (const [product, rules] of Object.entries(locale.rules)) {
      for (const field of Object.keys(rules))
        if (!english.rules[product]?.[field])
          problems.push(`${where}/rules.json: ${product} ${field} is not in English`);
    }
    for (const [id, words] of Object.entries(locale.rows)) {
      const row = byId.get(id);
      if (!row) {
        problems.push(`${where}/rows.json: ${id} (${words.code}) is no row of the catalog: its row changed identity`);
        continue;
      }
      if (words.code !== row.code)
        problems.push(`${where}/rows.json: ${id} is filed under ${words.code}, the row is ${row.code}`);
      if (!words.title && !words.description && !words.filled) problems.push(`${where}/rows.json: ${id} has no words`);
      const en = english.rows[id];
      for (const key of /** @type {const} */ (['title', 'description', 'filled'])) {
        if (Boolean(words[key]) !== Boolean(en?.[key]))
          problems.push(`${where}/rows.json: ${id} ${key} is in one language and not the other`);
      }
    }
    for (const id of Object.keys(english.rows))
      if (!locale.rows[id]) problems.push(`${where}/rows.json: ${id} has no words`);
  }
  for (const row of rows) {
    if (row.field !== null && !english.fields[row.field])
      problems.push(`${TEXT_DIR}/en/fields.json: ${row.field} (${row.id}) has no label`);
    if (!text.en.families[row.family]) problems.push(`${row.id}: unknown family ${row.family}`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]/;
const LATIN = /[A-Za-z0-9]/;
/**
 * @param {string | undefined} a
 * @param {string | undefined} b
 */
const gap = (a, b) => (a && b && ((CJK.test(a) && LATIN.test(b)) || (LATIN.test(a) && CJK.test(b))) ? ' ' : '');

/**
 * A label at the start of a sentence: "listener port" → "Listener port"; "vSwitch" stays as the console writes it.
 * @param {string} label
 */
export const capitalise = (label) =>
  /^[a-z][A-Z]/.test(label) ? label : label.charAt(0).toUpperCase() + label.slice(1);

/**
 * As the classifier fills words: `{field}`, or `{Field}` capitalised, with a space beside Chinese.
 * @param {string} template
 * @param {string} label
 */
export function withField(template, label) {
  return template.replace(/\{([Ff])ield\}/g, (_, initial, offset) => {
    const text = initial === 'F' ? capitalise(label) : label;
    return `${gap(template[offset - 1], text[0])}${text}${gap(text.at(-1), template[offset + 7])}`;
  });
}

/**
 * `HealthCheckDomain` → "health check domain", as the classifier names a parameter no locale labels.
 * @param {string} field
 */
export const humanise = (field) =>
  field
    .replace(/^.*\./, '')
    .replace(/Id$/, ' ID')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ id$/, ' ID');

/**
 * The words a row shows in a language, as the classifier builds them for a report of the row:
 * its own, else its family's with its parameter (a fix-input parameter's rule first).
 * @param {WordedRow} row
 * @param {LocaleText} locale
 * @returns {{ title: string, description: string, own: { title: boolean, description: boolean } }}
 */
export function resolveWords(row, locale) {
  const own = locale.rows[row.id];
  const family = locale.families[row.family];
  if (!family) throw new Error(`${row.id}: no words for family ${row.family}`);
  const label = row.field === null ? '' : (locale.fields[row.field] ?? humanise(row.field));
  const title =
    own?.title ?? (row.field !== null && family.fieldTitle ? withField(family.fieldTitle, label) : family.title);
  // A parameter's rule says how to fill it: the words of a value that is not valid, not of one already in use.
  const rule =
    row.intent === 'fix-input' && row.family === 'invalid-input' && row.field !== null
      ? locale.rules[row.product]?.[row.field]
      : undefined;
  const description =
    own?.description ??
    rule ??
    (row.field !== null && family.fieldDescription ? withField(family.fieldDescription, label) : family.description);
  return { title, description, own: { title: Boolean(own?.title), description: Boolean(own?.description) } };
}
