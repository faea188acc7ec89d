import type { SlbUiStrings } from '../../core/locale.js';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbRetryProgress } from '../../engine/queue.js';
import { buildLeastPrivilegePolicy, deniedAction } from '../actions/policy.js';
import { formatString } from '../strings.js';

/** What a surface knows besides its report: when the error arrived and how retrying went. */
export interface SlbSupportContext {
  /** Epoch ms the error arrived (the latest repeat). */
  readonly time?: number | null | undefined;
  readonly retryProgress?: SlbRetryProgress | null | undefined;
}

/** The facts support asks for, as label/value pairs in the order a ticket wants them. */
export function supportFacts(
  report: SlbErrorReport,
  strings: SlbUiStrings,
  context: SlbSupportContext = {},
): Array<readonly [label: string, value: string]> {
  const facts: Array<readonly [string, string]> = [];
  if (report.code !== null) facts.push([strings.errorCode, report.code]);
  if (report.requestId !== null) facts.push([strings.requestId, report.requestId]);
  if (report.status !== null) facts.push([strings.httpStatus, String(report.status)]);
  if (report.action !== null) facts.push([strings.apiAction, report.action]);
  const denied = deniedAction(report.accessDenied);
  if (denied !== null) facts.push([strings.deniedAction, denied]);
  const { time, retryProgress } = context;
  if (typeof time === 'number' && Number.isFinite(time)) facts.push([strings.time, new Date(time).toISOString()]);
  if (retryProgress && retryProgress.maxAttempts > 1 && retryProgress.attempt > 0) {
    facts.push([
      strings.attempts,
      formatString(strings.attempt, {
        attempt: retryProgress.attempt,
        max: retryProgress.maxAttempts,
      }),
    ]);
  }
  const message = report.message.trim();
  if (message !== '') facts.push([strings.serverMessage, message]);
  return facts;
}

/** A support-ready text: the title and description, then every fact on its own line. */
export function supportText(report: SlbErrorReport, strings: SlbUiStrings, context?: SlbSupportContext): string {
  const facts = supportFacts(report, strings, context).map(
    ([label, value]) => `${label}${strings.labelSeparator}${value}`,
  );
  return [report.title, report.description, '', ...facts].join('\n');
}

/**
 * What a RAM user sends an administrator: the denied action in words, the facts that identify
 * the request, and the least-privilege policy that would allow it.
 */
export function accessRequestText(report: SlbErrorReport, strings: SlbUiStrings): string {
  const action = deniedAction(report.accessDenied);
  const lead = action === null ? strings.accessRequestAny : formatString(strings.accessRequest, { action });
  const facts = supportFacts(report, strings)
    .filter(([label]) => label !== strings.serverMessage)
    .map(([label, value]) => `${label}${strings.labelSeparator}${value}`);
  const policy = buildLeastPrivilegePolicy(report.accessDenied);
  return [
    lead,
    '',
    ...facts,
    ...(policy === null ? [] : ['', `${strings.policyLabel}${strings.labelSeparator}`, policy]),
  ].join('\n');
}
