// Defensive reads of foreign values: getters and proxies may throw, strings may be huge.

/** Longest text the classifier parses; anything longer is cut first (bodies, messages). */
export const MAX_PARSE_LENGTH = 64 * 1024;

export type Bag = Record<string, unknown>;

/** Objects and functions whose properties can be read. */
export function isBag(value: unknown): value is Bag {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Reads one property; a throwing getter or proxy trap gives `undefined`. */
export function get(value: unknown, key: string): unknown {
  if (!isBag(value)) return undefined;
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

/** `value[key]` when it is a non-empty string (trimmed, and not "undefined" or "null"). */
export function getString(value: unknown, key: string): string | undefined {
  return meaningful(get(value, key));
}

/** `found` when it is a non-empty string (trimmed, and not "undefined" or "null"). */
export function meaningful(found: unknown): string | undefined {
  if (typeof found !== 'string') return undefined;
  const trimmed = found.trim();
  return trimmed !== '' && trimmed !== 'undefined' && trimmed !== 'null' ? trimmed : undefined;
}

/** An HTTP status from a number or a numeric string. */
export function toStatus(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{3}$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

/**
 * A header from a `Headers` object (any case), or from a plain record where it is spelled in lower
 * case (Node) or Title-Case (`Retry-After`): `name` and `titled`.
 */
export function getHeader(headers: unknown, name: string, titled: string): string | undefined {
  if (!isBag(headers)) return undefined;
  const getter = get(headers, 'get');
  if (typeof getter === 'function') {
    try {
      const value: unknown = getter.call(headers, name);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  const value = get(headers, name) ?? get(headers, titled);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Parses JSON text into an object; anything else gives `undefined`. */
export function parseJsonObject(text: string): Bag | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || trimmed.length > MAX_PARSE_LENGTH) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return isBag(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const XML_FIELDS = ['Code', 'Message', 'RequestId', 'HostId', 'Recommend'] as const;

/** Reads the fields of an `<Error>…</Error>` body (CDATA unwrapped). */
export function parseXmlError(text: string): Bag | undefined {
  const head = text.length > MAX_PARSE_LENGTH ? text.slice(0, MAX_PARSE_LENGTH) : text;
  if (!/<(Error|Code)>/.test(head)) return undefined;
  const body: Bag = {};
  for (const field of XML_FIELDS) {
    const value = xmlElementText(head, field);
    if (value !== undefined) body[field] = value;
  }
  return body['Code'] === undefined ? undefined : body;
}

// indexOf, not a regular expression: an unclosed element in 64 KB of text made the regex backtrack for seconds.
function xmlElementText(text: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = text.indexOf(open);
  if (start === -1) return undefined;
  const end = text.indexOf(`</${name}>`, start + open.length);
  if (end === -1) return undefined;
  const inner = text.slice(start + open.length, end).trim();
  if (inner.startsWith('<![CDATA[') && inner.endsWith(']]>'))
    return inner.slice('<![CDATA['.length, -']]>'.length).trim();
  return inner.includes('<') ? undefined : inner;
}

/** An HTML page (a gateway's error page) rather than an API body. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 256));
}
