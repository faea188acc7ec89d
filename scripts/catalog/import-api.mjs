#!/usr/bin/env node
// @ts-check
// Imports the facts the catalog needs from Alibaba Cloud's OpenAPI metadata: each action's
// documented errors (HTTP status, code, message) and each request parameter's type, range,
// length, choices and unit. Writes scripts/catalog/api/<product>.json, which the generator
// reads; the metadata itself is never committed.
//
//   node scripts/catalog/import-api.mjs <metadata folder>
//
// The folder holds the metadata as `dew-serverless/acs-sdk-php` publishes it, at the commit
// below: data/slb/2014-05-15/api-docs.json, data/alb/2020-06-16/api-docs.json,
// data/nlb/2022-04-30/api-docs.json (a clone of that repository is such a folder). Ranges and
// choices are read from each parameter's schema and from its documented description (the
// metadata documents them in Chinese: 取值范围：**1**~**5120**; 长度为1~80个字符;
// 取值：- **internet** …); where the two disagree, the description wins, since it is what the
// API reference shows its readers, and the schema's figure is kept beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const METADATA = {
  repository: 'dew-serverless/acs-sdk-php',
  commit: '1890224213189167d9a7fdd83ded0e54a5f4ae8e',
  date: '2024-07-30',
  note: 'the last revision whose metadata still carries errorCodes',
};

/** @type {ReadonlyArray<{ product: string, api: string, version: string, file: string }>} */
export const PRODUCTS = [
  { product: 'clb', api: 'Slb', version: '2014-05-15', file: 'data/slb/2014-05-15/api-docs.json' },
  { product: 'alb', api: 'Alb', version: '2020-06-16', file: 'data/alb/2020-06-16/api-docs.json' },
  { product: 'nlb', api: 'Nlb', version: '2022-04-30', file: 'data/nlb/2022-04-30/api-docs.json' },
];

/**
 * @typedef {object} ParamRule
 * @property {string} type
 * @property {[number, number]} [range] documented minimum and maximum
 * @property {[number, number]} [schemaRange] the schema's, where it differs from the documented one
 * @property {[number, number]} [length] documented length in characters
 * @property {string[]} [choices] documented values
 * @property {string} [unit]
 * @property {number} [maxItems]
 */

const RANGE = /取值(?:范围)?(?:为|：|:)\s*\*{0,2}\s*(-?\d+)\s*\*{0,2}\s*[~～-]\s*\*{0,2}\s*(\d+)\s*\*{0,2}/;
const LENGTH = /长度(?:限制)?(?:为|：|:)?\s*(\d+)\s*[~～-]\s*(\d+)/;
const UNIT = /单位(?:：|:|为)\s*([A-Za-z/]+|秒|毫秒|分钟|小时|天|月|年|个)/;
// "取值：" followed by "- **value**" items, or "**a**、**b**或**c**" on one line.
const CHOICE_LIST = /取值(?:：|:)\s*\n+((?:\s*[-*]\s+\*\*[^*\n]+\*\*[^\n]*\n*)+)/;
const CHOICE_LINE = /取值(?:：|:)\s*((?:\*\*[^*\n]+\*\*\s*(?:、|，|,|或|和|以及)?\s*){2,})/;
const UNITS = /** @type {Record<string, string>} */ ({
  秒: 's',
  毫秒: 'ms',
  分钟: 'min',
  小时: 'h',
  天: 'd',
  月: 'month',
  年: 'year',
  个: '',
});

/** @param {string} text */
const unbold = (text) => text.replace(/\\_/g, '_').trim();

/**
 * @param {any} schema
 * @returns {ParamRule}
 */
export function ruleOf(schema) {
  const description = String(schema.description ?? '');
  /** @type {ParamRule} */
  const rule = { type: String(schema.type ?? 'string') };
  const schemaRange =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? /** @type {[number, number]} */ ([Number(schema.minimum), Number(schema.maximum)])
      : undefined;
  const range = RANGE.exec(description);
  if (range && rule.type !== 'string') {
    rule.range = [Number(range[1]), Number(range[2])];
    if (schemaRange && (schemaRange[0] !== rule.range[0] || schemaRange[1] !== rule.range[1]))
      rule.schemaRange = schemaRange;
  } else if (schemaRange) rule.range = schemaRange;
  const length = LENGTH.exec(description);
  if (length) rule.length = [Number(length[1]), Number(length[2])];
  const list = CHOICE_LIST.exec(description);
  const line = list ? null : CHOICE_LINE.exec(description);
  const choices = list
    ? [...list[1].matchAll(/^\s*[-*]\s+\*\*([^*\n]+)\*\*/gm)].map((match) => unbold(match[1]))
    : line
      ? [...line[1].matchAll(/\*\*([^*\n]+)\*\*/g)].map((match) => unbold(match[1]))
      : [];
  // A range written as a list item ("- **1**~**5120**") is not a choice.
  const named = choices.filter((choice) => !/^-?\d+$/.test(choice) && !/[~～]/.test(choice));
  if (named.length >= 2) rule.choices = [...new Set(named)];
  const unit = UNIT.exec(description);
  if (unit) {
    const value = UNITS[unit[1]] ?? unit[1];
    if (value) rule.unit = value;
  }
  if (schema.maxItems !== undefined) rule.maxItems = Number(schema.maxItems);
  return rule;
}

/**
 * Every parameter of an action, nested ones as `Parent.Child` (array items add nothing: the
 * console names `BackendServers`, not `BackendServers.N`).
 * @param {any} schema
 * @param {string} name
 * @param {(name: string, schema: any) => void} visit
 */
function walk(schema, name, visit) {
  visit(name, schema);
  if (schema.items) walk(schema.items, name, (child, childSchema) => child !== name && visit(child, childSchema));
  for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${name}.${key}`, visit);
}

/** @param {ParamRule} rule */
const ruleKey = (rule) => JSON.stringify(rule);

/**
 * @param {any} metadata one product's api-docs.json
 */
export function importProduct(metadata) {
  /** @type {string[]} */
  const actions = Object.keys(metadata.apis).sort();
  /** @type {Map<string, { code: string, message: string, entries: Array<[string, number]> }>} */
  const pairs = new Map();
  /** @type {Map<string, Map<string, { rule: ParamRule, actions: string[] }>>} */
  const params = new Map();
  for (const action of actions) {
    const api = metadata.apis[action];
    for (const [status, list] of Object.entries(api.errorCodes ?? {})) {
      for (const { errorCode, errorMessage } of /** @type {any[]} */ (list)) {
        const code = String(errorCode).trim();
        const message = String(errorMessage ?? '').trim();
        const key = `${code}\u0000${message}`;
        const pair = pairs.get(key) ?? { code, message, entries: [] };
        pair.entries.push([action, Number(status)]);
        pairs.set(key, pair);
      }
    }
    for (const parameter of api.parameters ?? []) {
      walk(parameter.schema ?? {}, parameter.name, (name, schema) => {
        const rule = ruleOf(schema);
        const variants = params.get(name) ?? new Map();
        const variant = variants.get(ruleKey(rule)) ?? { rule, actions: [] };
        if (!variant.actions.includes(action)) variant.actions.push(action);
        variants.set(ruleKey(rule), variant);
        params.set(name, variants);
      });
    }
  }
  const paramsOut = Object.fromEntries(
    [...params.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, variants]) => {
        const list = [...variants.values()].sort((a, b) => b.actions.length - a.actions.length);
        return [name, list.map(({ rule, actions: used }) => ({ ...rule, actions: used.sort() }))];
      }),
  );
  return {
    actions,
    errors: [...pairs.values()].map(({ code, message, entries }) => ({ code, message, entries })),
    params: paramsOut,
  };
}

function main() {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/catalog/import-api.mjs <metadata folder>');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  for (const { product, api, version, file } of PRODUCTS) {
    const metadata = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    const facts = {
      product,
      api,
      version,
      source: { ...METADATA, path: file, fields: 'apis.<Action>.errorCodes; apis.<Action>.parameters[].schema' },
      ...importProduct(metadata),
    };
    const out = path.join(root, 'scripts/catalog/api', `${product}.json`);
    writeFileSync(out, `${JSON.stringify(facts, null, 1)}\n`);
    console.log(
      `wrote ${path.relative(root, out)}: ${facts.errors.length} (code, message) pairs, ${facts.actions.length} actions`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
