// @vitest-environment node
// The Playground's reading of pasted text (stories/playground/parse.ts) and what the kit makes of
// it, for each kind of input, with the recorded SDK errors of test/fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifySlbError, type SlbErrorReport } from '../../src/core/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { type PastedResponse, parsePasted } from '../../stories/playground/parse.ts';
import { SAMPLES, sample } from '../../stories/playground/samples.ts';
import { readFixture } from '../sdk/revive.ts';

const RID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
const TENGINE_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n';

function fixture(name: string): unknown {
  const path = fileURLToPath(new URL(`../fixtures/${name}.json`, import.meta.url));
  return readFixture(readFileSync(path, 'utf8')).thrown;
}

/** What the user sees, for comparing two inputs. */
function seen(report: SlbErrorReport) {
  return {
    intent: report.intent,
    severity: report.severity,
    surface: report.surface,
    family: report.family,
    field: report.field,
    code: report.code,
    status: report.status,
    requestId: report.requestId,
    entry: report.row?.id ?? null,
    title: report.title,
    description: report.description,
  };
}

const classifyPasted = (text: string) => classifySlbError(parsePasted(text).value);

describe('the four inputs the playground is for', () => {
  it('(a) an openapi-core error as JSON.stringify gives what the error itself gives', () => {
    const thrown = fixture('openapi-core-json400');
    const text = JSON.stringify(thrown);
    const pasted = parsePasted(text);
    expect(pasted.kind).toBe('json');
    expect(pasted.value).toEqual(JSON.parse(text));
    expect(pasted.read).toMatch(/^JSON: the parsed object \(name, code, data/);
    const report = classifySlbError(pasted.value);
    expect(seen(report)).toEqual(seen(classifySlbError(thrown)));
    expect(report).toMatchObject({
      intent: 'fix-input',
      surface: 'inline',
      field: 'ListenerPort',
      code: 'InvalidParameter',
      status: 400,
      requestId: RID,
      match: 'exact',
    });
    expect(report.row?.id).toBe('slb-140');
  });

  it('(b) an XML error body is passed as text, which the core reads', () => {
    const text = sample('xml');
    const pasted = parsePasted(text);
    expect(pasted).toMatchObject({ kind: 'xml', value: text });
    expect(classifySlbError(pasted.value)).toMatchObject({
      intent: 'fix-input',
      code: 'InvalidParameter',
      requestId: RID,
      row: expect.objectContaining({ id: 'slb-140' }),
    });
  });

  it('(c) a 502 HTML page is passed as the page: an unreadable response, to retry', () => {
    const pasted = parsePasted(TENGINE_502);
    expect(pasted).toMatchObject({ kind: 'html', value: TENGINE_502 });
    expect(pasted.read).toContain('"502 Bad Gateway"');
    const report = classifySlbError(pasted.value);
    // The status is not in what an app that caught the page holds, so the playground does not
    // invent it from the title: the kit already retries a page it cannot read.
    expect(report).toMatchObject({
      intent: 'retry',
      surface: 'toast',
      origin: 'bad-response',
      family: 'bad-response',
      status: null,
      message: '',
    });
    // The same page as pop-core throws it (a parse error keeping the body as `text`): the same answer.
    expect(seen(report)).toEqual(seen(classifySlbError(fixture('pop-core-html502'))));
  });

  it('(d) ECONNREFUSED text is a network failure to retry, like the Error with its code', () => {
    const thrown = fixture('openapi-core-refused');
    for (const text of ['Error: connect ECONNREFUSED 127.0.0.1:443', sample('refused'), String(thrown)]) {
      const pasted = parsePasted(text);
      expect(pasted).toMatchObject({ kind: 'text', value: text });
      const report = classifySlbError(pasted.value);
      expect(report).toMatchObject({ intent: 'retry', origin: 'network', family: 'network', match: 'transport' });
      expect(seen(report)).toEqual(seen(classifySlbError(thrown)));
    }
  });
});

describe('a whole HTTP response', () => {
  it('becomes { statusCode, statusText, headers, data } with a JSON body parsed', () => {
    const body = JSON.stringify({ RequestId: RID, Code: 'Throttling.User', Message: 'Request was denied.' });
    for (const eol of ['\r\n', '\n']) {
      const text = [
        'HTTP/1.1 400 Bad Request',
        'Content-Type: application/json;charset=utf-8',
        `X-Acs-Request-Id: ${RID}`,
        'x-acs-retry-after: 1500',
        '',
        body,
      ].join(eol);
      const pasted = parsePasted(text);
      expect(pasted.kind).toBe('http');
      expect(pasted.value).toEqual({
        statusCode: 400,
        statusText: 'Bad Request',
        headers: {
          'content-type': 'application/json;charset=utf-8',
          'x-acs-request-id': RID,
          'x-acs-retry-after': '1500',
        },
        data: JSON.parse(body),
      } satisfies PastedResponse);
      expect(classifySlbError(pasted.value)).toMatchObject({
        intent: 'retry',
        throttled: true,
        status: 400,
        code: 'Throttling.User',
        requestId: RID,
        retryAfterMs: 1500,
      });
    }
  });

  it('the sample is pop-core’s recorded response, and reads as pop-core’s error does', () => {
    const pasted = parsePasted(sample('http'));
    expect(pasted.kind).toBe('http');
    expect(seen(classifySlbError(pasted.value))).toEqual(seen(classifySlbError(fixture('pop-core-throttling400'))));
    expect(classifySlbError(pasted.value).retryAfterMs).toBe(1500);
  });

  it('a body without a RequestId takes the request ID from the x-acs-request-id header', () => {
    const gateway = parsePasted(
      `HTTP/1.1 502 Bad Gateway\r\nX-Acs-Request-Id: ${RID}\r\nContent-Type: text/html\r\n\r\n${TENGINE_502}`,
    );
    expect(classifySlbError(gateway.value)).toMatchObject({ status: 502, requestId: RID });
    const body = JSON.stringify({ Code: 'Throttling.User', Message: 'Request was denied.' });
    const throttled = parsePasted(`HTTP/1.1 400 Bad Request\nx-acs-request-id: ${RID}\n\n${body}`);
    expect(classifySlbError(throttled.value)).toMatchObject({ code: 'Throttling.User', requestId: RID });
    // The body's own RequestId wins over the header's.
    const both = JSON.stringify({ RequestId: 'FROM-BODY', Code: 'Throttling.User', Message: 'Request was denied.' });
    expect(classifyPasted(`HTTP/1.1 400 Bad Request\nx-acs-request-id: ${RID}\n\n${both}`).requestId).toBe('FROM-BODY');
  });

  it('an HTML body keeps its status: a server error to retry', () => {
    const pasted = parsePasted(
      `HTTP/1.1 502 Bad Gateway\r\nServer: Tengine\r\nContent-Type: text/html\r\n\r\n${TENGINE_502}`,
    );
    expect(pasted.value).toMatchObject({ statusCode: 502, headers: { server: 'Tengine' }, data: TENGINE_502 });
    expect(classifySlbError(pasted.value)).toMatchObject({
      intent: 'retry',
      status: 502,
      family: 'server-error',
      match: 'status',
    });
  });

  it('an XML body, a response with no body, HTTP/2 and a proxy tunnel first', () => {
    const xml = parsePasted(`HTTP/1.1 400 Bad Request\nContent-Type: text/xml\n\n${sample('xml')}`);
    expect(classifySlbError(xml.value)).toMatchObject({ code: 'InvalidParameter', status: 400, requestId: RID });

    const empty = parsePasted('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 3\r\n\r\n');
    expect(empty.value).toEqual({
      statusCode: 503,
      statusText: 'Service Unavailable',
      headers: { 'retry-after': '3' },
    });
    expect(classifySlbError(empty.value)).toMatchObject({ intent: 'retry', status: 503, retryAfterMs: 3000 });

    expect(parsePasted('HTTP/2 404\ncontent-length: 0').value).toMatchObject({ statusCode: 404, statusText: '' });
    expect(classifyPasted('HTTP/2 404\ncontent-length: 0')).toMatchObject({ intent: 'refresh', status: 404 });

    const tunnel = parsePasted(
      'HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n{"Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn\'t support RAM."}',
    );
    expect(tunnel.value).toMatchObject({ statusCode: 403, data: { Code: 'Forbidden.RAM' } });
    expect(classifySlbError(tunnel.value)).toMatchObject({ intent: 'permission', surface: 'banner' });
  });
});

describe('the other samples and inputs', () => {
  it('every sample is read and classified, and none is a report of nothing', () => {
    expect(SAMPLES.map((item) => item.id)).toEqual(['openapi-core', 'xml', 'html502', 'http', 'refused', 'pop-core']);
    for (const item of SAMPLES) {
      expect(item.text.length, item.id).toBeGreaterThan(10);
      expect(classifyPasted(item.text).intent, item.id).not.toBe('none');
    }
  });

  it('the pop-core error (a RAM denial) is a permission banner, credentials stripped', () => {
    const text = sample('pop-core');
    expect(text).toContain('LTAI5tDUMMYKEYID');
    const report = classifyPasted(text);
    expect(report).toMatchObject({ intent: 'permission', surface: 'banner', code: 'Forbidden.RAM', status: 403 });
    expect(report.accessDenied?.action).toBe('slb:CreateLoadBalancerTCPListener');
    expect(JSON.stringify(report)).not.toMatch(/LTAI5t|CAISDUMMY|Signature=/);
  });

  it('a JSON string holding JSON (a log that quoted it) is read once more', () => {
    const inner = sample('openapi-core');
    const pasted = parsePasted(JSON.stringify(inner));
    expect(pasted.kind).toBe('json');
    expect(pasted.read).toMatch(/inside a JSON string/);
    expect(pasted.value).toEqual(JSON.parse(inner));
    const quotedText = parsePasted(JSON.stringify('Error: connect ETIMEDOUT 10.0.0.1:443'));
    expect(quotedText).toMatchObject({ kind: 'text', value: 'Error: connect ETIMEDOUT 10.0.0.1:443' });
    expect(classifySlbError(quotedText.value).origin).toBe('timeout');
  });

  it('text stays text: plain messages, stack traces, a log line starting with a bracket', () => {
    for (const text of [
      'Something failed',
      'Error: socket hang up\n    at connResetException (node:internal/errors:720:14)',
      '[2026-11-29 14:11:04] getaddrinfo ENOTFOUND slb.aliyuncs.com',
    ]) {
      expect(parsePasted(text)).toMatchObject({ kind: 'text', value: text });
    }
    expect(classifyPasted('Something failed')).toMatchObject({ intent: 'none', match: 'none' });
    expect(classifyPasted('[2026-11-29 14:11:04] getaddrinfo ENOTFOUND slb.aliyuncs.com').origin).toBe('network');
  });

  it('broken JSON is text with a word about it; JSON that is no object is text', () => {
    expect(parsePasted('{"Code": "InvalidParameter",')).toMatchObject({ kind: 'text' });
    expect(parsePasted('{"Code": "InvalidParameter",').read).toMatch(/does not parse/);
    expect(parsePasted('[1, 2]')).toMatchObject({ kind: 'text', value: '[1, 2]' });
    expect(parsePasted('42')).toMatchObject({ kind: 'text', value: '42' });
    expect(parsePasted('   ')).toMatchObject({ kind: 'empty' });
  });

  it('in Chinese: the same decision, the kit’s own words', () => {
    const value = parsePasted(sample('refused')).value;
    const report = classifySlbError(value, { locale: zhCN, site: 'cn' });
    expect(report).toMatchObject({ intent: 'retry', locale: 'zh-CN', title: zhCN.families.network.title });
  });

  it('never throws, whatever is pasted', () => {
    const inputs = [
      '',
      '{',
      '"',
      'HTTP/1.1',
      'HTTP/1.1 999 Nope\r\n\r\n',
      'HTTP/1.1 200 OK\r\n\r\nHTTP/1.1 200 OK\r\n\r\n'.repeat(10),
      `<Error>${'<Code>'.repeat(10_000)}`,
      '\u0000\u202e'.repeat(1000),
      'x'.repeat(1_000_000),
      JSON.stringify({ data: { data: { data: { data: { data: { Code: 'X' } } } } } }),
      null,
    ];
    for (const text of inputs) {
      expect(() => classifySlbError(parsePasted(text as string).value)).not.toThrow();
    }
  });
});
