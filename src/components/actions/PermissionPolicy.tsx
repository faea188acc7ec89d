'use client';
import { useId } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import { useSlbStrings } from '../strings.js';
import { CopyButton } from './CopyButton.js';
import { buildLeastPrivilegePolicy, deniedAction } from './policy.js';

/** For RAM denials: the denied action and a copyable least-privilege policy an administrator can attach. */
export function PermissionPolicy({ report }: { readonly report: SlbErrorReport }) {
  const strings = useSlbStrings();
  const captionId = useId();
  if (report.intent !== 'permission') return null;
  const action = deniedAction(report.accessDenied);
  const policy = buildLeastPrivilegePolicy(report.accessDenied);
  if (action === null || policy === null) return null;
  return (
    <div className="slb-policy">
      <p className="slb-policy__action">
        {strings.deniedAction}: <code>{action}</code>
      </p>
      <figure className="slb-policy__figure" aria-labelledby={captionId}>
        <figcaption id={captionId} className="slb-policy__label">
          {strings.policyLabel}
        </figcaption>
        <pre className="slb-policy__json" tabIndex={0}>
          <code>{policy}</code>
        </pre>
      </figure>
      <CopyButton text={policy} label={strings.copyPolicy} copiedMessage={strings.policyCopied}>
        {strings.copyPolicy}
      </CopyButton>
    </div>
  );
}
