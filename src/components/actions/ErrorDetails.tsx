'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { useSlbStrings } from '../strings.js';
import { CopyButton } from './CopyButton.js';

/** Error code and request id (with a copy button), the facts support asks for. */
export function ErrorDetails({ report }: { readonly report: SlbErrorReport }) {
  const strings = useSlbStrings();
  const { code, requestId } = report;
  if (code === null && requestId === null) return null;
  return (
    <dl className="slb-details">
      {code !== null && (
        <div className="slb-details__item">
          <dt>{strings.errorCode}</dt>
          <dd>
            <code>{code}</code>
          </dd>
        </div>
      )}
      {requestId !== null && (
        <div className="slb-details__item">
          <dt>{strings.requestId}</dt>
          <dd>
            <code className="slb-details__request-id">{requestId}</code>
            <CopyButton text={requestId} label={strings.copyRequestId} copiedMessage={strings.copied}>
              {strings.copy}
            </CopyButton>
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The server's own message, shown only when no catalog row explains the error (then it is the
 * only specific thing known). It is already redacted; React renders it as text.
 */
export function ServerMessage({ report }: { readonly report: SlbErrorReport }) {
  const message = report.message.trim();
  if (report.entry !== null || message === '' || message === report.description) return null;
  return (
    // SLB API messages are English whatever the UI language; a message in Chinese keeps the page's.
    <p className="slb-server-message" lang={/[\u3400-\u9fff]/.test(message) ? undefined : 'en'}>
      {message}
    </p>
  );
}
