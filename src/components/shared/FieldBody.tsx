'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { DetailsPanel } from '../details/DetailsPanel.js';
import { useDisclosure } from '../details/useDisclosure.js';
import { useSlbStrings } from '../strings.js';
import { DetailsButton } from './DetailsButton.js';
import { SeverityIcon } from './icons.js';
import { SEVERITY_LABEL } from './tables.js';

/** An InlineError's body: the description alone, as one sentence under the field. */
export interface FieldBodyProps {
  readonly report: SlbErrorReport;
  /** The id of the message, which the control's `aria-describedby` names. */
  readonly id: string | undefined;
  /** Details start open (a review matrix, a support page). */
  readonly defaultDetailsOpen?: boolean | undefined;
}

/** InlineError's body: the description as one sentence under its field, and a small "Details". */
export function FieldBody({ report, id, defaultDetailsOpen }: FieldBodyProps) {
  const strings = useSlbStrings();
  const details = useDisclosure(undefined, defaultDetailsOpen);
  return (
    <>
      <p id={id} className="slb-inline-error__message">
        <SeverityIcon severity={report.severity} />
        <span className="slb-visually-hidden">
          {strings[SEVERITY_LABEL[report.severity]]}
          {strings.labelSeparator.trimEnd()}
        </span>{' '}
        <span className="slb-inline-error__description">
          <bdi>{report.description}</bdi>
        </span>
      </p>
      <DetailsButton {...details.buttonProps} inline />
      <DetailsPanel report={report} id={details.panelId} open={details.open} />
    </>
  );
}
