// @vitest-environment node
// Error shapes besides the Alibaba SDKs: raw bodies, JSON and XML text, the console fetcher,
// browser fetch failures, axios-like errors and fetch Responses.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { classifySlbError, classifySlbResponse, type SlbErrorReport } from '../../src/core/index.ts';
import { expectValidReport, stringsIn } from './report-checks.ts';

const RID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
const PORT_MESSAGE = 'The specified port is not valid.';
const RECOMMEND = `https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Slb&requestId=${RID}`;

function summary(report: SlbErrorReport) {
  expectValidReport(report);
  return {
    intent: report.intent,
    origin: report.origin,
    code: report.code,
    status: report.status,
    requestId: report.requestId,
    message: report.message,
    entry: report.row?.id ?? null,
  };
}

const portError = (status: number | null) => ({
  intent: 'fix-input',
  origin: 'api',
  code: 'InvalidParameter',
  status,
  requestId: RID,
  message: PORT_MESSAGE,
  entry: 'slb-140',
});

describe('raw bodies and text', () => {
  it('PascalCase body', () => {
    const report = classifySlbError({
      RequestId: RID,
      HostId: 'slb.aliyuncs.com',
      Code: 'InvalidParameter',
      Message: PORT_MESSAGE,
      Recommend: RECOMMEND,
    });
    expect(summary(report)).toEqual(portError(null));
    expect(report.field).toBe('ListenerPort');
    expect(report.surface).toBe('inline');
    expect(report.links.diagnose).toBe(RECOMMEND);
  });

  it('lower-camel body', () => {
    const report = classifySlbError({
      requestId: RID,
      hostId: 'slb.aliyuncs.com',
      code: 'InvalidParameter',
      message: PORT_MESSAGE,
      recommend: RECOMMEND,
    });
    expect(summary(report)).toEqual(portError(null));
    expect(report.links.diagnose).toBe(RECOMMEND);
  });

  it('a body with its status, as a BFF may pass it on', () => {
    expect(
      summary(classifySlbError({ statusCode: 400, Code: 'InvalidParameter', Message: PORT_MESSAGE, RequestId: RID })),
    ).toEqual(portError(400));
  });

  it('JSON text', () => {
    const text = JSON.stringify({ RequestId: RID, Code: 'OverQuota', Message: 'Instance num exceeded Quota.' });
    expect(summary(classifySlbError(` ${text}\n`))).toMatchObject({
      intent: 'quota',
      code: 'OverQuota',
      entry: 'slb-067',
      requestId: RID,
    });
  });

  it('XML text, with the Recommend in CDATA', () => {
    const recommend = `https://api.aliyun.com/troubleshoot?q=Throttling.User&product=Slb&requestId=${RID}`;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Error>',
      `  <RequestId>${RID}</RequestId>`,
      '  <HostId>slb.aliyuncs.com</HostId>',
      '  <Code>Throttling.User</Code>',
      '  <Message>Request was denied due to user flow control.</Message>',
      `  <Recommend><![CDATA[${recommend}]]></Recommend>`,
      '</Error>',
    ].join('\n');
    const report = classifySlbError(xml);
    expect(summary(report)).toEqual({
      intent: 'retry',
      origin: 'api',
      code: 'Throttling.User',
      status: null,
      requestId: RID,
      message: 'Request was denied due to user flow control.',
      entry: 'common-Throttling.User',
    });
    expect(report.throttled).toBe(true);
    expect(report.links.diagnose).toBe(recommend);
  });
});

describe('console fetcher errors', () => {
  const SEC_TOKEN = 'aBcD1234SecTokenValue';

  function fetcherError(name: string, message: string, fields: Record<string, unknown>): Error {
    const error = new Error(message);
    error.name = name;
    return Object.assign(error, {
      config: {
        url: `/data/api.json?sec_token=${SEC_TOKEN}`,
        method: 'POST',
        body: { sec_token: SEC_TOKEN, product: 'slb' },
      },
      ...fields,
    });
  }

  it('FetcherErrorBiz: code, message, request id and the RAM details of responseData', () => {
    const error = fetcherError('FetcherErrorBiz', 'You are not authorized to do this action.', {
      code: 'Forbidden.RAM',
      requestId: RID,
      title: 'Access denied',
      responseData: {
        code: 'Forbidden.RAM',
        message: 'You are not authorized to do this action.',
        requestId: RID,
        successResponse: false,
        accessDeniedDetail: {
          AuthAction: 'slb:DeleteLoadBalancer',
          AuthPrincipalType: 'SubUser',
          AuthPrincipalDisplayName: 'alice',
          NoPermissionType: 'ExplicitDeny',
          PolicyType: 'ControlPolicy',
          EncodedDiagnosticMessage: 'AQEAAAAAZdummy',
        },
      },
    });
    const report = classifySlbError(error);
    expect(summary(report)).toMatchObject({
      intent: 'permission',
      origin: 'api',
      code: 'Forbidden.RAM',
      requestId: RID,
      message: 'You are not authorized to do this action.',
      entry: 'common-Forbidden.RAM',
    });
    expect(report.accessDenied).toEqual({
      action: 'slb:DeleteLoadBalancer',
      resource: null,
      principalType: 'SubUser',
      principalName: 'alice',
      noPermissionType: 'ExplicitDeny',
      policyType: 'ControlPolicy',
      encodedDiagnosticMessage: 'AQEAAAAAZdummy',
    });
    expect(JSON.stringify(report)).not.toContain(SEC_TOKEN);
    expect(JSON.stringify(classifySlbError(JSON.stringify(error)))).not.toContain(SEC_TOKEN);
  });

  it('FetcherErrorResponseStatus keeps the HTTP status in code', () => {
    const error = fetcherError('FetcherErrorResponseStatus', 'The server is busy. Please try again later.', {
      code: '502',
    });
    const report = classifySlbError(error);
    expect(summary(report)).toMatchObject({ intent: 'retry', code: null, status: 502, entry: null });
    expect(report.match).toBe('status');
    expect(JSON.stringify(report)).not.toContain(SEC_TOKEN);
  });

  it('a sec_token anywhere in the error never reaches the report', () => {
    const error = fetcherError('FetcherErrorBiz', `Failed with sec_token=${SEC_TOKEN} in the body`, {
      code: 'OperationBusy',
    });
    const strings = stringsIn(classifySlbError(error)).map(([, text]) => text);
    expect(strings.filter((text) => text.includes(SEC_TOKEN))).toEqual([]);
  });
});

describe('browser and transport errors', () => {
  it('TypeError: Failed to fetch is a network failure', () => {
    expect(summary(classifySlbError(new TypeError('Failed to fetch')))).toMatchObject({
      intent: 'retry',
      origin: 'network',
      code: null,
      status: null,
    });
  });

  it('a TypeError that is not a fetch failure is not a network failure', () => {
    expect(classifySlbError(new TypeError("Cannot read properties of undefined (reading 'x')")).origin).not.toBe(
      'network',
    );
  });

  it("Node's fetch that gets no answer is a network failure, whether or not its cause names a code", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    // A closed port (cause: ECONNREFUSED), and port 1, which fetch refuses to use (cause: "bad port").
    for (const url of [`http://127.0.0.1:${port}/`, 'http://127.0.0.1:1/']) {
      const caught: unknown = await fetch(url).then(
        () => null,
        (error: unknown) => error,
      );
      expect(caught, url).toBeInstanceOf(TypeError);
      expect(summary(classifySlbError(caught)), url).toMatchObject({ intent: 'retry', origin: 'network', code: null });
    }
  });

  it('AbortError: aborted, nothing to do, shown as information', () => {
    const report = classifySlbError(new DOMException('The operation was aborted.', 'AbortError'));
    expect(summary(report)).toMatchObject({ intent: 'none', origin: 'aborted' });
    expect(report.severity).toBe('info');
    expect(report.retryable).toBe(false);
  });

  it('TimeoutError (AbortSignal.timeout) is a timeout to retry', () => {
    expect(summary(classifySlbError(new DOMException('The operation timed out.', 'TimeoutError')))).toMatchObject({
      intent: 'retry',
      origin: 'timeout',
    });
  });

  it('an axios-like error reads response.status, data and headers', () => {
    const report = classifySlbError({
      isAxiosError: true,
      message: 'Request failed with status code 400',
      config: { headers: { Authorization: 'Bearer secret-token-value' } },
      response: {
        status: 400,
        data: {
          RequestId: RID,
          Code: 'MissingParameter',
          Message:
            'The input parameter "LoadBalancerId" that is mandatory for processing this request is not supplied.',
        },
        headers: { 'x-acs-request-id': RID },
      },
    });
    expect(summary(report)).toMatchObject({
      intent: 'fix-input',
      code: 'MissingParameter',
      status: 400,
      requestId: RID,
    });
    expect(report.field).toBe('LoadBalancerId');
    expect(JSON.stringify(report)).not.toContain('secret-token-value');
  });

  it('an axios-like 429 with Retry-After in seconds', () => {
    const report = classifySlbError({
      message: 'Too Many Requests',
      response: { status: 429, data: '', headers: { 'retry-after': '3' } },
    });
    expect(summary(report)).toMatchObject({ intent: 'retry', status: 429, code: null });
    expect(report.retryAfterMs).toBe(3000);
  });

  it('headers in a plain record may be spelled in Title-Case', () => {
    const report = classifySlbError({
      message: 'Too Many Requests',
      response: { status: 429, data: '', headers: { 'Retry-After': '3', 'X-Acs-Request-Id': RID } },
    });
    expect(report.retryAfterMs).toBe(3000);
    expect(report.requestId).toBe(RID);
  });
});

describe('the failed action, from the request URL', () => {
  const actionIn = (url: string) =>
    classifySlbError({ name: 'InvalidParameterError', message: PORT_MESSAGE, code: 'InvalidParameter', url }).action;

  it.each([
    [
      'http://slb.aliyuncs.com/?AccessKeyId=X&Action=CreateLoadBalancerTCPListener&Format=JSON',
      'CreateLoadBalancerTCPListener',
    ],
    ['http://slb.aliyuncs.com/?Action=DescribeZones', 'DescribeZones'],
    ['http://slb.aliyuncs.com/?SignatureAction=DeleteLoadBalancer&Action=DescribeZones', 'DescribeZones'],
    ['http://slb.aliyuncs.com/?Action=describeZones&Format=JSON', null],
    ['http://slb.aliyuncs.com/?Action=Describe%3Cscript%3E', null],
    ['http://slb.aliyuncs.com/?Action=&Action=DescribeZones', 'DescribeZones'],
    ['http://slb.aliyuncs.com/?XAction=DescribeZones', null],
  ])('%s gives %s', (url, action) => {
    expect(actionIn(url)).toBe(action);
  });
});

describe('classifySlbResponse', () => {
  it('reads a JSON body', async () => {
    const response = new Response(
      JSON.stringify({ RequestId: RID, Code: 'InvalidParameter', Message: PORT_MESSAGE, Recommend: RECOMMEND }),
      {
        status: 400,
        headers: { 'content-type': 'application/json;charset=utf-8' },
      },
    );
    const report = await classifySlbResponse(response);
    expect(summary(report)).toEqual(portError(400));
    expect(report.links.diagnose).toBe(RECOMMEND);
  });

  it('reads an XML body (text/xml)', async () => {
    const xml = `<?xml version="1.0"?><Error><RequestId>${RID}</RequestId><HostId>slb.aliyuncs.com</HostId><Code>InvalidParameter</Code><Message>${PORT_MESSAGE}</Message></Error>`;
    const report = await classifySlbResponse(
      new Response(xml, { status: 400, headers: { 'content-type': 'text/xml' } }),
    );
    expect(summary(report)).toEqual(portError(400));
  });

  it('an HTML gateway page is a bad response to retry; the page is not the message', async () => {
    const html =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body>\r\n</html>';
    const report = await classifySlbResponse(
      new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(summary(report)).toMatchObject({
      intent: 'retry',
      origin: 'bad-response',
      status: 502,
      code: null,
      message: '',
    });
  });

  it('an empty 500 is a server failure to retry', async () => {
    const report = await classifySlbResponse(new Response(null, { status: 500 }));
    expect(summary(report)).toMatchObject({ intent: 'retry', status: 500, code: null, entry: null, message: '' });
  });

  it('a 400 with only an x-acs-request-id header keeps the request id', async () => {
    const report = await classifySlbResponse(new Response(null, { status: 400, headers: { 'x-acs-request-id': RID } }));
    expect(summary(report)).toMatchObject({ intent: 'none', status: 400, requestId: RID, code: null });
    expect(report.links.ticket).toContain(`requestId=${RID}`);
  });

  it('Retry-After in seconds becomes retryAfterMs', async () => {
    const response = new Response(
      JSON.stringify({ Code: 'Throttling', Message: 'Request was denied due to request throttling.' }),
      {
        status: 400,
        headers: { 'retry-after': '2', 'content-type': 'application/json' },
      },
    );
    const report = await classifySlbResponse(response);
    expect(summary(report)).toMatchObject({ intent: 'retry', code: 'Throttling', entry: 'common-Throttling' });
    expect(report.retryAfterMs).toBe(2000);
    expect(report.throttled).toBe(true);
  });

  it('x-acs-retry-after (milliseconds) wins over Retry-After', async () => {
    const response = new Response('{"Code":"Throttling.Api"}', {
      status: 400,
      headers: { 'x-acs-retry-after': '1500', 'retry-after': '9' },
    });
    expect((await classifySlbResponse(response)).retryAfterMs).toBe(1500);
  });

  it("leaves the caller's Response readable", async () => {
    const body = JSON.stringify({ Code: 'InvalidParameter', Message: PORT_MESSAGE });
    const response = new Response(body, { status: 400 });
    await classifySlbResponse(response);
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(body);
  });

  it('a Response whose body was already read still gives a report from its status', async () => {
    const response = new Response('{"Code":"InvalidParameter"}', { status: 503 });
    await response.text();
    const report = await classifySlbResponse(response);
    expect(summary(report)).toMatchObject({ intent: 'retry', status: 503 });
  });
});
