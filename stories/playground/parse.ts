// Pasted text → what an app would have caught, for the Playground. Pure, and never throws: the
// value goes to classifySlbError, the description to the page.

/** How the text was read. */
export type PastedKind = 'empty' | 'json' | 'http' | 'html' | 'xml' | 'text';

export interface Pasted {
  /** What an app would have caught. */
  readonly value: unknown;
  /** How the text was read, in a sentence, for the page. */
  readonly read: string;
  readonly kind: PastedKind;
}

/** A raw HTTP response, in the shape the core reads for one: `{ statusCode, headers, data }`. */
export interface PastedResponse {
  readonly statusCode: number;
  readonly statusText: string;
  /** Header names in lower case, as Node gives them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body: parsed when it is JSON, else its text; absent when empty. */
  readonly data?: unknown;
}

// The core's own test for a gateway page (src/core/read.ts, looksLikeHtml).
const HTML = /^\s*(?:<!doctype html|<html|<head|<body)/i;
// An API error body in XML: what the core reads (src/core/read.ts, parseXmlError).
const XML_ERROR = /<(?:Error|Code)>/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t]+([^\r\n]*))?[ \t]*(?:\r?\n|$)/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*)$/;
// The blank line that ends the headers (right after the status line when there are none).
const BLANK_LINE = /(?:^|\r?\n)[ \t]*\r?\n/;
const TITLE = /<title[^>]*>([^<]{1,200})<\/title>/i;
const MAX_RESPONSES = 5;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A few of an object's keys, for the description. */
function keysOf(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'no keys';
  return keys.length > 6 ? `${keys.slice(0, 6).join(', ')} …` : keys.join(', ');
}

/**
 * One response (status line, headers, blank line, body). `curl -i` through a proxy prints the
 * proxy's `200 Connection established` and `100 Continue` first: the last response is the one.
 */
function parseResponse(text: string): PastedResponse | null {
  let rest = text.trimStart();
  for (let count = 0; count < MAX_RESPONSES; count += 1) {
    const status = STATUS_LINE.exec(rest);
    if (!status) return null;
    const afterStatus = rest.slice(status[0].length);
    const blank = BLANK_LINE.exec(afterStatus);
    const headerText = blank ? afterStatus.slice(0, blank.index) : afterStatus;
    const body = blank ? afterStatus.slice(blank.index + blank[0].length) : '';
    const headers: Record<string, string> = {};
    for (const line of headerText.split(/\r?\n/)) {
      const header = HEADER.exec(line.trim());
      if (header?.[1] !== undefined) {
        const name = header[1].toLowerCase();
        const value = (header[2] ?? '').trim();
        headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      }
    }
    const statusCode = Number(status[1]);
    // An interim response, or a proxy's tunnel: the real one follows.
    if (statusCode <= 200 && STATUS_LINE.test(body.trimStart())) {
      rest = body.trimStart();
      continue;
    }
    const response: PastedResponse = { statusCode, statusText: (status[2] ?? '').trim(), headers };
    if (body.trim() === '') return response;
    const json = /json/i.test(headers['content-type'] ?? '') || /^\s*[{[]/.test(body) ? tryJson(body.trim()) : null;
    return { ...response, data: json?.ok === true ? json.value : body };
  }
  return null;
}

function describeResponse(response: PastedResponse): string {
  const line = `HTTP ${response.statusCode}${response.statusText ? ` ${response.statusText}` : ''}`;
  const headers = Object.keys(response.headers).length;
  const body =
    response.data === undefined
      ? 'no body'
      : typeof response.data === 'string'
        ? `a ${HTML.test(response.data) ? 'HTML' : XML_ERROR.test(response.data) ? 'XML' : 'text'} body`
        : 'a JSON body (parsed)';
  return `A whole HTTP response: ${line}, ${headers} header${headers === 1 ? '' : 's'} and ${body}, passed as { statusCode, statusText, headers, data }, as an HTTP client's error carries it.`;
}

/** Reads JSON text; a JSON string holding JSON (a log line that quoted it) is read once more. */
function parseJson(trimmed: string, nested: boolean): Pasted {
  const parsed = tryJson(trimmed);
  if (!parsed.ok) {
    // A log line's "[2026-11-29 14:11:04] …" or a quoted sentence is text; an object that does not parse is worth a word.
    if (!trimmed.startsWith('{')) return parsePlain(trimmed);
    return {
      kind: 'text',
      value: trimmed,
      read: `Starts like JSON but does not parse (${parsed.error}): passed as text.`,
    };
  }
  const { value } = parsed;
  if (isObject(value)) {
    return {
      kind: 'json',
      value,
      read: `JSON${nested ? ' inside a JSON string' : ''}: the parsed object (${keysOf(value)}), as a backend passes on a caught error or a body.`,
    };
  }
  if (typeof value === 'string' && !nested) {
    const inner = value.trim();
    if (/^[{"]/.test(inner)) {
      const again = parseJson(inner, true);
      if (again.kind === 'json') return again;
    }
    const pasted = parsePlain(value);
    return { ...pasted, read: `A JSON string; its text: ${pasted.read}` };
  }
  return {
    kind: 'text',
    value: trimmed,
    read: `JSON, but ${Array.isArray(value) ? 'an array' : String(value)} rather than an object: passed as text.`,
  };
}

/** Anything but JSON and HTTP: HTML, XML, or text; all passed as the string itself. */
function parsePlain(text: string): Pasted {
  if (HTML.test(text.slice(0, 256))) {
    const title = TITLE.exec(text)?.[1]?.trim();
    return {
      kind: 'html',
      value: text,
      read:
        `An HTML page${title ? ` (title "${title}")` : ''}: passed as text, as an app that caught the page has it. ` +
        'Its status is not in what was caught, so it is not read from the title; the kit retries an unreadable response.',
    };
  }
  if (text.trimStart().startsWith('<') && XML_ERROR.test(text)) {
    return { kind: 'xml', value: text, read: 'An XML error body: passed as text (the core reads <Error> bodies).' };
  }
  return {
    kind: 'text',
    value: text,
    read: 'Text: passed as the string an app caught (String(error) logged and rethrown, a rejected string).',
  };
}

/**
 * What an app would have caught, for text pasted from a log, a network panel or a ticket:
 * JSON → the parsed object; a whole HTTP response → `{ statusCode, statusText, headers, data }`;
 * XML, HTML and anything else → the text itself.
 */
export function parsePasted(text: string): Pasted {
  try {
    const source = typeof text === 'string' ? text : String(text);
    const trimmed = source.trim();
    if (trimmed === '') return { kind: 'empty', value: source, read: 'Nothing pasted: an empty string.' };
    if (/^HTTP\/\d/.test(trimmed)) {
      const response = parseResponse(source);
      if (response) return { kind: 'http', value: response, read: describeResponse(response) };
    }
    if (/^[{["]/.test(trimmed)) return parseJson(trimmed, false);
    return parsePlain(source);
  } catch {
    return { kind: 'text', value: String(text), read: 'Could not be read: passed as text.' };
  }
}
