// One object for everything the kit shares across an app: the error queue, the retry
// coordinator (budget and throttling cooldown), the retry policy and the InlineError registry.
// Give the same client to the provider and to the TanStack adapter.
import { SlbRetryCoordinator } from './coordinator.js';
import { SlbFieldRegistry } from './fields.js';
import { type SlbRetryPolicy, resolvePolicy } from './policy.js';
import { SlbErrorQueue } from './queue.js';

export interface SlbErrorClientOptions {
  /** Retry policy for every hook and query using this client; its `budget` sizes the shared coordinator. */
  readonly retryPolicy?: Partial<SlbRetryPolicy> | undefined;
  /** Most entries the queue keeps; the oldest go first. @defaultValue 50 */
  readonly maxEntries?: number | undefined;
  /** Clock, for tests. @defaultValue Date.now */
  readonly now?: (() => number) | undefined;
}

export interface SlbErrorClient {
  readonly queue: SlbErrorQueue;
  readonly coordinator: SlbRetryCoordinator;
  readonly retryPolicy: SlbRetryPolicy;
  /** Which fields have a mounted InlineError (placement reads it). */
  readonly fields: SlbFieldRegistry;
}

/**
 * The queue, coordinator, policy and field registry an app shares.
 *
 * @example
 * const client = createSlbErrorClient({ retryPolicy: { maxAttempts: 4 } });
 * <SlbErrorProvider client={client}>…</SlbErrorProvider>
 */
export function createSlbErrorClient(options: SlbErrorClientOptions = {}): SlbErrorClient {
  const retryPolicy = resolvePolicy(options.retryPolicy);
  const now = options.now ?? Date.now;
  return {
    queue: new SlbErrorQueue({ ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }), now }),
    coordinator: new SlbRetryCoordinator(retryPolicy.budget, now),
    retryPolicy,
    fields: new SlbFieldRegistry(),
  };
}
