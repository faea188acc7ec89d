// The toolbar's language as the kit's locale, for the preview's provider and the play functions.
import type { SlbLocale, SlbLocaleOption, SlbWords } from '../../src/core/index.ts';
import { baseLocaleOf } from '../../src/core/locale.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { albZhCN } from '../../src/locales/alb/zh-CN.ts';
import { en } from '../../src/locales/en.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';
import { nlbZhCN } from '../../src/locales/nlb/zh-CN.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { pseudoAccented, pseudoRtl } from './pseudo.ts';

/** The language of a `locale` option (its first entry, when it lists product words too). */
export function baseOf(option: SlbLocaleOption | undefined): SlbLocale {
  return baseLocaleOf(option) ?? en;
}

/** How a `locale` option names a parameter: the words of any product it carries, else the parameter. */
export function labelOf(option: SlbLocaleOption | undefined, field: string): string {
  const packs: readonly SlbWords[] =
    option === undefined ? [en] : Array.isArray(option) ? option : [option as SlbLocale];
  return packs.find((words) => words.fields[field] !== undefined)?.fields[field] ?? field;
}

export interface StoryLocale {
  /** The words the kit uses: the language, and ALB's and NLB's words in it. */
  readonly locale: SlbLocaleOption;
  /** The page's `lang`. */
  readonly lang: string;
  /** A direction the language imposes (the right-to-left pseudo-locale); otherwise the toolbar's. */
  readonly dir?: 'rtl';
}

const LOCALES: Readonly<Record<string, StoryLocale>> = {
  en: { locale: [en, albEn, nlbEn], lang: 'en' },
  'zh-CN': { locale: [zhCN, albZhCN, nlbZhCN], lang: 'zh-CN' },
  // Pseudo-locales carry BCP 47's private-use regions, so nobody mistakes them for a language.
  'en-XA': { locale: pseudoAccented, lang: 'en-XA' },
  'ar-XB': { locale: pseudoRtl, lang: 'ar-XB', dir: 'rtl' },
};

/** The toolbar's language (`globals.locale`), English when unset or unknown. */
export function storyLocale(globals: Readonly<Record<string, unknown>>): StoryLocale & { readonly base: SlbLocale } {
  const key = globals['locale'];
  const chosen = (typeof key === 'string' ? LOCALES[key] : undefined) ?? LOCALES['en']!;
  return { ...chosen, base: baseOf(chosen.locale) };
}

/** The toolbar's choices. */
export const LOCALE_ITEMS = [
  { value: 'en', title: 'English' },
  { value: 'zh-CN', title: '简体中文' },
  { value: 'en-XA', title: 'Pseudo: accented, long' },
  { value: 'ar-XB', title: 'Pseudo: right to left' },
] as const;
