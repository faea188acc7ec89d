export { SlbErrorProvider, useSlbErrorContext } from './context.js';
export { useSlbError } from './useSlbError.js';
export { useSlbErrorQueue, useSlbCooldown } from './useSlbErrorQueue.js';
export { SlbErrorQueue } from './queue.js';
export { SlbRetryCoordinator } from './coordinator.js';
export { SlbOperationRunner, createClientToken } from './runner.js';
export { DEFAULT_RETRY_POLICY, computeRetryDelay, resolvePolicy } from './policy.js';
export type { SlbErrorProviderProps, SlbErrorContextValue } from './context.js';
export type { UseSlbErrorOptions, SlbErrorHandle, SlbFieldProps } from './useSlbError.js';
export type { SlbEntryOutcome, SlbErrorEntry, SlbErrorActions, SlbRetryStatus, SlbErrorQueueOptions } from './queue.js';
export type { SlbRetryPolicy, SlbStopReason } from './policy.js';
export type {
  SlbOperation,
  SlbOperationContext,
  SlbRunOptions,
  SlbRunResult,
  SlbRunStatus,
  SlbRunnerState,
  SlbRunnerConfig,
} from './runner.js';
