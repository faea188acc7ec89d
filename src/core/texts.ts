// English text (built in) and the choice of language for a report.
import type { SlbLocale, SlbLocaleTag } from './locale.js';

/** English: report titles and fallback descriptions. Catalog descriptions are English already. */
export const en: SlbLocale = {
  tag: 'en',
  titles: {
    retry: 'The request did not go through',
    'fix-input': 'Check your input',
    billing: 'Payment required',
    quota: 'Quota reached',
    ticket: 'Contact support',
    permission: 'Permission required',
    'verify-account': 'Account verification required',
    'sign-in': 'Sign in again',
    refresh: 'This view is out of date',
    none: 'The operation could not be completed',
  },
  fallback: {
    network: 'The console could not reach the SLB service. Check your network connection, then try again.',
    timeout: 'The SLB service did not answer in time. Try again.',
    'bad-response': 'The SLB service sent an unexpected response. Try again later.',
    aborted: 'The request was cancelled.',
    server: 'The SLB service had a temporary problem. Try again later.',
    unknown: 'Something went wrong. If it keeps happening, open a ticket with the request ID.',
  },
  descriptions: {},
};

const registry = new Map<SlbLocaleTag, SlbLocale>([['en', en]]);

/**
 * Makes a language available by its tag, so `{ locale: 'zh-CN' }` works everywhere
 * (the classifier, the provider). Passing the locale object itself needs no registration.
 */
export function registerSlbLocale(locale: SlbLocale): void {
  registry.set(locale.tag, locale);
}

/** The locale object for an option; an unregistered tag falls back to English. */
export function resolveLocale(option: SlbLocaleTag | SlbLocale | undefined): SlbLocale {
  if (option === undefined) return en;
  if (typeof option === 'string') return registry.get(option) ?? en;
  return option;
}
