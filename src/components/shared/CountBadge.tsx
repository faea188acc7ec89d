'use client';
import { formatString, useSlbStrings } from '../strings.js';

/**
 * "×3" for an error that arrived three times. It sits outside every live region, so a repeat
 * changes it without being read out again; screen readers find "Occurred 3 times" in place.
 */
export function CountBadge({ count }: { readonly count: number }) {
  const strings = useSlbStrings();
  if (count < 2) return null;
  return (
    <span className="slb-count" data-slb-count={count}>
      <span aria-hidden="true">
        <bdi>{formatString(strings.repeated, { count })}</bdi>
      </span>
      <span className="slb-visually-hidden">{formatString(strings.repeatedLabel, { count })}</span>
    </span>
  );
}
