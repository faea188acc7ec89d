'use client';
import * as ToastPrimitive from '@radix-ui/react-toast';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorEntry, SlbErrorQueue } from '../../hooks/queue.js';
import { useSlbPlacement } from '../ErrorOutlet/placement.js';
import { mergeRefs } from '../shared/refs.js';
import { formatString, useSlbStrings } from '../strings.js';
import { DEFAULT_TOAST_DURATION, ToastViewportContextProvider } from './context.js';
import { type SlbToastCloseReason, Toast } from './Toast.js';
import { useDirection, useDocumentHidden, useFocusReturn } from './viewportHooks.js';

type SwipeDirection = 'up' | 'down' | 'left' | 'right';
const DEFAULT_HOTKEY = ['F8'];

export interface ToastViewportProps extends Omit<ComponentPropsWithoutRef<'div'>, 'dir'> {
  /** The entries to show. @defaultValue the provider queue's toast entries (and inline ones with no InlineError mounted) */
  readonly entries?: readonly SlbErrorEntry[] | undefined;
  /** Toasts shown at once; the older ones wait behind a "+N more" button. @defaultValue 3 */
  readonly max?: number | undefined;
  /** Milliseconds before a toast without an action closes. @defaultValue 8000 */
  readonly duration?: number | undefined;
  /** Keys that move focus to the notifications. @defaultValue ['F8'] */
  readonly hotkey?: string[] | undefined;
  /** Text direction; the swipe-to-dismiss direction follows it. @defaultValue the nearest `dir` attribute */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** @defaultValue 'right', or 'left' right-to-left */
  readonly swipeDirection?: SwipeDirection | undefined;
  /** Your own `<Toast>` elements, shown beside the queue's. */
  readonly children?: ReactNode;
}

/**
 * The notification region (a Radix Toast provider and viewport) showing the error queue's toasts:
 * a bounded stack, repeats collapsed, paused while the tab is hidden, and focus handed back
 * to where the user was when they leave it.
 */
export const ToastViewport = forwardRef<HTMLDivElement, ToastViewportProps>(function ToastViewport(
  {
    entries: entriesProp,
    max = 3,
    duration = DEFAULT_TOAST_DURATION,
    hotkey = DEFAULT_HOTKEY,
    dir,
    swipeDirection,
    children,
    className,
    onKeyDown,
    ...rest
  },
  forwardedRef,
) {
  const { queue } = useSlbErrorContext();
  const placement = useSlbPlacement();
  const entries = entriesProp ?? placement.toast;
  const strings = useSlbStrings();
  const containerRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLOListElement>(null);
  const containerRefs = useMemo(() => mergeRefs(containerRef, forwardedRef), [forwardedRef]);

  const documentHidden = useDocumentHidden(viewportRef);
  const detected = useDirection(containerRef);
  const direction = dir ?? detected;
  const restoreFocus = useFocusReturn(containerRef, viewportRef);

  const limit = Math.max(1, Math.floor(max));
  const [expanded, setExpanded] = useState(false);
  if (expanded && entries.length <= limit) setExpanded(false);
  const hiddenEntries = expanded ? [] : entries.slice(0, Math.max(0, entries.length - limit));
  const hiddenIds = new Set(hiddenEntries.map((entry) => entry.id));

  // After "+N more", focus the newest toast it revealed: the button is gone, focus needs a place.
  const focusAfterExpand = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterExpand.current;
    focusAfterExpand.current = null;
    if (!expanded || id === null) return;
    const items = viewportRef.current?.querySelectorAll<HTMLElement>('[data-slb-entry-id]') ?? [];
    for (const item of items) if (item.dataset.slbEntryId === id) item.focus();
  }, [expanded]);

  const context = useMemo(() => ({ documentHidden, duration }), [documentHidden, duration]);

  return (
    <ToastPrimitive.Provider
      label={strings.notifications}
      duration={duration}
      swipeDirection={swipeDirection ?? (direction === 'rtl' ? 'left' : 'right')}
    >
      <ToastViewportContextProvider value={context}>
        {entries.map((entry) => (
          <QueueToast key={entry.id} entry={entry} queue={queue} hidden={hiddenIds.has(entry.id)} />
        ))}
        {children}
      </ToastViewportContextProvider>
      <div
        ref={containerRefs}
        {...rest}
        dir={dir}
        className={clsx('slb-toast-viewport', className)}
        data-slb-toast-viewport=""
        onKeyDown={(event) => {
          onKeyDown?.(event);
          // Toasts are portalled elsewhere in the React tree, so only the region itself and the
          // "+N more" button reach this handler. (defaultPrevented is no signal here: the
          // toasts' onEscapeKeyDown sets it to keep Radix from closing one.)
          if (event.key === 'Escape') restoreFocus();
        }}
      >
        <ToastPrimitive.Viewport
          ref={viewportRef}
          className="slb-toast-list"
          hotkey={hotkey}
          label={`${strings.notifications} ({hotkey})`}
        />
        {hiddenEntries.length > 0 && (
          <button
            type="button"
            className="slb-button slb-toast-more"
            aria-label={`${strings.notifications}: ${formatString(strings.moreNotifications, { count: hiddenEntries.length })}`}
            onClick={() => {
              focusAfterExpand.current = hiddenEntries[hiddenEntries.length - 1]?.id ?? null;
              setExpanded(true);
            }}
          >
            {formatString(strings.moreNotifications, { count: hiddenEntries.length })}
          </button>
        )}
      </div>
    </ToastPrimitive.Provider>
  );
});

interface QueueToastProps {
  readonly entry: SlbErrorEntry;
  readonly queue: SlbErrorQueue;
  readonly hidden: boolean;
}

/** One queue entry as a toast. Keyed by entry id, so a repeat updates it in place and is not announced again. */
function QueueToast({ entry, queue, hidden }: QueueToastProps) {
  const { id } = entry;
  const onDismiss = useCallback(
    (reason: SlbToastCloseReason) => (reason === 'dismiss' ? queue.dismiss(id) : queue.remove(id)),
    [queue, id],
  );
  return (
    <Toast
      report={entry.report}
      count={entry.count}
      retry={entry.retry}
      onRetry={entry.actions.retry}
      onDismiss={onDismiss}
      hidden={hidden}
      // Behind "+N more" a toast waits unseen: its time starts only once it is revealed.
      duration={hidden ? Infinity : undefined}
      data-slb-entry-id={id}
    />
  );
}
