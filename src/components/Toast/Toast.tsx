'use client';
import * as ToastPrimitive from '@radix-ui/react-toast';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef, useCallback, useEffect, useRef, useState } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import { usePrimaryAction } from '../actions/primary.js';
import { CountBadge } from '../shared/CountBadge.js';
import { CloseIcon, SeverityIcon, SuccessIcon } from '../shared/icons.js';
import { assignRef } from '../shared/refs.js';
import { SurfaceBody, type SurfaceReportProps, splitSurfaceProps } from '../shared/SurfaceBody.js';
import { SEVERITY_LABEL } from '../shared/tables.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { useSlbStrings } from '../strings.js';
import { useToastViewportContext } from './context.js';

/** Why a toast went away: the user closed it or acted on it, or it ran out of time. */
export type SlbToastCloseReason = 'dismiss' | 'expire';

type RootProps = ComponentPropsWithoutRef<typeof ToastPrimitive.Root>;

export interface ToastProps extends Omit<RootProps, 'type' | 'duration' | 'title' | 'children'>, SurfaceReportProps {
  readonly report: SlbErrorReport;
  /** How many times the error arrived; shown as ×N from 2 on, without announcing it again. @defaultValue 1 */
  readonly count?: number | undefined;
  /** Called once the toast has closed and left the screen. */
  readonly onDismiss?: ((reason: SlbToastCloseReason) => void) | undefined;
  /**
   * Milliseconds before a toast without a primary action closes; a toast with one never does (WCAG 2.2.1).
   * @defaultValue the viewport's `duration` (8000)
   */
  readonly duration?: number | undefined;
  /** The operation succeeded on a retry: the toast says so briefly instead of the error. */
  readonly resolved?: boolean | undefined;
  /**
   * Says the toast once in the viewport's live region when it appears (not while hidden). The
   * viewport's own toasts are announced by the viewport, in batches. @defaultValue true
   */
  readonly announce?: boolean | undefined;
}

/** An error report as a Radix toast: an action or open details keep it until dismissed. */
export const Toast = forwardRef<HTMLLIElement, ToastProps>(function Toast(props, forwardedRef) {
  const [
    body,
    {
      count = 1,
      onDismiss,
      duration,
      resolved = false,
      announce = true,
      open: openProp,
      defaultOpen,
      onOpenChange,
      onEscapeKeyDown,
      onSwipeEnd,
      onClickCapture,
      onKeyDownCapture,
      className,
      ...rest
    },
  ] = splitSurfaceProps(props);
  const { report, retryProgress, onRetry, defaultDetailsOpen = false } = body;
  const strings = useSlbStrings();
  const viewport = useToastViewportContext();
  const action = usePrimaryAction(report, { onRetry, retryProgress });
  const [detailsOpen, setDetailsOpen] = useState(defaultDetailsOpen);

  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen ?? true);
  const open = openProp ?? uncontrolledOpen;
  const userGesture = useRef(false);
  const closedBy = useRef<SlbToastCloseReason | null>(null);
  const onDismissRef = useRef(onDismiss);
  const openRef = useRef(open);
  useIsomorphicLayoutEffect(() => {
    onDismissRef.current = onDismiss;
    openRef.current = open;
  });

  // Cleared in a task, not a microtask: in a browser, microtasks run between an event's
  // capture and bubble listeners, so a microtask would clear the mark before Radix closes the toast.
  const markGesture = () => {
    userGesture.current = true;
    setTimeout(() => {
      userGesture.current = false;
    }, 0);
  };
  // An Escape pressed elsewhere on the page, which Radix would take as "close the newest toast".
  const escapeElsewhere = useRef(false);
  const handleOpenChange = (next: boolean) => {
    if (!next && escapeElsewhere.current) {
      escapeElsewhere.current = false;
      return;
    }
    if (!next) closedBy.current = userGesture.current ? 'dismiss' : 'expire';
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  const close = () => {
    markGesture();
    handleOpenChange(false);
  };
  // Radix unmounts the <li> once its exit animation ends: only then is the toast gone.
  const nodeRef = useRef<HTMLLIElement | null>(null);
  const setNode = useCallback(
    (node: HTMLLIElement | null) => {
      assignRef(forwardedRef, node);
      nodeRef.current = node;
      // Closed by Radix (a gesture or its timer), or by the `open` prop (an entry that left).
      if (node !== null || (closedBy.current === null && openRef.current)) return;
      const reason = closedBy.current ?? 'expire';
      closedBy.current = null;
      onDismissRef.current?.(reason);
    },
    [forwardedRef],
  );

  const { say } = viewport;
  const hiddenProp = rest.hidden === true;
  const announced = useRef(false);
  useEffect(() => {
    if (!announce || hiddenProp || announced.current) return;
    announced.current = true;
    const label = strings[SEVERITY_LABEL[report.severity]];
    say(
      `${label}${strings.labelSeparator}${report.title} ${report.description}`,
      report.severity === 'error' ? 'assertive' : 'polite',
    );
  }, [announce, hiddenProp, say, strings, report]);

  const persistent =
    !resolved && (action !== null || retryProgress?.state === 'waiting' || retryProgress?.state === 'running');
  const holds = persistent || detailsOpen || viewport.documentHidden;

  return (
    <ToastPrimitive.Root
      {...rest}
      ref={setNode}
      type={report.severity === 'error' ? 'foreground' : 'background'}
      duration={holds ? Infinity : (duration ?? viewport.duration)}
      open={open}
      onOpenChange={handleOpenChange}
      className={clsx('slb-toast', className)}
      data-slb-toast=""
      data-slb-intent={report.intent}
      data-slb-severity={resolved ? 'success' : report.severity}
      data-slb-persistent={persistent ? '' : undefined}
      onClickCapture={(event) => {
        onClickCapture?.(event);
        markGesture();
      }}
      onKeyDownCapture={(event) => {
        onKeyDownCapture?.(event);
        if (event.key === 'Escape') markGesture();
      }}
      onSwipeEnd={(event) => {
        onSwipeEnd?.(event);
        markGesture();
      }}
      onEscapeKeyDown={(event) => {
        onEscapeKeyDown?.(event);
        if (event.defaultPrevented) return;
        // Escape closes the toast that has focus, and nothing else: Radix would also close the newest
        // toast on an Escape anywhere on the page (meant for a menu, a search box, a dialog or another
        // viewport's toast), and on the notification region Escape means "take me back". The close is
        // refused rather than the key's default prevented, so the page's own Escape still happens.
        const target = event.target;
        if (target instanceof Node && nodeRef.current?.contains(target)) return;
        escapeElsewhere.current = true;
        setTimeout(() => {
          escapeElsewhere.current = false;
        }, 0);
      }}
    >
      {resolved ? (
        <>
          <SuccessIcon />
          <div className="slb-toast__body">
            <ToastPrimitive.Title className="slb-toast__title">{strings.retrySucceeded}</ToastPrimitive.Title>
            <ToastPrimitive.Description className="slb-toast__description">
              <bdi>{report.title}</bdi>
            </ToastPrimitive.Description>
          </div>
        </>
      ) : (
        <>
          <SeverityIcon severity={report.severity} />
          <div className="slb-toast__body">
            <SurfaceBody
              {...body}
              onActionDone={close}
              onDetailsOpenChange={setDetailsOpen}
              renderTitle={(children) => (
                <ToastPrimitive.Title className="slb-toast__title">{children}</ToastPrimitive.Title>
              )}
              renderDescription={(children) => (
                <ToastPrimitive.Description className="slb-toast__description">{children}</ToastPrimitive.Description>
              )}
            />
          </div>
        </>
      )}
      <div className="slb-end">
        <CountBadge count={count} />
        <ToastPrimitive.Close className="slb-dismiss" aria-label={strings.dismiss}>
          <CloseIcon />
        </ToastPrimitive.Close>
      </div>
    </ToastPrimitive.Root>
  );
});
