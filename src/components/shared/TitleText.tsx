'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { useSlbStrings } from '../strings.js';
import { SEVERITY_LABEL } from './tables.js';

/** A report's title, led by its severity in words for screen readers (never colour alone). */
export function TitleText({ report }: { readonly report: SlbErrorReport }) {
  const strings = useSlbStrings();
  return (
    <>
      <span className="slb-visually-hidden">
        {strings[SEVERITY_LABEL[report.severity]]}
        {strings.labelSeparator.trimEnd()}
      </span>{' '}
      <span className="slb-title-text">{report.title}</span>
    </>
  );
}
