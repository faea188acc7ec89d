import { MutationCache, QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { slbMutationCacheHandlers, slbQueryCacheHandlers, slbQueryRetry } from '../../src/tanstack/index.ts';
import { badPort, fixedRandom, throttled, timeout, unavailable } from '../hooks/helpers.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('slbQueryRetry', () => {
  it('retries only retryable errors, up to maxAttempts counting the first', () => {
    const { retry } = slbQueryRetry();
    expect(retry(0, unavailable())).toBe(true);
    expect(retry(1, unavailable())).toBe(true);
    expect(retry(2, unavailable())).toBe(false);
    expect(retry(0, badPort())).toBe(false);
  });

  it('delays with full jitter, never under the server hint', () => {
    const { retryDelay } = slbQueryRetry({ retryPolicy: { random: fixedRandom(0.5) } });
    expect(retryDelay(0, unavailable())).toBe(150);
    expect(retryDelay(1, unavailable())).toBe(300);
    expect(retryDelay(0, throttled(4000))).toBeGreaterThanOrEqual(4000);
  });

  it('shares the throttling cooldown through a coordinator, committed by retry (TanStack asks retryDelay first)', () => {
    const client = createSlbErrorClient();
    const { coordinator } = client;
    const { retry, retryDelay } = slbQueryRetry({ client, retryPolicy: { random: fixedRandom(0) } });
    const error = throttled(3000);
    expect(retryDelay(0, error)).toBe(3000);
    expect(coordinator.cooldownUntil).toBe(0); // asking for a delay holds nothing
    expect(retry(0, error)).toBe(true);
    expect(coordinator.cooldownUntil - Date.now()).toBe(3000);
    expect(retryDelay(0, throttled())).toBeGreaterThanOrEqual(3000);
  });

  it('gives up as the hook does: a throttled failure that stops holds the server hint, not the delay asked for', () => {
    const client = createSlbErrorClient();
    const { coordinator } = client;
    const { retry, retryDelay } = slbQueryRetry({ client, retryPolicy: { random: fixedRandom(0.5) } });
    const last = throttled(5000);
    expect(retryDelay(2, last)).toBe(5250);
    expect(retry(2, last)).toBe(false); // attempts used up
    expect(coordinator.cooldownUntil - Date.now()).toBe(5000);
  });

  it('a delay asked for but not retried does not block later retries', () => {
    const client = createSlbErrorClient();
    const { coordinator } = client;
    const { retry, retryDelay } = slbQueryRetry({ client, retryPolicy: { random: fixedRandom(0) } });
    const last = unavailable();
    retryDelay(2, last);
    expect(retry(2, last)).toBe(false); // attempts used up
    expect(coordinator.cooldownUntil).toBe(0);
  });

  it('successes refill the shared budget the failures spend', () => {
    const client = createSlbErrorClient();
    const { retry } = slbQueryRetry({ client });
    const handlers = slbQueryCacheHandlers({ client });
    const spent = Array.from({ length: 6 }, () => retry(0, unavailable()));
    expect(spent).toEqual([true, true, true, true, false, false]);
    for (let i = 0; i < 30; i++)
      handlers.onSuccess(undefined, { queryHash: '["x"]', fetch: () => Promise.resolve(undefined) });
    expect(retry(0, unavailable())).toBe(true);
  });

  it('does not retry a mutation of unknown outcome unless it is idempotent', () => {
    expect(slbQueryRetry({ write: true }).retry(0, timeout())).toBe(false);
    expect(slbQueryRetry({ write: true }).retry(0, throttled())).toBe(true);
    expect(slbQueryRetry({ write: true, idempotent: true }).retry(0, timeout())).toBe(true);
  });

  it('drives a real QueryClient: three attempts, then the cache handler queues one entry', async () => {
    const kit = createSlbErrorClient();
    const { queue } = kit;
    const { retry, retryDelay } = slbQueryRetry({ retryPolicy: { random: fixedRandom(0.5) } });
    const client = new QueryClient({
      queryCache: new QueryCache(slbQueryCacheHandlers({ client: kit })),
      defaultOptions: { queries: { retry, retryDelay } },
    });
    const queryFn = vi.fn(() => Promise.reject(unavailable()));
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useQuery({ queryKey: ['lbs'], queryFn }), { wrapper });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(queryFn).toHaveBeenCalledTimes(3);
    expect(result.current.status).toBe('error');
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]?.report).toMatchObject({ code: 'ServiceUnavailable', intent: 'retry' });

    queryFn.mockImplementation(() => Promise.resolve([]) as never);
    await act(async () => {
      queue.getSnapshot()[0]?.actions.retry?.();
      await vi.runAllTimersAsync();
    });
    expect(result.current.status).toBe('success');
    expect(queue.getSnapshot()).toHaveLength(0); // the later success took the entry away
    client.clear();
  });

  it('the mutation cache handler queues failures without a retry action', async () => {
    const kit = createSlbErrorClient();
    const { queue } = kit;
    const client = new QueryClient({
      mutationCache: new MutationCache(slbMutationCacheHandlers({ client: kit })),
    });
    await act(async () => {
      await client
        .getMutationCache()
        .build(client, { mutationFn: () => Promise.reject(badPort()) })
        .execute(undefined)
        .catch(() => undefined);
    });
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]?.actions.retry).toBeUndefined();
    client.clear();
  });
});
