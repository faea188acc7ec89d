// TanStack Query adapter: the kit's retry policy as `retry`/`retryDelay`, and cache `onError`
// handlers that send failures to the error queue. `@tanstack/react-query` is only a type here.
import type { Query } from '@tanstack/react-query';
import { classifySlbError } from '../core/classify.js';
import type { SlbClassifyOptions, SlbErrorReport } from '../core/types.js';
import type { SlbErrorClient } from '../engine/client.js';
import { SlbRetryCoordinator, foreignBudgetWarning } from '../engine/coordinator.js';
import { tellTelemetry } from '../engine/link.js';
import { type SlbRetryPolicy, computeRetryDelay, decideRetry, resolvePolicy } from '../engine/policy.js';

export interface SlbQueryRetryOptions {
  /** Share the policy, the retry budget and the cooldown with the hooks: the provider's client. */
  readonly client?: SlbErrorClient;
  /** Refines the client's retry policy (or the default one without a client). */
  readonly retryPolicy?: Partial<SlbRetryPolicy>;
  readonly classify?: SlbClassifyOptions;
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
 * const { retry, retryDelay } = slbQueryRetry({ client });
 * new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
 */
export function slbQueryRetry(options: SlbQueryRetryOptions = {}): SlbQueryRetry {
  const policy = resolvePolicy(options.client?.retryPolicy, options.retryPolicy);
  const coordinator = options.client?.coordinator ?? new SlbRetryCoordinator(policy.budget);
  const warning = foreignBudgetWarning(coordinator, options.retryPolicy?.budget, 'slbQueryRetry');
  if (warning !== null) console.warn(warning);
  const reports = new WeakMap<object, SlbErrorReport>();
  const delays = new WeakMap<object, number>();
  const classify = (error: unknown): SlbErrorReport => {
    if (typeof error !== 'object' || error === null) return classifySlbError(error, options.classify);
    let report = reports.get(error);
    if (!report) {
      report = classifySlbError(error, options.classify);
      reports.set(error, report);
    }
    return report;
  };
  return {
    // TanStack asks for the delay before it asks whether to retry; only `retry` commits anything.
    retryDelay(failureCount, error) {
      const report = classify(error);
      const delay = computeRetryDelay(report, failureCount, policy, coordinator.waitBefore(report));
      if (typeof error === 'object' && error !== null) delays.set(error, delay);
      return delay;
    },
    retry(failureCount, error) {
      const report = classify(error);
      coordinator.recordFailure(report);
      const decision = decideRetry({
        report,
        // TanStack counts failures before this one; the kit counts attempts, this one included.
        attempt: failureCount + 1,
        policy,
        coordinator,
        unsafeWrite: options.write === true && options.idempotent !== true,
        delayMs: typeof error === 'object' && error !== null ? delays.get(error) : undefined,
      });
      if (decision.holdMs > 0) coordinator.holdFor(decision.holdMs);
      return decision.retry;
    },
  };
}

export interface SlbCacheHandlerOptions {
  /** The provider's client: failures go to its queue, successes refill its retry budget. */
  readonly client: SlbErrorClient;
  readonly classify?: SlbClassifyOptions;
  readonly onReport?: (report: SlbErrorReport) => void;
}

type CachedQuery = Pick<Query, 'fetch' | 'queryHash'>;

/**
 * `QueryCache` handlers: a failed query (after its retries) goes to the queue once, with a Retry
 * action that refetches it; its later success takes the entry away and refills the retry budget.
 *
 * @example
 * const client = createSlbErrorClient();
 * new QueryClient({ queryCache: new QueryCache(slbQueryCacheHandlers({ client })) });
 * <SlbErrorProvider client={client}>…</SlbErrorProvider>
 */
export function slbQueryCacheHandlers(options: SlbCacheHandlerOptions) {
  const entries = new Map<string, string>();
  return {
    onError(error: unknown, query: CachedQuery): void {
      const report = classifySlbError(error, options.classify);
      if (report.origin === 'aborted') return;
      tellTelemetry(options, report);
      const owner = `query:${query.queryHash}`;
      const retry = () => {
        void query.fetch().catch(() => undefined);
      };
      entries.set(query.queryHash, options.client.queue.push(report, { retry }, null, owner));
    },
    onSuccess(_data: unknown, query: CachedQuery): void {
      options.client.coordinator.recordSuccess();
      const id = entries.get(query.queryHash);
      if (id === undefined) return;
      entries.delete(query.queryHash);
      options.client.queue.release(id, `query:${query.queryHash}`, { outcome: 'succeeded' });
    },
  };
}

/** `MutationCache` handlers: each failed mutation goes to the queue once (a write is not re-run for you). */
export function slbMutationCacheHandlers(options: SlbCacheHandlerOptions) {
  return {
    onError(error: unknown): void {
      const report = classifySlbError(error, options.classify);
      // An abort is nobody's error; a passed dry run (DryRunOperation) is no failure to show.
      if (report.origin === 'aborted' || report.family === 'dry-run') return;
      tellTelemetry(options, report);
      options.client.queue.push(report);
    },
    onSuccess(): void {
      options.client.coordinator.recordSuccess();
    },
  };
}
