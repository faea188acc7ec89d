// @ts-check
// docs/catalog.md: every row with its intent, what decided it, and the kit's words in
// English and Chinese side by side, so a reviewer can read them all in one place.
import { FAMILIES, FAMILY_INTENT } from './families.mjs';
import { NAMING_PATTERNS } from './patterns.mjs';

/** @typedef {import('./build.mjs').Catalog} Catalog */
/** @typedef {import('./build.mjs').CatalogRow} CatalogRow */
/** @typedef {import('./build.mjs').CatalogText} CatalogText */
/** @typedef {import('./build.mjs').GenericRow} GenericRow */
/** @typedef {import('./build.mjs').LocaleTag} LocaleTag */

/** @param {unknown} value */
const cell = (value) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;
/**
 * @param {string | undefined} a
 * @param {string | undefined} b
 */
const gap = (a, b) => (a && b && ((CJK.test(a) && LATIN.test(b)) || (LATIN.test(a) && CJK.test(b))) ? ' ' : '');

/**
 * As the classifier fills a title: `{field}`, or `{Field}` capitalised, with a space beside Chinese.
 * @param {string} template
 * @param {string} label
 */
function withField(template, label) {
  return template.replace(/\{([Ff])ield\}/g, (_, initial, offset) => {
    const text = initial === 'F' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
    return `${gap(template[offset - 1], text[0])}${text}${gap(text.at(-1), template[offset + 7])}`;
  });
}

/**
 * The title a row shows: its own, else its family's (the field version when the row names a field).
 * @param {CatalogRow} row
 * @param {CatalogText} text
 * @param {LocaleTag} tag
 */
export function rowTitle(row, text, tag) {
  const own = text.rows[row.id]?.title?.[tag];
  if (own) return own;
  const family = text.families[tag][row.family];
  if (row.field && family.fieldTitle) return withField(family.fieldTitle, text.fields[row.field]?.[tag] ?? row.field);
  return family.title;
}

/**
 * @param {CatalogRow} row
 * @param {CatalogText} text
 * @param {LocaleTag} tag
 */
const words = (row, text, tag) => `**${cell(rowTitle(row, text, tag))}**<br>${cell(text.rows[row.id][tag])}`;
/**
 * @param {CatalogRow} row
 * @param {CatalogText} text
 */
const evidence = (row, text) => {
  const facts = text.rows[row.id].facts;
  const parts = [cell(row.decidedBy)];
  if (row.quota) parts.push(`Quota Center: \`${row.quota}\``);
  if (facts) parts.push(`Limits and formats: ${cell(facts)}`);
  for (const item of row.evidence ?? []) parts.push(`Evidence: ${cell(item)}`);
  if (row.messages && row.messages.length > 1)
    parts.push(`Also sent as: ${row.messages.slice(1).map(cell).join(' / ')}`);
  return parts.join('<br>');
};

/**
 * @param {readonly CatalogRow[]} rows
 * @param {CatalogText} text
 */
function rowTable(rows, text) {
  const head =
    '| id | status · code | server message | intent · field · family | English | 简体中文 | decided by |\n|---|---|---|---|---|---|---|';
  /** @param {CatalogRow} row */
  const line = (row) =>
    `| ${row.id} | ${row.status} \`${cell(row.code)}\` | ${cell(row.message)} | ${row.intent}${row.field ? ` · ${row.field}` : ''} · ${row.family} | ${words(row, text, 'en')} | ${words(row, text, 'zh-CN')} | ${evidence(row, text)} |`;
  return `${head}\n${rows.map(line).join('\n')}`;
}

/** @param {CatalogText} text */
function familyTable(text) {
  const head = '| family | usual intent | English | 简体中文 |\n|---|---|---|---|';
  /**
   * @param {LocaleTag} tag
   * @param {string} family
   */
  const side = (tag, family) => {
    const { title, fieldTitle, description } = text.families[tag][family];
    return `**${cell(title)}**${fieldTitle ? ` (with a field: ${cell(fieldTitle)})` : ''}<br>${cell(description)}`;
  };
  return `${head}\n${FAMILIES.map(
    (family) => `| ${family} | ${FAMILY_INTENT[family]} | ${side('en', family)} | ${side('zh-CN', family)} |`,
  ).join('\n')}`;
}

function patternTable() {
  const head = '| # | pattern | decides | what it means | examples | evidence |\n|---|---|---|---|---|---|';
  return `${head}\n${NAMING_PATTERNS.map(
    (pattern, index) =>
      `| ${index + 1} | ${pattern.code ? `code \`${cell(pattern.code)}\`` : `message \`${cell(pattern.message)}\``} | ${pattern.intent} · ${pattern.family}${pattern.field ? ' · field from the code' : ''} | ${cell(pattern.why)} | ${pattern.examples.map((example) => `\`${cell(example)}\``).join(', ')} | ${pattern.evidence.map(cell).join('<br>')} |`,
  ).join('\n')}`;
}

/** @param {CatalogText} text */
function fieldTable(text) {
  const head = '| request parameter | English | 简体中文 |\n|---|---|---|';
  return `${head}\n${Object.entries(text.fields)
    .map(([field, labels]) => `| \`${field}\` | ${cell(labels.en)} | ${cell(labels['zh-CN'])} |`)
    .join('\n')}`;
}

/**
 * @param {readonly CatalogRow[]} rows
 * @param {'intent' | 'family'} key
 * @param {readonly string[]} keys
 */
const countBy = (rows, key, keys) =>
  keys
    .map((value) => /** @type {const} */ ([value, rows.filter((row) => row[key] === value).length]))
    .filter(([, count]) => count > 0)
    .map(([value, count]) => `${value}: ${count}`)
    .join(', ');

/**
 * @param {readonly GenericRow[]} generic
 */
function genericTable(generic) {
  const head = '| code | rows | generic row | why |\n|---|---|---|---|';
  return `${head}\n${generic
    .map(({ code, id, rows, reason }) => `| \`${cell(code)}\` | ${rows} | ${id} | ${cell(reason)} |`)
    .join('\n')}`;
}

/**
 * docs/catalog.md.
 * @param {Catalog} catalog
 * @param {readonly string[]} intents the order in which rows are counted by intent
 */
export function catalogDoc({ slb, common, observed, generic, text }, intents) {
  return `# The catalog: every error, what the user can do, and what the kit says

Generated by \`scripts/generate-catalog.mjs\`; do not edit. The intent rules are in
\`scripts/catalog/rules.mjs\` (in the order they apply), judgement calls in \`scripts/catalog/overrides.mjs\`,
families in \`scripts/catalog/families.mjs\`, and every word in \`scripts/catalog/text/\`
(how to write them: [content.md](content.md)). How they fit together, and the order in which a
caught error is decided: [architecture.md](architecture.md).

The server's message is what the API sends and stays as documented. The English and Chinese
columns are the kit's own words: the **title** a surface shows, then its description. A row
whose intent is \`fix-input\` and that names a field shows its description directly under that
field; away from it, the title names the field.

SLB rows by intent: ${countBy(slb, 'intent', intents)}.

SLB rows by family: ${countBy(slb, 'family', FAMILIES)}.

## Families

A report's title comes from its family. A family's description is used when no row is known
(a naming pattern or the HTTP status decided).

${familyTable(text)}

## Field labels

How a request parameter is named to the user, when a title names the field. An app replaces
them with its own form labels (\`fieldLabels\`).

${fieldTable(text)}

## SLB error list (${slb.length} rows, seed order)

${rowTable(slb, text)}

## Common gateway errors (${common.length})

${rowTable(common, text)}

## Observed in the field (${observed.length})

SLB codes the error list does not have, found where real clients handle them (Terraform's
alicloud provider, the Kubernetes cloud controller for Alibaba Cloud), in real responses users
quoted, and in Alibaba's per-action error tables where the naming patterns below would read them
wrong. Sources and evidence: \`scripts/catalog/observed.mjs\`.

${rowTable(observed, text)}

## Codes with many rows: the generic row

When the server's message matches none of a code's rows, the code's generic row speaks for it
(\`report.match\` is \`'code'\`), if its HTTP status class fits the response's; otherwise, and for
codes not listed here, the first of the code's rows whose status class fits. A code the common
gateway table shares is backed by its common row; the other choices are in
\`scripts/catalog/generic.mjs\`.

${genericTable(generic)}

## Codes nobody listed: naming patterns

A code that no row knows is decided by the first pattern that fits its name (one reads the
message instead), in this order; \`report.match\` is then \`'pattern'\`. A pattern that finds a
missing resource decides \`refresh\` for the subject of the call; when the call creates something
and the missing resource is another one it points at (a vSwitch, an ACL), the user picked it, and
the report is \`fix-input\` (family \`not-found\`).

${patternTable()}

When no pattern fits either, the HTTP status decides: 5xx and 449 retry (429 as throttling), 401
signs in, 403 asks for permission, 404 refreshes; anything else is \`none\` (family \`unknown\`,
whose words ask for a ticket and which offers one).
`;
}
