import { severityOf, surfaceFor } from '../catalog/catalog.js';
import { CLB_CATALOG } from '../catalog/clb.generated.js';
import { FAMILY_KEYS, INTENT_KEYS } from '../catalog/keys.generated.js';
import type { SlbPackedCatalog } from '../catalog/packed.js';
import type { SlbCatalogRow, SlbErrorFamily, SlbIntent, SlbProductKey } from '../catalog/types.js';
import { ACTION_NAME, type RawError, extractRawError } from './extract.js';
import { buildLinks } from './links.js';
import { matchCatalog, normaliseMessage } from './match.js';
import { NAMING_PATTERNS } from './patterns.generated.js';
import { productOf } from './product.js';
import { get, getString, isBag } from './read.js';
import { cleanCode, cleanRequestId, redactText } from './redact.js';
import { describe, resolveLanguage } from './words.js';
import type {
  SlbAccessDenied,
  SlbClassifyOptions,
  SlbErrorOrigin,
  SlbErrorReport,
  SlbMatchKind,
  SlbSite,
} from './types.js';

const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * What decides a report before text and links: a catalog row; without one, the transport (abort,
 * network, timeout), a naming pattern, the status (docs/architecture.md, "Deciding a caught error").
 */
interface Decision {
  readonly row: SlbCatalogRow | null;
  readonly code: string | null;
  readonly intent: SlbIntent;
  readonly family: SlbErrorFamily;
  readonly match: SlbMatchKind;
  /** The request parameter a naming pattern found in the code. */
  readonly field?: string | undefined;
  /** Where the row's words are: its catalog and its place there. */
  readonly catalog?: SlbPackedCatalog | null;
  readonly index?: number;
  /** The values the server filled into the row's documented message. */
  readonly values?: readonly string[];
  /** The row is its code's only meaning, or was found by its message: its field (or none) stands. */
  readonly decisive?: boolean;
}

/**
 * A code no row knows, read by its name (scripts/catalog/patterns.mjs). A missing resource is
 * the subject of the call (refresh), unless a create call pointed at it (fix that field).
 */
function decideByPattern(code: string, message: string, action: string | null): Decision | null {
  for (const [codePattern, messagePattern, intentAt, familyAt, group] of NAMING_PATTERNS) {
    const found = codePattern ? codePattern.exec(code) : messagePattern?.exec(message);
    if (!found) continue;
    const intent = INTENT_KEYS[intentAt] ?? 'none';
    const family = FAMILY_KEYS[familyAt] ?? 'unknown';
    const field = group > 0 ? found[group] : undefined;
    if (intent === 'refresh' && createsWithMissing(code, field, action))
      return { row: null, code, intent: 'fix-input', family: 'not-found', match: 'pattern', field };
    return { row: null, code, intent, family, match: 'pattern', field: intent === 'fix-input' ? field : undefined };
  }
  return null;
}

/** A create call that names something missing other than the instance it works on: the user picked it. */
function createsWithMissing(code: string, field: string | undefined, action: string | null): boolean {
  return action !== null && action.startsWith('Create') && field !== 'LoadBalancerId' && !code.includes('LoadBalancer');
}

/**
 * No catalog row: an abort, a network failure or a timeout; a naming pattern (codes no row has);
 * a RAM denial's details; the HTTP status; an unreadable body with no status; then nothing
 * (docs/architecture.md, "Deciding a caught error").
 */
function decideWithoutEntry(
  code: string | null,
  known: boolean,
  raw: RawError,
  message: string,
  origin: SlbErrorOrigin,
  status: number | null,
  action: string | null,
): Decision {
  const base = { row: null, code };
  if (origin === 'aborted') return { ...base, intent: 'none', family: 'cancelled', match: 'transport' };
  if (origin === 'network' || origin === 'timeout')
    return { ...base, intent: 'retry', family: origin, match: 'transport' };
  const byName = code !== null && !known ? decideByPattern(code, message, action) : null;
  if (byName) return byName;
  if (code !== null && raw.accessDenied !== undefined)
    return { ...base, intent: 'permission', family: 'permission', match: 'pattern' };
  if (status !== null) {
    if (status === 429) return { ...base, intent: 'retry', family: 'throttled', match: 'status' };
    if (status >= 500 || status === 449) return { ...base, intent: 'retry', family: 'server-error', match: 'status' };
    if (status === 401) return { ...base, intent: 'sign-in', family: 'sign-in', match: 'status' };
    if (status === 403) return { ...base, intent: 'permission', family: 'permission', match: 'status' };
    if (status === 404) return { ...base, intent: 'refresh', family: 'gone', match: 'status' };
  }
  // An unreadable body with its status lost (an HTML gateway page): most likely a bad gateway.
  if (origin === 'bad-response' && status === null)
    return { ...base, intent: 'retry', family: 'bad-response', match: 'transport' };
  return {
    ...base,
    intent: 'none',
    family: origin === 'bad-response' ? 'bad-response' : 'unknown',
    match: status === null ? 'none' : 'status',
  };
}

// "The input parameter "LoadBalancerId" that is mandatory…", "The specified parameter ServerCertificate format…"
const FIELD_IN_MESSAGE = /\bparameters?\s*[:]?\s*["'“]?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)["'”]?/;

function fieldOf(decision: Decision, message: string): string | null {
  if (decision.intent !== 'fix-input') return null;
  const known = decision.row?.field ?? decision.field;
  if (known !== undefined && known !== null) return known;
  // A row found by its message was decided with that message: its own field (or none) stands.
  if (decision.decisive === true) return null;
  return FIELD_IN_MESSAGE.exec(message)?.[1] ?? null;
}

function shortText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = redactText(value);
  return text === '' ? null : text.slice(0, 256);
}

/** `AccessDeniedDetail` comes as an object, or as JSON text from some products. */
function readAccessDenied(value: unknown): SlbAccessDenied | null {
  let detail = value;
  if (typeof value === 'string' && value.length < 8192) {
    try {
      detail = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isBag(detail)) return null;
  const action = getString(detail, 'AuthAction') ?? getString(detail, 'authAction') ?? null;
  return {
    action: action !== null && /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(action) ? action : null,
    resource: shortText(get(detail, 'AuthResource') ?? get(detail, 'authResource')),
    principalType: shortText(get(detail, 'AuthPrincipalType') ?? get(detail, 'authPrincipalType')),
    principalName: shortText(get(detail, 'AuthPrincipalDisplayName') ?? get(detail, 'authPrincipalDisplayName')),
    noPermissionType: shortText(get(detail, 'NoPermissionType') ?? get(detail, 'noPermissionType')),
    policyType: shortText(get(detail, 'PolicyType') ?? get(detail, 'policyType')),
    encodedDiagnosticMessage: shortText(
      get(detail, 'EncodedDiagnosticMessage') ?? get(detail, 'encodedDiagnosticMessage'),
    ),
  };
}

/** The failed API action: the app's word, else what the error or its RAM denial names. */
function actionOf(raw: RawError, accessDenied: SlbAccessDenied | null, options: SlbClassifyOptions | undefined) {
  const given = options?.action;
  if (typeof given === 'string' && ACTION_NAME.test(given)) return given;
  if (raw.action !== undefined) return raw.action;
  const denied = accessDenied?.action?.split(':')[1];
  return denied !== undefined && ACTION_NAME.test(denied) ? denied : null;
}

// A credentials or session problem the gateway reports under another code: "The specified
// parameter "SecurityToken.Expired" is not valid." (InvalidParameter), an AccessKey that does not
// exist or is disabled. Evidence: docs/catalog.md, "Messages that name the credentials".
const CREDENTIALS_MESSAGE =
  /\bSecurityToken\.(?:Expired|Invalid|Malformed)\b|\bsecurity token (?:has )?expired\b|\bAccessKeyId\b[^.]{0,40}\b(?:not found|is disabled|is inactive)\b|\bSignature\b[^.]{0,40}\bdoes not match\b/i;

/** The product an error came from: the app's word, else what the error names. */
function productFor(raw: RawError, options: SlbClassifyOptions | undefined): SlbProductKey | null {
  const given = options?.product;
  if (given === 'clb' || given === 'alb' || given === 'nlb') return given;
  return productOf(raw.host, raw.recommend);
}

/** The catalog that decides: the product's, when the app added it; else CLB's (with the gateway's). */
function catalogFor(product: SlbProductKey | null, options: SlbClassifyOptions | undefined): SlbPackedCatalog {
  if (product === null || product === 'clb') return CLB_CATALOG;
  const products: readonly unknown[] = Array.isArray(options?.products) ? options.products : [];
  // An app's list may hold anything: only a catalog of the product counts.
  const found = products.find(
    (catalog): catalog is SlbPackedCatalog =>
      isBag(catalog) && get(catalog, 'product') === product && typeof get(catalog, 'rows') === 'string',
  );
  return found ?? CLB_CATALOG;
}

/** Builds the report from what was read; every field is filled and safe to show. */
export function buildReport(raw: RawError, options: SlbClassifyOptions | undefined): SlbErrorReport {
  const origin: SlbErrorOrigin = raw.origin ?? (raw.code !== undefined || raw.status !== undefined ? 'api' : 'unknown');
  const status = raw.status ?? null;
  const message = raw.message === undefined ? '' : redactText(raw.message);
  const code = cleanCode(raw.code);
  const accessDenied = raw.accessDenied === undefined ? null : readAccessDenied(raw.accessDenied);
  const action = actionOf(raw, accessDenied, options);
  const product = productFor(raw, options);
  // Words and links of an error no product names are CLB's.
  const wordsProduct = product ?? 'clb';
  const catalog = catalogFor(product, options);
  const match = code === null ? null : matchCatalog(catalog, code, message, status, action);
  // A message naming the credentials outweighs any row its message did not match exactly.
  const namesCredentials = match !== null && match.match !== 'exact' && CREDENTIALS_MESSAGE.test(message);
  const decision: Decision = namesCredentials
    ? { row: null, code: match.code, intent: 'sign-in', family: 'sign-in', match: 'pattern' }
    : match?.row != null
      ? {
          row: match.row,
          code: match.code,
          intent: match.row.intent,
          family: match.row.family,
          match: match.match,
          catalog: match.catalog,
          index: match.index,
          values: match.values.map((value) => value.slice(0, 80)),
          decisive: match.sole || match.match === 'exact',
        }
      : decideWithoutEntry(match?.code ?? code, match?.known ?? false, raw, message, origin, status, action);
  const requestId = cleanRequestId(raw.requestId);
  const site: SlbSite = options?.site === 'cn' ? 'cn' : 'intl';
  const language = resolveLanguage(options?.locale);
  const field = fieldOf(decision, message);
  const { title, description } = describe(
    language,
    {
      product: wordsProduct,
      rowId: decision.row?.id ?? null,
      catalog: decision.catalog?.product ?? null,
      index: decision.index ?? -1,
      code: decision.code,
      intent: decision.intent,
      family: decision.family,
      // The words name the parameter a row is about, or for fix-input the report's field.
      field: field ?? decision.row?.field ?? null,
      values: decision.values ?? [],
    },
    options,
  );
  const throttled = decision.family === 'throttled';
  const retryAfterMs =
    raw.retryAfterMs !== undefined ? Math.min(Math.round(raw.retryAfterMs), MAX_RETRY_AFTER_MS) : null;
  return {
    code: decision.code,
    status,
    message,
    requestId,
    intent: decision.intent,
    retryable: decision.intent === 'retry',
    throttled,
    retryAfterMs,
    field,
    severity: decision.row?.severity ?? (origin === 'aborted' ? 'info' : severityOf(decision.intent, decision.family)),
    // A field read from the message makes a field-less row inline too.
    surface: surfaceFor(decision.intent, field),
    family: decision.family,
    title,
    description,
    locale: language.tag,
    links: buildLinks(
      decision.intent,
      decision.family,
      {
        code: decision.code,
        requestId,
        site,
        family: decision.family,
        quotaCode: decision.row?.quota ?? null,
        product: wordsProduct,
      },
      raw.recommend,
      options?.links,
    ),
    row: decision.row,
    match: decision.match,
    origin,
    action,
    product,
    accessDenied,
    fingerprint: `${decision.code ?? origin}|${status ?? ''}|${decision.row?.id ?? normaliseMessage(message).slice(0, 120)}`,
  };
}

/** The report for something that could not be read at all. */
function unreadableReport(options: SlbClassifyOptions | undefined): SlbErrorReport {
  try {
    return buildReport({}, options);
  } catch {
    return buildReport({}, undefined);
  }
}

/**
 * Classifies anything a `catch` may hold: an Alibaba Cloud SDK error (openapi-core,
 * openapi-client, pop-core), a console fetcher error, a raw or serialised body, JSON or XML
 * text, a transport error, an abort. Synchronous; never throws.
 *
 * @example
 * try { await client.createLoadBalancerTCPListener(request) }
 * catch (caught) { const report = classifySlbError(caught, { site: 'cn' }) }
 */
export function classifySlbError(caught: unknown, options?: SlbClassifyOptions): SlbErrorReport {
  try {
    return buildReport(extractRawError(caught), options);
  } catch {
    return unreadableReport(options);
  }
}
