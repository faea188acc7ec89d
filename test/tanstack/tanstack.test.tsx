import { MutationCache, QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlbErrorQueue, SlbRetryCoordinator } from '../../src/hooks/index.ts';
import { slbMutationCacheOnError, slbQueryCacheOnError, slbQueryRetry } from '../../src/tanstack/index.ts';
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
    const { retryDelay } = slbQueryRetry({ policy: { random: fixedRandom(0.5) } });
    expect(retryDelay(0, unavailable())).toBe(150);
    expect(retryDelay(1, unavailable())).toBe(300);
    expect(retryDelay(0, throttled(4000))).toBeGreaterThanOrEqual(4000);
  });

  it('shares the throttling cooldown through a coordinator', () => {
    const coordinator = new SlbRetryCoordinator();
    const { retryDelay } = slbQueryRetry({ coordinator, policy: { random: fixedRandom(0) } });
    retryDelay(0, throttled(3000));
    expect(coordinator.cooldownUntil - Date.now()).toBe(3000);
    expect(retryDelay(0, throttled())).toBeGreaterThanOrEqual(3000);
  });

  it('does not retry a mutation of unknown outcome unless it is idempotent', () => {
    expect(slbQueryRetry({ write: true }).retry(0, timeout())).toBe(false);
    expect(slbQueryRetry({ write: true }).retry(0, throttled())).toBe(true);
    expect(slbQueryRetry({ write: true, idempotent: true }).retry(0, timeout())).toBe(true);
  });

  it('drives a real QueryClient: three attempts, then the cache handler queues one entry', async () => {
    const queue = new SlbErrorQueue();
    const { retry, retryDelay } = slbQueryRetry({ policy: { random: fixedRandom(0.5) } });
    const client = new QueryClient({
      queryCache: new QueryCache({ onError: slbQueryCacheOnError({ queue }) }),
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
    client.clear();
  });

  it('the mutation cache handler queues failures without a retry action', async () => {
    const queue = new SlbErrorQueue();
    const client = new QueryClient({
      mutationCache: new MutationCache({ onError: slbMutationCacheOnError({ queue }) }),
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
