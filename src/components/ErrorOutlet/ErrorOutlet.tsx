'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { BannerStack, type BannerStackProps } from '../Banner/BannerStack.js';
import { ToastViewport, type ToastViewportProps } from '../Toast/ToastViewport.js';
import { useSlbPlacement } from './placement.js';

export interface ErrorOutletProps extends ComponentPropsWithoutRef<'div'> {
  /** Options of the toast viewport, or `false` to render no toasts here (when the app mounts its own viewport). */
  readonly toasts?: Omit<ToastViewportProps, 'entries'> | false | undefined;
  /** Level of each banner's title. @defaultValue 2 */
  readonly headingLevel?: BannerStackProps['headingLevel'];
}

/**
 * Shows every error of the provider's queue where its report says: banners here, toasts in a
 * notification region, inline errors under their field (or as a toast when no InlineError
 * for that field is mounted). Needs nothing but an `SlbErrorProvider` above it.
 *
 * @example
 * <SlbErrorProvider>
 *   <ErrorOutlet />
 *   <App />
 * </SlbErrorProvider>
 */
export const ErrorOutlet = forwardRef<HTMLDivElement, ErrorOutletProps>(function ErrorOutlet(
  { toasts, headingLevel, className, ...rest },
  ref,
) {
  const placement = useSlbPlacement();
  return (
    <div ref={ref} {...rest} className={clsx('slb-outlet', className)}>
      <BannerStack entries={placement.banner} headingLevel={headingLevel} />
      {toasts !== false && <ToastViewport {...toasts} entries={placement.toast} />}
    </div>
  );
});
