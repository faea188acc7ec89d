// @vitest-environment node
// Titles and descriptions in the language asked for; app text overrides per code and per row id.
import { describe, expect, it } from 'vitest';
import { alb } from '../../src/alb/index.ts';
import { classifySlbError } from '../../src/core/index.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { albZhCN } from '../../src/locales/alb/zh-CN.ts';
import { en } from '../../src/locales/en.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { expectValidReport } from './report-checks.ts';

const PORT = { Code: 'InvalidParameter', Message: 'The specified port is not valid.', RequestId: 'req-0001' };
const HAN = /[\u4e00-\u9fff]/;
const ALB_QUOTA = {
  Code: 'QuotaExceeded.LoadBalancersNum',
  Message: 'The quota of LoadBalancer is exceeded, usage 50/50.',
  HostId: 'alb.cn-hangzhou.aliyuncs.com',
  statusCode: 400,
};

describe('locale', () => {
  it('English with the kit’s words for the row when the en locale is passed', () => {
    const report = classifySlbError(PORT, { locale: en });
    expect(report.locale).toBe('en');
    expect(report.row?.id).toBe('slb-140');
    // The family's title with the field's label; the kit's words, not the documentation's.
    expect(report.family).toBe('invalid-input');
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe('Enter a port from 1 to 65535.');
  });

  it('without a locale, English family words: the same row and decision, the field named by its parameter', () => {
    const report = classifySlbError(PORT);
    expectValidReport(report);
    expect(report.locale).toBe('en');
    expect(report.row?.id).toBe('slb-140');
    expect(report.intent).toBe('fix-input');
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe('Check the listener port, then try again.');
  });

  it('{ locale: zhCN } gives the Chinese title and description', () => {
    const report = classifySlbError(PORT, { locale: zhCN });
    expectValidReport(report);
    expect(report.locale).toBe('zh-CN');
    expect(report.title).toBe('请检查监听端口');
    expect(report.description).toBe('请输入 1 到 65535 之间的端口。');
    // The server's message is never translated.
    expect(report.message).toBe('The specified port is not valid.');
  });

  it('errors with no catalog row get their family’s Chinese text', () => {
    const network = classifySlbError(new TypeError('Failed to fetch'), { locale: zhCN });
    expect(network.family).toBe('network');
    expect(network.description).toBe(zhCN.families.network.description);
    expect(network.title).toBe(zhCN.families.network.title);
    const unknown = classifySlbError(42, { locale: zhCN });
    expect(unknown.description).toBe(zhCN.families.unknown.description);
  });

  it('a label beside Chinese text gets a space, as Chinese typography wants', () => {
    const report = classifySlbError(
      { Code: 'InvalidParameter', Message: 'The Ip is not Supported.', RequestId: 'req-0001' },
      { locale: zhCN },
    );
    expect(report.field).toBe('Address');
    expect(report.title).toBe('请检查 IP 地址');
    expect(
      classifySlbError({ Code: 'InvalidParameter', Message: 'The Ip is not Supported.' }, { locale: en }).title,
    ).toBe('Check the IP address');
  });

  it('a product’s words come beside the language: [zhCN, albZhCN]', () => {
    const chinese = classifySlbError(ALB_QUOTA, { products: [alb], locale: [zhCN, albZhCN] });
    expectValidReport(chinese);
    expect(chinese.product).toBe('alb');
    expect(chinese.row?.id).toMatch(/^alb-/);
    expect(chinese.locale).toBe('zh-CN');
    expect(chinese.title).toMatch(HAN);
    expect(chinese.description).toMatch(HAN);
    // Without ALB's words the row is still ALB's, in its family's Chinese words.
    const familyOnly = classifySlbError(ALB_QUOTA, { products: [alb], locale: zhCN });
    expect(familyOnly.row?.id).toBe(chinese.row?.id);
    expect(familyOnly.description).toBe(zhCN.families.quota.description);
  });

  it('shows the values the server filled into the message, where the row’s words use them', () => {
    const english = classifySlbError(ALB_QUOTA, { products: [alb], locale: [en, albEn] });
    expect(english.description).toContain('50 of 50');
    const chinese = classifySlbError(ALB_QUOTA, { products: [alb], locale: [zhCN, albZhCN] });
    expect(chinese.description).toContain('50');
    // A message without the values reads the row's words without them.
    const unfilled = classifySlbError(
      { ...ALB_QUOTA, Message: 'The quota of %s is exceeded, usage %s/%s.' },
      { products: [alb], locale: [en, albEn] },
    );
    expect(unfilled.row?.id).toBe(english.row?.id);
  });
});

describe('text overrides', () => {
  it('per code win over the catalog', () => {
    const report = classifySlbError(PORT, {
      locale: en,
      text: { InvalidParameter: { title: 'Fix the form', description: 'One of the values is not accepted.' } },
    });
    expect(report.title).toBe('Fix the form');
    expect(report.description).toBe('One of the values is not accepted.');
  });

  it('per row id win over per code', () => {
    const report = classifySlbError(PORT, {
      locale: zhCN,
      text: {
        InvalidParameter: { title: 'per code', description: 'per code' },
        'slb-140': { description: '端口必须在 1 到 65535 之间。' },
      },
    });
    expect(report.description).toBe('端口必须在 1 到 65535 之间。');
    // Only the description was given for the row: the title stays the locale's.
    expect(report.title).toBe('请检查监听端口');
  });

  it('apply to codes with no catalog row', () => {
    const report = classifySlbError(
      { Code: 'Reseller.CreditLimit', Message: 'x', statusCode: 400 },
      { text: { 'Reseller.CreditLimit': { description: 'Your reseller credit limit is reached.' } } },
    );
    expect(report.row).toBeNull();
    expect(report.description).toBe('Your reseller credit limit is reached.');
  });

  it('for another code or row do not apply', () => {
    const report = classifySlbError(PORT, {
      locale: en,
      text: { OverQuota: { title: 'no' }, 'slb-141': { description: 'no' } },
    });
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe('Enter a port from 1 to 65535.');
  });
});

describe('field labels', () => {
  it("the app's own label replaces the kit's where a title names the field", () => {
    const report = classifySlbError(PORT, { locale: en, fieldLabels: { ListenerPort: 'Frontend port' } });
    expect(report.title).toBe('Check the Frontend port');
    const chinese = classifySlbError(PORT, { locale: zhCN, fieldLabels: { ListenerPort: '前端端口' } });
    expect(chinese.title).toBe('请检查前端端口');
  });

  it('a field no locale names is put in words', () => {
    const report = classifySlbError(
      { Code: 'InvalidParam.HealthCheckConnectTimeoutProbe', Message: 'x', statusCode: 400 },
      { locale: en },
    );
    expect(report.match).toBe('pattern');
    expect(report.field).toBe('HealthCheckConnectTimeoutProbe');
    expect(report.title).toBe('Check the health check connect timeout probe');
  });

  it('a label the console writes in lower case keeps it at the start of a title', () => {
    const report = classifySlbError(
      { Code: 'InvalidVSwitchId.NotFound', Message: 'x', statusCode: 404 },
      { locale: en, action: 'CreateLoadBalancer', fieldLabels: { VSwitchId: 'vSwitch' } },
    );
    expect(report.intent).toBe('fix-input');
    expect(report.title).toBe('vSwitch not found');
  });
});
