// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';

describe('regressions', () => {
  it("a JSON parser's complaint about an HTML page does not become the report's message", () => {
    let thrown: unknown;
    try {
      JSON.parse('<html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>');
    } catch (error) {
      thrown = error;
    }
    const report = classifySlbError(thrown);
    expect(report).toMatchObject({ origin: 'bad-response', intent: 'retry', message: '' });
  });

  it('a Recommend link with credentials before the host is refused', () => {
    const report = classifySlbError({
      Code: 'InvalidParameter',
      Message: 'The specified port is not valid.',
      RequestId: 'REQ-1',
      Recommend: 'https://api.aliyun.com@evil.example/troubleshoot',
    });
    expect(report.links.diagnose).toBe(
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=InvalidParameter&product=Slb&requestId=REQ-1',
    );
  });
});

describe('redaction of JSON-shaped text', () => {
  it.each([
    ['{"sec_token":"abcSECRET123","action":"CreateLoadBalancer"}', 'abcSECRET123'],
    ['{"x-csrf-token":"csrfSECRET456"}', 'csrfSECRET456'],
    ['config: {"AccessKeySecret":"DUMMYSECRETdummysecret0000000000"}', 'DUMMYSECRETdummysecret0000000000'],
    ['{"Signature": "AbCdEf+123="}', 'AbCdEf+123='],
    ['{"password":"hunter2"}', 'hunter2'],
    [
      '"Authorization":"ACS3-HMAC-SHA256 Credential=LTAI5tDUMMYKEYID00000000,SignedHeaders=host;x-acs-action,Signature=abc"',
      'Credential',
    ],
  ])('removes the secret from %s', (message, secret) => {
    const report = classifySlbError({ Code: 'Custom.Error', Message: message, RequestId: 'REQ-1', statusCode: 400 });
    expect(report.message).not.toContain(secret);
  });

  it('keeps server text that only mentions authorization', () => {
    const report = classifySlbError({
      Code: 'InvalidAuthorization',
      Message: 'The Request is not authorization: check the RAM policy.',
      statusCode: 400,
    });
    expect(report.message).toBe('The Request is not authorization: check the RAM policy.');
  });
});

describe('short request IDs', () => {
  it('keeps a request ID of 1 to 3 characters (a proxy or a test server may send one)', () => {
    expect(classifySlbError({ Code: 'Throttling.User', Message: 'x', RequestId: 'R1' }).requestId).toBe('R1');
    expect(classifySlbError({ Code: 'Throttling.User', Message: 'x', RequestId: '7' }).requestId).toBe('7');
    expect(classifySlbError({ Code: 'Throttling.User', Message: 'x', RequestId: '<b>' }).requestId).toBeNull();
  });
});
