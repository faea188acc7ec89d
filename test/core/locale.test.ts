// @vitest-environment node
// Titles and descriptions in the requested language; app text overrides per code and per entry.
// Importing src/locales/zh-CN registers it; the unregistered case is in locale-unregistered.test.ts.
import { describe, expect, it } from 'vitest';
import { classifySlbError, en, registerSlbLocale } from '../../src/core/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { ALL_ENTRIES, expectValidReport } from './report-checks.ts';

const PORT = { Code: 'InvalidParameter', Message: 'The specified port is not valid.', RequestId: 'req-0001' };
const HAN = /[\u4e00-\u9fff]/;

describe('locale', () => {
  it('English by default', () => {
    const report = classifySlbError(PORT);
    expect(report.locale).toBe('en');
    expect(report.row?.id).toBe('slb-140');
    // The family's title with the field's label; the kit's words, not the documentation's.
    expect(report.family).toBe('invalid-input');
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe('Enter a port from 1 to 65535.');
    expect(report.row?.description).toBe('The specified port is invalid.');
  });

  it("importing the zh-CN module makes { locale: 'zh-CN' } work", () => {
    const report = classifySlbError(PORT, { locale: 'zh-CN' });
    expect(report.locale).toBe('zh-CN');
    expect(report.title).toBe('请检查监听端口');
    expect(report.description).toMatch(HAN);
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

  it('every catalog entry has its Chinese description in a report', () => {
    const notChinese = ALL_ENTRIES.filter((entry) => {
      const report = classifySlbError(
        { Code: entry.code, Message: entry.message, statusCode: entry.status },
        { locale: zhCN },
      );
      return report.row !== entry || report.description !== zhCN.descriptions[entry.id] || !HAN.test(report.title);
    });
    expect(notChinese.map((entry) => entry.id)).toEqual([]);
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
    expect(classifySlbError({ Code: 'InvalidParameter', Message: 'The Ip is not Supported.' }).title).toBe(
      'Check the IP address',
    );
  });

  it("registerSlbLocale(zhCN) makes { locale: 'zh-CN' } work", () => {
    registerSlbLocale(zhCN);
    const report = classifySlbError(
      { Code: 'Throttling', Message: 'Request was denied due to request throttling.' },
      { locale: 'zh-CN' },
    );
    expect(report.locale).toBe('zh-CN');
    expect(report.title).toBe('请求过于频繁');
    expect(report.description).toBe(zhCN.descriptions['common-Throttling']);
    expect(classifySlbError(PORT, { locale: 'en' }).locale).toBe('en');
  });
});

describe('text overrides', () => {
  it('per code win over the catalog', () => {
    const report = classifySlbError(PORT, {
      text: { InvalidParameter: { title: 'Fix the form', description: 'One of the values is not accepted.' } },
    });
    expect(report.title).toBe('Fix the form');
    expect(report.description).toBe('One of the values is not accepted.');
  });

  it('per entry id win over per code', () => {
    const report = classifySlbError(PORT, {
      locale: zhCN,
      text: {
        InvalidParameter: { title: 'per code', description: 'per code' },
        'slb-140': { description: '端口必须在 1 到 65535 之间。' },
      },
    });
    expect(report.description).toBe('端口必须在 1 到 65535 之间。');
    // Only the description was given for the entry: the title stays the locale's.
    expect(report.title).toBe('请检查监听端口');
  });

  it('apply to codes with no catalog row', () => {
    const report = classifySlbError(
      { Code: 'Reseller.CreditLimit', Message: 'x', statusCode: 400 },
      {
        text: { 'Reseller.CreditLimit': { description: 'Your reseller credit limit is reached.' } },
      },
    );
    expect(report.row).toBeNull();
    expect(report.description).toBe('Your reseller credit limit is reached.');
  });

  it('for another code or entry do not apply', () => {
    const report = classifySlbError(PORT, { text: { OverQuota: { title: 'no' }, 'slb-141': { description: 'no' } } });
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe(en.descriptions['slb-140']);
  });
});

describe('field labels', () => {
  it("the app's own label replaces the kit's where a title names the field", () => {
    const report = classifySlbError(PORT, { fieldLabels: { ListenerPort: 'Frontend port' } });
    expect(report.title).toBe('Check the Frontend port');
    const chinese = classifySlbError(PORT, { locale: zhCN, fieldLabels: { ListenerPort: '前端端口' } });
    expect(chinese.title).toBe('请检查前端端口');
  });

  it('a field no locale names is put in words', () => {
    const report = classifySlbError({ Code: 'InvalidParam.HealthCheckConnectPort', Message: 'x', statusCode: 400 });
    expect(report.match).toBe('pattern');
    expect(report.field).toBe('HealthCheckConnectPort');
    expect(report.title).toBe('Check the health check connect port');
  });
});
