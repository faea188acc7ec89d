'use client';
import type { ReactNode } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbRetryStatus } from '../../hooks/queue.js';
import { PrimaryAction } from '../actions/PrimaryAction.js';
import { usePrimaryAction } from '../actions/primary.js';
import { RetryProgress } from '../actions/RetryProgress.js';
import { DetailsPanel } from '../details/DetailsPanel.js';
import { useDisclosure } from '../details/useDisclosure.js';
import { ChevronIcon } from './icons.js';
import { TitleText } from './TitleText.js';
import { useSlbStrings } from '../strings.js';

export interface SurfaceBodyProps {
  readonly report: SlbErrorReport;
  /** Live retry state of the operation. */
  readonly retry?: SlbRetryStatus | null | undefined;
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

function inProgress(retry: SlbRetryStatus | null | undefined): retry is SlbRetryStatus {
  return retry?.state === 'waiting' || retry?.state === 'running';
}

/**
 * What Toast and Banner show for a report. At rest: the title, one description, the intent's
 * action (or the automatic retry's progress with Cancel) and "Details"; everything support
 * needs waits behind "Details".
 */
export function SurfaceBody(props: SurfaceBodyProps) {
  const {
    report,
    retry,
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
  const strings = useSlbStrings();
  const details = useDisclosure(onDetailsOpenChange, defaultDetailsOpen);
  const progress = inProgress(retry) && report.retryable;
  const action = usePrimaryAction(report, { onRetry, retry });
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
          <RetryProgress status={retry} onCancel={onCancel} />
        ) : (
          action !== null && (
            <PrimaryAction
              action={action}
              onClick={action.kind === 'button' && onActionDone ? () => onActionDone() : undefined}
            />
          )
        )}
        <button {...details.buttonProps} className="slb-button slb-button--quiet slb-disclosure">
          {strings.details}
          <ChevronIcon />
        </button>
      </div>
      <DetailsPanel report={report} id={details.panelId} open={details.open} time={time} retry={retry} />
    </>
  );
}
