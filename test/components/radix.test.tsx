// The two things the kit relies on in Radix Toast beyond plain props (src/components/Toast/radix.ts).
// A Radix upgrade that changes either fails here, not in a user's console.
import * as ToastPrimitive from '@radix-ui/react-toast';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RADIX_VIEWPORT_PAUSE, createSilentAnnouncer } from '../../src/components/Toast/radix.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function Plain({ announcer }: { readonly announcer?: DocumentFragment | undefined }) {
  return (
    <ToastPrimitive.Provider duration={1000} announcerContainer={announcer}>
      <ToastPrimitive.Root>
        <ToastPrimitive.Title>Listener created</ToastPrimitive.Title>
      </ToastPrimitive.Root>
      <ToastPrimitive.Viewport data-testid="viewport" />
    </ToastPrimitive.Provider>
  );
}

describe('Radix Toast, as the kit uses it', () => {
  it(`pauses every timer when its viewport receives "${RADIX_VIEWPORT_PAUSE}"`, () => {
    render(<Plain />);
    expect(screen.getByText('Listener created')).toBeInTheDocument();
    act(() => {
      screen.getByTestId('viewport').dispatchEvent(new CustomEvent(RADIX_VIEWPORT_PAUSE));
    });
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    // Paused: still open long after its 1 s.
    expect(screen.getByRole('listitem')).toHaveAttribute('data-state', 'open');
  });

  it('closes after its duration without the event (the control for the test above)', () => {
    render(<Plain />);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.queryByRole('listitem', { hidden: true })?.getAttribute('data-state') ?? 'closed').toBe('closed');
  });

  it('puts its own announcement in `announcerContainer`, so a detached fragment silences it', () => {
    const { unmount } = render(<Plain />);
    // Radix announces on the next frame.
    act(() => {
      vi.advanceTimersByTime(50);
    });
    // Radix's default: a second, visually hidden copy of the text, announced by Radix.
    expect(screen.getAllByText('Listener created', { exact: false }).length).toBeGreaterThan(1);
    unmount();
    const announcer = createSilentAnnouncer();
    render(<Plain announcer={announcer} />);
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(screen.getAllByText('Listener created', { exact: false })).toHaveLength(1);
    expect(announcer?.textContent).toContain('Listener created');
  });
});
