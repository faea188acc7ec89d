// The retry policy: pure functions of a report, an attempt number and the settings.
import type { SlbErrorReport } from '../core/types.js';

/** Retry settings. Attempts count the first call, as in AWS SDKs and gRPC. */
export interface SlbRetryPolicy {
  /** Total attempts of one run, the first included; `1` turns automatic retries off. @defaultValue 3 */
  readonly maxAttempts: number;
  /** Backoff base for transient failures. @defaultValue 300 */
  readonly baseDelayMs: number;
  /** Backoff base after throttling. @defaultValue 1000 */
  readonly throttledBaseDelayMs: number;
  /** Cap of one backoff delay. @defaultValue 20000 */
  readonly maxDelayMs: number;
  /** A server hint longer than this stops automatic retries; the user may retry when it passes. @defaultValue 60000 */
  readonly maxWaitMs: number;
  /** Shared retry budget (gRPC retry throttling): each retried failure costs 1, each success refunds `tokenRatio`; retries stop while tokens ≤ half. @defaultValue { maxTokens: 10, tokenRatio: 0.1 } */
  readonly budget: { readonly maxTokens: number; readonly tokenRatio: number };
  /** Source of randomness for jitter, in [0, 1). @defaultValue Math.random */
  readonly random: () => number;
}

export const DEFAULT_RETRY_POLICY: SlbRetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 300,
  throttledBaseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxWaitMs: 60_000,
  budget: { maxTokens: 10, tokenRatio: 0.1 },
  random: Math.random,
};

/** Why automatic retrying stopped. */
export type SlbStopReason =
  'not-retryable' | 'attempts' | 'budget' | 'unsafe-write' | 'wait-too-long' | 'cancelled' | 'disabled';

export function resolvePolicy(...parts: ReadonlyArray<Partial<SlbRetryPolicy> | undefined>): SlbRetryPolicy {
  let policy = DEFAULT_RETRY_POLICY;
  for (const part of parts) if (part) policy = { ...policy, ...part };
  return policy;
}

/**
 * Full-jitter exponential backoff, `random() * min(cap, base * 2^retryIndex)`, never sooner
 * than `floorMs` (the server's hint or a shared cooldown). Above a floor, a spread of up to a
 * tenth of it keeps clients that got the same hint from returning in the same millisecond.
 */
export function computeRetryDelay(
  report: Pick<SlbErrorReport, 'throttled'>,
  retryIndex: number,
  policy: SlbRetryPolicy,
  floorMs = 0,
): number {
  const base = report.throttled ? policy.throttledBaseDelayMs : policy.baseDelayMs;
  const ceiling = Math.min(policy.maxDelayMs, base * 2 ** retryIndex);
  const jitter = Math.floor(policy.random() * ceiling);
  if (floorMs <= 0) return jitter;
  return Math.max(jitter, Math.ceil(floorMs + policy.random() * 0.1 * floorMs));
}

/**
 * A write whose outcome is unknown (timeout, network failure, 5xx) may have happened on the
 * server; without a ClientToken a second call could create a second resource.
 */
export function isOutcomeUnknown(report: SlbErrorReport): boolean {
  return (
    report.origin === 'timeout' ||
    report.origin === 'network' ||
    report.origin === 'bad-response' ||
    (report.status !== null && report.status >= 500)
  );
}

/** What `decideRetry` needs to know about one failed attempt. */
export interface SlbRetryQuestion {
  readonly report: SlbErrorReport;
  /** Attempts made so far, the failed one included: 1 after the first call. */
  readonly attempt: number;
  readonly policy: SlbRetryPolicy;
  /** The shared budget and cooldown (read, never changed here). */
  readonly coordinator: {
    waitBefore(report: Pick<SlbErrorReport, 'retryAfterMs'>): number;
    canRetry(): boolean;
  };
  /** The call writes, and repeating it is not known to be safe (no ClientToken). @defaultValue false */
  readonly unsafeWrite?: boolean | undefined;
  /** A delay chosen earlier for this failure (TanStack asks for the delay before the verdict). */
  readonly delayMs?: number | undefined;
}

/** Retry after `delayMs`, or stop; either way, hold the shared cooldown for `holdMs` (0: none). */
export type SlbRetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly holdMs: number }
  | { readonly retry: false; readonly stopReason: SlbStopReason; readonly holdMs: number };

/** A policy's attempts as a whole number of at least 1 (a policy from an app may hold anything). */
export const attemptsOf = (policy: Pick<SlbRetryPolicy, 'maxAttempts'>): number =>
  Number.isFinite(policy.maxAttempts) ? Math.max(1, Math.floor(policy.maxAttempts)) : 1;

/**
 * The one retry decision, for the hook's runner and the TanStack adapter alike. Stops, in this
 * order: not retryable, retries off, attempts used up, a write whose outcome is unknown, a
 * server hint longer than `maxWaitMs`, the shared budget spent. A throttled failure holds the
 * shared cooldown: for the retry's delay when it retries, for the server's hint (or the
 * throttled base delay) when it stops, so no other call under the coordinator hammers on.
 * See docs/architecture.md, "The retry decision".
 */
export function decideRetry(question: SlbRetryQuestion): SlbRetryDecision {
  const { report, attempt, policy, coordinator, unsafeWrite = false } = question;
  const maxAttempts = attemptsOf(policy);
  const floor = coordinator.waitBefore(report);
  const stopReason = ((): SlbStopReason | null => {
    if (!report.retryable) return 'not-retryable';
    if (maxAttempts <= 1) return 'disabled';
    if (attempt >= maxAttempts) return 'attempts';
    if (unsafeWrite && isOutcomeUnknown(report)) return 'unsafe-write';
    if (floor > policy.maxWaitMs) return 'wait-too-long';
    if (!coordinator.canRetry()) return 'budget';
    return null;
  })();
  if (stopReason !== null) {
    const holdMs = report.throttled ? (report.retryAfterMs ?? policy.throttledBaseDelayMs) : 0;
    return { retry: false, stopReason, holdMs };
  }
  const delayMs = question.delayMs ?? computeRetryDelay(report, attempt - 1, policy, floor);
  return { retry: true, delayMs, holdMs: report.throttled ? delayMs : 0 };
}
