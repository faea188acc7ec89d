// @vitest-environment node
// What a machine can check of the kit's words (docs/content.md): both languages present and
// saying the same numbers, Chinese typography, no API names, nothing that blames the user.
import { describe, expect, it } from 'vitest';
import { SLB_ERROR_FAMILIES, classifySlbError, en } from '../../src/core/index.ts';
import { SLB_UI_STRINGS_EN } from '../../src/components/strings.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { ALL_ENTRIES } from './report-checks.ts';

const CJK = /[\u3400-\u9fff]/;
// API parameter and internal names a user never sees on the console's screen.
const API_NAMES =
  /\b(?:ListenerPort|VServerGroupId|ServerCertificateId|ServerCertificate|PrivateKey|LoadBalancerSpec|LoadBalancerName|MasterZoneId|RegionId|BackendServers|RuleList|SourceItems|OwnerId|OwnerAccount|VSwitchId|AddressType|ClientToken|CommodityCode|Rspool|RsList|VServer|vip|lb_type)\b/;
const BLAME_EN = /\billegal\b|invalid user|\byou failed\b|\byour fault\b/i;
const BLAME_ZH = /非法|您的错误/;

function reportsOf(entry: (typeof ALL_ENTRIES)[number]) {
  const body = { Code: entry.code, Message: entry.message, RequestId: 'REQ-1234' };
  return {
    en: classifySlbError({ ...body, statusCode: entry.status }),
    zh: classifySlbError({ ...body, statusCode: entry.status }, { locale: zhCN }),
  };
}

/** Every problem with one piece of Chinese text (typography of docs/content.md). */
export function chineseProblems(text: string): string[] {
  const problems: string[] = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    const before = chars[index - 1];
    const after = chars[index + 1];
    const besideCjk = (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
    if (/[,:;!?()]/.test(char) && besideCjk) problems.push(`ASCII "${char}" beside Chinese`);
    if (char === '.' && before !== undefined && CJK.test(before)) problems.push('ASCII "." after Chinese');
    if (CJK.test(char) && after !== undefined && /[A-Za-z0-9]/.test(after))
      problems.push(`no space in "${char}${after}"`);
    if (/[A-Za-z0-9]/.test(char) && after !== undefined && CJK.test(after))
      problems.push(`no space in "${char}${after}"`);
  });
  return problems;
}

const numbers = (text: string) => [...new Set(text.match(/\d+/g) ?? [])].sort();

describe('every row has its own words in English and Chinese', () => {
  it.each(ALL_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    const { en: english, zh } = reportsOf(entry);
    expect(english.row?.id, 'classifies to its own row').toBe(id);
    expect(en.descriptions[id], 'an English description').toBeTruthy();
    expect(zhCN.descriptions[id], 'a Chinese description').toBeTruthy();
    // The kit's words, not the documentation's (which stays in the entry).
    expect(english.description).toBe(en.descriptions[id]);
    expect(zh.description).toBe(zhCN.descriptions[id]);
    for (const report of [english, zh]) {
      expect(report.title.trim()).not.toBe('');
      expect(report.title).not.toMatch(/[.。]$/);
      expect(report.description).not.toMatch(API_NAMES);
      expect(report.title).not.toMatch(API_NAMES);
    }
    expect(english.description).toMatch(/\.$/);
    expect(english.description).not.toMatch(/\b(?:please|sorry)\b/i);
    expect(english.description).not.toMatch(BLAME_EN);
    expect(zh.description).toMatch(/[。！]$/);
    expect(zh.description).not.toMatch(BLAME_ZH);
    expect(chineseProblems(zh.description)).toEqual([]);
    expect(chineseProblems(zh.title)).toEqual([]);
    expect(numbers(zh.description), 'the same numbers in both languages').toEqual(numbers(english.description));
  });
});

describe('families', () => {
  it.each(SLB_ERROR_FAMILIES.map((family) => [family]))(
    '%s has a title and a description in both languages',
    (family) => {
      for (const locale of [en, zhCN]) {
        const text = locale.families[family];
        expect(text.title).toBeTruthy();
        expect(text.description).toBeTruthy();
        expect(text.title).not.toMatch(/[.。]$/);
      }
      expect(chineseProblems(zhCN.families[family].description)).toEqual([]);
      expect(numbers(zhCN.families[family].description)).toEqual(numbers(en.families[family].description));
    },
  );

  it('no two families share a title (a title names the problem)', () => {
    for (const locale of [en, zhCN]) {
      const titles = SLB_ERROR_FAMILIES.map((family) => locale.families[family].title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});

describe('component strings', () => {
  it('Chinese has every key, with full-width punctuation', () => {
    expect(Object.keys(zhCN.ui ?? {}).sort()).toEqual(Object.keys(SLB_UI_STRINGS_EN).sort());
    for (const [key, text] of Object.entries(zhCN.ui ?? {})) {
      // "{count}" and other placeholders stand for numbers and words: fill them before checking spacing.
      expect(
        chineseProblems(
          text
            .replace(/\{\w+\}/g, ' 3 ')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
        key,
      ).toEqual([]);
    }
  });

  it('placeholders are the same in both languages', () => {
    for (const [key, text] of Object.entries(SLB_UI_STRINGS_EN)) {
      const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(zhCN.ui?.[key as keyof typeof SLB_UI_STRINGS_EN] ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('the checks themselves', () => {
  it('catch ASCII punctuation and missing spaces in Chinese', () => {
    expect(chineseProblems('错误码:InvalidParameter')).toEqual(['ASCII ":" beside Chinese']);
    expect(chineseProblems('请检查IP 地址')).toEqual(['no space in "查I"']);
    expect(chineseProblems('请输入 1 到 65535 之间的端口。')).toEqual([]);
  });
});
