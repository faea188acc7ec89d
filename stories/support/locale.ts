// The toolbar's language as the kit's locale, for the preview's provider and the play functions.
import { en } from '../../src/core/index.ts';
import { type SlbLocale } from '../../src/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { pseudoAccented, pseudoRtl } from './pseudo.ts';

export interface StoryLocale {
  /** The words the kit uses. */
  readonly locale: SlbLocale;
  /** The page's `lang`. */
  readonly lang: string;
  /** A direction the language imposes (the right-to-left pseudo-locale); otherwise the toolbar's. */
  readonly dir?: 'rtl';
}

const LOCALES: Readonly<Record<string, StoryLocale>> = {
  en: { locale: en, lang: 'en' },
  'zh-CN': { locale: zhCN, lang: 'zh-CN' },
  // Pseudo-locales carry BCP 47's private-use regions, so nobody mistakes them for a language.
  'en-XA': { locale: pseudoAccented, lang: 'en-XA' },
  'ar-XB': { locale: pseudoRtl, lang: 'ar-XB', dir: 'rtl' },
};

/** The toolbar's language (`globals.locale`), English when unset or unknown. */
export function storyLocale(globals: Readonly<Record<string, unknown>>): StoryLocale {
  const key = globals['locale'];
  return (typeof key === 'string' ? LOCALES[key] : undefined) ?? LOCALES['en']!;
}

/** The toolbar's choices. */
export const LOCALE_ITEMS = [
  { value: 'en', title: 'English' },
  { value: 'zh-CN', title: '简体中文' },
  { value: 'en-XA', title: 'Pseudo: accented, long' },
  { value: 'ar-XB', title: 'Pseudo: right to left' },
] as const;
