// slb-error-kit/engine: the React-free parts under the hook and the components, for apps that
// build their own surfaces or drive the kit from outside React. See docs/architecture.md.
export { createSlbErrorClient } from './client.js';
export { SlbErrorQueue } from './queue.js';
export { SlbRetryCoordinator } from './coordinator.js';
export { SlbOperationRunner, createClientToken, reduceRunner } from './runner.js';
export { linkRunner } from './link.js';
export { DEFAULT_RETRY_POLICY, computeRetryDelay, decideRetry, resolvePolicy } from './policy.js';
export { placeSlbEntries } from './placement.js';
export { SlbFieldRegistry } from './fields.js';
export { createStore } from './store.js';
export type { SlbErrorClient, SlbErrorClientOptions } from './client.js';
export type {
  SlbEntryOutcome,
  SlbErrorActions,
  SlbErrorEntry,
  SlbErrorQueueOptions,
  SlbRetryProgress,
} from './queue.js';
export type {
  SlbOperation,
  SlbOperationContext,
  SlbRunOptions,
  SlbRunResult,
  SlbRunStatus,
  SlbRunnerConfig,
  SlbRunnerState,
  SlbRunnerTransition,
} from './runner.js';
export type { SlbRunnerLink, SlbRunnerLinkTarget } from './link.js';
export type { SlbRetryDecision, SlbRetryPolicy, SlbRetryQuestion, SlbStopReason } from './policy.js';
export type { SlbPlacement } from './placement.js';
export type { SlbInlineHomes } from './fields.js';
export type { SlbStore } from './store.js';
