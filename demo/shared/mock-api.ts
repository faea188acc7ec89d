// What the demo's dev server understands besides the app: shared by the server plugin and the
// failure lab in the browser. No Node or DOM imports here.

/** The SLB actions the mock endpoint implements. */
export const MOCK_ACTIONS = [
  'DescribeLoadBalancers',
  'DescribeLoadBalancerListeners',
  'CreateLoadBalancerTCPListener',
] as const;
export type MockAction = (typeof MOCK_ACTIONS)[number];

/**
 * Failures that are not rows of the kit's catalog: what a gateway or the network does.
 * Catalog rows are armed by their id (`slb-145`, `common-Throttling.User`).
 */
export const MOCK_TRANSPORT_FAILURES = [
  { id: 'gateway-html-502', label: '502 Bad Gateway: an HTML page instead of a JSON body', status: 502 },
  { id: 'gateway-empty-500', label: '500 with an empty body', status: 500 },
  { id: 'hang', label: 'No answer: the SDK’s 3 s read timeout fires', status: null },
] as const;
export type MockTransportFailureId = (typeof MOCK_TRANSPORT_FAILURES)[number]['id'];

/** Body of `POST /__mock/fail`. */
export interface MockFailureRequest {
  /** A catalog entry id (`slb-145`, `common-Throttling.User`) or a transport failure id. */
  readonly id?: string;
  /** How many matching calls fail. @defaultValue 1 */
  readonly times?: number;
  /** Sent as `x-acs-retry-after` (milliseconds), the throttling hint. */
  readonly retryAfterMs?: number;
  /** The endpoint performs the call but never answers; the SDK's read timeout fires. */
  readonly hang?: boolean;
  /** HTTP status instead of the row's documented one. */
  readonly status?: number;
  /** Only calls of this action fail; absent: any action. */
  readonly action?: string;
}

/** What is armed now, as `/__mock/fail` and `/__mock/state` report it. */
export interface MockArmedFailure {
  readonly id: string;
  readonly code: string | null;
  readonly message: string | null;
  readonly status: number | null;
  readonly remaining: number;
  readonly retryAfterMs: number | null;
  readonly hang: boolean;
  readonly action: string | null;
}

/** One call the mock endpoint received. */
export interface MockCall {
  readonly at: number;
  readonly action: string;
  /** HTTP status answered, or `null` for a call left hanging. */
  readonly status: number | null;
  readonly code: string | null;
  readonly requestId: string | null;
  readonly clientToken: string | null;
}

/** `GET /__mock/state`. */
export interface MockState {
  readonly armed: MockArmedFailure | null;
  readonly requests: number;
  readonly lastRequestId: string | null;
  /** The most recent calls, newest last (at most 20). */
  readonly calls: readonly MockCall[];
}

/** Presets of the failure lab and the end-to-end test. */
export const MOCK_PRESETS = {
  throttle: { id: 'common-Throttling.User', retryAfterMs: 2000, times: 1 },
  serverError: { id: 'common-ServiceUnavailable', times: 1 },
  hang: { id: 'hang', hang: true, times: 1 },
} as const satisfies Record<string, MockFailureRequest>;
