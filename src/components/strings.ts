'use client';
import { useMemo } from 'react';
import type { SlbUiStrings } from '../core/locale.js';
import { useSlbErrorContext } from '../hooks/context.js';

/** English component strings: the defaults every locale and app override falls back to. */
export const SLB_UI_STRINGS_EN: SlbUiStrings = {
  retry: 'Retry',
  retryIn: 'Retry in {seconds}s',
  retrying: 'Retrying…',
  attempt: 'Attempt {attempt} of {max}',
  dismiss: 'Dismiss',
  requestId: 'Request ID',
  copy: 'Copy',
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  errorCode: 'Error code',
  moreAboutError: 'More about this error',
  diagnose: 'Diagnose',
  openTicket: 'Open a ticket',
  goToBilling: 'Go to Billing',
  increaseQuota: 'Increase quota',
  requestPermission: 'Request permission',
  deniedAction: 'Denied action',
  copyPolicy: 'Copy policy',
  policyCopied: 'Policy copied',
  policyLabel: 'Least-privilege RAM policy',
  verifyAccount: 'Verify account',
  signInAgain: 'Sign in again',
  refresh: 'Refresh',
  notifications: 'Notifications',
  moreNotifications: '+{count} more',
  repeated: '×{count}',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Notice',
  opensInNewTab: '(opens in a new tab)',
};

/**
 * Fills `{name}` placeholders from `vars`; unknown placeholders stay as written, so a
 * translation with a typo shows the typo instead of an empty gap.
 */
export function formatString(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return value === undefined ? match : String(value);
  });
}

/** Component strings: English, then the provider's locale, then the provider's `ui` overrides. */
export function useSlbStrings(): SlbUiStrings {
  const { locale, ui } = useSlbErrorContext();
  return useMemo(() => ({ ...SLB_UI_STRINGS_EN, ...locale.ui, ...ui }), [locale, ui]);
}
