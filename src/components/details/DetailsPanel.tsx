'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { CopyButton } from '../actions/CopyButton.js';
import { ExternalLink } from '../actions/ExternalLink.js';
import { useSlbStrings } from '../strings.js';
import { PermissionDetails } from './PermissionDetails.js';
import { ServerMessage } from './ServerMessage.js';
import { type SlbSupportContext, supportFacts, supportText } from './supportText.js';

export interface DetailsPanelProps extends SlbSupportContext {
  readonly report: SlbErrorReport;
  /** The id the Details button's `aria-controls` names. */
  readonly id: string;
  readonly open: boolean;
}

/**
 * What support needs, behind the Details button: code, request ID (with Copy), status, action,
 * time, the server's message, RAM details, the Error Center and diagnosis links, and
 * "Copy details". Rendered only while open, so a flood of toasts stays light.
 */
export function DetailsPanel({ report, id, open, time, retryProgress }: DetailsPanelProps) {
  const strings = useSlbStrings();
  const { errorCenter, diagnose } = report.links;
  return (
    <div id={id} className="slb-details" hidden={!open} data-slb-details="">
      {open && (
        <>
          <dl className="slb-details__facts">
            {supportFacts(report, strings, { time, retryProgress }).map(([label, value]) => (
              <div key={label} className="slb-details__fact">
                <dt>{label}</dt>
                <dd>
                  {label === strings.serverMessage ? (
                    <ServerMessage message={value} />
                  ) : (
                    <>
                      <code className="slb-details__value" dir="auto" translate="no">
                        {value}
                      </code>
                      {label === strings.requestId && (
                        <CopyButton text={value} label={strings.copyRequestId} copiedMessage={strings.copied}>
                          {strings.copy}
                        </CopyButton>
                      )}
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <PermissionDetails report={report} />
          <div className="slb-details__actions">
            <CopyButton
              text={supportText(report, strings, { time, retryProgress })}
              label={strings.copyDetails}
              copiedMessage={strings.detailsCopied}
            >
              {strings.copyDetails}
            </CopyButton>
            <ExternalLink href={errorCenter} className="slb-action slb-action--secondary">
              {strings.moreAboutError}
            </ExternalLink>
            <ExternalLink href={diagnose} className="slb-action slb-action--secondary">
              {strings.diagnose}
            </ExternalLink>
          </div>
        </>
      )}
    </div>
  );
}
