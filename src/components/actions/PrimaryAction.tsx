'use client';
import { clsx } from 'clsx';
import { type MouseEvent, type Ref, forwardRef } from 'react';
import { CopyButton } from './CopyButton.js';
import { ExternalLink } from './ExternalLink.js';
import type { SlbPrimaryAction } from './primary.js';
import { RetryButton } from './RetryButton.js';

export interface PrimaryActionProps {
  readonly action: SlbPrimaryAction;
  readonly className?: string | undefined;
  /** Runs after the action's own handler (a toast's close, for instance). */
  readonly onClick?: ((event: MouseEvent<HTMLElement>) => void) | undefined;
}

/**
 * Renders a primary action as one element (a button or a link), forwarding its ref and any
 * extra props, so a wrapper such as Radix `Toast.Action asChild` can decorate it.
 */
export const PrimaryAction = forwardRef<HTMLElement, PrimaryActionProps>(function PrimaryAction(
  { action, className, onClick, ...rest },
  ref,
) {
  const classes = clsx('slb-action', className);
  const primary = clsx('slb-button', 'slb-button--primary', classes);
  // What every kind passes on: the wrapper's extra props and the after-click handler.
  const passed = { ...rest, onClick };
  switch (action.kind) {
    case 'retry':
      return (
        <RetryButton
          ref={ref as Ref<HTMLButtonElement>}
          {...passed}
          className={classes}
          onRetry={action.onRetry}
          status={action.status}
        />
      );
    case 'button':
      return (
        <button
          ref={ref as Ref<HTMLButtonElement>}
          {...rest}
          type="button"
          className={primary}
          onClick={(event) => {
            action.onClick();
            onClick?.(event);
          }}
        >
          {action.label}
        </button>
      );
    case 'link':
      return (
        <ExternalLink ref={ref as Ref<HTMLAnchorElement>} {...passed} href={action.href} className={primary}>
          {action.label}
        </ExternalLink>
      );
    case 'copy':
      return (
        <CopyButton
          ref={ref as Ref<HTMLButtonElement>}
          {...passed}
          {...{ text: action.text, label: action.label, copiedMessage: action.copiedMessage }}
          className={clsx('slb-button--primary', classes)}
        >
          {action.label}
        </CopyButton>
      );
    default:
      return action satisfies never;
  }
});
