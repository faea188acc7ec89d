// Reads whatever was caught into the few facts the classifier needs. Duck-typed on
// fields, never on classes: two copies of an SDK break `instanceof`.
import type { SlbErrorOrigin } from './types.js';
import {
  type Bag,
  MAX_PARSE_LENGTH,
  get,
  getHeader,
  getString,
  isBag,
  looksLikeHtml,
  meaningful,
  parseJsonObject,
  parseXmlError,
  toStatus,
} from './read.js';

/** The facts found in a caught value, before any catalog lookup. Nothing here is redacted yet. */
export interface RawError {
  code?: string | undefined;
  status?: number | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
  recommend?: string | undefined;
  accessDenied?: unknown;
  retryAfterMs?: number | undefined;
  origin?: SlbErrorOrigin | undefined;
  /** The API action that failed, where the error names it (pop-core's request, its signed URL). */
  action?: string | undefined;
  /** The API endpoint that answered: the body's `HostId`, the host of pop-core's URL. */
  host?: string | undefined;
}

const MAX_DEPTH = 4;
/** Node, undici and axios codes of a failed connection (exported for the tests). */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPROTO',
  'ERR_NETWORK',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Codes of a request that ran out of time. */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ECONNTIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);
// A fetch that got no response: the browsers' TypeErrors, and Node's (undici's "fetch failed", whose
// cause holds the transport code when there is one, and not for a blocked port or a lost cause).
const FETCH_NETWORK_MESSAGE =
  /^(failed to fetch|fetch failed|networkerror when attempting to fetch resource|load failed|network request failed|the internet connection appears to be offline|network error)/i;
// A transport code as a word of plain text: `String(error)` of Node's "Error: connect ECONNREFUSED 127.0.0.1:443".
const TRANSPORT_CODE_IN_TEXT = new RegExp(`\\b(?:${[...NETWORK_CODES, ...TIMEOUT_CODES].join('|')})\\b`);
// Node's message when the server closes the connection before answering (the error's code is ECONNRESET).
const HANG_UP = /\bsocket hang up\b/;
// `String(error)`: "<name>: <message>" on the first line.
const NAMED_ERROR = /^([A-Za-z]\w*): ([^\r\n]*)/;
// "<Code>: code: <status>, <Message> request id: <RequestId>" (openapi-core and openapi-client)
const DECORATED = /^(\S+?): code: (\d{3}), ([\s\S]*?) request id: (\S*)$/;
// An API action name: `CreateLoadBalancerTCPListener`. Nothing else of a request is ever read.
export const ACTION_NAME = /^[A-Z][A-Za-z0-9]{2,79}$/;

/**
 * The action of a request, from its `x-acs-action` header or the `Action` of its URL (pop-core,
 * whose `entry` holds the request and may hold the URL).
 */
function actionOf(url: unknown, entry: unknown): string | undefined {
  if (entry !== undefined) {
    const header = getHeader(get(get(entry, 'request'), 'headers'), 'x-acs-action', 'X-Acs-Action');
    if (header !== undefined && ACTION_NAME.test(header)) return header;
  }
  const href = meaningful(url) ?? getString(entry, 'url');
  return href === undefined ? undefined : actionInUrl(href.slice(0, 4096));
}

/** The `Action` query parameter of a signed URL (`?…&Action=CreateLoadBalancer&…`). */
function actionInUrl(url: string): string | undefined {
  for (let at = url.indexOf('Action='); at !== -1; at = url.indexOf('Action=', at + 1)) {
    if (url[at - 1] !== '?' && url[at - 1] !== '&') continue;
    const start = at + 'Action='.length;
    const end = url.indexOf('&', start);
    const action = end === -1 ? url.slice(start) : url.slice(start, end);
    if (ACTION_NAME.test(action)) return action;
  }
  return undefined;
}

/** The host of a URL (`https://alb.cn-hangzhou.aliyuncs.com/?Action=…` → its host), read without parsing the rest. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const match = /^https?:\/\/([a-z0-9.-]{1,253})(?=[:/?#]|$)/i.exec(url.slice(0, 300));
  return match?.[1];
}

/** A record with every field present, so each level reads and writes the same shape. */
export function emptyRaw(): RawError {
  return {
    code: undefined,
    status: undefined,
    message: undefined,
    requestId: undefined,
    recommend: undefined,
    accessDenied: undefined,
    retryAfterMs: undefined,
    origin: undefined,
    action: undefined,
    host: undefined,
  };
}

/** Origin told by an error's name, code or message. */
function originOf(
  name: string | undefined,
  code: string | undefined,
  message: string | undefined,
): SlbErrorOrigin | undefined {
  if (
    name === 'AbortError' ||
    name === 'FetcherErrorRiskCancelled' ||
    code === 'ABORT_ERR' ||
    code === 'ERR_CANCELED'
  ) {
    return 'aborted';
  }
  if (name === 'RequestTimeoutError' || name === 'TimeoutError' || name === 'FetcherErrorTimeout') return 'timeout';
  if (code !== undefined && TIMEOUT_CODES.has(code)) return 'timeout';
  if (code !== undefined && NETWORK_CODES.has(code)) return 'network';
  if (name === 'FetcherErrorNetwork') return 'network';
  if (name === 'TypeError' && message !== undefined && FETCH_NETWORK_MESSAGE.test(message)) return 'network';
  if (name === 'SyntaxError' || name === 'FetcherErrorResponseParse') return 'bad-response';
  return undefined;
}

/** The request ID and retry hint a response's headers give, where nothing read before gave them. */
export function readHeaders(headers: unknown, raw: RawError): void {
  raw.requestId ??= getHeader(headers, 'x-acs-request-id', 'X-Acs-Request-Id');
  raw.retryAfterMs ??= retryAfterFromHeaders(headers);
}

/** Retry hint in milliseconds from `x-acs-retry-after` (ms) or `Retry-After` (seconds or a date). */
function retryAfterFromHeaders(headers: unknown): number | undefined {
  if (!isBag(headers)) return undefined;
  const acs = Number(getHeader(headers, 'x-acs-retry-after', 'X-Acs-Retry-After'));
  if (Number.isFinite(acs) && acs > 0) return acs;
  const standard = getHeader(headers, 'retry-after', 'Retry-After');
  if (standard === undefined) return undefined;
  const seconds = Number(standard);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds * 1000 : undefined;
  const date = Date.parse(standard);
  if (!Number.isFinite(date)) return undefined;
  const now = Date.now();
  return date > now ? date - now : undefined;
}

/**
 * Every field `collect` may need from one level of a caught value, as named reads: several times
 * cheaper than a guarded read per key (a keyed read of a missing property costs 12 to 20 ns, and
 * a level has about 30 keys to try).
 */
function readFields(value: Bag) {
  return {
    name: value['name'],
    code: value['code'],
    message: value['message'],
    // Nested bodies: SDK `data`, console `responseData`, axios-style `response`, BFF wrappers.
    data: value['data'],
    responseData: value['responseData'],
    body: value['body'],
    error: value['error'],
    Error: value['Error'],
    response: value['response'],
    // pop-core's request and response, and its signed URL.
    entry: value['entry'],
    url: value['url'],
    // An API body's fields, PascalCase first. Lower-camel `message` is not among them: on SDK errors
    // it is the decorated string, read by readMessage.
    Code: value['Code'],
    ErrorCode: value['ErrorCode'],
    errorCode: value['errorCode'],
    Message: value['Message'],
    ErrorMessage: value['ErrorMessage'],
    errorMessage: value['errorMessage'],
    RequestId: value['RequestId'],
    requestId: value['requestId'],
    requestID: value['requestID'],
    Recommend: value['Recommend'],
    recommend: value['recommend'],
    HostId: value['HostId'],
    hostId: value['hostId'],
    AccessDeniedDetail: value['AccessDeniedDetail'],
    accessDeniedDetail: value['accessDeniedDetail'],
    statusCode: value['statusCode'],
    httpStatusCode: value['httpStatusCode'],
    status: value['status'],
    httpStatus: value['httpStatus'],
    retryAfter: value['retryAfter'],
    headers: value['headers'],
    cause: value['cause'],
  };
}

type Level = ReturnType<typeof readFields>;

// Reads through this view never throw: a throwing getter or proxy trap reads as undefined.
const GUARDED: ProxyHandler<Bag> = { get: (target, key) => (typeof key === 'string' ? get(target, key) : undefined) };

/**
 * The fields of one level. When a getter or proxy trap throws, each is read again on its own, so
 * a hostile field costs only itself.
 */
function readLevel(value: Bag): Level {
  try {
    return readFields(value);
  } catch {
    try {
      return readFields(new Proxy(value, GUARDED));
    } catch {
      // A proxy whose own traps break the rules of a proxy around it: nothing can be read.
      return readFields({});
    }
  }
}

/** Reads an API body (`{RequestId, Code, Message, …}` or lower-camel keys), but not `message`. */
function readBody(level: Level, raw: RawError): void {
  // Fields already found in an inner body win.
  if (raw.code === undefined) {
    const code =
      meaningful(level.Code) ?? meaningful(level.code) ?? meaningful(level.ErrorCode) ?? meaningful(level.errorCode);
    const status = toStatus(code);
    if (status === undefined) raw.code = code;
    else raw.status ??= status;
  }
  raw.message ??= meaningful(level.Message) ?? meaningful(level.ErrorMessage) ?? meaningful(level.errorMessage);
  raw.requestId ??= meaningful(level.RequestId) ?? meaningful(level.requestId) ?? meaningful(level.requestID);
  raw.recommend ??= meaningful(level.Recommend) ?? meaningful(level.recommend);
  raw.host ??= meaningful(level.HostId) ?? meaningful(level.hostId);
  raw.accessDenied ??= level.AccessDeniedDetail ?? level.accessDeniedDetail ?? undefined;
  raw.status ??= toStatus(level.statusCode) ?? toStatus(level.httpStatusCode);
}

function readText(text: string, raw: RawError, depth: number): void {
  const body = parseJsonObject(text) ?? parseXmlError(text);
  if (body) {
    collect(body, raw, depth + 1);
    return;
  }
  if (looksLikeHtml(text)) {
    raw.origin ??= 'bad-response';
    return;
  }
  const head = (text.length > MAX_PARSE_LENGTH ? text.slice(0, MAX_PARSE_LENGTH) : text).trim();
  if (readDecorated(head, raw)) return;
  // A caught string (`String(error)` logged and rethrown, a rejected string) reads as that error
  // would: a transport code anywhere in it, or the name and message of its first line.
  const named = NAMED_ERROR.exec(head);
  const code = TRANSPORT_CODE_IN_TEXT.exec(head)?.[0] ?? (HANG_UP.test(head) ? 'ECONNRESET' : undefined);
  const origin = originOf(named?.[1], code, named?.[2]);
  raw.origin ??= origin;
  // Then the error's message without its name (a parser's complaint quotes the page, not the server).
  if (origin !== 'bad-response') raw.message ??= origin ? (named?.[2] ?? head.split('\n')[0]) : head;
}

/** The SDK's decorated message: its code, status, text and request ID. `false` when it is not one. */
function readDecorated(message: string, raw: RawError): boolean {
  const decorated = DECORATED.exec(message.trim());
  if (!decorated) return false;
  const [, code, status, text, requestId] = decorated;
  raw.code ??= code;
  raw.status ??= toStatus(status);
  if (text !== 'undefined') raw.message ??= text;
  if (requestId !== 'undefined') raw.requestId ??= requestId;
  return true;
}

/** A free-text message: undecorate the SDK format, keep the rest for the report. */
function readMessage(message: string, raw: RawError): void {
  // An inner body usually gave everything the decorated form holds: then there is nothing to read.
  if (raw.message !== undefined && raw.code !== undefined && raw.status !== undefined && raw.requestId !== undefined)
    return;
  if (!readDecorated(message, raw)) raw.message ??= message;
}

/**
 * Fills `raw` from `value`: the innermost API body first (it is authoritative), then the
 * wrapper's own fields. Bounded depth and a fixed set of keys keep any input cheap.
 */
export function collect(value: unknown, raw: RawError, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    readText(value, raw, depth);
    return;
  }
  if (!isBag(value)) return;

  const level = readLevel(value);
  const name = meaningful(level.name);
  const code = typeof level.code === 'string' ? level.code.trim() : undefined;
  const message = meaningful(level.message);
  // pop-core's JSON parser throws a plain object whose `text` is the body: an XML error body is still the answer.
  const unparsedBody = name === 'SyntaxError' ? parseXmlError(getString(value, 'text') ?? '') : undefined;
  if (unparsedBody) collect(unparsedBody, raw, depth + 1);
  else raw.origin ??= originOf(name, code, message);
  if (raw.origin === 'aborted') return;

  collectNested(level.data, raw, depth);
  collectNested(level.responseData, raw, depth);
  collectNested(level.body, raw, depth);
  collectNested(level.error, raw, depth);
  collectNested(level.Error, raw, depth);
  const { response, entry } = level;
  if (isBag(response)) {
    collect(get(response, 'data'), raw, depth + 1);
    raw.status ??= toStatus(get(response, 'status')) ?? toStatus(get(response, 'statusCode'));
    readHeaders(get(response, 'headers'), raw);
  }
  raw.action ??= actionOf(level.url, entry);
  raw.host ??= hostOf(meaningful(level.url) ?? getString(entry, 'url'));
  // pop-core keeps the status and headers only in `entry.response`.
  const entryResponse = get(entry, 'response');
  if (isBag(entryResponse)) {
    raw.status ??= toStatus(get(entryResponse, 'statusCode'));
    readHeaders(get(entryResponse, 'headers'), raw);
  }

  readBody(level, raw);
  if (code !== undefined && originOf(undefined, code, undefined) === undefined) raw.status ??= toStatus(code);
  raw.status ??= toStatus(level.status) ?? toStatus(level.httpStatus);
  const { retryAfter } = level;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0) raw.retryAfterMs ??= retryAfter;
  // A response as an HTTP client keeps it (`{ statusCode, headers, data }`).
  readHeaders(level.headers, raw);
  // A JSON parser's complaint ("Unexpected token '<', "<html>…") quotes the page, not the server.
  if (message !== undefined && raw.origin !== 'bad-response') readMessage(message, raw);

  const { cause } = level;
  if (cause !== undefined && cause !== value) collect(cause, raw, depth + 1);
}

/** A nested body (an object, or JSON or XML text) is read before the level that holds it. */
function collectNested(nested: unknown, raw: RawError, depth: number): void {
  if (typeof nested === 'string' || isBag(nested)) collect(nested, raw, depth + 1);
}

/** Reads a caught value; transport codes never become API codes. */
export function extractRawError(caught: unknown): RawError {
  const raw = emptyRaw();
  collect(caught, raw);
  if (raw.code !== undefined && originOf(undefined, raw.code, undefined) !== undefined) raw.code = undefined;
  return raw;
}
