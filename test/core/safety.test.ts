// @vitest-environment node
// What leaves the classifier is safe to show and to log: no credentials, no URLs in text,
// only https links, diagnose links only to Alibaba Cloud, text never interpreted.
import { describe, expect, it } from 'vitest';
import { classifySlbError, type SlbClassifyOptions, type SlbLinkContext } from '../../src/core/index.ts';
import { redactText } from '../../src/core/redact.ts';
import { expectValidReport, stringsIn } from './report-checks.ts';

const AK = 'LTAI5tDUMMYKEYID00000000';
const STS = 'CAISDUMMYSTSTOKEN0000';
const RID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
const SIGNED_URL =
  `http://slb.aliyuncs.com/?AccessKeyId=${AK}&Action=CreateLoadBalancerTCPListener&Format=JSON` +
  `&RegionId=cn-hangzhou&SecurityToken=${STS}&SignatureMethod=HMAC-SHA1&SignatureNonce=7f3a9c1e` +
  '&SignatureVersion=1.0&Timestamp=2026-11-29T14%3A00%3A00Z&Version=2014-05-15&Signature=AbCdEf%2B123%3D';
const FORBIDDEN_TEXT = [AK, STS, 'Signature=', 'SignatureNonce=', 'AbCdEf', '7f3a9c1e', 'http', 'aliyuncs.com'];

/** Every string of a report but its links, which are URLs by design. */
function textOf(caught: unknown, options?: SlbClassifyOptions): string[] {
  const report = classifySlbError(caught, options);
  expectValidReport(report);
  return stringsIn(report, ['links']).map(([, text]) => text);
}

const leaks = (texts: string[]) => texts.filter((text) => FORBIDDEN_TEXT.some((secret) => text.includes(secret)));

describe('secrets are stripped from every returned string', () => {
  it('a pop-core error: signed URL in message, url and entry', () => {
    const error = Object.assign(new Error(`The specified port is not valid., URL: ${SIGNED_URL}`), {
      name: 'InvalidParameterError',
      code: 'InvalidParameter',
      url: SIGNED_URL,
      data: { RequestId: RID, Code: 'InvalidParameter', Message: 'The specified port is not valid.' },
      entry: {
        url: SIGNED_URL,
        request: { headers: { host: 'slb.aliyuncs.com' } },
        response: { statusCode: 400, headers: {} },
      },
    });
    for (const caught of [error, JSON.parse(JSON.stringify(error)), JSON.stringify(error)]) {
      const texts = textOf(caught);
      expect(leaks(texts)).toEqual([]);
      expect(classifySlbError(caught).message).toBe('The specified port is not valid.');
    }
  });

  it('a pop-core message alone, with nothing else to read', () => {
    const report = classifySlbError(new Error(`The specified port is not valid., URL: ${SIGNED_URL}`));
    expect(report.message).toBe('The specified port is not valid.');
    expect(leaks(textOf(new Error(`Oops, URL: ${SIGNED_URL}`)))).toEqual([]);
  });

  it('an httpx transport message with the full URL appended', () => {
    const error = Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:8080POST ${SIGNED_URL} failed.`), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
    });
    const report = classifySlbError(error);
    expect(report.message).toBe('connect ECONNREFUSED 127.0.0.1:8080');
    expect(report.origin).toBe('network');
    expect(leaks(textOf(error))).toEqual([]);
  });

  it('an ACS3 Authorization header in text', () => {
    const header = `Authorization: ACS3-HMAC-SHA256 Credential=${AK},SignedHeaders=host;x-acs-action;x-acs-date,Signature=9f86d081884c7d659a2feaa0c55ad015`;
    const report = classifySlbError(new Error(`Request rejected. ${header}`));
    expect(report.message).toBe('Request rejected.');
    expect(leaks(textOf(new Error(header)))).toEqual([]);
    expect(redactText(`x ${header} y`)).toBe('x y');
  });

  it('sec_token and other tokens in text', () => {
    const text = `Bad request sec_token=aBcD1234SecToken, secToken: "zZ9988" csrf_token=qq11 x-acs-security-token: ${STS}`;
    const report = classifySlbError({ Code: 'InvalidParameter', Message: text });
    expect(report.message).not.toMatch(/aBcD1234SecToken|zZ9988|qq11|CAIS/);
    expect(report.message).toMatch(/^Bad request/);
  });

  it('bare AccessKey ids and STS tokens', () => {
    const report = classifySlbError({
      Code: 'InvalidParameter',
      Message: `The key ${AK} with token ${STS}xyz is wrong.`,
    });
    expect(report.message).toBe('The key with token is wrong.');
  });

  it('any URL in text', () => {
    expect(redactText('See https://help.aliyun.com/x?a=1 or http://evil.example/p for more.')).toBe('See or for more.');
  });

  it('control and bidirectional-override characters', () => {
    expect(redactText('Pay \u202Eevil\u202C now\u0000\u0007')).toBe('Pay evil now');
  });

  it('request configs are never read: the CSRF token in config.body stays out', () => {
    const error = Object.assign(new Error('The specified port is not valid.'), {
      code: 'InvalidParameter',
      config: {
        body: { sec_token: 'qwerty123456', Action: 'CreateLoadBalancerTCPListener' },
        headers: { 'x-csrf-token': 'zxcvb98765' },
      },
    });
    const all = JSON.stringify(classifySlbError(error));
    expect(all).not.toContain('qwerty123456');
    expect(all).not.toContain('zxcvb98765');
  });
});

describe('links', () => {
  const overQuota = (recommend?: unknown) => ({
    Code: 'OverQuota',
    Message: 'Instance num exceeded Quota.',
    RequestId: RID,
    Recommend: recommend,
  });

  it('are all https', () => {
    const report = classifySlbError(overQuota());
    expect(Object.keys(report.links).sort()).toEqual(['diagnose', 'errorCenter', 'quota', 'ticket']);
    for (const href of Object.values(report.links)) expect(new URL(href).protocol).toBe('https:');
  });

  it('keeps a Recommend on an Alibaba Cloud host', () => {
    for (const recommend of [
      `https://api.aliyun.com/troubleshoot?q=OverQuota&product=Slb&requestId=${RID}`,
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=OverQuota',
      'https://next.api.alibabacloud.com/troubleshoot',
    ]) {
      expect(classifySlbError(overQuota(recommend)).links.diagnose).toBe(recommend);
    }
  });

  it.each([
    'https://evil.example/troubleshoot?q=OverQuota',
    'https://aliyun.com.evil.example/',
    'https://evilaliyun.com/',
    'javascript:alert(1)',
    'http://api.aliyun.com/troubleshoot?q=OverQuota',
    'https://user:password@api.aliyun.com/troubleshoot',
    '//api.aliyun.com/troubleshoot',
    ' data:text/html,<script>alert(1)</script>',
  ])('rejects Recommend %s and builds its own diagnose link', (recommend) => {
    const report = classifySlbError(overQuota(recommend));
    expect(report.links.diagnose).toBe(
      `https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=OverQuota&product=Slb&requestId=${RID}`,
    );
    expect(Object.values(report.links).filter((href) => !href.startsWith('https://'))).toEqual([]);
  });

  it('app overrides win: a string, a function of the context, null removes', () => {
    const contexts: SlbLinkContext[] = [];
    const report = classifySlbError(overQuota(), {
      links: {
        quota: 'https://reseller.example/quota',
        ticket: (context) => {
          contexts.push(context);
          return `https://reseller.example/ticket?rid=${context.requestId ?? ''}&code=${context.code ?? ''}`;
        },
        errorCenter: null,
      },
    });
    expect(report.links.quota).toBe('https://reseller.example/quota');
    expect(report.links.ticket).toBe(`https://reseller.example/ticket?rid=${RID}&code=OverQuota`);
    expect(report.links).not.toHaveProperty('errorCenter');
    expect(contexts).toEqual([
      {
        code: 'OverQuota',
        requestId: RID,
        site: 'intl',
        family: 'quota',
        quotaCode: 'slb_quota_instances_num',
        product: 'clb',
      },
    ]);
  });

  it('an override returning javascript: or http: is dropped, never shown', () => {
    const report = classifySlbError(overQuota(), {
      links: { diagnose: () => 'javascript:alert(1)', quota: 'http://reseller.example/quota' },
    });
    expect(report.links).not.toHaveProperty('diagnose');
    expect(report.links).not.toHaveProperty('quota');
    expect(Object.values(report.links).every((href) => href.startsWith('https://'))).toBe(true);
  });

  it('an override that throws leaves the default link', () => {
    const report = classifySlbError(overQuota(), {
      links: {
        quota: () => {
          throw new Error('app bug');
        },
      },
    });
    expect(report.links.quota).toBe(
      'https://quotas.console.alibabacloud.com/products/slb/quotas?query=slb_quota_instances_num',
    );
  });

  it('the ticket link carries the request id and the error code', () => {
    const ticket = new URL(classifySlbError(overQuota()).links.ticket ?? '');
    expect(ticket.protocol).toBe('https:');
    expect(ticket.searchParams.get('requestId')).toBe(RID);
    expect(ticket.searchParams.get('errorCode')).toBe('OverQuota');
  });

  it("a request ID with a colon (a proxy's) is escaped in the links that carry it", () => {
    const report = classifySlbError({
      Code: 'OverQuota',
      Message: 'Instance num exceeded Quota.',
      RequestId: 'edge:42',
    });
    expect(report.requestId).toBe('edge:42');
    expect(report.links.ticket).toContain('requestId=edge%3A42&');
    expect(new URL(report.links.ticket ?? '').searchParams.get('requestId')).toBe('edge:42');
    expect(new URL(report.links.diagnose ?? '').searchParams.get('requestId')).toBe('edge:42');
  });

  it("links come in one order: ticket, the intent's page, Error Center, diagnose", () => {
    expect(Object.keys(classifySlbError(overQuota()).links)).toEqual(['ticket', 'quota', 'errorCenter', 'diagnose']);
    const overridden = classifySlbError(overQuota(), { links: { ticket: 'https://reseller.example/ticket' } });
    expect(Object.keys(overridden.links)).toEqual(['ticket', 'quota', 'errorCenter', 'diagnose']);
  });

  it('an override may give a diagnose link to a report without one, and adds no other kind', () => {
    const bare = { Code: 'OverQuota', Message: 'Instance num exceeded Quota.' };
    expect(classifySlbError(bare).links).not.toHaveProperty('diagnose');
    const report = classifySlbError(bare, {
      links: { diagnose: 'https://reseller.example/diagnose', billing: 'https://reseller.example/billing' },
    });
    expect(report.links.diagnose).toBe('https://reseller.example/diagnose');
    expect(report.links).not.toHaveProperty('billing');
  });

  it("site 'cn' gives aliyun.com pages", () => {
    const report = classifySlbError({ Code: 'InsufficientBalance', Message: 'x', RequestId: RID }, { site: 'cn' });
    expect(report.intent).toBe('billing');
    for (const href of Object.values(report.links)) expect(new URL(href).hostname).toMatch(/(^|\.)aliyun\.com$/);
    expect(report.links.billing).toMatch(/^https:\/\/[a-z0-9.-]+\.aliyun\.com\//);
    // OpenAPI Troubleshoot looks the code up for anyone; with the request ID it diagnoses that request.
    expect(report.links.errorCenter).toBe('https://api.aliyun.com/troubleshoot?q=InsufficientBalance&product=Slb');
    expect(report.links.diagnose).toBe(
      `https://api.aliyun.com/troubleshoot?q=InsufficientBalance&product=Slb&requestId=${RID}`,
    );
  });

  it('the default site is intl, with alibabacloud.com pages where they exist', () => {
    const report = classifySlbError(overQuota());
    expect(report.links.errorCenter).toBe(
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=OverQuota&product=Slb',
    );
    // The quota that was reached, not the list of every quota.
    expect(report.links.quota).toBe(
      'https://quotas.console.alibabacloud.com/products/slb/quotas?query=slb_quota_instances_num',
    );
  });

  it('an error with no code links the list of SLB error codes', () => {
    const report = classifySlbError({ statusCode: 502 });
    expect(report.links.errorCenter).toBe('https://api.alibabacloud.com/document/Slb/2014-05-15/errorCode');
    expect(report.links).not.toHaveProperty('diagnose');
  });

  it('the family picks the page: an unfinished order goes to the orders, activation to the buy page', () => {
    const order = classifySlbError({ Code: 'ORDER.INST_HAS_UNPAID_ORDER', Message: 'The instance has unpaid order.' });
    expect(order.links.billing).toBe('https://usercenter2-intl.aliyun.com/order/list');
    const activate = classifySlbError(
      { Code: 'ORDER.OPEND', Message: 'The account order is open to buy loadbalancer.' },
      { site: 'cn' },
    );
    expect(activate.family).toBe('not-activated');
    expect(activate.links.verifyAccount).toBe('https://common-buy.aliyun.com/?commodityCode=slb');
  });
});

describe('hostile text', () => {
  it('HTML in a message comes back as the same plain text, not interpreted or escaped', () => {
    const report = classifySlbError({
      Code: 'InvalidParameter',
      Message: '<img src=x onerror=alert(1)>',
      RequestId: RID,
    });
    expect(report.message).toBe('<img src=x onerror=alert(1)>');
    expect(report.row?.id).toBe('slb-062');
    expectValidReport(report);
  });

  it('a javascript: URL in a message is removed', () => {
    expect(classifySlbError({ Code: 'InvalidParameter', Message: 'Open javascript:alert(1) now' }).message).toBe(
      'Open now',
    );
  });

  it('report text never contains "undefined", even from SDK fields built with template strings', () => {
    const error = Object.assign(new Error('InvalidParameter: code: 400, undefined request id: undefined'), {
      name: 'ClientError',
      code: 'InvalidParameter',
      statusCode: 400,
      requestId: 'undefined',
      description: 'undefined',
      detail: 'undefined',
      data: { Code: 'InvalidParameter', Message: undefined, RequestId: 'undefined' },
    });
    for (const caught of [error, JSON.parse(JSON.stringify(error)), undefined, 'undefined', { message: 'undefined' }]) {
      const texts = textOf(caught);
      expect(texts.filter((text) => text.includes('undefined'))).toEqual([]);
    }
  });
});
