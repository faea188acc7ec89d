// @ts-check
// The documented errors of each product's API (api/<product>.json, from Alibaba's OpenAPI
// metadata) decided into catalog rows: one row per distinct (code, message), with every action
// that documents it. How each pair is decided is in decisions/<product>.json: intent, family,
// the parameter it is about, and a one-line reason; where some actions need another decision,
// a row of its own bound to those actions.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One product's facts, as import-api.mjs writes them.
 * @typedef {object} ApiFacts
 * @property {string} product
 * @property {string} api
 * @property {string} version
 * @property {{ repository: string, commit: string, date: string, path: string }} source
 * @property {string[]} actions
 * @property {Array<{ code: string, message: string, entries: Array<[string, number]> }>} errors
 * @property {Record<string, Array<import('./import-api.mjs').ParamRule & { actions: string[] }>>} params
 */

/**
 * A judgement on one documented pair.
 * @typedef {object} Decision
 * @property {string} code
 * @property {string} message
 * @property {string} intent
 * @property {string} family
 * @property {string | null} field the API parameter the error is about (for fix-input: the one to correct)
 * @property {string} reason
 * @property {string[]} [actions] a row bound to these actions only (the pair's other actions keep the main decision)
 * @property {string | null} [quota] the Quota Center code, for a quota the account can raise
 * @property {string[]} [evidence] where real clients treat the code this way
 */

/**
 * @typedef {object} ApiPair a documented (code, message) with its actions and statuses
 * @property {string} code
 * @property {string} message
 * @property {string[]} actions
 * @property {number[]} statuses
 */

/**
 * @param {string} root
 * @param {string} product
 * @returns {ApiFacts}
 */
export function loadFacts(root, product) {
  return JSON.parse(readFileSync(path.join(root, 'scripts/catalog/api', `${product}.json`), 'utf8'));
}

/**
 * @param {string} root
 * @param {string} product
 * @returns {Decision[]}
 */
export function loadDecisions(root, product) {
  return JSON.parse(readFileSync(path.join(root, 'scripts/catalog/decisions', `${product}.json`), 'utf8')).rows;
}

/**
 * Message key that ignores case, spacing, trailing punctuation and numbers (as the classifier's).
 * @param {string} message
 */
export const normalise = (message) =>
  message
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/ ?([,;:]) ?/g, '$1 ')
    .replace(/[\s.,;:!?。！？]+$/u, '')
    .trim();

/** @param {{ code: string, message: string }} pair */
export const pairKey = ({ code, message }) => `${code}\u0000${normalise(message)}`;

/**
 * Every documented pair of a product.
 * @param {ApiFacts} facts
 * @returns {ApiPair[]}
 */
export function pairsOf(facts) {
  /** @type {Map<string, ApiPair>} */
  const pairs = new Map();
  // Messages that differ only in spacing or case are one pair (the first spelling names it).
  for (const { code, message, entries } of facts.errors) {
    const key = pairKey({ code, message });
    const pair = pairs.get(key) ?? { code, message, actions: [], statuses: [] };
    pair.actions = [...new Set([...pair.actions, ...entries.map(([action]) => action)])].sort();
    pair.statuses = [...new Set([...pair.statuses, ...entries.map(([, status]) => status)])].sort();
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

/**
 * The decisions for each pair of a product, checked: every pair has its main decision, every
 * decision names a documented pair, a bound decision names actions of its pair.
 * @param {readonly ApiPair[]} pairs the pairs that need a decision
 * @param {readonly Decision[]} decisions
 * @param {string} product
 * @returns {Map<string, { main: Decision, bound: Decision[] }>} by pairKey
 */
export function decide(pairs, decisions, product) {
  /** @type {Map<string, ApiPair>} */
  const byKey = new Map(pairs.map((pair) => [pairKey(pair), pair]));
  /** @type {Map<string, { main: Decision | undefined, bound: Decision[] }>} */
  const result = new Map();
  const problems = [];
  for (const decision of decisions) {
    const key = pairKey(decision);
    const pair = byKey.get(key);
    if (!pair) {
      problems.push(`decisions/${product}.json: ${decision.code} "${decision.message}" is not a documented pair`);
      continue;
    }
    if (!decision.reason || decision.reason.length < 8) problems.push(`${decision.code}: a decision needs a reason`);
    const entry = result.get(key) ?? { main: undefined, bound: [] };
    if (decision.actions?.length) {
      const unknown = decision.actions.filter((action) => !pair.actions.includes(action));
      if (unknown.length) problems.push(`${decision.code}: bound to actions that do not document it: ${unknown}`);
      entry.bound.push(decision);
    } else if (entry.main) problems.push(`${decision.code} "${decision.message}": decided twice`);
    else entry.main = decision;
    result.set(key, entry);
  }
  for (const pair of pairs) {
    if (!result.get(pairKey(pair))?.main)
      problems.push(`decisions/${product}.json: no decision for ${pair.code} "${pair.message}"`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return /** @type {Map<string, { main: Decision, bound: Decision[] }>} */ (result);
}
