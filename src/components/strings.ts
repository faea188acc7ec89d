'use client';
import { useMemo } from 'react';
import type { SlbUiStrings } from '../core/locale.js';
import { useSlbErrorContext } from '../hooks/context.js';

/** English component strings: the defaults every locale and app override falls back to. */
export const SLB_UI_STRINGS_EN: SlbUiStrings = {
  retry: 'Retry',
  retryIn: 'Retry in {seconds} s',
  retryingIn: 'Retrying automatically in {seconds} s',
  retrying: 'Retrying…',
  retrySucceeded: 'Succeeded on retry',
  cancel: 'Cancel',
  attempt: 'Attempt {attempt} of {max}',
  dismiss: 'Dismiss',
  dismissAll: 'Dismiss all',
  details: 'Details',
  copyDetails: 'Copy details',
  detailsCopied: 'Details copied',
  labelSeparator: ': ',
  errorCode: 'Error code',
  requestId: 'Request ID',
  httpStatus: 'HTTP status',
  apiAction: 'API action',
  time: 'Time',
  attempts: 'Attempts',
  serverMessage: 'Server message',
  showAll: 'Show all',
  showLess: 'Show less',
  copy: 'Copy',
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  moreAboutError: 'More about this error',
  diagnose: 'Diagnose this request',
  openTicket: 'Open a ticket',
  goToBilling: 'Go to Billing',
  increaseQuota: 'Increase quota',
  requestPermission: 'Copy access request',
  accessRequestCopied: 'Access request copied',
  accessRequest: 'I need permission for {action} in Server Load Balancer.',
  accessRequestAny: 'I need permission for an operation in Server Load Balancer.',
  ramConsole: 'RAM console (for administrators)',
  deniedAction: 'Denied action',
  viewPolicy: 'View policy',
  copyPolicy: 'Copy policy',
  policyCopied: 'Policy copied',
  policyLabel: 'Least-privilege RAM policy',
  verifyAccount: 'Verify account',
  signInAgain: 'Sign in again',
  refresh: 'Refresh',
  notifications: 'Notifications',
  moreNotifications: '+{count} more',
  stackPosition: '{index} of {count}',
  showAllNotifications: 'Show all ({count})',
  countErrors: 'Errors: {count}',
  countWarnings: 'Warnings: {count}',
  countNotices: 'Notices: {count}',
  moreBanners: 'Show {count} more',
  fewerBanners: 'Show fewer',
  repeated: '×{count}',
  repeatedLabel: 'Occurred {count} times',
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
