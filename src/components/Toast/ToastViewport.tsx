'use client';
import * as ToastPrimitive from '@radix-ui/react-toast';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ReactNode, forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorEntry, SlbErrorQueue } from '../../engine/queue.js';
import { mergeRefs } from '../shared/refs.js';
import { useSlbStrings } from '../strings.js';
import { LiveRegions, useAnnounceNewEntries, useLiveAnnouncer } from './announce.js';
import { DEFAULT_TOAST_DURATION, ToastViewportContextProvider } from './context.js';
import { StackBar } from './StackBar.js';
import { type SlbToastCloseReason, Toast } from './Toast.js';
import { type SlbLeavingToast, useLeavingEntries } from './leaving.js';
import { useTopModalDialog } from './modalHost.js';
import { createSilentAnnouncer } from './radix.js';
import { useDirection, useDocumentHidden, useFocusReturn, useNarrowScreen } from './viewportHooks.js';

const NO_ENTRIES: readonly SlbErrorEntry[] = [];

type SwipeDirection = 'up' | 'down' | 'left' | 'right';
const DEFAULT_HOTKEY = ['F8'];

export interface ToastViewportProps extends Omit<ComponentPropsWithoutRef<'div'>, 'dir'> {
  /**
   * The queue entries to show as toasts. `ErrorOutlet` passes the provider queue's toast entries
   * (`useSlbPlacement().toast`); without it the viewport shows only its `children`.
   * @defaultValue none
   */
  readonly entries?: readonly SlbErrorEntry[] | undefined;
  /** Milliseconds before a toast without an action closes. @defaultValue 8000 */
  readonly duration?: number | undefined;
  /** Keys that move focus to the notifications. @defaultValue ['F8'] */
  readonly hotkey?: string[] | undefined;
  /** Text direction; the swipe-to-dismiss direction follows it. @defaultValue the nearest `dir` attribute */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** @defaultValue 'right', or 'left' right-to-left */
  readonly swipeDirection?: SwipeDirection | undefined;
  /**
   * The notification region's accessible name; `{hotkey}` stands for the hotkey. Give each
   * viewport on one page its own name (a review page or a docs page with a toast per example):
   * landmarks of one role need distinct names.
   * @defaultValue the `notifications` string and the hotkey: "Notifications ({hotkey})"
   */
  readonly label?: string | undefined;
  /** Your own `<Toast>` elements, shown beside the queue's. */
  readonly children?: ReactNode;
}

/**
 * The notification region (a Radix Toast provider and viewport) showing the error queue's toasts
 * as a stack: the newest on top, the others behind it with a count per severity, expanded on
 * hover, focus or "Show all", with "Dismiss all". Each new error is announced once; a repeat
 * only bumps its count. Focus goes back to where the user was when they leave the region.
 */
export const ToastViewport = forwardRef<HTMLDivElement, ToastViewportProps>(function ToastViewport(
  {
    entries = NO_ENTRIES,
    duration = DEFAULT_TOAST_DURATION,
    hotkey = DEFAULT_HOTKEY,
    dir,
    swipeDirection,
    label,
    children,
    className,
    onKeyDown,
    onPointerEnter,
    onPointerLeave,
    onFocus,
    onBlur,
    ...rest
  },
  forwardedRef,
) {
  const { queue } = useSlbErrorContext();
  const strings = useSlbStrings();
  const containerRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLOListElement>(null);
  const containerRefs = useMemo(() => mergeRefs(containerRef, forwardedRef), [forwardedRef]);

  const documentHidden = useDocumentHidden(viewportRef);
  const detected = useDirection(containerRef);
  const direction = dir ?? detected;
  const narrow = useNarrowScreen();
  // While a modal <dialog> is open the page behind it is inert: the notifications move into it.
  const modalHost = useTopModalDialog();
  const restoreFocus = useFocusReturn(containerRef, viewportRef, modalHost);
  const [announcement, say] = useLiveAnnouncer();
  useAnnounceNewEntries(entries, say);
  const { leaving, closedHere, settle } = useLeavingEntries(entries, queue, say, strings.retrySucceeded);

  // Expanded while the user asks for it ("Show all"), points at the stack or works in it.
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const leavingById = new Map(leaving.map((item) => [item.entry.id, item]));
  const shown = [...entries, ...leaving.map((item) => item.entry)];
  const stacked = shown.length > 1;
  const expanded = stacked && (pinned || focused || (hovered && !narrow));
  if (pinned && !stacked) setPinned(false);
  const front = shown[shown.length - 1]?.id;

  const dismissAll = () => {
    for (const entry of entries) {
      closedHere.add(entry.id);
      queue.dismiss(entry.id);
    }
    restoreFocus();
  };

  const context = useMemo(() => ({ documentHidden, duration, say }), [documentHidden, duration, say]);
  const [silentAnnouncer] = useState(createSilentAnnouncer);

  useEffect(() => {
    const container = containerRef.current;
    if (!modalHost || !container) return;
    // Escape in the notifications closes a toast or leaves the region, never the dialog too.
    let escapeHere = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      escapeHere = true;
      event.preventDefault();
      setTimeout(() => {
        escapeHere = false;
      });
    };
    const onCancel = (event: Event) => {
      if (escapeHere) event.preventDefault();
    };
    container.addEventListener('keydown', onKeyDown, true);
    modalHost.addEventListener('cancel', onCancel);
    return () => {
      container.removeEventListener('keydown', onKeyDown, true);
      modalHost.removeEventListener('cancel', onCancel);
    };
  }, [modalHost]);

  return (
    <ToastPrimitive.Provider
      label={strings.notifications}
      duration={duration}
      swipeDirection={swipeDirection ?? (direction === 'rtl' ? 'left' : 'right')}
      announcerContainer={silentAnnouncer}
    >
      <ToastViewportContextProvider value={context}>
        {/* One list keyed by entry id: a toast whose entry leaves stays the same element and animates out. */}
        {shown.map((entry) => (
          <StackedToast
            key={entry.id}
            entry={entry}
            queue={queue}
            behind={!expanded && entry.id !== front}
            leaving={leavingById.get(entry.id)}
            closedHere={closedHere}
            onSettled={settle}
          />
        ))}
        {children}
      </ToastViewportContextProvider>
      {portalInto(
        modalHost,
        <div
          ref={containerRefs}
          {...rest}
          dir={dir}
          className={clsx('slb-toast-viewport', className)}
          data-slb-toast-viewport=""
          data-slb-stack={stacked ? (expanded ? 'expanded' : 'collapsed') : undefined}
          data-slb-narrow={narrow ? '' : undefined}
          onKeyDown={(event) => {
            onKeyDown?.(event);
            // Toasts are portalled elsewhere in the React tree, so only the region itself and the
            // stack's own buttons reach this handler. (defaultPrevented is no signal here: the
            // toasts' onEscapeKeyDown sets it to keep Radix from closing one.)
            if (event.key === 'Escape') restoreFocus();
          }}
          onPointerEnter={(event) => {
            onPointerEnter?.(event);
            if (event.pointerType === 'mouse') setHovered(true);
          }}
          onPointerLeave={(event) => {
            onPointerLeave?.(event);
            setHovered(false);
          }}
          onFocus={(event) => {
            onFocus?.(event);
            setFocused(true);
          }}
          onBlur={(event) => {
            onBlur?.(event);
            if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
              setFocused(false);
          }}
        >
          <ToastPrimitive.Viewport
            ref={viewportRef}
            className="slb-toast-list"
            hotkey={hotkey}
            label={label ?? `${strings.notifications} ({hotkey})`}
            data-slb-depth={stacked && !expanded ? Math.min(2, shown.length - 1) : undefined}
          />
          {stacked && (
            <StackBar
              entries={shown}
              expanded={expanded}
              onToggle={() => setPinned(!expanded)}
              onDismissAll={entries.length > 0 ? dismissAll : undefined}
            />
          )}
          <LiveRegions announcement={announcement} />
        </div>,
      )}
    </ToastPrimitive.Provider>
  );
});

/** `node` in `host` (a modal dialog) when there is one, else where it stands. */
function portalInto(host: HTMLElement | null, node: ReactNode): ReactNode {
  return host ? createPortal(node, host) : node;
}

interface StackedToastProps {
  readonly entry: SlbErrorEntry;
  readonly queue: SlbErrorQueue;
  /** Behind the collapsed stack: unseen, so its time does not run. */
  readonly behind: boolean;
  /** Set once the entry has left the queue. */
  readonly leaving: SlbLeavingToast | undefined;
  readonly closedHere: Set<string>;
  readonly onSettled: (id: string) => void;
}

/** One entry as a toast. Keyed by entry id, so a repeat updates it in place and is not announced again. */
function StackedToast({ entry, queue, behind, leaving, closedHere, onSettled }: StackedToastProps) {
  const { id } = entry;
  const onDismiss = (reason: SlbToastCloseReason) => {
    if (leaving) {
      onSettled(id);
      return;
    }
    closedHere.add(id);
    if (reason === 'dismiss') queue.dismiss(id);
    else queue.remove(id);
  };
  return (
    <Toast
      report={entry.report}
      count={entry.count}
      retryProgress={leaving ? null : entry.retryProgress}
      time={entry.updatedAt}
      onRetry={leaving ? undefined : entry.actions.retry}
      onCancel={leaving ? undefined : entry.actions.cancel}
      onDismiss={onDismiss}
      resolved={leaving?.succeeded}
      announce={false}
      open={leaving ? !leaving.closing : undefined}
      hidden={behind}
      duration={behind ? Infinity : undefined}
      data-slb-entry-id={id}
    />
  );
}
