'use client';
import * as ToastPrimitive from '@radix-ui/react-toast';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ReactNode, forwardRef, useCallback, useRef, useState } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbRetryStatus } from '../../hooks/queue.js';
import { ActionRow, ErrorDetails, PermissionPolicy, ServerMessage, usePrimaryAction } from '../actions/index.js';
import { CloseIcon, SeverityIcon } from '../shared/icons.js';
import { assignRef } from '../shared/refs.js';
import { TitleText } from '../shared/TitleText.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { useSlbStrings } from '../strings.js';
import { useToastViewportContext } from './context.js';

/** Why a toast went away: the user closed it or acted on it, or it ran out of time. */
export type SlbToastCloseReason = 'dismiss' | 'expire';

type RootProps = ComponentPropsWithoutRef<typeof ToastPrimitive.Root>;

export interface ToastProps extends Omit<RootProps, 'type' | 'duration' | 'title' | 'children'> {
  readonly report: SlbErrorReport;
  /** How many times the error arrived; shown as ×N from 2 on, without announcing it again. @defaultValue 1 */
  readonly count?: number | undefined;
  /** Live retry state of the operation: a countdown while waiting, "Retrying…" while running. */
  readonly retry?: SlbRetryStatus | null | undefined;
  /** Runs the operation again; a `retry` report without it has no Retry button. */
  readonly onRetry?: (() => void) | undefined;
  /** Called once the toast has closed and left the screen. */
  readonly onDismiss?: ((reason: SlbToastCloseReason) => void) | undefined;
  /**
   * Milliseconds before a toast without a primary action closes; a toast with one never does (WCAG 2.2.1).
   * @defaultValue the viewport's `duration` (8000)
   */
  readonly duration?: number | undefined;
}

// Radix reads the announcement from the toast's text once, on mount; this attribute (Radix's
// own, see ToastAnnounceExclude) keeps the details and secondary links out of it.
const ANNOUNCE_EXCLUDE = { 'data-radix-toast-announce-exclude': '' } as const;

/** An error report as a Radix toast: severity sets politeness, an action makes it stay until dismissed. */
export const Toast = forwardRef<HTMLLIElement, ToastProps>(function Toast(props, forwardedRef) {
  const {
    report,
    count = 1,
    retry,
    onRetry,
    onDismiss,
    duration,
    open: openProp,
    defaultOpen,
    onOpenChange,
    onEscapeKeyDown,
    onSwipeEnd,
    onClickCapture,
    onKeyDownCapture,
    className,
    ...rest
  } = props;
  const strings = useSlbStrings();
  const viewport = useToastViewportContext();
  const action = usePrimaryAction(report, { onRetry, retry });

  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen ?? true);
  const open = openProp ?? uncontrolledOpen;
  const userGesture = useRef(false);
  const closedBy = useRef<SlbToastCloseReason | null>(null);
  const onDismissRef = useRef(onDismiss);
  useIsomorphicLayoutEffect(() => {
    onDismissRef.current = onDismiss;
  });

  // Cleared in a task, not a microtask: in a browser, microtasks run between an event's
  // capture and bubble listeners, so a microtask would clear the mark before Radix closes the toast.
  const markGesture = () => {
    userGesture.current = true;
    setTimeout(() => {
      userGesture.current = false;
    }, 0);
  };
  const handleOpenChange = (next: boolean) => {
    if (!next) closedBy.current = userGesture.current ? 'dismiss' : 'expire';
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  // Radix unmounts the <li> once its exit animation ends: only then is the toast gone.
  const setNode = useCallback(
    (node: HTMLLIElement | null) => {
      assignRef(forwardedRef, node);
      if (node !== null || closedBy.current === null) return;
      const reason = closedBy.current;
      closedBy.current = null;
      onDismissRef.current?.(reason);
    },
    [forwardedRef],
  );

  const persistent = action !== null;
  const { documentHidden } = viewport;
  const wrapPrimary = (element: ReactNode, primary: { readonly label: string }) => (
    <ToastPrimitive.Action asChild altText={primary.label}>
      {element}
    </ToastPrimitive.Action>
  );

  return (
    <ToastPrimitive.Root
      {...rest}
      ref={setNode}
      type={report.severity === 'error' ? 'foreground' : 'background'}
      duration={persistent || documentHidden ? Infinity : (duration ?? viewport.duration)}
      open={open}
      onOpenChange={handleOpenChange}
      className={clsx('slb-toast', className)}
      data-slb-toast=""
      data-slb-intent={report.intent}
      data-slb-severity={report.severity}
      data-slb-persistent={persistent ? '' : undefined}
      onClickCapture={(event) => {
        markGesture();
        onClickCapture?.(event);
      }}
      onKeyDownCapture={(event) => {
        if (event.key === 'Escape') markGesture();
        onKeyDownCapture?.(event);
      }}
      onSwipeEnd={(event) => {
        markGesture();
        onSwipeEnd?.(event);
      }}
      onEscapeKeyDown={(event) => {
        onEscapeKeyDown?.(event);
        // Escape closes the toast that has focus, and nothing else: Radix would also close the newest
        // toast on an Escape anywhere on the page (meant for a menu or a search box), and on the
        // notification region Escape means "take me back".
        const target = event.target;
        if (!(target instanceof Element && target.closest('[data-slb-toast]'))) event.preventDefault();
      }}
    >
      <SeverityIcon severity={report.severity} />
      <div className="slb-toast__body">
        <ToastPrimitive.Title className="slb-toast__title">
          <TitleText report={report} count={count} />
        </ToastPrimitive.Title>
        <ToastPrimitive.Description className="slb-toast__description">
          <bdi>{report.description}</bdi>
        </ToastPrimitive.Description>
        <ServerMessage report={report} />
        <div className="slb-toast__details" {...ANNOUNCE_EXCLUDE}>
          <PermissionPolicy report={report} />
          <ErrorDetails report={report} />
        </div>
        <ActionRow report={report} action={action} wrapPrimary={wrapPrimary} secondaryProps={ANNOUNCE_EXCLUDE} />
      </div>
      <ToastPrimitive.Close className="slb-dismiss" aria-label={strings.dismiss}>
        <CloseIcon />
      </ToastPrimitive.Close>
    </ToastPrimitive.Root>
  );
});
