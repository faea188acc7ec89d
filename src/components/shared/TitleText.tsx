'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { formatString, useSlbStrings } from '../strings.js';
import { SEVERITY_LABEL } from './tables.js';

/** A report's title, led by its severity in words (for screen readers) and followed by its repeat count. */
export function TitleText({
  report,
  count = 1,
}: {
  readonly report: SlbErrorReport;
  readonly count?: number | undefined;
}) {
  const strings = useSlbStrings();
  return (
    <>
      <span className="slb-visually-hidden">{strings[SEVERITY_LABEL[report.severity]]}:</span>{' '}
      <span className="slb-title-text">{report.title}</span>
      {count > 1 && (
        <span className="slb-count" data-slb-count={count}>
          {formatString(strings.repeated, { count })}
        </span>
      )}
    </>
  );
}
