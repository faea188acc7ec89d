// Hand-written types for ./harness.mjs. (A `.d.mts` file: TypeScript only pairs `.mjs` with `.d.mts`.)

/** What the mock sends for every request until changed. Object bodies are sent as JSON. */
export interface MockReply {
  status: number;
  /** An object is serialized with JSON.stringify and gets `content-type: application/json;charset=utf-8`. */
  body?: string | object;
  /** Extra response headers; they override the defaults (content-type, x-acs-request-id). */
  headers?: Record<string, string>;
}

export interface MockSlb {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  /** Answer every following request with `reply` (also ends hang mode). */
  respond(reply: MockReply): void;
  /** Accept and drain every following request, never answer it. */
  hang(): void;
  /** Number of HTTP requests received so far. */
  readonly requests: number;
  /** Stops listening and destroys every socket, hung ones included. Idempotent. */
  close(): Promise<void>;
}

export function startMockSlb(): Promise<MockSlb>;

/** Resolves to the URL of a loopback port that was bound and closed again (connecting gives ECONNREFUSED). */
export function closedPortUrl(): Promise<string>;

export interface AccessDeniedDetail {
  readonly PolicyType?: string;
  readonly AuthPrincipalOwnerId?: string;
  readonly EncodedDiagnosticMessage?: string;
  readonly AuthPrincipalType?: string;
  readonly AuthPrincipalDisplayName?: string;
  readonly NoPermissionType?: string;
  readonly AuthAction?: string;
  readonly AuthResource?: string;
}

export interface SlbBodyOptions {
  code: string;
  message: string;
  /** Not part of the body (accepted so a `{ status, code, message }` scenario object can be passed as is). */
  status?: number;
  /** Default {@link DEFAULT_REQUEST_ID}. */
  requestId?: string;
  /** Default `https://api.aliyun.com/troubleshoot?q=<Code>&product=Slb&requestId=<RequestId>`; `null` omits it. */
  recommend?: string | null;
  accessDeniedDetail?: AccessDeniedDetail | string;
  /** Use `requestId`, `hostId`, `code`, … instead of `RequestId`, `HostId`, `Code`, … */
  lowerCamel?: boolean;
  /** The body's `HostId`. Default `slb.aliyuncs.com`. */
  host?: string;
  /** The OpenAPI product of the default Recommend link. Default `Slb`. */
  product?: string;
}

export interface SlbErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend?: string;
  AccessDeniedDetail?: AccessDeniedDetail | string;
}

export interface SlbErrorBodyLowerCamel {
  requestId: string;
  hostId: string;
  code: string;
  message: string;
  recommend?: string;
  accessDeniedDetail?: AccessDeniedDetail | string;
}

export function slbBody(options: SlbBodyOptions & { lowerCamel: true }): SlbErrorBodyLowerCamel;
export function slbBody(options: SlbBodyOptions & { lowerCamel?: false }): SlbErrorBody;
export function slbBody(options: SlbBodyOptions): SlbErrorBody | SlbErrorBodyLowerCamel;

export type SdkName = 'openapi-core' | 'openapi-core-v2' | 'openapi-client' | 'pop-core' | 'pop-core-post';

export type SdkParamValue = string | number | boolean;

export interface SdkCallOptions {
  /** Default 800 ms. */
  readTimeout?: number;
  /** Default 800 ms. */
  connectTimeout?: number;
  /** Merged into the client config (`Config` of openapi-core/openapi-client, RPCClient config of pop-core). */
  config?: Readonly<Record<string, unknown>>;
  /** Merged into `RuntimeOptions` (openapi-core/openapi-client) or the `request()` options (pop-core). */
  runtime?: Readonly<Record<string, unknown>>;
  /** The API version to call (openapi-core): `2020-06-16` for ALB, `2022-04-30` for NLB. Default the Slb API's. */
  version?: string;
}

/** Returned by {@link SdkCaller.call} when the SDK did not throw. */
export interface SdkResolved {
  resolved: unknown;
}

export interface SdkCaller<N extends SdkName = SdkName> {
  readonly name: N;
  /**
   * Calls `action` on `endpointUrl` (`http://host:port`) through the SDK. Resolves to the value the SDK threw,
   * or to `{ resolved: value }` when it did not throw. Never rejects.
   */
  call(
    endpointUrl: string,
    action: string,
    params: Readonly<Record<string, SdkParamValue>>,
    opts?: SdkCallOptions,
  ): Promise<unknown>;
}

export const SDKS: readonly [
  SdkCaller<'openapi-core'>,
  SdkCaller<'openapi-core-v2'>,
  SdkCaller<'openapi-client'>,
  SdkCaller<'pop-core'>,
  SdkCaller<'pop-core-post'>,
];

export function getSdk<N extends SdkName>(name: N): SdkCaller<N>;

export const DUMMY_CREDENTIALS: {
  readonly accessKeyId: 'LTAI5tDUMMYKEYID00000000';
  readonly accessKeySecret: 'DUMMYSECRETdummysecret0000000000';
  readonly securityToken: 'CAISDUMMYSTSTOKEN0000';
};
export const DEFAULT_REQUEST_ID: '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
export const SLB_VERSION: '2014-05-15';
export const SLB_ACTION: 'CreateLoadBalancerTCPListener';
/** The `HostId` each product's servers put in an error body. */
export const HOST_IDS: Readonly<Record<'clb' | 'alb' | 'nlb', string>>;
export const SLB_PARAMS: {
  readonly RegionId: 'cn-hangzhou';
  readonly LoadBalancerId: string;
  readonly ListenerPort: 99999;
  readonly BackendServerPort: 80;
  readonly Bandwidth: -1;
};
export const FORBIDDEN_ACCESS_DENIED_DETAIL: Readonly<Required<Omit<AccessDeniedDetail, 'AuthResource'>>>;

export type ScenarioName =
  | 'json400'
  | 'throttling400'
  | 'systemBusy449'
  | 'unavailable503'
  | 'forbidden403'
  | 'json400lowercase'
  | 'json400codeOnly'
  | 'html502'
  | 'empty500'
  | 'xml400'
  | 'refused'
  | 'timeout';

export type Scenario =
  | { readonly name: ScenarioName; readonly kind: 'reply'; readonly reply: Readonly<MockReply> }
  | { readonly name: ScenarioName; readonly kind: 'hang' }
  | { readonly name: ScenarioName; readonly kind: 'refused' };

/** The recorded scenarios of alicloud.md §1, in recording order. */
export const SCENARIOS: readonly Scenario[];

export function getScenario(name: ScenarioName): Scenario;

/**
 * Puts `mock` into the scenario's state (`respond`/`hang`; `refused` uses {@link closedPortUrl} instead of the
 * mock) and calls {@link SLB_ACTION} with {@link SLB_PARAMS}. Resolves like {@link SdkCaller.call}.
 */
export function runScenario(
  mock: MockSlb,
  sdk: SdkCaller | SdkName,
  scenario: Scenario | ScenarioName,
  opts?: SdkCallOptions,
): Promise<unknown>;

/** JSON value in which non-JSON values are tagged with `$type` (see {@link SerializedTagged}). */
export type EncodedValue = null | boolean | number | string | EncodedValue[] | { [key: string]: EncodedValue };

export type SerializedTagged =
  | { $type: 'undefined' }
  | { $type: 'number'; value: string }
  | { $type: 'bigint'; value: string }
  | { $type: 'symbol'; description: string | null }
  | { $type: 'function'; name: string }
  | { $type: 'circular' }
  | { $type: 'truncated' }
  | { $type: 'object'; nullPrototype: boolean; value: { [key: string]: EncodedValue } }
  | SerializedInstance;

export interface SerializedProp {
  key: string;
  enumerable: boolean;
  value: EncodedValue;
}

/** Any non-plain object: prototype names (nearest first, `''` for anonymous) and every own string-keyed property. */
export interface SerializedInstance {
  $type: 'instance';
  constructorName: string | null;
  protoChain: string[];
  instanceofError: boolean;
  /** In own-key order; `stack` is cut to its first line. */
  props: SerializedProp[];
}

export type SerializedThrown =
  | (SerializedInstance & { jsonStringified: string | null })
  | { $type: 'primitive'; value: EncodedValue; jsonStringified: string | null };

export function serializeThrown(thrown: unknown): SerializedThrown;
