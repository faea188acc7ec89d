// @vitest-environment node
// What a machine can check of the kit's words (docs/content.md): both languages present and
// saying the same numbers, Chinese typography, no API names, nothing that blames the user.
import { describe, expect, it } from 'vitest';
import { ALB_ERROR_CATALOG, alb } from '../../src/alb/index.ts';
import {
  SLB_ERROR_FAMILIES,
  type SlbDocumentedRow,
  type SlbLocaleOption,
  classifySlbError,
} from '../../src/core/index.ts';
import { SLB_UI_STRINGS_EN } from '../../src/components/strings.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { albZhCN } from '../../src/locales/alb/zh-CN.ts';
import { en } from '../../src/locales/en.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';
import { nlbZhCN } from '../../src/locales/nlb/zh-CN.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { NLB_ERROR_CATALOG, nlb } from '../../src/nlb/index.ts';
import { loadResolvedWords } from './catalog-build.ts';
import { HOST_IDS } from '../sdk/harness.mjs';
import { ALL_ENTRIES } from './report-checks.ts';

const CJK = /[\u3400-\u9fff]/;
// API parameter and internal names a user never sees on the console's screen.
const API_NAMES =
  /\b(?:ListenerPort|VServerGroupId|ServerCertificateId|ServerCertificate|PrivateKey|LoadBalancerSpec|LoadBalancerName|MasterZoneId|RegionId|BackendServers|RuleList|SourceItems|OwnerId|OwnerAccount|VSwitchId|AddressType|ClientToken|CommodityCode|Rspool|RsList|VServer|vip|lb_type)\b/;
const BLAME_EN = /\billegal\b|invalid user|\byou failed\b|\byour fault\b/i;
const BLAME_ZH = /非法|您的错误/;

const LOCALES: Record<'clb' | 'alb' | 'nlb', { en: SlbLocaleOption; zh: SlbLocaleOption }> = {
  clb: { en, zh: zhCN },
  alb: { en: [en, albEn], zh: [zhCN, albZhCN] },
  nlb: { en: [en, nlbEn], zh: [zhCN, nlbZhCN] },
};

/** A row's error as its product's server sends it, under one of the actions that document it. */
function reportsOf(entry: SlbDocumentedRow, product: 'clb' | 'alb' | 'nlb') {
  const body = {
    // A code with `%s` in it stands for any resource: one no row of its own names.
    Code: entry.code.replace('%s', 'probeResource'),
    Message: entry.message,
    HostId: HOST_IDS[product],
    RequestId: 'REQ-1234',
  };
  const options = { products: [alb, nlb], action: entry.actions[0] };
  return {
    en: classifySlbError({ ...body, statusCode: entry.status }, { ...options, locale: LOCALES[product].en }),
    zh: classifySlbError({ ...body, statusCode: entry.status }, { ...options, locale: LOCALES[product].zh }),
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

describe('every row reads right in English and Chinese', async () => {
  const expected = await loadResolvedWords();
  const rows = [
    ...ALL_ENTRIES.map((entry) => ['clb', entry] as const),
    ...ALB_ERROR_CATALOG.map((entry) => ['alb', entry] as const),
    ...NLB_ERROR_CATALOG.map((entry) => ['nlb', entry] as const),
  ];
  it.each(rows.map(([product, entry]) => [entry.id, product, entry] as const))('%s', (id, product, entry) => {
    const { en: english, zh } = reportsOf(entry, product);
    expect(english.row?.id, 'classifies to its own row').toBe(id);
    // The words the generator resolves (docs/catalog.md shows them) are the words a report carries.
    expect({ title: english.title, description: english.description }).toEqual(expected.get(id)?.['en']);
    expect({ title: zh.title, description: zh.description }).toEqual(expected.get(id)?.['zh-CN']);
    for (const report of [english, zh]) {
      expect(report.title.trim()).not.toBe('');
      expect(report.title).not.toMatch(/[.。]$/);
      expect(report.description).not.toMatch(API_NAMES);
      expect(report.title).not.toMatch(API_NAMES);
      expect(report.description).not.toMatch(/%s|\{\w+\}/);
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
