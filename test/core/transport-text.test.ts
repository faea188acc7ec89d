// @vitest-environment node
// A transport failure an app caught as a plain string (`String(error)` logged then rethrown, a
// promise rejected with a string, a backend's `{ error: '…' }`) is read as the error itself
// would be: Node and undici codes as words of the text, "socket hang up", and the name of
// `<name>: <message>` under the rules the core already has for names.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NETWORK_CODES, TIMEOUT_CODES } from '../../src/core/extract.ts';
import { classifySlbError, type SlbErrorReport } from '../../src/core/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { readFixture } from '../sdk/revive.ts';
import { expectValidReport } from './report-checks.ts';

const RID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';

/** What the user sees and what the hook does with it. */
function seen(report: SlbErrorReport) {
  expectValidReport(report);
  return {
    intent: report.intent,
    origin: report.origin,
    family: report.family,
    match: report.match,
    code: report.code,
    status: report.status,
    severity: report.severity,
    surface: report.surface,
    title: report.title,
    description: report.description,
  };
}

const CODES = [
  ...[...NETWORK_CODES].map((code) => [code, 'network'] as const),
  ...[...TIMEOUT_CODES].map((code) => [code, 'timeout'] as const),
];

describe('every transport code the core knows, as text', () => {
  it('the lists are not empty', () => {
    expect(CODES.length).toBeGreaterThan(10);
  });

  it.each(CODES)('%s', (code, origin) => {
    const message = `connect ${code} 127.0.0.1:443`;
    const error = Object.assign(new Error(message), { code, errno: -1, syscall: 'connect' });
    const expected = seen(classifySlbError(error));
    expect(expected).toMatchObject({ intent: 'retry', origin, match: 'transport', code: null, status: null });
    for (const text of [
      String(error),
      message,
      code,
      `  ${code}\n`,
      `Error: getaddrinfo ${code} slb.aliyuncs.com`,
      `${error.stack ?? ''}\n  [cause]: ${code}`,
    ]) {
      expect(seen(classifySlbError(text)), JSON.stringify(text)).toEqual(expected);
    }
    // A backend that passes the text on.
    expect(seen(classifySlbError({ error: String(error) }))).toEqual(expected);
    expect(seen(classifySlbError(JSON.stringify({ error: String(error) })))).toEqual(expected);
    // In the report's language.
    const chinese = classifySlbError(String(error), { locale: zhCN });
    expect(chinese.title).toBe(zhCN.families[origin].title);
  });
});

describe('Node and undici messages an app logs', () => {
  it.each([
    ['Error: connect ECONNREFUSED 127.0.0.1:443', 'network', 'connect ECONNREFUSED 127.0.0.1:443'],
    ['Error: connect ETIMEDOUT 47.246.1.1:443', 'timeout', 'connect ETIMEDOUT 47.246.1.1:443'],
    ['ETIMEDOUT', 'timeout', 'ETIMEDOUT'],
    ['Error: socket hang up', 'network', 'socket hang up'],
    ['socket hang up', 'network', 'socket hang up'],
    ['Error: getaddrinfo ENOTFOUND slb.aliyuncs.com', 'network', 'getaddrinfo ENOTFOUND slb.aliyuncs.com'],
    ['Error: getaddrinfo EAI_AGAIN slb.aliyuncs.com', 'network', 'getaddrinfo EAI_AGAIN slb.aliyuncs.com'],
    ['Error: read ECONNRESET', 'network', 'read ECONNRESET'],
    ['Error: write EPIPE', 'network', 'write EPIPE'],
    ['Error: connect EHOSTUNREACH 10.0.0.1:443', 'network', 'connect EHOSTUNREACH 10.0.0.1:443'],
    ['SocketError: other side closed (UND_ERR_SOCKET)', 'network', 'other side closed (UND_ERR_SOCKET)'],
    // undici's fetch: the code is in the cause that util.inspect prints; the message is the first line's.
    [
      "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13 {\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:443\n      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n    errno: -111,\n    code: 'ECONNREFUSED'\n  }\n}",
      'network',
      'fetch failed',
    ],
  ] as const)('%j', (text, origin, message) => {
    const report = classifySlbError(text);
    expect(seen(report)).toMatchObject({ intent: 'retry', origin, family: origin, match: 'transport', code: null });
    expect(report.message).toBe(message);
    expect(report.retryable).toBe(true);
  });

  it('the URL httpx appends is removed, with its credentials', () => {
    const text =
      'Error: connect ECONNREFUSED 127.0.0.1:8080POST https://slb.aliyuncs.com/?AccessKeyId=LTAI5tDUMMYKEYID00000000&Signature=AbC%3D failed.';
    const report = classifySlbError(text);
    expect(report.origin).toBe('network');
    expect(report.message).toBe('connect ECONNREFUSED 127.0.0.1:8080');
    expect(JSON.stringify(report)).not.toContain('LTAI');
  });
});

describe('names the core already reads, in String(error)', () => {
  it.each([
    ['TypeError: Failed to fetch', 'retry', 'network'],
    // Node's fetch, when its cause is lost or names no transport code (a blocked port).
    ['TypeError: fetch failed', 'retry', 'network'],
    ['TypeError: NetworkError when attempting to fetch resource.', 'retry', 'network'],
    ['TimeoutError: The operation was aborted due to timeout', 'retry', 'timeout'],
    ['RequestTimeoutError: ReadTimeout(800). POST http://127.0.0.1:32773/ failed.', 'retry', 'timeout'],
    ['AbortError: This operation was aborted', 'none', 'aborted'],
  ] as const)('%j', (text, intent, origin) => {
    const [name = '', message = ''] = text.split(': ');
    const error = Object.assign(new Error(message), { name });
    expect(seen(classifySlbError(text))).toEqual(seen(classifySlbError(error)));
    expect(classifySlbError(text)).toMatchObject({ intent, origin });
  });
});

describe('the recorded SDK transport failures, as String(error)', () => {
  const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
  const fixtures = readdirSync(dir)
    .filter((file) => /-(refused|timeout)\.json$/.test(file))
    .sort()
    .map((file) => [file, readFixture(readFileSync(`${dir}${file}`, 'utf8')).thrown] as const);

  it('there are some', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)('%s', (_, thrown) => {
    const expected = seen(classifySlbError(thrown));
    expect(expected.intent).toBe('retry');
    expect(seen(classifySlbError(String(thrown)))).toEqual(expected);
  });
});

describe('no false positives', () => {
  it.each([
    'timeout',
    'The request timeout was reached',
    'Error: timeout of 5000ms exceeded',
    'Connection refused',
    'Network Error',
    'AxiosError: Network Error',
    'econnrefused in lower case is prose',
    'ECONNREFUSEDX',
    'MY_ECONNREFUSED_FLAG',
    'Error: something went wrong',
    "TypeError: Cannot read properties of undefined (reading 'data')",
    'The specified port is not valid.',
  ])('%j is not a transport failure', (text) => {
    const report = classifySlbError(text);
    expect(report.origin).toBe('unknown');
    expect(report.match).toBe('none');
    expect(report.intent).toBe('none');
    expect(report.message).toBe(text);
  });

  it('an SDK message that mentions a code stays the API error it is', () => {
    const report = classifySlbError(`InternalError: code: 500, upstream read ECONNRESET request id: ${RID}`);
    expect(report).toMatchObject({ code: 'InternalError', status: 500, origin: 'api', requestId: RID });
  });

  it('a body whose message mentions a code stays the API error it is', () => {
    for (const body of [
      JSON.stringify({ Code: 'InternalError', Message: 'The backend said ETIMEDOUT.', RequestId: RID }),
      `<Error><Code>InternalError</Code><Message>The backend said ETIMEDOUT.</Message><RequestId>${RID}</RequestId></Error>`,
    ]) {
      expect(classifySlbError(body)).toMatchObject({ code: 'InternalError', origin: 'api', requestId: RID });
    }
  });

  it('an HTML page that mentions a code is still a bad response', () => {
    const report = classifySlbError('<html><body>upstream ECONNREFUSED</body></html>');
    expect(report).toMatchObject({ origin: 'bad-response', message: '' });
  });

  it('megabytes of text with a code past the first 64 KB: cheap, and not read', () => {
    const text = `${'x '.repeat(64 * 1024)}ECONNREFUSED`;
    const started = performance.now();
    const report = classifySlbError(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(report.origin).toBe('unknown');
  });
});
