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
