// Shared checks for the core tests: what every SlbErrorReport must look like, and a walk
// over its strings. Imports the kit only through its public entry.
import { expect } from 'vitest';
import { ALB_ERROR_CATALOG } from '../../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_ERROR_FAMILIES,
  SLB_OBSERVED_ERRORS,
  type SlbErrorReport,
} from '../../src/core/index.ts';
import { NLB_ERROR_CATALOG } from '../../src/nlb/index.ts';

/** Every CLB row: the error page, the per-action tables, the gateway's and the observed codes. */
export const ALL_ENTRIES = [...SLB_ERROR_CATALOG, ...SLB_API_ERRORS, ...SLB_COMMON_ERRORS, ...SLB_OBSERVED_ERRORS];
/** Every row of every product, by id. */
export const EVERY_ROW = new Map(
  [...ALL_ENTRIES, ...ALB_ERROR_CATALOG, ...NLB_ERROR_CATALOG].map((row) => [row.id, row]),
);
export const INTENTS: readonly string[] = [
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
const SEVERITIES = ['error', 'warning', 'info'];
const SURFACES = ['toast', 'banner', 'inline'];
const MATCHES = ['exact', 'fuzzy', 'code', 'pattern', 'status', 'transport', 'none'];
const ORIGINS = ['api', 'network', 'timeout', 'aborted', 'bad-response', 'unknown'];
const LINK_KINDS = ['ticket', 'billing', 'quota', 'permission', 'verifyAccount', 'signIn', 'errorCenter', 'diagnose'];
const ACCESS_DENIED_KEYS = [
  'action',
  'resource',
  'principalType',
  'principalName',
  'noPermissionType',
  'policyType',
  'encodedDiagnosticMessage',
];
const REPORT_KEYS = [
  'code',
  'status',
  'message',
  'requestId',
  'intent',
  'retryable',
  'throttled',
  'retryAfterMs',
  'field',
  'severity',
  'surface',
  'family',
  'title',
  'description',
  'locale',
  'links',
  'row',
  'match',
  'origin',
  'action',
  'product',
  'accessDenied',
  'fingerprint',
];
const PRODUCTS = ['clb', 'alb', 'nlb'];

/** Every string inside `value` with its path; `skip` names top-level keys to leave out. */
export function stringsIn(value: unknown, skip: readonly string[] = [], path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  const found: [string, string][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (path === '$' && skip.includes(key)) continue;
    found.push(...stringsIn(item, [], `${path}.${key}`));
  }
  return found;
}

/**
 * docs/architecture.md, "Surfaces": fix-input with a field → inline; billing … sign-in → banner;
 * retry, refresh, none → toast.
 */
export function surfaceRule(intent: unknown, field: unknown): string {
  if (intent === 'fix-input') return typeof field === 'string' && field !== '' ? 'inline' : 'toast';
  return typeof intent === 'string' &&
    ['billing', 'quota', 'ticket', 'permission', 'verify-account', 'sign-in'].includes(intent)
    ? 'banner'
    : 'toast';
}

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

/** Problems with a report, empty when it is valid. A list reads better in a failed property than a first mismatch. */
export function reportProblems(report: unknown): string[] {
  if (typeof report !== 'object' || report === null) return ['not an object'];
  const r: Record<string, unknown> = { ...report };
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const key of REPORT_KEYS) check(key in r, `missing ${key}`);
  check(isNullableString(r['code']) && r['code'] !== '', 'code');
  check(r['status'] === null || (Number.isInteger(r['status']) && Number(r['status']) >= 100), 'status');
  check(typeof r['message'] === 'string', 'message');
  check(isNullableString(r['requestId']) && r['requestId'] !== '', 'requestId');
  check(typeof r['intent'] === 'string' && INTENTS.includes(r['intent']), 'intent');
  check(r['retryable'] === (r['intent'] === 'retry'), 'retryable === (intent === retry)');
  check(typeof r['throttled'] === 'boolean', 'throttled');
  const retryAfter = r['retryAfterMs'];
  check(
    retryAfter === null || (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0),
    'retryAfterMs',
  );
  check(isNullableString(r['field']), 'field');
  check(typeof r['severity'] === 'string' && SEVERITIES.includes(r['severity']), 'severity');
  check(typeof r['surface'] === 'string' && SURFACES.includes(r['surface']), 'surface');
  check(r['surface'] === surfaceRule(r['intent'], r['field']), 'surface follows intent and field');
  check(typeof r['family'] === 'string' && (SLB_ERROR_FAMILIES as readonly string[]).includes(r['family']), 'family');
  check(r['action'] === null || (typeof r['action'] === 'string' && /^[A-Z][A-Za-z0-9]+$/.test(r['action'])), 'action');
  check(typeof r['title'] === 'string' && r['title'].trim() !== '' && !/\{\w+\}/.test(r['title']), 'title');
  check(
    typeof r['description'] === 'string' && r['description'].trim() !== '' && !/\{\w+\}/.test(r['description']),
    'description',
  );
  check(r['locale'] === 'en' || r['locale'] === 'zh-CN', 'locale');
  check(typeof r['match'] === 'string' && MATCHES.includes(r['match']), 'match');
  check(typeof r['origin'] === 'string' && ORIGINS.includes(r['origin']), 'origin');
  check(typeof r['fingerprint'] === 'string' && r['fingerprint'] !== '', 'fingerprint');
  const row = r['row'];
  check(
    row === null ||
      (typeof row === 'object' && EVERY_ROW.get(String(Reflect.get(row, 'id')))?.code === Reflect.get(row, 'code')),
    'row is a catalog row',
  );
  check(r['product'] === null || (typeof r['product'] === 'string' && PRODUCTS.includes(r['product'])), 'product');
  const links = r['links'];
  if (typeof links === 'object' && links !== null) {
    for (const [kind, href] of Object.entries(links)) {
      check(LINK_KINDS.includes(kind), `link kind ${kind}`);
      check(typeof href === 'string' && isHttps(href), `link ${kind} is https`);
    }
  } else problems.push('links');
  const denied = r['accessDenied'];
  if (denied !== null) {
    if (typeof denied === 'object' && denied !== undefined) {
      const detail: Record<string, unknown> = { ...denied };
      for (const key of ACCESS_DENIED_KEYS) check(isNullableString(detail[key]), `accessDenied.${key}`);
    } else problems.push('accessDenied');
  }
  for (const [path, text] of stringsIn(report)) check(text !== 'undefined' && text !== 'null', `${path} is "${text}"`);
  return problems;
}

export function expectValidReport(report: SlbErrorReport): void {
  expect(reportProblems(report)).toEqual([]);
}

export function isHttps(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}
