'use client';
import type { SlbIntent } from '../../catalog/types.js';
import { INTENT_LINK } from '../../core/links.js';
import type { SlbUiStrings } from '../../core/locale.js';
import type { SlbErrorReport, SlbLinkKind } from '../../core/types.js';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbRetryProgress } from '../../engine/queue.js';
import { accessRequestText } from '../details/supportText.js';
import { useSlbStrings } from '../strings.js';

/** The one thing a surface offers first for an error, decided by its intent. */
export type SlbPrimaryAction =
  | {
      readonly kind: 'retry';
      readonly intent: SlbIntent;
      readonly label: string;
      readonly onRetry: () => void;
      readonly status: SlbRetryProgress | null;
    }
  | { readonly kind: 'button'; readonly intent: SlbIntent; readonly label: string; readonly onClick: () => void }
  | { readonly kind: 'link'; readonly intent: SlbIntent; readonly label: string; readonly href: string }
  | {
      readonly kind: 'copy';
      readonly intent: SlbIntent;
      readonly label: string;
      /** What goes to the clipboard. */
      readonly text: string;
      readonly copiedMessage: string;
    };

/** The label of each intent's primary action; `null` where the user has nothing to press. */
export const PRIMARY_LABEL: Readonly<Record<SlbIntent, keyof SlbUiStrings | null>> = {
  retry: 'retry',
  'fix-input': null,
  billing: 'goToBilling',
  quota: 'increaseQuota',
  ticket: 'openTicket',
  permission: 'requestPermission',
  'verify-account': 'verifyAccount',
  'sign-in': 'signInAgain',
  refresh: 'refresh',
  none: null,
};

/** The report link each intent's primary action follows: the intent's own link, or the ticket for `ticket`. */
export function primaryLinkOf(intent: SlbIntent): SlbLinkKind | null {
  return intent === 'ticket' ? 'ticket' : INTENT_LINK[intent];
}

/** Errors nobody recognised tell the user to open a ticket: they get the ticket action to do it. */
function offersTicket(report: SlbErrorReport): boolean {
  return report.intent === 'none' && report.family === 'unknown';
}

export interface PrimaryActionOptions {
  /** Runs the failed operation again; without it a `retry` report offers no Retry button. */
  readonly onRetry?: (() => void) | undefined;
  /** Live retry state: waiting shows a countdown, running shows "Retrying…". */
  readonly retryProgress?: SlbRetryProgress | null | undefined;
}

function reload(): void {
  if (typeof window !== 'undefined') window.location.reload();
}

/** The primary action of a report, wired to the provider's `onRefresh` / `onSignIn`; `null` when there is none. */
export function usePrimaryAction(
  report: SlbErrorReport | null,
  options: PrimaryActionOptions = {},
): SlbPrimaryAction | null {
  const { onRefresh, onSignIn } = useSlbErrorContext();
  const strings = useSlbStrings();
  if (report === null) return null;
  const { intent } = report;
  const labelKey = PRIMARY_LABEL[intent];
  const label = labelKey === null ? '' : strings[labelKey];
  const link = (kind = primaryLinkOf(intent), text = label): SlbPrimaryAction | null => {
    const href = kind === null ? undefined : report.links[kind];
    return href === undefined ? null : { kind: 'link', intent, label: text, href };
  };
  switch (intent) {
    case 'retry':
      return options.onRetry
        ? { kind: 'retry', intent, label, onRetry: options.onRetry, status: options.retryProgress ?? null }
        : null;
    case 'refresh':
      return { kind: 'button', intent, label, onClick: onRefresh ?? reload };
    case 'sign-in':
      return onSignIn ? { kind: 'button', intent, label, onClick: onSignIn } : link();
    case 'permission':
      // The requester cannot grant themselves anything: they get a request to send an administrator.
      return {
        kind: 'copy',
        intent,
        label,
        text: accessRequestText(report, strings),
        copiedMessage: strings.accessRequestCopied,
      };
    case 'billing':
    case 'quota':
    case 'ticket':
    case 'verify-account':
      return link();
    case 'none':
      return offersTicket(report) ? link('ticket', strings.openTicket) : null;
    case 'fix-input':
      return null;
    default:
      return intent satisfies never;
  }
}
