// A report on the banner's look, drawn by the kit's own surface body in a plain element: a page
// of real Banners would be dozens of region landmarks with the same name (axe's landmark-unique)
// and, for billing, dozens of alerts read out on every filter change.
import { SeverityIcon } from '../../src/components/shared/icons.tsx';
import { SurfaceBody } from '../../src/components/shared/SurfaceBody.tsx';
import { type SlbErrorReport, isBlockingIntent } from '../../src/index.ts';

export interface BannerPreviewProps {
  readonly report: SlbErrorReport;
  /** Gives `retry` reports their Retry button, as a hook with an operation does. */
  readonly onRetry: () => void;
}

export function BannerPreview({ report, onRetry }: BannerPreviewProps) {
  return (
    <div
      className="slb-banner"
      data-slb-intent={report.intent}
      data-slb-severity={report.severity}
      data-slb-blocking={isBlockingIntent(report.intent) ? '' : undefined}
    >
      <SeverityIcon severity={report.severity} />
      <div className="slb-banner__body">
        <SurfaceBody
          report={report}
          onRetry={onRetry}
          renderTitle={(children) => <h3 className="slb-banner__title">{children}</h3>}
          renderDescription={(children) => <p className="slb-banner__description">{children}</p>}
        />
      </div>
    </div>
  );
}
