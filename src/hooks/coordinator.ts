// One retry budget and one throttling cooldown, shared by every hook under a provider, so
// that many components failing at once do not multiply calls against a throttled API.
import type { SlbErrorReport } from '../core/types.js';
import { DEFAULT_RETRY_POLICY, type SlbRetryPolicy } from './policy.js';

type Listener = () => void;

export class SlbRetryCoordinator {
  private tokens: number;
  private cooldown = 0;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly budget: SlbRetryPolicy['budget'] = DEFAULT_RETRY_POLICY.budget,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = budget.maxTokens;
  }

  /** Epoch ms until which no hook should call again after throttling; 0 when none holds. */
  get cooldownUntil(): number {
    return this.cooldown > this.now() ? this.cooldown : 0;
  }

  /** Epoch ms the latest cooldown ends at, past or not: a stable snapshot for subscribers. */
  get cooldownEnd(): number {
    return this.cooldown;
  }

  /** The earliest a retry of `report` may go: its server hint or the shared cooldown, whichever is later. */
  waitBefore(report: Pick<SlbErrorReport, 'retryAfterMs'>): number {
    return Math.max(report.retryAfterMs ?? 0, this.cooldown - this.now());
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
    if (ms <= 0 || until <= this.cooldown) return;
    this.cooldown = until;
    this.emit();
  }

  recordSuccess(): void {
    this.tokens = Math.min(this.budget.maxTokens, this.tokens + this.budget.tokenRatio);
  }

  /** Tells listeners (the Retry buttons' countdowns) that the cooldown moved. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
