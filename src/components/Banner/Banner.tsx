'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import { CountBadge } from '../shared/CountBadge.js';
import { CloseIcon, SeverityIcon } from '../shared/icons.js';
import { SurfaceBody, type SurfaceReportProps, splitSurfaceProps } from '../shared/SurfaceBody.js';
import { BLOCKING_INTENT } from '../shared/tables.js';
import { useSlbStrings } from '../strings.js';

export interface BannerProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'title' | 'children' | 'role'>, SurfaceReportProps {
  readonly report: SlbErrorReport;
  /** How many times the error arrived; shown as ×N from 2 on, without announcing it again. @defaultValue 1 */
  readonly count?: number | undefined;
  /** Shows a Dismiss button that calls it. The banner never removes itself. */
  readonly onDismiss?: (() => void) | undefined;
  /** Level of the title heading. @defaultValue 2 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
}

/** Whether an intent blocks the whole page (billing, verify-account, sign-in): such banners are alerts. */
export function isBlockingIntent(intent: SlbErrorReport['intent']): boolean {
  return BLOCKING_INTENT[intent];
}

/**
 * A page-level, persistent error: a region labelled by its title, and `role="alert"` only when
 * the error blocks the page. Focusable from code (`tabIndex={-1}`), never focusing itself.
 */
export const Banner = forwardRef<HTMLElement, BannerProps>(function Banner(props, ref) {
  const [body, { count = 1, onDismiss, headingLevel = 2, className, ...rest }] = splitSurfaceProps(props);
  const { report } = body;
  const strings = useSlbStrings();
  const baseId = `slb-banner-${useId().replace(/:/g, '')}`;
  const titleId = `${baseId}-title`;
  const descriptionId = `${baseId}-description`;
  const blocking = BLOCKING_INTENT[report.intent];
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      {...rest}
      // Two errors of one family share a title: the description keeps their regions apart.
      aria-labelledby={`${titleId} ${descriptionId}`}
      className={clsx('slb-banner', className)}
      data-slb-intent={report.intent}
      data-slb-severity={report.severity}
      data-slb-blocking={blocking ? '' : undefined}
    >
      <SeverityIcon severity={report.severity} />
      <div className="slb-banner__body">
        <SurfaceBody
          {...body}
          alert={blocking}
          renderTitle={(children) => (
            <Heading id={titleId} className="slb-banner__title">
              {children}
            </Heading>
          )}
          renderDescription={(children) => (
            <p id={descriptionId} className="slb-banner__description">
              {children}
            </p>
          )}
        />
      </div>
      <div className="slb-end">
        <CountBadge count={count} />
        {onDismiss && (
          <button type="button" className="slb-dismiss" aria-label={strings.dismiss} onClick={onDismiss}>
            <CloseIcon />
          </button>
        )}
      </div>
    </section>
  );
});
