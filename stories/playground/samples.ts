// The Playground's samples, taken from the SDK errors recorded in test/fixtures (real SDKs against
// a loopback SLB mock, `npm run fixtures`): what an app really catches, not invented text.
import openapiCoreJson400 from '../../test/fixtures/openapi-core-json400.json';
import openapiCoreRefused from '../../test/fixtures/openapi-core-refused.json';
import popCoreForbidden403 from '../../test/fixtures/pop-core-forbidden403.json';
import popCoreHtml502 from '../../test/fixtures/pop-core-html502.json';
import popCoreThrottling400 from '../../test/fixtures/pop-core-throttling400.json';
import popCoreXml400 from '../../test/fixtures/pop-core-xml400.json';

export interface PlaygroundSample {
  readonly id: 'openapi-core' | 'xml' | 'html502' | 'http' | 'refused' | 'pop-core';
  /** The button's label. */
  readonly label: string;
  readonly text: string;
}

interface Fixture {
  readonly thrown: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`Playground sample: ${what} is not in the fixture`);
  return value;
}

/** `JSON.stringify` of the thrown value, as the recorder saw it. */
const stringified = (fixture: Fixture) => text(at(fixture.thrown, 'jsonStringified'), 'jsonStringified');

/** A recorded own property of the thrown value (`stack`, `message`). */
function ownProperty(fixture: Fixture, key: string): unknown {
  const props = at(fixture.thrown, 'props');
  return Array.isArray(props)
    ? at(
        props.find((prop) => at(prop, 'key') === key),
        'value',
      )
    : undefined;
}

/** The body pop-core could not parse as JSON: it keeps it as the parse error's `text`. */
const unparsedBody = (fixture: Fixture) => text(at(JSON.parse(stringified(fixture)), 'text'), 'text');

const REASONS: Readonly<Record<number, string>> = { 400: 'Bad Request', 403: 'Forbidden', 502: 'Bad Gateway' };

/** The response pop-core received (it keeps the status and headers in `entry.response`), as a network panel shows it. */
function httpResponse(fixture: Fixture): string {
  const thrown: unknown = JSON.parse(stringified(fixture));
  const status = Number(at(thrown, 'entry', 'response', 'statusCode'));
  const headers = at(thrown, 'entry', 'response', 'headers');
  const body = JSON.stringify(at(thrown, 'data'));
  const lines = Object.entries(isRecord(headers) ? headers : {})
    .filter(([name]) => name !== 'content-length')
    .map(([name, value]) => `${name}: ${String(value)}`);
  lines.push(`content-length: ${new TextEncoder().encode(body).length}`);
  return `HTTP/1.1 ${status} ${REASONS[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

export const SAMPLES: readonly PlaygroundSample[] = [
  { id: 'openapi-core', label: 'openapi-core error (JSON)', text: stringified(openapiCoreJson400) },
  { id: 'xml', label: 'XML body', text: unparsedBody(popCoreXml400) },
  { id: 'html502', label: '502 HTML page', text: unparsedBody(popCoreHtml502) },
  { id: 'http', label: 'HTTP response', text: httpResponse(popCoreThrottling400) },
  // `String(error)` of Node's refused connection, as a log has it (the recorded `stack`).
  { id: 'refused', label: 'ECONNREFUSED', text: text(ownProperty(openapiCoreRefused, 'stack'), 'stack') },
  { id: 'pop-core', label: 'pop-core error', text: stringified(popCoreForbidden403) },
];

export function sample(id: PlaygroundSample['id']): string {
  return SAMPLES.find((item) => item.id === id)?.text ?? '';
}
