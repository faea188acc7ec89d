// Languages registered by tag. Kept apart from the English text, so that a locale module that
// registers itself does not pull English into its bundle.
import type { SlbLocale, SlbLocaleTag } from './locale.js';

export const registry = new Map<SlbLocaleTag, SlbLocale>();

/**
 * Makes a language available by its tag, so `{ locale: 'zh-CN' }` works everywhere
 * (the classifier, the provider). Passing the locale object itself needs no registration.
 */
export function registerSlbLocale(locale: SlbLocale): void {
  registry.set(locale.tag, locale);
}
