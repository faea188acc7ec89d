'use client';
import type { ReactNode } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import { formatString, useSlbStrings } from '../strings.js';
import { ExternalLink } from './ExternalLink.js';
import { PrimaryAction } from './PrimaryAction.js';
import type { SlbPrimaryAction } from './primary.js';

export interface ActionRowProps {
  readonly report: SlbErrorReport;
  readonly action: SlbPrimaryAction | null;
  /** Wraps the primary action element, e.g. in Radix `Toast.Action`. */
  readonly wrapPrimary?: ((element: ReactNode, action: SlbPrimaryAction) => ReactNode) | undefined;
  /** Extra attributes for the secondary links and the attempt text. */
  readonly secondaryProps?: Readonly<Record<`data-${string}`, string>> | undefined;
}

/** The primary action, the retry attempt, and the "More about this error" and "Diagnose" links. */
export function ActionRow({ report, action, wrapPrimary, secondaryProps }: ActionRowProps) {
  const strings = useSlbStrings();
  const status = action?.kind === 'retry' ? action.status : null;
  const { errorCenter, diagnose } = report.links;
  if (action === null && errorCenter === undefined && diagnose === undefined) return null;
  const primary = action === null ? null : <PrimaryAction action={action} />;
  return (
    <div className="slb-actions">
      {action !== null && (wrapPrimary ? wrapPrimary(primary, action) : primary)}
      {status !== null && status.maxAttempts > 1 && status.attempt > 0 && (
        <span className="slb-attempt" {...secondaryProps}>
          {formatString(strings.attempt, { attempt: status.attempt, max: status.maxAttempts })}
        </span>
      )}
      <ExternalLink {...secondaryProps} href={errorCenter} className="slb-action slb-action--secondary">
        {strings.moreAboutError}
      </ExternalLink>
      <ExternalLink {...secondaryProps} href={diagnose} className="slb-action slb-action--secondary">
        {strings.diagnose}
      </ExternalLink>
    </div>
  );
}
