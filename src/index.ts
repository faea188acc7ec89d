// slb-error-kit: what the README documents, and nothing else. The React-free parts for advanced
// apps are in slb-error-kit/engine, the classifier alone in slb-error-kit/core. A test keeps a
// snapshot of every entry point's names (test/api/exports.test.ts).
export { classifySlbError } from './core/classify.js';
export { classifySlbResponse } from './core/response.js';
export { createSlbErrorClient } from './engine/client.js';
export { SlbErrorProvider } from './hooks/context.js';
export { useSlbError } from './hooks/useSlbError.js';
export { useSlbCooldown, useSlbErrorQueue } from './hooks/useSlbErrorQueue.js';
export { ErrorOutlet, useSlbPlacement } from './components/ErrorOutlet/index.js';
export { Toast, ToastViewport } from './components/Toast/index.js';
export { Banner, BannerStack } from './components/Banner/index.js';
export { InlineError, focusFirstInvalid } from './components/InlineError/index.js';
export { SlbErrorBoundary } from './components/ErrorBoundary/index.js';

export type {
  SlbAccessDenied,
  SlbClassifyOptions,
  SlbErrorOrigin,
  SlbErrorReport,
  SlbLinkKind,
  SlbLinkOverride,
  SlbLinks,
  SlbMatchKind,
  SlbProduct,
  SlbSite,
} from './core/types.js';
export type {
  SlbCatalogRow,
  SlbErrorFamily,
  SlbIntent,
  SlbProductKey,
  SlbSeverity,
  SlbSurface,
} from './catalog/types.js';
export type { SlbLocale, SlbLocaleOption, SlbLocaleTag, SlbUiStrings, SlbWords } from './core/locale.js';
// The engine's types a hook or component user meets (an entry, a run's result, the policy).
export type {
  SlbErrorActions,
  SlbErrorClient,
  SlbErrorClientOptions,
  SlbErrorEntry,
  SlbOperation,
  SlbOperationContext,
  SlbPlacement,
  SlbRetryPolicy,
  SlbRetryProgress,
  SlbRunOptions,
  SlbRunResult,
  SlbRunStatus,
  SlbRunnerState,
  SlbStopReason,
} from './engine/index.js';
export type { SlbErrorProviderProps } from './hooks/context.js';
export type { SlbErrorHandle, SlbFieldProps, UseSlbErrorOptions } from './hooks/useSlbError.js';
export type { SlbToastCloseReason, ToastProps, ToastViewportProps } from './components/Toast/index.js';
export type { BannerProps, BannerStackProps } from './components/Banner/index.js';
export type { InlineErrorHookProps, InlineErrorProps, InlineErrorReportProps } from './components/InlineError/index.js';
export type { ErrorOutletProps } from './components/ErrorOutlet/index.js';
export type { SlbErrorBoundaryFallbackProps, SlbErrorBoundaryProps } from './components/ErrorBoundary/index.js';
