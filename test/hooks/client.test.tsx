import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, useSlbError, useSlbErrorContext } from '../../src/hooks/index.ts';
import { badPort } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSlbErrorClient', () => {
  it('sizes the coordinator from its policy and keeps the queue bounded', () => {
    const client = createSlbErrorClient({ retryPolicy: { budget: { maxTokens: 4, tokenRatio: 0.5 } }, maxEntries: 2 });
    expect(client.coordinator.retryBudget).toEqual({ maxTokens: 4, tokenRatio: 0.5 });
    expect(client.retryPolicy.maxAttempts).toBe(3);
    for (const code of ['A', 'B', 'C']) client.queue.push({ ...badPortReport(), fingerprint: code });
    expect(client.queue.getSnapshot().map((entry) => entry.report.fingerprint)).toEqual(['B', 'C']);
  });

  it('a provider given a client sends its hooks’ errors to the client’s queue', () => {
    const client = createSlbErrorClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SlbErrorProvider client={client}>{children}</SlbErrorProvider>
    );
    const { result } = renderHook(() => useSlbError(), { wrapper });
    act(() => void result.current.capture(badPort()));
    expect(client.queue.getSnapshot()).toHaveLength(1);
  });

  it('a provider without a client makes one with its retryPolicy, budget included', () => {
    const { result } = renderHook(() => useSlbErrorContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SlbErrorProvider retryPolicy={{ budget: { maxTokens: 2, tokenRatio: 1 }, maxAttempts: 5 }}>
          {children}
        </SlbErrorProvider>
      ),
    });
    expect(result.current.coordinator.retryBudget).toEqual({ maxTokens: 2, tokenRatio: 1 });
    expect(result.current.policy.maxAttempts).toBe(5);
  });

  it('a provider retryPolicy.budget its client does not have is not ignored silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createSlbErrorClient();
    render(
      <SlbErrorProvider client={client} retryPolicy={{ budget: { maxTokens: 100, tokenRatio: 1 } }}>
        <p>page</p>
      </SlbErrorProvider>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('createSlbErrorClient({ retryPolicy: { budget } })');
    // The client's own budget stays what it was made with.
    expect(client.coordinator.retryBudget).toEqual({ maxTokens: 10, tokenRatio: 0.1 });
  });

  it('the same budget, or none, says nothing; other policy fields refine the client’s', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createSlbErrorClient({ retryPolicy: { maxAttempts: 4 } });
    const { result } = renderHook(() => useSlbErrorContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SlbErrorProvider client={client} retryPolicy={{ budget: { maxTokens: 10, tokenRatio: 0.1 }, baseDelayMs: 50 }}>
          {children}
        </SlbErrorProvider>
      ),
    });
    expect(warn).not.toHaveBeenCalled();
    expect(result.current.policy).toMatchObject({ maxAttempts: 4, baseDelayMs: 50 });
  });

  it('a provider without a client follows its retryPolicy prop as it changes', () => {
    let policy: Parameters<typeof SlbErrorProvider>[0]['retryPolicy'] = { maxAttempts: 5 };
    const { result, rerender } = renderHook(() => useSlbErrorContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SlbErrorProvider retryPolicy={policy}>{children}</SlbErrorProvider>
      ),
    });
    expect(result.current.policy.maxAttempts).toBe(5);
    policy = undefined;
    rerender();
    expect(result.current.policy.maxAttempts).toBe(3);
  });

  it('a hook or the TanStack adapter given a budget says it belongs to the client', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createSlbErrorClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SlbErrorProvider client={client}>{children}</SlbErrorProvider>
    );
    renderHook(() => useSlbError({ retryPolicy: { budget: { maxTokens: 3, tokenRatio: 1 } } }), { wrapper });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('useSlbError retryPolicy.budget');
    const { slbQueryRetry } = await import('../../src/tanstack/index.ts');
    slbQueryRetry({ client, retryPolicy: { budget: { maxTokens: 3, tokenRatio: 1 } } });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]?.[0]).toContain('slbQueryRetry retryPolicy.budget');
    slbQueryRetry({ retryPolicy: { budget: { maxTokens: 3, tokenRatio: 1 } } });
    expect(warn).toHaveBeenCalledTimes(2); // without a client the adapter's own coordinator takes it
  });
});

function badPortReport() {
  return classifySlbError(badPort());
}
