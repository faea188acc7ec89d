import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, type SlbErrorProviderProps, useSlbError, useSlbErrorQueue } from '../../src/hooks/index.ts';
import { badPort, fixedRandom, throttled, unavailable } from './helpers.ts';

const retry = { random: fixedRandom(0.5) };

function wrapper(props: Omit<SlbErrorProviderProps, 'children'> = {}, strict = false) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <SlbErrorProvider retryPolicy={retry} {...props}>
        {children}
      </SlbErrorProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useSlbError', () => {
  it('starts idle and works without a provider', () => {
    const { result } = renderHook(() => useSlbError());
    expect(result.current).toMatchObject({ status: 'idle', report: null, attempt: 0, isRunning: false });
    let report;
    act(() => {
      report = result.current.capture(badPort());
    });
    expect(report).toMatchObject({ intent: 'fix-input' });
    expect(result.current).toMatchObject({ status: 'failed', report: { code: 'InvalidParameter' } });
    act(() => result.current.dismiss());
  });

  it('retries automatically, shows the countdown state, and clears the error on success', async () => {
    const { result } = renderHook(() => ({ error: useSlbError(), queue: useSlbErrorQueue() }), { wrapper: wrapper() });
    let calls = 0;
    let outcome: unknown;
    await act(async () => {
      void result.current.error
        .run(() => (++calls < 3 ? Promise.reject(throttled(1000)) : Promise.resolve(42)))
        .then((value) => (outcome = value));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.error).toMatchObject({ status: 'waiting', attempt: 1, report: { throttled: true } });
    expect(result.current.error.nextRetryAt! - Date.now()).toBeGreaterThanOrEqual(1000);
    expect(result.current.queue).toHaveLength(1);
    expect(result.current.queue[0]?.retryProgress).toMatchObject({ state: 'waiting', attempt: 1, maxAttempts: 3 });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(calls).toBe(3);
    expect(outcome).toEqual({ status: 'succeeded', value: 42 });
    expect(result.current.error).toMatchObject({ status: 'succeeded', report: null });
    expect(result.current.queue).toHaveLength(0);
  });

  it('under StrictMode runs each attempt once and still retries', async () => {
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const { result } = renderHook(() => useSlbError(), { wrapper: wrapper({}, true) });
    await act(async () => {
      void result.current.run(operation);
      await vi.runAllTimersAsync();
    });
    expect(operation).toHaveBeenCalledTimes(3);
    expect(result.current).toMatchObject({ status: 'failed', stopReason: 'attempts' });
  });

  it('aborts and schedules nothing after unmount', async () => {
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const client = createSlbErrorClient();
    const { queue } = client;
    const { result, unmount } = renderHook(() => useSlbError(), { wrapper: wrapper({ client }) });
    let signal: AbortSignal | undefined;
    await act(async () => {
      void result.current.run((context) => {
        signal = context.signal;
        return operation();
      });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.status).toBe('waiting');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot()).toHaveLength(0);
  });

  it('keeps reports local with surface "local"', () => {
    const client = createSlbErrorClient();
    const { queue } = client;
    const { result } = renderHook(() => useSlbError({ surface: 'local' }), { wrapper: wrapper({ client }) });
    act(() => {
      result.current.capture(badPort());
    });
    expect(result.current.report?.code).toBe('InvalidParameter');
    expect(queue.getSnapshot()).toHaveLength(0);
  });

  it('retry: false turns automatic retries off', async () => {
    const operation = vi.fn(() => Promise.reject(unavailable()));
    const { result } = renderHook(() => useSlbError({ retryPolicy: false }), { wrapper: wrapper() });
    await act(async () => {
      await result.current.run(operation);
    });
    expect(operation).toHaveBeenCalledTimes(1);
    expect(result.current.stopReason).toBe('disabled');
  });

  it('wires the field named by a fix-input error, through the fieldMap', () => {
    const { result } = renderHook(() => useSlbError(), { wrapper: wrapper({ fieldMap: { ListenerPort: 'port' } }) });
    expect(result.current.fieldProps('port')).toEqual({});
    act(() => {
      result.current.capture(badPort());
    });
    expect(result.current.invalidField).toBe('port');
    expect(result.current.fieldProps('port')).toEqual({
      'aria-invalid': true,
      'aria-describedby': result.current.errorId,
      'data-slb-invalid': '',
    });
    expect(result.current.fieldProps('name')).toEqual({});
    expect(result.current.fieldProps('port', 'port-hint')).toEqual({
      'aria-invalid': true,
      'aria-describedby': `${result.current.errorId} port-hint`,
      'data-slb-invalid': '',
    });
    expect(result.current.fieldProps('name', 'name-hint')).toEqual({ 'aria-describedby': 'name-hint' });
    expect(result.current.errorId).toMatch(/^slb-error-[\w-]+$/);
  });

  it("puts the provider's field labels where a title names the field", () => {
    const { result } = renderHook(() => useSlbError(), {
      wrapper: wrapper({ fieldLabels: { ListenerPort: 'Frontend port' } }),
    });
    act(() => {
      result.current.capture(badPort());
    });
    expect(result.current.report?.title).toBe('Check the Frontend port');
  });

  it('gives the provider locale, site and onReport to every report', async () => {
    const onReport = vi.fn();
    const { result } = renderHook(() => useSlbError(), { wrapper: wrapper({ locale: zhCN, site: 'cn', onReport }) });
    await act(async () => {
      await result.current.run(() => Promise.reject(badPort()));
    });
    expect(result.current.report).toMatchObject({ locale: 'zh-CN', title: '请检查监听端口' });
    expect(result.current.report?.links.ticket).toMatch(
      /^https:\/\/smartservice\.console\.aliyun\.com\/service\/create-ticket\?/,
    );
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('ignores aborts: a cancelled request is not an error', async () => {
    const { result } = renderHook(() => useSlbError(), { wrapper: wrapper() });
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run(() =>
        Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
      );
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(result.current.report).toBeNull();
  });

  it('the queue entry retries through the hook with the same token', async () => {
    const tokens: string[] = [];
    const { result } = renderHook(
      () => ({ error: useSlbError({ retryPolicy: { maxAttempts: 1 } }), queue: useSlbErrorQueue() }),
      {
        wrapper: wrapper(),
      },
    );
    await act(async () => {
      await result.current.error.run(({ clientToken }) => {
        tokens.push(clientToken);
        return Promise.reject(unavailable());
      });
    });
    const entry = result.current.queue[0];
    expect(entry?.actions.retry).toBeTypeOf('function');
    await act(async () => {
      entry?.actions.retry?.();
      await vi.runAllTimersAsync();
    });
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
    expect(result.current.queue[0]?.count).toBe(2);
  });
});

describe('useSlbError identity', () => {
  it('keeps its functions stable across state changes, so effects can depend on them', async () => {
    const { result } = renderHook(() => useSlbError(), { wrapper: wrapper() });
    const first = result.current;
    await act(async () => {
      await result.current.run(() => Promise.reject(badPort()));
    });
    expect(result.current.report).not.toBeNull();
    expect(result.current.run).toBe(first.run);
    expect(result.current.retry).toBe(first.retry);
    expect(result.current.dismiss).toBe(first.dismiss);
    expect(result.current.capture).toBe(first.capture);
    expect(result.current.cancel).toBe(first.cancel);
  });
});

describe('useSlbError under StrictMode, called from a child effect', () => {
  it("a child's effect that runs the parent's operation ends in success, not stuck or cancelled", async () => {
    const { render, screen } = await import('@testing-library/react');
    const { useEffect } = await import('react');
    const operation = vi.fn(() => Promise.resolve('loaded'));
    function Child({ run }: { run: ReturnType<typeof useSlbError>['run'] }) {
      useEffect(() => {
        void run(operation);
      }, [run]);
      return null;
    }
    function Parent() {
      const error = useSlbError();
      return (
        <>
          <output>{error.status}</output>
          <Child run={error.run} />
        </>
      );
    }
    render(
      <StrictMode>
        <SlbErrorProvider>
          <Parent />
        </SlbErrorProvider>
      </StrictMode>,
    );
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(operation).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('succeeded');
  });
});
