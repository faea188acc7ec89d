// @vitest-environment node
// The load-balancer family: which product an error came from, which action decides, what a
// console's credentials and a passed dry run are, and the naming patterns for codes no row knows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alb } from '../../src/alb/index.ts';
import { classifySlbError } from '../../src/core/index.ts';
import { NAMING_PATTERNS as GENERATED } from '../../src/core/patterns.generated.ts';
import { en } from '../../src/locales/en.ts';
import { nlb } from '../../src/nlb/index.ts';
import { type MockSlb, getSdk, slbBody, startMockSlb } from '../sdk/harness.mjs';
import { expectValidReport } from './report-checks.ts';

const PATTERNS_MODULE = new URL('../../scripts/catalog/patterns.mjs', import.meta.url).href;

const ALB_BUSY = {
  Code: 'IncorrectStatus.LoadBalancer',
  Message: 'The status of LoadBalancer [alb-1] is incorrect.',
  statusCode: 400,
};

describe('which product', () => {
  it.each([
    ['the body’s HostId', { ...ALB_BUSY, HostId: 'alb.cn-hangzhou.aliyuncs.com' }, {}, 'alb'],
    ['a VPC endpoint', { ...ALB_BUSY, HostId: 'alb-vpc.cn-shanghai.aliyuncs.com' }, {}, 'alb'],
    [
      'the Recommend link',
      { ...ALB_BUSY, Recommend: 'https://api.aliyun.com/troubleshoot?q=IncorrectStatus.LoadBalancer&product=Alb' },
      {},
      'alb',
    ],
    [
      'pop-core’s URL',
      { ...ALB_BUSY, url: 'https://nlb.cn-hangzhou.aliyuncs.com/?Action=UpdateListenerAttribute' },
      {},
      'nlb',
    ],
    [
      'the app, over what the error says',
      { ...ALB_BUSY, HostId: 'slb.aliyuncs.com' },
      { product: 'alb' as const },
      'alb',
    ],
    ['CLB’s endpoint', { ...ALB_BUSY, HostId: 'slb.aliyuncs.com' }, {}, 'clb'],
  ])('from %s', (_, body, options, product) => {
    const report = classifySlbError(body, { products: [alb, nlb], ...options });
    expectValidReport(report);
    expect(report.product).toBe(product);
  });

  it('is null when nothing says, and CLB’s rows decide', () => {
    const report = classifySlbError({ Code: 'InvalidParameter', Message: 'The specified port is not valid.' });
    expect(report.product).toBeNull();
    expect(report.row?.id).toBe('slb-140');
  });

  it('an ALB error decides by ALB’s rows when the app added them, else by CLB’s rules and the patterns', () => {
    const body = { ...ALB_BUSY, HostId: 'alb.cn-hangzhou.aliyuncs.com' };
    const known = classifySlbError(body, { products: [alb] });
    expect(known.row?.id).toMatch(/^alb-/);
    expect(known.intent).toBe('retry');
    const alone = classifySlbError(body);
    expect(alone.product).toBe('alb');
    expect(alone.row).toBeNull();
    expect(alone.match).toBe('pattern');
    expect(alone.intent).toBe('retry');
    expect(alone.family).toBe('busy');
  });

  it('links point to the product’s own pages', () => {
    const report = classifySlbError(
      {
        Code: 'QuotaExceeded.LoadBalancersNum',
        Message: 'The quota of LoadBalancer is exceeded, usage 50/50.',
        HostId: 'alb.cn-hangzhou.aliyuncs.com',
        RequestId: 'R-1',
      },
      { products: [alb] },
    );
    expect(report.links.quota).toBe(
      'https://quotas.console.alibabacloud.com/products/alb/quotas?query=alb_quota_loadbalancers_num',
    );
    expect(report.links.errorCenter).toContain('product=Alb');
    const unknownCode = classifySlbError({ HostId: 'nlb.cn-hangzhou.aliyuncs.com', statusCode: 500 }, { site: 'cn' });
    expect(unknownCode.links.errorCenter).toBe('https://api.aliyun.com/document/Nlb/2022-04-30/errorCode');
  });
});

describe('the action', () => {
  const TLS = { Code: 'InvalidTLSPolicyId.NotExist', Message: 'The specified TLS cipher policy does not exist.' };
  let mock: MockSlb;
  beforeAll(async () => {
    mock = await startMockSlb();
  });
  afterAll(async () => {
    await mock.close();
  });

  it('comes from pop-core’s signed URL, and its rows decide', async () => {
    mock.respond({ status: 400, body: slbBody({ code: TLS.Code, message: TLS.Message }) });
    const deleting = classifySlbError(await getSdk('pop-core').call(mock.url, 'DeleteTLSCipherPolicy', {}));
    const creating = classifySlbError(await getSdk('pop-core').call(mock.url, 'CreateLoadBalancerHTTPSListener', {}));
    expect(deleting).toMatchObject({ action: 'DeleteTLSCipherPolicy', intent: 'refresh' });
    expect(creating).toMatchObject({ action: 'CreateLoadBalancerHTTPSListener', intent: 'fix-input' });
  });

  it('comes from the x-acs-action header of the request', () => {
    const report = classifySlbError({
      name: 'InvalidTLSPolicyId.NotExistError',
      code: TLS.Code,
      data: TLS,
      entry: { request: { headers: { 'x-acs-action': 'DeleteTLSCipherPolicy' } }, response: { statusCode: 400 } },
    });
    expect(report).toMatchObject({ action: 'DeleteTLSCipherPolicy', intent: 'refresh', status: 400 });
  });

  it('the app’s word wins over what the error names', () => {
    const report = classifySlbError(
      { ...TLS, url: 'https://slb.aliyuncs.com/?Action=DeleteTLSCipherPolicy' },
      { action: 'CreateLoadBalancerHTTPSListener' },
    );
    expect(report).toMatchObject({ action: 'CreateLoadBalancerHTTPSListener', intent: 'fix-input' });
  });
});

describe('credentials, session and clock', () => {
  it.each([
    ['MissingAccessKeyId', 'AccessKeyId is mandatory for this action.', 400],
    ['MissingSecurityToken', 'SecurityToken is mandatory for this action.', 400],
    ['InvalidParameter', 'The specified parameter "SecurityToken.Expired" is not valid.', 400],
    ['InvalidParameter', 'The specified AccessKeyId is not found.', 400],
    // The console's own envelope: HTTP 200 with the session's code.
    ['ConsoleNeedLogin', 'Current session has timed out, please sign in.', 200],
  ])('%s "%s" is sign-in', (code, message, status) => {
    const report = classifySlbError({ Code: code, Message: message, statusCode: status }, { locale: en });
    expect(report.intent).toBe('sign-in');
    expect(report.field).toBeNull();
    expect(report.surface).toBe('banner');
  });

  it('a wrong clock is no input to fix: the words say to set the device’s time', () => {
    for (const code of ['IllegalTimestamp', 'InvalidTimeStamp.Expired']) {
      const report = classifySlbError(
        {
          Code: code,
          Message: 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.',
          statusCode: 400,
        },
        { locale: en },
      );
      expect(report.family).toBe('clock');
      expect(report.intent).not.toBe('fix-input');
      expect(report.field).toBeNull();
      expect(report.description).toMatch(/clock/);
    }
  });
});

describe('a passed dry run', () => {
  it.each([
    ['CLB', 'slb.aliyuncs.com'],
    ['ALB', 'alb.cn-hangzhou.aliyuncs.com'],
    ['NLB', 'nlb.cn-hangzhou.aliyuncs.com'],
  ])('is a notice, not a failure (%s)', (_, host) => {
    const report = classifySlbError(
      {
        Code: 'DryRunOperation',
        Message: 'Request validation has been passed with DryRun flag set.',
        HostId: host,
        statusCode: 400,
      },
      { products: [alb, nlb], locale: en },
    );
    expect(report).toMatchObject({ family: 'dry-run', severity: 'info', retryable: false });
    expect(report.title).toBe('Check passed');
    expect(report.description).not.toMatch(/fail|error|wrong/i);
  });
});

describe('naming patterns', async () => {
  const module: unknown = await import(/* @vite-ignore */ PATTERNS_MODULE);
  const source = Reflect.get(module as object, 'NAMING_PATTERNS') as ReadonlyArray<{
    name: string;
    code?: RegExp;
    message?: RegExp;
    examples: string[];
  }>;

  it('are the generated ones, in order', () => {
    expect(GENERATED.map(([code, message]) => String(code ?? message))).toEqual(
      source.map((pattern) => String(pattern.code ?? pattern.message)),
    );
  });

  it.each(source.map((pattern, index) => [pattern.name, index, pattern] as const))(
    '%s decides its own examples',
    (_, index, pattern) => {
      expect(pattern.examples.length).toBeGreaterThan(0);
      for (const example of pattern.examples) {
        const [code = '', ...rest] = example.split(' ');
        const message = rest.join(' ').replace(/^"|"$/g, '');
        const first = GENERATED.findIndex(([codePattern, messagePattern]) =>
          codePattern ? codePattern.test(code) : (messagePattern?.test(message) ?? false),
        );
        expect(first, example).toBe(index);
      }
    },
  );

  it.each([
    ['InvalidParam.ProbeIdleTimeout', 'fix-input', 'ProbeIdleTimeout'],
    ['BackendServer.ServerIdEmpty', 'fix-input', 'ServerId'],
    ['Mismatch.ZoneIdAndProbeVSwitchId', 'fix-input', 'ProbeVSwitchId'],
    ['IncorrectStatus.ProbeResource', 'retry', null],
    ['ResourceInConfiguring.ProbeResource', 'retry', null],
    ['OperationDenied.ProbeFeatureNotSupported', 'fix-input', null],
  ])('a code no row knows: %s → %s', (code, intent, field) => {
    const report = classifySlbError({ Code: code, Message: 'x', statusCode: 400 });
    expect(report.match).toBe('pattern');
    expect(report.intent).toBe(intent);
    expect(report.field).toBe(field);
  });
});
