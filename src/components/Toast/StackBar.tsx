'use client';
import type { SlbSeverity } from '../../catalog/types.js';
import type { SlbUiStrings } from '../../core/locale.js';
import type { SlbErrorEntry } from '../../engine/queue.js';
import { ChevronIcon, SeverityIcon } from '../shared/icons.js';
import { formatString, useSlbStrings } from '../strings.js';

const COUNT_LABEL: Readonly<Record<SlbSeverity, keyof SlbUiStrings>> = {
  error: 'countErrors',
  warning: 'countWarnings',
  info: 'countNotices',
};
const SEVERITIES: readonly SlbSeverity[] = ['error', 'warning', 'info'];

export interface StackBarProps {
  readonly entries: readonly SlbErrorEntry[];
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** Absent when nothing is left to dismiss (only toasts on their way out). */
  readonly onDismissAll?: (() => void) | undefined;
}

/** Under a stack of toasts: how many of each severity, "Show all" / "Show less", and "Dismiss all". */
export function StackBar({ entries, expanded, onToggle, onDismissAll }: StackBarProps) {
  const strings = useSlbStrings();
  const counts = SEVERITIES.map(
    (severity) => [severity, entries.filter((entry) => entry.report.severity === severity).length] as const,
  ).filter(([, count]) => count > 0);
  return (
    <div className="slb-stack-bar">
      <button type="button" className="slb-stack-bar__toggle" aria-expanded={expanded} onClick={onToggle}>
        <span className="slb-stack-bar__counts">
          {counts.map(([severity, count]) => (
            <span key={severity} className="slb-stack-bar__count" data-slb-severity={severity}>
              <SeverityIcon severity={severity} />
              <span aria-hidden="true">{count}</span>
              <span className="slb-visually-hidden">{formatString(strings[COUNT_LABEL[severity]], { count })}</span>
            </span>
          ))}
        </span>
        <span className="slb-stack-bar__label">
          <bdi>
            {expanded ? strings.showLess : formatString(strings.showAllNotifications, { count: entries.length })}
          </bdi>
        </span>
        <ChevronIcon />
      </button>
      {onDismissAll && (
        <button type="button" className="slb-button slb-button--quiet" onClick={onDismissAll}>
          {strings.dismissAll}
        </button>
      )}
    </div>
  );
}
