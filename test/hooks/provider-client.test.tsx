// The provider makes a client of its own only when it is given none, and keeps it.
import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../src/engine/client.ts';
import { en } from '../../src/locales/en.ts';
import { SlbErrorProvider, useSlbError, useSlbErrorContext } from '../../src/hooks/index.ts';
import { badPort } from './helpers.ts';

vi.mock('../../src/engine/client.ts', async (importOriginal) => {
  const original = await importOriginal<typeof engine>();
  return { ...original, createSlbErrorClient: vi.fn(original.createSlbErrorClient) };
});

const made = vi.mocked(engine.createSlbErrorClient);

describe('the client of SlbErrorProvider', () => {
  it('given one, the provider makes none of its own, in StrictMode too', () => {
    const client = engine.createSlbErrorClient();
    made.mockClear();
    const { rerender } = render(
      <StrictMode>
        <SlbErrorProvider client={client}>
          <p>page</p>
        </SlbErrorProvider>
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <SlbErrorProvider client={client} locale={en}>
          <p>page</p>
        </SlbErrorProvider>
      </StrictMode>,
    );
    expect(made).not.toHaveBeenCalled();
  });

  it('without one, it makes one and keeps it across renders; given one later, it uses that', () => {
    made.mockClear();
    let given: engine.SlbErrorClient | undefined;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SlbErrorProvider client={given}>{children}</SlbErrorProvider>
    );
    const { result, rerender } = renderHook(() => ({ context: useSlbErrorContext(), error: useSlbError() }), {
      wrapper,
    });
    const own = result.current.context.client;
    rerender();
    expect(result.current.context.client).toBe(own);
    expect(made).toHaveBeenCalledTimes(1);
    act(() => void result.current.error.capture(badPort()));
    expect(own.queue.getSnapshot()).toHaveLength(1);

    given = engine.createSlbErrorClient();
    rerender();
    expect(result.current.context.client).toBe(given);
    // Back to none: the provider's own client again, not a new one.
    given = undefined;
    rerender();
    expect(result.current.context.client).toBe(own);
    expect(made).toHaveBeenCalledTimes(2);
  });
});
