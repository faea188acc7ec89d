// What <Banner> renders for a report, from the kit's own parts and styles, in a plain element.
// A page of real Banners would be dozens of region landmarks with the same name (titles are per
// intent: axe's landmark-unique fails) and, for billing, dozens of alerts read out on every filter
// change. Keep this in step with src/components/Banner/Banner.tsx.
import {
  ActionRow,
  ErrorDetails,
  PermissionPolicy,
  ServerMessage,
  usePrimaryAction,
} from '../../src/components/actions/index.ts';
import { SeverityIcon } from '../../src/components/shared/icons.tsx';
import { TitleText } from '../../src/components/shared/TitleText.tsx';
import { type SlbErrorReport, isBlockingIntent } from '../../src/index.ts';

export interface BannerPreviewProps {
  readonly report: SlbErrorReport;
  /** Gives `retry` reports their Retry button, as a hook with an operation does. */
  readonly onRetry: () => void;
}

export function BannerPreview({ report, onRetry }: BannerPreviewProps) {
  const action = usePrimaryAction(report, { onRetry });
  return (
    <div
      className="slb-banner"
      data-slb-intent={report.intent}
      data-slb-severity={report.severity}
      data-slb-blocking={isBlockingIntent(report.intent) ? '' : undefined}
    >
      <SeverityIcon severity={report.severity} />
      <div className="slb-banner__body">
        <h3 className="slb-banner__title">
          <TitleText report={report} />
        </h3>
        <p className="slb-banner__description">{report.description}</p>
        <ServerMessage report={report} />
        <PermissionPolicy report={report} />
        <ErrorDetails report={report} />
        <ActionRow report={report} action={action} />
      </div>
    </div>
  );
}
