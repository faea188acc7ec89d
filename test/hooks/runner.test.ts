// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SlbErrorReport, classifySlbError } from '../../src/core/index.ts';
import {
  DEFAULT_RETRY_POLICY,
  type SlbOperationContext,
  SlbErrorQueue,
  SlbOperationRunner,
  SlbRetryCoordinator,
  type SlbRunnerConfig,
  computeRetryDelay,
  linkRunner,
  resolvePolicy,
} from '../../src/engine/index.ts';
import { badPort, fixedRandom, throttled, timeout, unavailable } from './helpers.ts';

/** A runner whose transitions reach `queue` (or nothing, for `null`) as the hook links them. */
function linked(
  config: SlbRunnerConfig,
  target: { queue: SlbErrorQueue | null; owner?: string; onReport?: (report: SlbErrorReport) => void },
) {
  const runner = new SlbOperationRunner(config);
  linkRunner(runner, { owner: 'runner', ...target });
  return runner;
}

function makeRunner(overrides: { random?: number; write?: boolean; maxAttempts?: number } = {}) {
  const queue = new SlbErrorQueue();
  const coordinator = new SlbRetryCoordinator();
  const policy = resolvePolicy({
    random: fixedRandom(overrides.random ?? 0.5),
    ...(overrides.maxAttempts === undefined ? {} : { maxAttempts: overrides.maxAttempts }),
  });
  const onReport = vi.fn();
  const runner = linked(
    { classify: (caught) => classifySlbError(caught), policy, coordinator, write: overrides.write ?? false },
    { queue, onReport },
  );
  return { runner, queue, coordinator, onReport };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('computeRetryDelay', () => {
  it('is full jitter within [0, min(cap, base * 2^i)]', () => {
    const policy = resolvePolicy({ random: fixedRandom(0.999999) });
    expect(computeRetryDelay({ throttled: false }, 0, policy)).toBe(299);
    expect(computeRetryDelay({ throttled: false }, 3, policy)).toBe(2399);
    expect(computeRetryDelay({ throttled: true }, 0, policy)).toBe(999);
    expect(computeRetryDelay({ throttled: true }, 10, policy)).toBe(19_999);
    expect(computeRetryDelay({ throttled: false }, 0, resolvePolicy({ random: fixedRandom(0) }))).toBe(0);
  });

  it('never goes below the floor and spreads above it by at most a tenth', () => {
    const low = computeRetryDelay({ throttled: true }, 0, resolvePolicy({ random: fixedRandom(0) }), 1500);
    const high = computeRetryDelay({ throttled: true }, 0, resolvePolicy({ random: fixedRandom(0.999) }), 1500);
    expect(low).toBe(1500);
    expect(high).toBeGreaterThanOrEqual(1500);
    expect(high).toBeLessThanOrEqual(1650);
  });
});

describe('SlbOperationRunner', () => {
  it('makes maxAttempts calls for a retryable error, counting the first', async () => {
    const { runner } = makeRunner();
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const result = runner.run(operation);
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ status: 'failed', report: { code: 'ServiceUnavailable', intent: 'retry' } });
    expect(operation).toHaveBeenCalledTimes(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(runner.getSnapshot()).toMatchObject({
      status: 'failed',
      attempt: 3,
      maxAttempts: 3,
      stopReason: 'attempts',
    });
  });

  it('does not retry an error the user must fix', async () => {
    const { runner } = makeRunner();
    const operation = vi.fn(() => Promise.reject(badPort()));
    const result = await runner.run(operation);
    expect(result).toMatchObject({ status: 'failed', report: { intent: 'fix-input', field: 'ListenerPort' } });
    expect(operation).toHaveBeenCalledTimes(1);
    expect(runner.getSnapshot().stopReason).toBe('not-retryable');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits the jittered backoff between attempts', async () => {
    const { runner } = makeRunner({ random: 0.5 });
    const operation = vi.fn(() => Promise.reject(unavailable()));
    void runner.run(operation);
    await vi.advanceTimersByTimeAsync(0);
    const first = runner.getSnapshot();
    expect(first.status).toBe('waiting');
    expect(first.nextRetryAt! - Date.now()).toBe(150); // 0.5 * 300
    await vi.advanceTimersByTimeAsync(149);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(operation).toHaveBeenCalledTimes(2);
    expect(runner.getSnapshot().nextRetryAt! - Date.now()).toBe(300); // 0.5 * 600
  });

  it('never retries sooner than the server hint', async () => {
    const { runner } = makeRunner({ random: 0 });
    const operation = vi.fn(() => Promise.reject(throttled(1500)));
    void runner.run(operation);
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.getSnapshot()).toMatchObject({ status: 'waiting', report: { throttled: true, retryAfterMs: 1500 } });
    await vi.advanceTimersByTimeAsync(1499);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(operation).toHaveBeenCalledTimes(2);
  });

  it('passes one ClientToken to every attempt of a run and a new one to the next run', async () => {
    const { runner } = makeRunner();
    const tokens: string[] = [];
    const failing = (context: SlbOperationContext) => {
      tokens.push(context.clientToken);
      return Promise.reject(unavailable());
    };
    const first = runner.run(failing);
    await vi.runAllTimersAsync();
    await first;
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);

    void runner.retry();
    await vi.runAllTimersAsync();
    expect(tokens.length).toBeGreaterThan(3); // Retry ran the operation again…
    expect(new Set(tokens).size).toBe(1); // …with the same token

    const second = runner.run(failing);
    await vi.runAllTimersAsync();
    await second;
    expect(new Set(tokens).size).toBe(2);
  });

  it('passes attempt numbers and a fresh signal per attempt', async () => {
    const { runner } = makeRunner();
    const seen: Array<[number, AbortSignal]> = [];
    void runner.run(({ attempt, signal }) => {
      seen.push([attempt, signal]);
      return Promise.reject(unavailable());
    });
    await vi.runAllTimersAsync();
    expect(seen.map(([attempt]) => attempt)).toEqual([1, 2, 3]);
    expect(new Set(seen.map(([, signal]) => signal)).size).toBe(3);
  });

  it('does not retry a write of unknown outcome without a ClientToken', async () => {
    const { runner } = makeRunner({ write: true });
    const operation = vi.fn(() => Promise.reject(timeout()));
    const result = await runner.run(operation);
    expect(result).toMatchObject({ status: 'failed', report: { intent: 'retry', origin: 'timeout' } });
    expect(operation).toHaveBeenCalledTimes(1);
    expect(runner.getSnapshot().stopReason).toBe('unsafe-write');
  });

  it('retries a write that says it passes its ClientToken (idempotent)', async () => {
    const { runner } = makeRunner({ write: true });
    const operation = vi.fn((context: SlbOperationContext) =>
      Promise.reject(Object.assign(unavailable(), { token: context.clientToken })),
    );
    void runner.run(operation, { idempotent: true });
    await vi.runAllTimersAsync();
    expect(operation).toHaveBeenCalledTimes(3);
  });

  it('does not infer idempotency from reading the token: only `idempotent: true` makes a write safe', async () => {
    const { runner } = makeRunner({ write: true });
    const operation = vi.fn(({ clientToken }: SlbOperationContext) =>
      Promise.reject(Object.assign(timeout(), { logged: clientToken })),
    );
    await runner.run(operation);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(runner.getSnapshot().stopReason).toBe('unsafe-write');
  });

  it('still retries a throttled write without a token: throttling rejects before anything runs', async () => {
    const { runner } = makeRunner({ write: true });
    const operation = vi.fn(() => Promise.reject(throttled()));
    void runner.run(operation);
    await vi.runAllTimersAsync();
    expect(operation).toHaveBeenCalledTimes(3);
  });

  it('clears the error and its queue entry after a later success', async () => {
    const { runner, queue } = makeRunner();
    let calls = 0;
    const result = runner.run(() => (++calls < 2 ? Promise.reject(unavailable()) : Promise.resolve('ok')));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]?.retryProgress).toMatchObject({ state: 'waiting', attempt: 1, maxAttempts: 3 });
    await vi.runAllTimersAsync();
    expect(await result).toEqual({ status: 'succeeded', value: 'ok' });
    expect(runner.getSnapshot()).toMatchObject({ status: 'succeeded', report: null });
    expect(queue.getSnapshot()).toHaveLength(0);
  });

  it('dismiss stops the scheduled retry and aborts nothing further', async () => {
    const { runner, queue } = makeRunner();
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const result = runner.run(operation);
    await vi.advanceTimersByTimeAsync(0);
    runner.dismiss();
    expect(await result).toEqual({ status: 'cancelled' });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(runner.getSnapshot().status).toBe('idle');
    expect(queue.getSnapshot()).toHaveLength(0);
  });

  it('dispose aborts the attempt in flight and schedules nothing afterwards', async () => {
    const { runner } = makeRunner();
    let signal: AbortSignal | undefined;
    const result = runner.run((context) => {
      signal = context.signal;
      return new Promise((_resolve, reject) => {
        context.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    });
    runner.dispose();
    expect(signal?.aborted).toBe(true);
    expect(await result).toEqual({ status: 'cancelled' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports the final failure once, redacted', async () => {
    const { runner, onReport } = makeRunner();
    const popCore = Object.assign(
      new Error('The system is busy., URL: http://127.0.0.1:1/?AccessKeyId=LTAI5tDUMMYKEYID00000000&Signature=abc'),
      {
        name: 'SystemBusyError',
        code: 'SystemBusy',
        data: { Code: 'SystemBusy', Message: 'The system is busy.', RequestId: 'REQ-449' },
        url: 'http://127.0.0.1:1/?AccessKeyId=LTAI5tDUMMYKEYID00000000&SecurityToken=CAISDUMMYSTSTOKEN0000',
        entry: { response: { statusCode: 449, headers: {} } },
      },
    );
    void runner.run(() => Promise.reject(popCore));
    await vi.runAllTimersAsync();
    expect(onReport).toHaveBeenCalledTimes(1);
    const serialised = JSON.stringify(onReport.mock.calls[0]?.[0]);
    expect(serialised).toContain('"code":"SystemBusy"');
    expect(serialised).not.toMatch(/LTAI|CAIS|Signature|127\.0\.0\.1/);
  });
});

describe('shared budget and cooldown', () => {
  it('twenty runners failing at once retry only within the shared budget', async () => {
    const queue = new SlbErrorQueue();
    const coordinator = new SlbRetryCoordinator();
    const policy = resolvePolicy({ random: fixedRandom(0.5) });
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const runners = Array.from({ length: 20 }, () =>
      linked({ classify: (caught) => classifySlbError(caught), policy, coordinator, write: false }, { queue }),
    );
    const results = runners.map((runner) => runner.run(operation));
    await vi.runAllTimersAsync();
    await Promise.all(results);
    // Without a budget: 20 × 3 = 60 calls. The budget (10 tokens, retries while > 5) allows 4 retries.
    expect(operation.mock.calls.length).toBeLessThanOrEqual(20 + 5);
    expect(runners.filter((runner) => runner.getSnapshot().stopReason === 'budget').length).toBeGreaterThan(10);
    // Repeats of one error collapse into one queue entry.
    expect(queue.getSnapshot()).toHaveLength(1);
  });

  it('a throttle makes every runner wait out the same cooldown', async () => {
    const coordinator = new SlbRetryCoordinator();
    const policy = resolvePolicy({ random: fixedRandom(0) });
    const make = () =>
      linked({ classify: (caught) => classifySlbError(caught), policy, coordinator, write: false }, { queue: null });
    const first = make();
    const second = make();
    const throttledCall = vi.fn(() => Promise.reject(throttled(5000)));
    const otherCall = vi.fn(() => Promise.reject(throttled()));
    void first.run(throttledCall);
    await vi.advanceTimersByTimeAsync(0);
    expect(coordinator.cooldownUntil - Date.now()).toBe(5000);
    void second.run(otherCall);
    await vi.advanceTimersByTimeAsync(0);
    expect(second.getSnapshot().nextRetryAt! - Date.now()).toBeGreaterThanOrEqual(5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(otherCall).toHaveBeenCalledTimes(1);
    first.dispose();
    second.dispose();
  });
});

describe('SlbErrorQueue', () => {
  it('stays bounded and collapses a flood of 10,000 captures', () => {
    const queue = new SlbErrorQueue({ maxEntries: 50 });
    const repeated = classifySlbError(throttled());
    for (let i = 0; i < 10_000; i++) queue.push(repeated);
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]?.count).toBe(10_000);
    for (let i = 0; i < 10_000; i++)
      queue.push(classifySlbError({ Code: `Custom.Code${i}`, Message: 'x', statusCode: 400 }));
    expect(queue.getSnapshot()).toHaveLength(50);
    expect(queue.getSnapshot().at(-1)?.report.code).toBe('Custom.Code9999');
  });

  it('notifies subscribers and tells the owner on dismiss', () => {
    const queue = new SlbErrorQueue();
    const listener = vi.fn();
    const onDismiss = vi.fn();
    queue.subscribe(listener);
    const id = queue.push(classifySlbError(badPort()), { onDismiss });
    const snapshot = queue.getSnapshot();
    queue.update(id, { retryProgress: { state: 'failed', attempt: 1, maxAttempts: 1, nextRetryAt: null } });
    expect(queue.getSnapshot()).not.toBe(snapshot);
    queue.dismiss(id);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(queue.getSnapshot()).toEqual([]);
  });
});

describe('owners of a shared queue entry', () => {
  const make = (queue: SlbErrorQueue, owner: string) =>
    linked(
      {
        classify: (caught) => classifySlbError(caught),
        policy: resolvePolicy({ maxAttempts: 1 }),
        coordinator: new SlbRetryCoordinator(),
        write: false,
      },
      { queue, owner },
    );

  it("one hook's success does not remove an error another hook still has", async () => {
    const queue = new SlbErrorQueue();
    const first = make(queue, 'a');
    const second = make(queue, 'b');
    await first.run(() => Promise.reject(badPort()));
    await second.run(() => Promise.reject(badPort()));
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]).toMatchObject({ count: 2, owners: ['a', 'b'] });
    await first.run(() => Promise.resolve('ok'));
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]?.owners).toEqual(['b']);
    await second.run(() => Promise.resolve('ok'));
    expect(queue.getSnapshot()).toHaveLength(0);
  });

  it('a dismiss tells every owner', async () => {
    const queue = new SlbErrorQueue();
    const first = make(queue, 'a');
    const second = make(queue, 'b');
    await first.run(() => Promise.reject(badPort()));
    await second.run(() => Promise.reject(badPort()));
    queue.dismiss(queue.getSnapshot()[0]!.id);
    expect(first.getSnapshot()).toMatchObject({ status: 'idle', report: null });
    expect(second.getSnapshot()).toMatchObject({ status: 'idle', report: null });
  });

  it('unmounting keeps an error the user must act on, without the owner, and drops a retry error', async () => {
    const queue = new SlbErrorQueue();
    const billing = make(queue, 'billing');
    const transient = make(queue, 'transient');
    await billing.run(() =>
      Promise.reject({
        Code: 'InsufficientBalance',
        Message: 'Your account does not have enough balance.',
        statusCode: 400,
      }),
    );
    await transient.run(() => Promise.reject(unavailable()));
    expect(queue.getSnapshot()).toHaveLength(2);
    billing.dispose();
    transient.dispose();
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]).toMatchObject({ report: { intent: 'billing' }, owners: [], actions: {} });
  });
});

describe('robustness', () => {
  it('a throwing onReport neither rejects run nor leaves the state running', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const runner = linked(
      {
        classify: (caught) => classifySlbError(caught),
        policy: resolvePolicy({ maxAttempts: 1 }),
        coordinator: new SlbRetryCoordinator(),
        write: false,
      },
      {
        queue: null,
        onReport: () => {
          throw new Error('telemetry down');
        },
      },
    );
    await expect(runner.run(() => Promise.reject(badPort()))).resolves.toMatchObject({ status: 'failed' });
    expect(runner.getSnapshot().status).toBe('failed');
    expect(errors).toHaveBeenCalledWith('slb-error-kit: onReport threw', expect.any(Error));
  });

  it('a NaN maxAttempts means one attempt, not endless retries', async () => {
    const { runner } = makeRunner({ maxAttempts: Number.NaN });
    const operation = vi.fn(() => Promise.reject(unavailable()));
    await runner.run(operation);
    await vi.runAllTimersAsync();
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it('a run after dispose works: the component was mounted again', async () => {
    const { runner } = makeRunner();
    runner.dispose();
    await expect(runner.run(() => Promise.resolve(7))).resolves.toEqual({ status: 'succeeded', value: 7 });
  });

  it('dispose during a run leaves no stuck "running" state', async () => {
    const { runner } = makeRunner();
    const result = runner.run(() => new Promise(() => {}));
    expect(runner.getSnapshot().status).toBe('running');
    runner.dispose();
    expect(await result).toEqual({ status: 'cancelled' });
    expect(runner.getSnapshot().status).toBe('idle');
  });
});

describe('a server hint after retrying stops', () => {
  it('a Retry-After too long to wait stops automatic retries but still says when to retry', async () => {
    const { runner, queue } = makeRunner();
    const operation = vi.fn(() => Promise.reject({ ...unavailable(), headers: { 'retry-after': '120' } }));
    await runner.run(operation);
    expect(operation).toHaveBeenCalledTimes(1);
    const state = runner.getSnapshot();
    expect(state).toMatchObject({ status: 'failed', stopReason: 'wait-too-long' });
    expect(state.nextRetryAt! - Date.now()).toBe(120_000);
    expect(queue.getSnapshot()[0]?.retryProgress).toMatchObject({ state: 'failed', nextRetryAt: state.nextRetryAt });
  });
});
