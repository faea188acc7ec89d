export { Toast, ToastViewport } from './Toast/index.js';
export { Banner, BannerStack, compareBannerEntries, isBlockingIntent } from './Banner/index.js';
export { InlineError, focusFirstInvalid, useSlbFieldRegistry, useRegisteredFields } from './InlineError/index.js';
export { ErrorOutlet, useSlbPlacement } from './ErrorOutlet/index.js';
export { SlbErrorBoundary, isCallError } from './ErrorBoundary/index.js';
export {
  CopyButton,
  ExternalLink,
  RetryButton,
  buildLeastPrivilegePolicy,
  copyText,
  usePrimaryAction,
} from './actions/index.js';
export { SLB_UI_STRINGS_EN, formatString, useSlbStrings } from './strings.js';
export type { SlbToastCloseReason, ToastProps, ToastViewportProps } from './Toast/index.js';
export type { BannerProps, BannerStackProps } from './Banner/index.js';
export type { InlineErrorHookProps, InlineErrorProps, InlineErrorReportProps } from './InlineError/index.js';
export type { ErrorOutletProps } from './ErrorOutlet/index.js';
export type { SlbErrorBoundaryFallbackProps, SlbErrorBoundaryProps } from './ErrorBoundary/index.js';
export type {
  CopyButtonProps,
  ExternalLinkProps,
  PrimaryActionOptions,
  RetryButtonProps,
  SlbPrimaryAction,
} from './actions/index.js';
