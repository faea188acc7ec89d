'use client';
import type { ReactNode } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbRetryProgress } from '../../engine/queue.js';
import { PrimaryAction } from '../actions/PrimaryAction.js';
import { usePrimaryAction } from '../actions/primary.js';
import { RetryProgress } from '../actions/RetryProgress.js';
import { DetailsPanel } from '../details/DetailsPanel.js';
import { useDisclosure } from '../details/useDisclosure.js';
import { DetailsButton } from './DetailsButton.js';
import { TitleText } from './TitleText.js';

/** A Toast's or Banner's body: title, description, the intent's action and Details. */
export interface SurfaceBodyProps {
  readonly report: SlbErrorReport;
  /** Live retry state of the operation. */
  readonly retryProgress?: SlbRetryProgress | null | undefined;
  /** Runs the operation again; a `retry` report without it has no Retry button. */
  readonly onRetry?: (() => void) | undefined;
  /** Stops an automatic retry in progress. */
  readonly onCancel?: (() => void) | undefined;
  /** Epoch ms the error arrived, for "Copy details". */
  readonly time?: number | null | undefined;
  /** Wraps the title text in the surface's title element. */
  readonly renderTitle: (children: ReactNode) => ReactNode;
  /** Wraps the description text in the surface's description element. */
  readonly renderDescription: (children: ReactNode) => ReactNode;
  /** `role="alert"` on the message (title and description) only, for errors that block the page. */
  readonly alert?: boolean | undefined;
  /** Called after a primary action button did its work (refresh, sign in): a toast closes then. */
  readonly onActionDone?: (() => void) | undefined;
  /** Called when the user opens or closes the details (a toast holds its timer while they are open). */
  readonly onDetailsOpenChange?: ((open: boolean) => void) | undefined;
  /** Details start open (a review matrix, a support page). */
  readonly defaultDetailsOpen?: boolean | undefined;
}

/** What Toast and Banner pass through to their body: the report and its retrying. */
export type SurfaceReportProps = Pick<
  SurfaceBodyProps,
  'report' | 'retryProgress' | 'onRetry' | 'onCancel' | 'time' | 'defaultDetailsOpen'
>;

/** Splits a surface's props into its body's and the rest (its own props and the DOM's). */
export function splitSurfaceProps<P extends SurfaceReportProps>(
  props: P,
): [SurfaceReportProps, Omit<P, keyof SurfaceReportProps>] {
  const { report, retryProgress, onRetry, onCancel, time, defaultDetailsOpen, ...rest } = props;
  return [{ report, retryProgress, onRetry, onCancel, time, defaultDetailsOpen }, rest];
}

function inProgress(retry: SlbRetryProgress | null | undefined): retry is SlbRetryProgress {
  return retry?.state === 'waiting' || retry?.state === 'running';
}

/**
 * What Toast and Banner show for a report. At rest: the title, one description, the intent's
 * action (or the automatic retry's progress with Cancel) and "Details"; everything support
 * needs waits behind "Details" (the same button and panel as InlineError's `FieldBody`).
 */
export function SurfaceBody(props: SurfaceBodyProps) {
  const {
    report,
    retryProgress,
    onRetry,
    onCancel,
    time,
    renderTitle,
    renderDescription,
    alert,
    onActionDone,
    onDetailsOpenChange,
    defaultDetailsOpen = false,
  } = props;
  const details = useDisclosure(onDetailsOpenChange, defaultDetailsOpen);
  const progress = inProgress(retryProgress) && report.retryable;
  const action = usePrimaryAction(report, { onRetry, retryProgress });
  return (
    <>
      {/* Only the message is the alert: a change among the actions (a "Copied" status, a count)
          would otherwise make the screen reader read it again. */}
      <div className="slb-message" role={alert ? 'alert' : undefined}>
        {renderTitle(<TitleText report={report} />)}
        {renderDescription(<bdi>{report.description}</bdi>)}
      </div>
      <div className="slb-actions">
        {progress ? (
          <RetryProgress status={retryProgress} onCancel={onCancel} />
        ) : (
          action !== null && (
            <PrimaryAction
              action={action}
              onClick={action.kind === 'button' && onActionDone ? () => onActionDone() : undefined}
            />
          )
        )}
        <DetailsButton {...details.buttonProps} />
      </div>
      <DetailsPanel
        report={report}
        id={details.panelId}
        open={details.open}
        time={time}
        retryProgress={retryProgress}
      />
    </>
  );
}
