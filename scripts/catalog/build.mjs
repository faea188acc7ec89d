// @ts-check
// Builds the generated catalog files in memory, so the CLI can write them and a test can
// compare them with what is committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decide, loadDecisions, loadFacts, pairKey, pairsOf } from './api-rows.mjs';
import { COMMON_ERRORS } from './common-errors.mjs';
import { catalogDocs } from './doc.mjs';
import {
  codesSource,
  dataSource,
  docsSource,
  englishFamiliesSource,
  englishUiSource,
  keysSource,
  localeSource,
  patternsSource,
  wordsSource,
} from './emit.mjs';
import { FAMILIES, familyOf } from './families.mjs';
import { GENERIC_ROWS } from './generic.mjs';
import { IDS_PATH, assignIds, ledgerSource, loadLedger } from './ids.mjs';
import { OBSERVED } from './observed.mjs';
import { OVERRIDES } from './overrides.mjs';
import { parseSeed } from './parse-seed.mjs';
import { NAMING_PATTERNS } from './patterns.mjs';
import { PRODUCTS } from './products.mjs';
import { quotaOf } from './quotas.mjs';
import { INTENT_ORDER, INTENT_RULES, findField } from './rules.mjs';
import { LOCALES, checkText, loadText } from './text.mjs';

/** @typedef {import('./rules.mjs').SeedRow} SeedRow */
/** @typedef {import('./text.mjs').LocaleTag} LocaleTag */
/** @typedef {'clb' | 'alb' | 'nlb'} ProductKey */

/**
 * A catalog row with everything decided about it.
 * @typedef {object} CatalogRow
 * @property {string} id from the ledger (ids.mjs): `slb-001`, `alb-014`, `common-<code>`, `observed-<code>`
 * @property {ProductKey} product
 * @property {'slb' | 'api' | 'common' | 'observed'} source `slb`: the error page; `api`: the per-action error tables
 * @property {number} status the first documented status
 * @property {number[]} statuses
 * @property {string} code
 * @property {string} message the documented message ('' for an observed row no source quotes)
 * @property {readonly string[]} messages observed rows: every message servers send; else [message]
 * @property {string} description the documentation's (the error page's, the gateway table's); '' otherwise
 * @property {string} intent
 * @property {string | null} field the API parameter the error is about (for fix-input: the one to correct)
 * @property {string} family
 * @property {string | null} quota the Quota Center code, on quota rows only
 * @property {readonly string[]} actions the actions whose error tables document it
 * @property {boolean} bound only its actions decide it this way (another row of the pair covers the rest)
 * @property {string} decidedBy what decided the intent, with its reason
 * @property {readonly string[]} evidence where real clients or the documentation show it
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
 * @typedef {object} ProductCatalog
 * @property {import('./products.mjs').ProductInfo} info
 * @property {CatalogRow[]} rows in the order the classifier tries them
 * @property {string[]} actions every action of the API, sorted
 * @property {GenericRow[]} generic
 * @property {import('./api-rows.mjs').ApiFacts} facts
 * @property {Array<{ code: string, message: string, joins: string }>} joined documented pairs that are an existing row
 */

/**
 * @typedef {object} Catalog
 * @property {Record<ProductKey, ProductCatalog>} products
 * @property {CatalogRow[]} rows every row of every product
 * @property {Record<LocaleTag, import('./text.mjs').LocaleText>} text
 * @property {Record<string, import('./ids.mjs').LedgerEntry>} ledger the ledger with the ids this build gave
 * @property {string[]} added ids this build gave for the first time
 */

export const SEED_PATH = 'scripts/catalog/slb-error-codes.md';
/**
 * Every intent, in the order the `SlbIntent` type declares them (src/catalog/types.ts); docs
 * count rows in this order. The design's order is `INTENT_ORDER` (rules.mjs).
 * @type {readonly string[]}
 */
export const INTENTS = [
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
 * For each code with many rows, the row that speaks for it when the server's message matches
 * none: the common row of a code the common table shares, else the call of generic.mjs.
 * @param {readonly CatalogRow[]} rows one product's rows, in catalog order
 * @param {boolean} checkChoices whether generic.mjs speaks for this product (CLB)
 * @returns {GenericRow[]}
 */
function genericRows(rows, checkChoices) {
  /** @type {Map<string, CatalogRow[]>} */
  const byCode = new Map();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  if (checkChoices) {
    for (const [code, { id }] of Object.entries(GENERIC_ROWS)) {
      const list = byCode.get(code) ?? [];
      if (!list.some((row) => row.id === id)) throw new Error(`generic.mjs: ${code}: ${id} is not a row of ${code}`);
      if (list.length < 2) throw new Error(`generic.mjs: ${code} has one row; it needs no generic row`);
      if (list.some((row) => row.source === 'common'))
        throw new Error(`generic.mjs: ${code} has a common row, which is its generic row`);
    }
  }
  /** @type {GenericRow[]} */
  const generic = [];
  for (const [code, list] of byCode) {
    if (list.length < 2) continue;
    const common = list.find((row) => row.source === 'common');
    const chosen = checkChoices ? GENERIC_ROWS[code] : undefined;
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
 * A documented pair's statuses and actions, joined to a row that already has its (code, message).
 * @param {CatalogRow} row
 * @param {import('./api-rows.mjs').ApiPair} pair
 * @returns {CatalogRow}
 */
const joinPair = (row, pair) => ({
  ...row,
  actions: [...new Set([...row.actions, ...pair.actions])].sort(),
  statuses: [...new Set([...row.statuses, ...pair.statuses])].sort(),
});

/**
 * @param {string} root
 * @param {{ seed?: string }} [options] `seed`: the error page's markdown instead of the file's (tests)
 * @returns {Catalog}
 */
export function loadCatalog(root, options = {}) {
  const seedText = options.seed ?? readFileSync(path.join(root, SEED_PATH), 'utf8');
  const ledger = loadLedger(root);
  // Ids for the seed first: overrides are filed by id.
  const seed = parseSeed(seedText);
  const seedIds = assignIds(
    seed.map((row) => ({ namespace: 'slb', code: row.code, message: row.message })),
    ledger,
  );
  /** @type {CatalogRow[]} */
  let slb = seed.map((row, index) => {
    const id = /** @type {string} */ (seedIds.ids[index]);
    const { familyOverride, ...decision } = decideRow(row, id);
    const decided = {
      id,
      product: /** @type {const} */ ('clb'),
      source: /** @type {const} */ ('slb'),
      ...row,
      statuses: [row.status],
      messages: [row.message],
      actions: [],
      bound: false,
      evidence: [],
      ...decision,
    };
    return { ...decided, family: familyOf(decided, familyOverride), quota: quotaOf(decided) };
  });
  for (const id of Object.keys(OVERRIDES)) {
    if (!slb.some((row) => row.id === id)) throw new Error(`override ${id} names no row of the error page`);
  }
  /** @type {CatalogRow[]} */
  let common = COMMON_ERRORS.map(([status, code, message, description, intent, reason, field = null, family]) => {
    const row = { status, code, message, description, intent, field };
    return {
      ...row,
      id: '',
      product: /** @type {const} */ ('clb'),
      source: /** @type {const} */ ('common'),
      statuses: [status],
      messages: [message],
      actions: [],
      bound: false,
      evidence: [],
      decidedBy: `common: ${reason}`,
      family: familyOf(row, family),
      quota: quotaOf(row),
    };
  });
  /** @type {CatalogRow[]} */
  let observed = OBSERVED.map((row) => {
    if (row.evidence.length === 0) throw new Error(`observed ${row.code}: no evidence`);
    const decided = {
      id: '',
      product: /** @type {const} */ ('clb'),
      source: /** @type {const} */ ('observed'),
      status: row.status,
      statuses: [row.status],
      code: row.code,
      message: row.messages[0] ?? '',
      messages: row.messages,
      // The documentation describes none of these: the row keeps no description of its own.
      description: '',
      intent: row.intent,
      field: row.field ?? null,
      actions: [],
      bound: false,
      decidedBy: `observed: ${row.reason}`,
      evidence: row.evidence,
    };
    return { ...decided, family: familyOf(decided, row.family), quota: row.quota ?? quotaOf(decided) };
  });

  /** @type {Partial<Record<ProductKey, ProductCatalog>>} */
  const products = {};
  /** @type {Array<{ namespace: string, code: string, message: string, actions?: string[] }>} */
  const identities = [];
  /** @type {Array<{ product: ProductKey, rows: CatalogRow[] }>} */
  const apiRows = [];
  for (const info of PRODUCTS) {
    const facts = loadFacts(root, info.key);
    // A joined pair keeps its row's decision; a decision bound to some of its actions still
    // gives those actions a row of their own.
    const decisionsOf = loadDecisions(root, info.key);
    /** @param {string} key */
    const boundTo = (key) => decisionsOf.filter((decision) => decision.actions?.length && pairKey(decision) === key);
    /** @type {Array<{ pair: import('./api-rows.mjs').ApiPair, decision: import('./api-rows.mjs').Decision }>} */
    const boundJoined = [];
    /**
     * @param {CatalogRow} row
     * @param {import('./api-rows.mjs').ApiPair} pair
     */
    const joinWithBound = (row, pair) => {
      const bound = boundTo(pairKey(pair));
      for (const decision of bound) boundJoined.push({ pair, decision });
      const taken = new Set(bound.flatMap((decision) => decision.actions ?? []));
      const joinedRow = joinPair(row, pair);
      return { ...joinedRow, actions: joinedRow.actions.filter((action) => !taken.has(action)) };
    };
    /** @type {ProductCatalog['joined']} */
    const joined = [];
    /** @type {import('./api-rows.mjs').ApiPair[]} */
    const toDecide = [];
    for (const pair of pairsOf(facts)) {
      const key = pairKey(pair);
      // A documented pair the error page, the gateway table or an observed row already has joins that row.
      if (info.key === 'clb') {
        const index = slb.findIndex((row) => pairKey(row) === key);
        if (index !== -1) {
          slb[index] = joinWithBound(/** @type {CatalogRow} */ (slb[index]), pair);
          joined.push({ code: pair.code, message: pair.message, joins: 'the error page' });
          continue;
        }
        // An observed row whose message no source quoted is the one documented pair of its code.
        const onlyPair = facts.errors.filter((error) => error.code === pair.code).length === 1;
        const seen = observed.findIndex(
          (row) =>
            row.messages.some((message) => pairKey({ code: row.code, message }) === key) ||
            (onlyPair && row.code === pair.code && row.messages.join('') === ''),
        );
        if (seen !== -1) {
          const row = /** @type {CatalogRow} */ (observed[seen]);
          observed[seen] = {
            ...joinWithBound(row, pair),
            source: 'api',
            message: row.message || pair.message,
            messages: row.message ? row.messages : [pair.message],
          };
          joined.push({ code: pair.code, message: pair.message, joins: 'an observed row' });
          continue;
        }
      }
      if (common.some((row) => pairKey(row) === key)) {
        joined.push({ code: pair.code, message: pair.message, joins: 'the common gateway row' });
        continue;
      }
      toDecide.push(pair);
    }
    const joinedBound = new Set(boundJoined.map(({ decision }) => decision));
    const decisions = decide(
      toDecide,
      decisionsOf.filter((decision) => !joinedBound.has(decision)),
      info.key,
    );
    /** @type {CatalogRow[]} */
    const rows = [];
    /** @type {Array<{ pair: import('./api-rows.mjs').ApiPair, decision: import('./api-rows.mjs').Decision, actions: string[], bound: boolean }>} */
    const toEmit = [];
    for (const pair of toDecide) {
      const { main, bound } =
        /** @type {{ main: import('./api-rows.mjs').Decision, bound: import('./api-rows.mjs').Decision[] }} */ (
          decisions.get(pairKey(pair))
        );
      const boundActions = new Set(bound.flatMap((decision) => decision.actions ?? []));
      toEmit.push({
        pair,
        decision: main,
        actions: pair.actions.filter((action) => !boundActions.has(action)),
        bound: false,
      });
      for (const decision of bound) toEmit.push({ pair, decision, actions: decision.actions ?? [], bound: true });
    }
    for (const { pair, decision } of boundJoined) {
      const unknown = (decision.actions ?? []).filter((action) => !pair.actions.includes(action));
      if (unknown.length) throw new Error(`${decision.code}: bound to actions that do not document it: ${unknown}`);
      toEmit.push({ pair, decision, actions: decision.actions ?? [], bound: true });
    }
    for (const { pair, decision, actions, bound } of toEmit) {
      const row = {
        id: '',
        product: info.key,
        source: /** @type {const} */ ('api'),
        status: /** @type {number} */ (pair.statuses[0]),
        statuses: pair.statuses,
        code: pair.code,
        message: pair.message,
        messages: [pair.message],
        description: '',
        intent: decision.intent,
        field: decision.field,
        family: decision.family,
        actions,
        bound,
        decidedBy: `api: ${decision.reason}`,
        evidence: [
          `${facts.source.repository}@${facts.source.commit.slice(0, 12)} ${facts.source.path}: ${actions.join(', ')}`,
          ...(decision.evidence ?? []),
        ],
      };
      if (!FAMILIES.includes(row.family)) throw new Error(`${row.code}: unknown family ${row.family}`);
      rows.push({ ...row, quota: decision.quota ?? (row.intent === 'quota' ? quotaOf(row) : null) });
    }
    rows.sort(
      (a, b) =>
        a.code.localeCompare(b.code, 'en') ||
        a.message.localeCompare(b.message, 'en') ||
        Number(a.bound) - Number(b.bound),
    );
    apiRows.push({ product: info.key, rows });
    products[info.key] = { info, rows: [], actions: facts.actions, generic: [], facts, joined };
  }

  // Ids: the seed's were given above; then every other row, in a fixed order.
  const rest = [
    ...apiRows.flatMap(({ product, rows }) =>
      rows.map((row) => ({
        row,
        identity: {
          namespace: product === 'clb' ? 'slb' : product,
          code: row.code,
          message: row.message,
          ...(row.bound ? { actions: [...row.actions] } : {}),
        },
      })),
    ),
    ...common.map((row) => ({ row, identity: { namespace: 'common', code: row.code, message: row.message } })),
    // An observed row is named by what observed.mjs quotes, even once a documented pair gave it a message.
    ...observed.map((row, index) => ({
      row,
      identity: { namespace: 'observed', code: row.code, message: OBSERVED[index]?.messages[0] ?? '' },
    })),
  ];
  identities.push(...rest.map(({ identity }) => identity));
  const { ids, ledger: nextLedger, added } = assignIds(identities, seedIds.ledger);
  rest.forEach(({ row }, index) => {
    row.id = /** @type {string} */ (ids[index]);
  });

  for (const { product, rows } of apiRows) {
    const catalog = /** @type {ProductCatalog} */ (products[product]);
    catalog.rows = product === 'clb' ? [...slb, ...rows, ...common, ...observed] : rows;
    catalog.generic = genericRows(catalog.rows, product === 'clb');
  }
  const all = PRODUCTS.flatMap((info) => /** @type {ProductCatalog} */ (products[info.key]).rows);
  // Facts behind a row's words (limits and formats the words state), filed by id with the row's code.
  /** @type {Record<string, { code: string, facts: string }>} */
  const facts = JSON.parse(readFileSync(path.join(root, 'scripts/catalog/evidence.json'), 'utf8'));
  for (const [id, { code, facts: text }] of Object.entries(facts)) {
    const row = all.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`evidence.json: ${id} (${code}) is no row of the catalog`);
    if (row.code !== code) throw new Error(`evidence.json: ${id} is filed under ${code}, the row is ${row.code}`);
    row.evidence = [...row.evidence, `Limits and formats: ${text}`];
  }
  for (const row of all) {
    if (!INTENTS.includes(row.intent)) throw new Error(`${row.id}: unknown intent ${row.intent}`);
    if (row.quota !== null && row.intent !== 'quota')
      throw new Error(`${row.id}: a Quota Center code on a ${row.intent} row`);
    for (const value of [row.code, row.message, row.field ?? '', row.quota ?? ''])
      if (/[|\n]/.test(value)) throw new Error(`${row.id}: "|" or a line break in ${value}`);
  }
  const text = loadText(root);
  checkText(text, all);
  return {
    products: /** @type {Record<ProductKey, ProductCatalog>} */ (products),
    rows: all,
    text,
    ledger: nextLedger,
    added: [...seedIds.added, ...added],
  };
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

/**
 * @param {string} root the repository
 * @param {{ seed?: string }} [options]
 * @returns {Record<string, string>} repo-relative path → content
 */
export function buildCatalogFiles(root, options) {
  const catalog = loadCatalog(root, options);
  checkPatterns();
  /** @type {Record<string, string>} */
  const files = {
    [IDS_PATH]: ledgerSource(catalog.ledger),
    'src/core/patterns.generated.ts': patternsSource(),
    'src/catalog/keys.generated.ts': keysSource(),
    'src/catalog/codes.generated.ts': codesSource(catalog),
    'src/core/families.en.generated.ts': englishFamiliesSource(catalog),
    'src/core/ui.en.generated.ts': englishUiSource(catalog),
  };
  for (const info of PRODUCTS) {
    const product = catalog.products[info.key];
    files[`src/catalog/${info.key}.generated.ts`] = dataSource(product, catalog.text);
    files[`src/catalog/${info.key}.docs.generated.ts`] = docsSource(product);
  }
  for (const tag of LOCALES) {
    files[`src/locales/${tag}.generated.ts`] = localeSource(catalog, tag);
    for (const { key } of PRODUCTS) {
      if (key !== 'clb') files[`src/locales/${key}/${tag}.generated.ts`] = wordsSource(catalog, key, tag);
    }
  }
  Object.assign(files, catalogDocs(catalog, INTENTS));
  return files;
}
