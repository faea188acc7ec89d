'use client';
import type { useDisclosure } from '../details/useDisclosure.js';
import { useSlbStrings } from '../strings.js';
import { ChevronIcon } from './icons.js';

/** The "Details" disclosure button of every surface; `inline` is InlineError's smaller one. */
export function DetailsButton({
  inline,
  ...buttonProps
}: ReturnType<typeof useDisclosure>['buttonProps'] & { inline?: boolean }) {
  const strings = useSlbStrings();
  return (
    <button
      {...buttonProps}
      className={
        inline
          ? 'slb-button slb-button--quiet slb-button--inline slb-disclosure'
          : 'slb-button slb-button--quiet slb-disclosure'
      }
    >
      {strings.details}
      <ChevronIcon />
    </button>
  );
}
