// One retry budget and one throttling cooldown, shared by every hook under a provider, so
// that many components failing at once do not multiply calls against a throttled API.
import type { SlbErrorReport } from '../core/types.js';
import { DEFAULT_RETRY_POLICY, type SlbRetryPolicy } from './policy.js';
import { createStore } from './store.js';

export class SlbRetryCoordinator {
  private tokens: number;
  // Epoch ms the latest cooldown ends at; subscribers (the Retry buttons' countdowns) hear it move.
  private readonly cooldownStore = createStore(0);

  constructor(
    private readonly budget: SlbRetryPolicy['budget'] = DEFAULT_RETRY_POLICY.budget,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = budget.maxTokens;
  }

  /** Epoch ms until which no hook should call again after throttling; 0 when none holds. */
  get cooldownUntil(): number {
    const end = this.cooldownStore.get();
    return end > this.now() ? end : 0;
  }

  /** Epoch ms the latest cooldown ends at, past or not: a stable snapshot for subscribers. */
  get cooldownEnd(): number {
    return this.cooldownStore.get();
  }

  /** The earliest a retry of `report` may go: its server hint or the shared cooldown, whichever is later. */
  waitBefore(report: Pick<SlbErrorReport, 'retryAfterMs'>): number {
    return Math.max(report.retryAfterMs ?? 0, this.cooldownStore.get() - this.now());
  }

  /** Whether the shared budget still allows an automatic retry. */
  canRetry(): boolean {
    return this.tokens > this.budget.maxTokens / 2;
  }

  /** Counts a retryable failure against the budget. */
  recordFailure(report: SlbErrorReport): void {
    if (report.retryable) this.tokens = Math.max(0, this.tokens - 1);
  }

  /** After throttling: no hook calls again for `ms` (a longer cooldown already running wins). */
  holdFor(ms: number): void {
    const until = this.now() + ms;
    if (ms <= 0 || until <= this.cooldownStore.get()) return;
    this.cooldownStore.set(until);
  }

  recordSuccess(): void {
    this.tokens = Math.min(this.budget.maxTokens, this.tokens + this.budget.tokenRatio);
  }

  /** Tells listeners (the Retry buttons' countdowns) that the cooldown moved. */
  readonly subscribe = this.cooldownStore.subscribe;

  /** The budget this coordinator enforces (the provider warns when it is given a different one). */
  get retryBudget(): SlbRetryPolicy['budget'] {
    return this.budget;
  }
}

/**
 * The warning for a retry budget given where it cannot apply (the provider, a hook, the TanStack
 * adapter): the budget belongs to the client's coordinator. `null` when `budget` is absent or equal.
 */
export function foreignBudgetWarning(
  coordinator: SlbRetryCoordinator,
  budget: SlbRetryPolicy['budget'] | undefined,
  where: string,
): string | null {
  const own = coordinator.retryBudget;
  if (budget === undefined || (budget.maxTokens === own.maxTokens && budget.tokenRatio === own.tokenRatio)) return null;
  return (
    `slb-error-kit: ${where} retryPolicy.budget differs from its client's and is not used; ` +
    'pass it to createSlbErrorClient({ retryPolicy: { budget } }).'
  );
}
