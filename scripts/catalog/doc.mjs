// @ts-check
// docs/catalog.md (CLB, families, fields, patterns) and docs/catalog-alb.md, docs/catalog-nlb.md:
// every row with its intent, what decided it, its evidence, and the words the user reads in
// every language side by side, so a reviewer can read them all in one place.
import { FAMILIES, FAMILY_INTENT } from './families.mjs';
import { NAMING_PATTERNS, patternAgreement } from './patterns.mjs';
import { PRODUCTS } from './products.mjs';
import { LOCALES, resolveWords } from './text.mjs';

/** @typedef {import('./build.mjs').Catalog} Catalog */
/** @typedef {import('./build.mjs').CatalogRow} CatalogRow */
/** @typedef {import('./build.mjs').ProductCatalog} ProductCatalog */
/** @typedef {import('./text.mjs').LocaleTag} LocaleTag */

const LANGUAGE = /** @type {Record<LocaleTag, string>} */ ({ en: 'English', 'zh-CN': '简体中文' });

/** @param {unknown} value */
const cell = (value) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/**
 * @param {CatalogRow} row
 * @param {Catalog['text']} text
 * @param {LocaleTag} tag
 */
function words(row, text, tag) {
  const { title, description, own } = resolveWords(row, text[tag]);
  const filled = text[tag].rows[row.id]?.filled;
  const mark = own.description ? '' : ' ᵗ';
  return `**${cell(title)}**<br>${cell(description)}${mark}${filled ? `<br>_with the values:_ ${cell(filled)}` : ''}`;
}

/** @param {CatalogRow} row */
function evidence(row) {
  const parts = [cell(row.decidedBy)];
  if (row.quota) parts.push(`Quota Center: \`${row.quota}\``);
  for (const item of row.evidence) parts.push(`Evidence: ${cell(item)}`);
  if (row.messages.length > 1) parts.push(`Also sent as: ${row.messages.slice(1).map(cell).join(' / ')}`);
  return parts.join('<br>');
}

/** @param {CatalogRow} row */
function actions(row) {
  if (row.actions.length === 0) return '';
  const list =
    row.actions.length > 6
      ? `${row.actions.slice(0, 6).join(', ')} and ${row.actions.length - 6} more`
      : row.actions.join(', ');
  return `${row.bound ? 'only ' : ''}${cell(list)}`;
}

/**
 * @param {readonly CatalogRow[]} rows
 * @param {Catalog['text']} text
 */
function rowTable(rows, text) {
  const head = `| id | status · code | server message | actions | intent · field · family | ${LOCALES.map((tag) => LANGUAGE[tag]).join(' | ')} | decided by |\n|---|---|---|---|---|${LOCALES.map(() => '---|').join('')}---|`;
  /** @param {CatalogRow} row */
  const line = (row) =>
    `| ${row.id} | ${[row.status, ...row.statuses.filter((status) => status !== row.status)].join(', ')} \`${cell(row.code)}\` | ${cell(row.message)} | ${actions(row)} | ${row.intent}${row.field ? ` · \`${row.field}\`` : ''} · ${row.family} | ${LOCALES.map((tag) => words(row, text, tag)).join(' | ')} | ${evidence(row)} |`;
  return `${head}\n${rows.map(line).join('\n')}`;
}

/** @param {Catalog['text']} text */
function familyTable(text) {
  const head = `| family | usual intent | ${LOCALES.map((tag) => LANGUAGE[tag]).join(' | ')} |\n|---|---|${LOCALES.map(() => '---|').join('')}`;
  /**
   * @param {LocaleTag} tag
   * @param {string} family
   */
  const side = (tag, family) => {
    const entry = /** @type {import('./text.mjs').FamilyText} */ (text[tag].families[family]);
    const withField = [entry.fieldTitle, entry.fieldDescription].filter(Boolean).map(cell).join(' · ');
    return `**${cell(entry.title)}**<br>${cell(entry.description)}${withField ? `<br>_with a parameter:_ ${withField}` : ''}`;
  };
  return `${head}\n${FAMILIES.map(
    (family) => `| ${family} | ${FAMILY_INTENT[family]} | ${LOCALES.map((tag) => side(tag, family)).join(' | ')} |`,
  ).join('\n')}`;
}

/** @param {Catalog} catalog */
function patternTable(catalog) {
  const agreement = patternAgreement(catalog.rows);
  const read = (/** @type {string} */ name) => {
    const counts = agreement.get(name);
    return counts ? `${counts.agrees} of ${counts.decides}` : '0';
  };
  const head =
    '| # | pattern | decides | what it means | documented pairs it reads as their rows do | examples | evidence |\n|---|---|---|---|---|---|---|';
  const lines = NAMING_PATTERNS.map(
    (pattern, index) =>
      `| ${index + 1} | ${pattern.code ? `code \`${cell(pattern.code)}\`` : `message \`${cell(pattern.message)}\``} | ${pattern.intent} · ${pattern.family}${pattern.field ? ' · field from the code' : ''} | ${cell(pattern.why)} | ${read(pattern.name)} | ${pattern.examples.map((example) => `\`${cell(example)}\``).join(', ')} | ${pattern.evidence.map(cell).join('<br>')} |`,
  );
  const total = [...agreement.values()].reduce(
    (sum, { decides, agrees }) => ({ decides: sum.decides + decides, agrees: sum.agrees + agrees }),
    { decides: 0, agrees: 0 },
  );
  return `${head}\n${lines.join('\n')}\n\nRead as if no row knew them, the ${total.decides} documented pairs of the three products' tables are decided as their rows are for ${total.agrees} (${Math.round((100 * total.agrees) / total.decides)} %); the HTTP status would decide ${agreement.get('(the HTTP status)')?.decides ?? 0} of them (${read('(the HTTP status)')} as their rows).`;
}

/**
 * @param {Catalog} catalog
 * @param {string} product
 */
function fieldTable(catalog, product) {
  const rows = catalog.products[/** @type {'clb' | 'alb' | 'nlb'} */ (product)].rows;
  const fields = [...new Set(rows.map((row) => row.field).filter((field) => field !== null))].sort();
  const head = `| parameter | ${LOCALES.map((tag) => LANGUAGE[tag]).join(' | ')} |\n|---|${LOCALES.map(() => '---|').join('')}`;
  return `${head}\n${fields
    .map((field) => {
      const sides = LOCALES.map((tag) => {
        const rule = catalog.text[tag].rules[product]?.[/** @type {string} */ (field)];
        return `${cell(catalog.text[tag].fields[/** @type {string} */ (field)])}${rule ? `<br>${cell(rule)}` : ''}`;
      });
      return `| \`${field}\` | ${sides.join(' | ')} |`;
    })
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

/** @param {ProductCatalog} product */
function genericTable(product) {
  const head = '| code | rows | generic row | why |\n|---|---|---|---|';
  return `${head}\n${product.generic.map(({ code, id, rows, reason }) => `| \`${cell(code)}\` | ${rows} | ${id} | ${cell(reason)} |`).join('\n')}`;
}

/** @param {ProductCatalog} product */
function joinedList(product) {
  if (product.joined.length === 0) return '';
  // One mention per code and row it joins: a code's several messages may join one row each.
  const mentions = [...new Set(product.joined.map(({ code, joins }) => `\`${cell(code)}\` (${joins})`))];
  return `Documented pairs that are a row already (their actions join that row): ${mentions.join(', ')}.`;
}

const LEGEND = `Each row's words: the **title**, then the description. ᵗ marks words that come from the row's
family, filled with its parameter (its label, or for a fix-input parameter its rule: "Enter a
port from 1 to 65535."), rather than words of the row's own. "decided by" names what decided
the intent: the error page's rule or override, the common table, an observed row's reason, or
for a documented (api) row the judgement and the metadata it was read from.`;

/**
 * @param {Catalog} catalog
 * @param {readonly string[]} intents the order in which rows are counted by intent
 * @returns {Record<string, string>} path → content
 */
export function catalogDocs(catalog, intents = []) {
  const clb = catalog.products.clb;
  const bySource = (/** @type {string} */ source) => clb.rows.filter((row) => row.source === source);
  const order = intents.length ? intents : [...new Set(catalog.rows.map((row) => row.intent))];
  /** @type {Record<string, string>} */
  const files = {};
  const productLinks = PRODUCTS.filter((info) => info.key !== 'clb')
    .map((info) => `[${info.name}](catalog-${info.key}.md)`)
    .join(', ');
  files['docs/catalog.md'] = `# The catalog: every error, what the user can do, and what the kit says

Generated by \`scripts/generate-catalog.mjs\`; do not edit. Each product has its catalog: this
page holds Classic Load Balancer (CLB, the Slb API 2014-05-15), the common gateway errors, the
families, the parameters and the naming patterns; ${productLinks} have their own pages.
The intent rules of the error page are in \`scripts/catalog/rules.mjs\` (in the order they
apply), its judgement calls in \`scripts/catalog/overrides.mjs\`, the per-action error tables'
judgements in \`scripts/catalog/decisions/<product>.json\` and their facts in
\`scripts/catalog/api/<product>.json\` (imported from Alibaba's OpenAPI metadata), families in
\`scripts/catalog/families.mjs\`, every word in \`scripts/catalog/text/<language>/\` (how to
write them: [content.md](content.md)), every id in \`scripts/catalog/ids.json\`. How a caught
error is decided: [architecture.md](architecture.md).

The server's message is what the API sends and stays as documented; a \`%s\` is where the
server fills in a value.

${LEGEND}

CLB rows: ${clb.rows.length} (error page ${bySource('slb').length}, per-action tables ${bySource('api').length}, common gateway ${bySource('common').length}, observed ${bySource('observed').length}).

CLB rows by intent: ${countBy(clb.rows, 'intent', order)}.

CLB rows by family: ${countBy(clb.rows, 'family', FAMILIES)}.

## Families

A report's title comes from its family; its words are used when a row has none of its own
(or a naming pattern or the HTTP status decided).

${familyTable(catalog.text)}

## CLB parameters

How each parameter a row names is called to the user, and for a value the user corrects, how
to fill it. An app replaces the labels with its own form labels (\`fieldLabels\`).

${fieldTable(catalog, 'clb')}

## The CLB error page (${bySource('slb').length} rows, in its order)

${rowTable(bySource('slb'), catalog.text)}

## The CLB per-action error tables (${bySource('api').length} rows)

Alibaba's metadata documents for each action the errors it returns. Each distinct (code,
message) is one row, with the actions that document it; a row marked _only_ decides those
actions, where another row of the same pair decides the rest. ${joinedList(clb)}

${rowTable(bySource('api'), catalog.text)}

## Common gateway errors (${bySource('common').length})

${rowTable(bySource('common'), catalog.text)}

## Observed in the field (${bySource('observed').length})

CLB codes no documentation lists, found where real clients handle them (Terraform's alicloud
provider, the Kubernetes cloud controller for Alibaba Cloud) and in real responses users quoted.
Sources and evidence: \`scripts/catalog/observed.mjs\`.

${rowTable(bySource('observed'), catalog.text)}

## Codes with many rows: the generic row

When the server's message matches none of a code's rows (and the action chose none), the code's
generic row speaks for it (\`report.match\` is \`'code'\`), if its HTTP status class fits the
response's; otherwise, and for codes not listed here, the first of the code's rows whose status
class fits. A code the common gateway table shares is backed by its common row; the other
choices are in \`scripts/catalog/generic.mjs\`.

${genericTable(clb)}

## Codes nobody listed: naming patterns

A code that no row knows is decided by the first pattern that fits its name (one reads the
message instead), in this order; \`report.match\` is then \`'pattern'\`. A pattern that finds a
missing resource decides \`refresh\` for the subject of the call; when the call creates something
and the missing resource is another one it points at (a vSwitch, an ACL), the user picked it, and
the report is \`fix-input\` (family \`not-found\`).

${patternTable(catalog)}

When no pattern fits either, the HTTP status decides: 5xx and 449 retry (429 as throttling), 401
signs in, 403 asks for permission, 404 refreshes; anything else is \`none\` (family \`unknown\`,
whose words ask for a ticket and which offers one).
`;
  for (const info of PRODUCTS.filter((product) => product.key !== 'clb')) {
    const product = catalog.products[info.key];
    files[`docs/catalog-${info.key}.md`] = `# ${info.name}: every documented error

Generated by \`scripts/generate-catalog.mjs\`; do not edit. The API ${info.api} ${info.version}
documents these errors per action (facts: \`scripts/catalog/api/${info.key}.json\`, from Alibaba's
OpenAPI metadata); the judgements are in \`scripts/catalog/decisions/${info.key}.json\`, the words
in \`scripts/catalog/text/<language>/\`. Families, naming patterns and the common gateway errors
are in [catalog.md](catalog.md). An app adds this catalog with \`import { ${info.key} } from
'slb-error-kit/${info.key}'\` and its words with the product's locale modules (README, "The
load-balancer family").

${LEGEND}

Rows: ${product.rows.length}. By intent: ${countBy(product.rows, 'intent', order)}.

By family: ${countBy(product.rows, 'family', FAMILIES)}.

## Parameters

${fieldTable(catalog, info.key)}

## Rows

${joinedList(product)}

${rowTable(product.rows, catalog.text)}
${product.generic.length ? `\n## Codes with many rows: the generic row\n\n${genericTable(product)}\n` : ''}`;
  }
  return files;
}
