// The choice of language for a report. English is built in; other languages register or are passed.
import { en } from './en.generated.js';
import type { SlbLocale, SlbLocaleTag } from './locale.js';
import { registry } from './registry.js';

export { en };
export { registerSlbLocale } from './registry.js';

/** The locale object for an option; an unregistered tag (other than English) falls back to English. */
export function resolveLocale(option: SlbLocaleTag | SlbLocale | undefined): SlbLocale {
  if (option === undefined || option === 'en') return en;
  if (typeof option === 'string') return registry.get(option) ?? en;
  return option;
}
