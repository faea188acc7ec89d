'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { safeHttpsUrl } from '../../core/links.js';
import { ExternalIcon } from '../shared/icons.js';
import { useSlbStrings } from '../strings.js';

export interface ExternalLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'target' | 'rel'> {
  /** Rendered only when it is an `https:` URL; anything else renders nothing. */
  readonly href: string | null | undefined;
}

/** A link that opens in a new tab, says so to screen readers, and refuses every scheme but `https:`. */
export const ExternalLink = forwardRef<HTMLAnchorElement, ExternalLinkProps>(function ExternalLink(
  { href, className, children, type: _buttonType, ...rest },
  ref,
) {
  const strings = useSlbStrings();
  // Reports already carry https-only links; this check stays for reports built by hand.
  const safe = safeHttpsUrl(href);
  if (safe === null) return null;
  return (
    <a
      ref={ref}
      {...rest}
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      className={clsx('slb-link', className)}
    >
      {children} <span className="slb-visually-hidden">{strings.opensInNewTab}</span>
      <ExternalIcon />
    </a>
  );
});
