// TanStack Query adapter: the kit's retry policy as `retry`/`retryDelay`, and cache `onError`
// handlers that send failures to the error queue. `@tanstack/react-query` is only a type here.
import type { Query } from '@tanstack/react-query';
import { classifySlbError } from '../core/classify.js';
import type { SlbClassifyOptions, SlbErrorReport } from '../core/types.js';
import { SlbRetryCoordinator } from '../hooks/coordinator.js';
import { type SlbRetryPolicy, computeRetryDelay, isOutcomeUnknown, resolvePolicy } from '../hooks/policy.js';
import type { SlbErrorQueue } from '../hooks/queue.js';

export interface SlbQueryRetryOptions {
  readonly policy?: Partial<SlbRetryPolicy>;
  readonly classify?: SlbClassifyOptions;
  /** Share the budget and cooldown with the hooks: pass the provider's coordinator. */
  readonly coordinator?: SlbRetryCoordinator;
  /** For mutations: unknown outcomes (timeouts, 5xx) are not retried unless the write is idempotent. */
  readonly write?: boolean;
  /** The mutation passes a ClientToken, so repeating it is safe. @defaultValue false */
  readonly idempotent?: boolean;
}

export interface SlbQueryRetry {
  /** TanStack `retry`: `failureCount` is 0 before the first retry. */
  readonly retry: (failureCount: number, error: unknown) => boolean;
  /** TanStack `retryDelay`: full-jitter backoff, never sooner than the server's hint or the cooldown. */
  readonly retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * The kit's retry policy for TanStack Query.
 *
 * @example
 * const { retry, retryDelay } = slbQueryRetry();
 * new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
 */
export function slbQueryRetry(options: SlbQueryRetryOptions = {}): SlbQueryRetry {
  const policy = resolvePolicy(options.policy);
  const coordinator = options.coordinator ?? new SlbRetryCoordinator(policy.budget);
  const cache = new WeakMap<object, SlbErrorReport>();
  const classify = (error: unknown): SlbErrorReport => {
    if (typeof error !== 'object' || error === null) return classifySlbError(error, options.classify);
    let report = cache.get(error);
    if (!report) {
      report = classifySlbError(error, options.classify);
      cache.set(error, report);
    }
    return report;
  };
  return {
    retry(failureCount, error) {
      const report = classify(error);
      coordinator.recordFailure(report);
      if (!report.retryable || failureCount + 1 >= policy.maxAttempts) return false;
      if (options.write && !options.idempotent && isOutcomeUnknown(report)) return false;
      const floor = Math.max(report.retryAfterMs ?? 0, coordinator.cooldownUntil - Date.now());
      return floor <= policy.maxWaitMs && coordinator.canRetry();
    },
    retryDelay(failureCount, error) {
      const report = classify(error);
      const floor = Math.max(report.retryAfterMs ?? 0, coordinator.cooldownUntil - Date.now());
      const delay = computeRetryDelay(report, failureCount, policy, floor);
      if (report.throttled) coordinator.holdFor(delay);
      return delay;
    },
  };
}

export interface SlbCacheErrorOptions {
  readonly queue: SlbErrorQueue;
  readonly classify?: SlbClassifyOptions;
  readonly onReport?: (report: SlbErrorReport) => void;
}

/**
 * A `QueryCache` `onError`: each failed query (after its retries) goes to the queue once,
 * with a Retry action that refetches it.
 *
 * @example
 * const queue = new SlbErrorQueue();
 * new QueryClient({ queryCache: new QueryCache({ onError: slbQueryCacheOnError({ queue }) }) });
 * <SlbErrorProvider queue={queue}>…</SlbErrorProvider>
 */
export function slbQueryCacheOnError(options: SlbCacheErrorOptions) {
  return (error: unknown, query: Pick<Query, 'fetch'>): void => {
    const report = classifySlbError(error, options.classify);
    if (report.origin === 'aborted') return;
    options.onReport?.(report);
    options.queue.push(report, {
      retry: () => {
        void query.fetch().catch(() => undefined);
      },
    });
  };
}

/** A `MutationCache` `onError`: each failed mutation goes to the queue once (no automatic re-run of a write). */
export function slbMutationCacheOnError(options: SlbCacheErrorOptions) {
  return (error: unknown): void => {
    const report = classifySlbError(error, options.classify);
    if (report.origin === 'aborted') return;
    options.onReport?.(report);
    options.queue.push(report);
  };
}
