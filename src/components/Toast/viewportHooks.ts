'use client';
import { type RefObject, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { RADIX_VIEWPORT_PAUSE } from './radix.js';

/**
 * Whether the tab is hidden. On hiding, running timers are paused through Radix; the toasts
 * then render with an infinite duration until the tab is visible again, when they restart
 * their full duration (the user was away, so they get all of it).
 */
export function useDocumentHidden(viewportRef: RefObject<HTMLElement | null>): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handle = () => {
        if (document.visibilityState === 'hidden')
          viewportRef.current?.dispatchEvent(new CustomEvent(RADIX_VIEWPORT_PAUSE));
        onChange();
      };
      document.addEventListener('visibilitychange', handle);
      return () => document.removeEventListener('visibilitychange', handle);
    },
    [viewportRef],
  );
  return useSyncExternalStore(
    subscribe,
    () => document.visibilityState === 'hidden',
    () => false,
  );
}

/** `rtl` when the nearest `dir` attribute above `ref` says so; `ltr` on the server. */
export function useDirection(ref: RefObject<HTMLElement | null>): 'ltr' | 'rtl' {
  const subscribe = useCallback((onChange: () => void) => {
    const observer = new MutationObserver(onChange);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
    return () => observer.disconnect();
  }, []);
  const read = () => {
    const from = ref.current ?? document.documentElement;
    return from.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
  };
  return useSyncExternalStore(subscribe, read, () => 'ltr');
}

/**
 * Remembers where focus was before the user jumped into the region (F8, Tab), and returns it
 * there when asked, or by itself when the last toast goes while focus is in the region.
 */
export function useFocusReturn(
  containerRef: RefObject<HTMLElement | null>,
  viewportRef: RefObject<HTMLElement | null>,
  /** Where the region is rendered: a change means new elements to watch (a modal dialog opened). */
  host: Element | null = null,
): () => void {
  const returnTo = useRef<HTMLElement | null>(null);
  const inside = useRef(false);

  const restore = useCallback(() => {
    inside.current = false;
    const target = returnTo.current;
    if (target?.isConnected) {
      target.focus();
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && containerRef.current?.contains(active)) active.blur();
  }, [containerRef]);

  useEffect(() => {
    const container = containerRef.current;
    const viewport = viewportRef.current;
    if (!container || !viewport) return;
    // Focus may already be somewhere (a modal dialog focuses its first field as it opens).
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !container.contains(active))
      returnTo.current = active;
    const onFocusIn = (event: FocusEvent) => {
      const { target } = event;
      if (!(target instanceof HTMLElement)) return;
      if (container.contains(target)) {
        inside.current = true;
      } else {
        inside.current = false;
        returnTo.current = target;
      }
    };
    const observer = new MutationObserver(() => {
      if (!inside.current || viewport.querySelector('[data-slb-toast]')) return;
      const active = document.activeElement;
      // Focus sits on the region (Radix moves it there when a focused toast closes) or fell to the body.
      if (active === null || active === document.body || container.contains(active)) restore();
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(viewport, { childList: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [containerRef, viewportRef, restore, host]);

  return restore;
}

/** Widths at and under which one toast shows at a time and the stack never grows past 40 % of the screen. */
export const NARROW_SCREEN = '(max-width: 480px)';

/** Whether the screen is narrow (a phone); `false` on the server and where `matchMedia` is missing. */
export function useNarrowScreen(): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    if (typeof window.matchMedia !== 'function') return () => {};
    const query = window.matchMedia(NARROW_SCREEN);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches,
    () => false,
  );
}
