'use client';
import type { SlbErrorReport } from '../../core/types.js';
import { CopyButton } from '../actions/CopyButton.js';
import { ExternalLink } from '../actions/ExternalLink.js';
import { buildLeastPrivilegePolicy } from '../actions/policy.js';
import { ChevronIcon } from '../shared/icons.js';
import { useSlbStrings } from '../strings.js';
import { useDisclosure } from './useDisclosure.js';

/**
 * For RAM denials: the least-privilege policy behind "View policy" (with Copy), and the RAM
 * console, labelled as the administrators' tool it is. The denied action is among the facts.
 */
export function PermissionDetails({ report }: { readonly report: SlbErrorReport }) {
  const strings = useSlbStrings();
  const policyDisclosure = useDisclosure();
  if (report.intent !== 'permission') return null;
  const policy = buildLeastPrivilegePolicy(report.accessDenied);
  return (
    <div className="slb-policy">
      {policy !== null && (
        <>
          <button {...policyDisclosure.buttonProps} className="slb-button slb-button--quiet slb-disclosure">
            {strings.viewPolicy}
            <ChevronIcon />
          </button>
          <div id={policyDisclosure.panelId} hidden={!policyDisclosure.open}>
            {policyDisclosure.open && (
              <figure className="slb-policy__figure" aria-label={strings.policyLabel}>
                <pre className="slb-policy__json" tabIndex={0} translate="no">
                  <code>{policy}</code>
                </pre>
                <CopyButton text={policy} label={strings.copyPolicy} copiedMessage={strings.policyCopied}>
                  {strings.copyPolicy}
                </CopyButton>
              </figure>
            )}
          </div>
        </>
      )}
      <ExternalLink href={report.links.permission} className="slb-action slb-action--secondary">
        {strings.ramConsole}
      </ExternalLink>
    </div>
  );
}
