// The one retry decision the hook's runner and the TanStack adapter share.
import { describe, expect, it } from 'vitest';
import { resolvePolicy, SlbRetryCoordinator } from '../../src/engine/index.ts';
import { decideRetry } from '../../src/engine/policy.ts';
import { classifySlbError } from '../../src/core/index.ts';
import { badPort, fixedRandom, throttled, timeout, unavailable } from './helpers.ts';

const policy = resolvePolicy({ random: fixedRandom(0) });
const report = (caught: unknown) => classifySlbError(caught);

describe('decideRetry', () => {
  it('stops in the documented order, and says why', () => {
    const coordinator = new SlbRetryCoordinator();
    const ask = (caught: unknown, attempt: number, extra: Partial<Parameters<typeof decideRetry>[0]> = {}) =>
      decideRetry({ report: report(caught), attempt, policy, coordinator, ...extra });
    expect(ask(badPort(), 1)).toMatchObject({ retry: false, stopReason: 'not-retryable' });
    expect(ask(unavailable(), 1, { policy: resolvePolicy({ maxAttempts: 1 }) })).toMatchObject({
      retry: false,
      stopReason: 'disabled',
    });
    expect(ask(unavailable(), 3)).toMatchObject({ retry: false, stopReason: 'attempts' });
    expect(ask(timeout(), 1, { unsafeWrite: true })).toMatchObject({ retry: false, stopReason: 'unsafe-write' });
    expect(ask(timeout(), 1, { unsafeWrite: false })).toMatchObject({ retry: true });
    expect(ask(throttled(61_000), 1)).toMatchObject({ retry: false, stopReason: 'wait-too-long' });
    for (let i = 0; i < 6; i++) coordinator.recordFailure(report(unavailable()));
    expect(ask(unavailable(), 1)).toMatchObject({ retry: false, stopReason: 'budget' });
  });

  it('waits at least the server hint or the shared cooldown, and holds the cooldown only for throttling', () => {
    // A fixed clock: the cooldown's remaining time must not shrink between holding and asking.
    const coordinator = new SlbRetryCoordinator(undefined, () => 1_000_000);
    expect(decideRetry({ report: report(throttled(4000)), attempt: 1, policy, coordinator })).toEqual({
      retry: true,
      delayMs: 4000,
      holdMs: 4000,
    });
    expect(decideRetry({ report: report(unavailable()), attempt: 1, policy, coordinator })).toEqual({
      retry: true,
      delayMs: 0,
      holdMs: 0,
    });
    coordinator.holdFor(2500);
    const during = decideRetry({ report: report(unavailable()), attempt: 1, policy, coordinator });
    expect(during.retry && during.delayMs).toBeGreaterThanOrEqual(2500);
  });

  it('a throttled failure that stops holds the server hint (or the throttled base delay)', () => {
    const coordinator = new SlbRetryCoordinator();
    expect(decideRetry({ report: report(throttled(5000)), attempt: 3, policy, coordinator })).toEqual({
      retry: false,
      stopReason: 'attempts',
      holdMs: 5000,
    });
    expect(decideRetry({ report: report(throttled()), attempt: 3, policy, coordinator })).toMatchObject({
      holdMs: policy.throttledBaseDelayMs,
    });
  });

  it('keeps a delay chosen earlier, and never changes the coordinator', () => {
    const coordinator = new SlbRetryCoordinator();
    const decision = decideRetry({ report: report(throttled(1000)), attempt: 1, policy, coordinator, delayMs: 1234 });
    expect(decision).toEqual({ retry: true, delayMs: 1234, holdMs: 1234 });
    expect(coordinator.cooldownUntil).toBe(0);
    expect(coordinator.canRetry()).toBe(true);
  });
});
