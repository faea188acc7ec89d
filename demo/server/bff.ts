// The demo's backend-for-frontend: `POST /api/slb/:Action` calls the SLB endpoint with the real
// Alibaba Cloud SDK core (`@alicloud/openapi-core`, the base of every current generated SDK,
// `@alicloud/slb20140515` included) and hands a failure to the browser as the SDK error passed
// through JSON.stringify: the "serialised SDK error through a backend" shape the kit reads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { readJsonObject, sendJson } from './http.ts';

/** The part of `@alicloud/openapi-core` the BFF uses. */
interface OpenApiCoreModule {
  readonly default: new (config: unknown) => {
    callApi(params: unknown, request: unknown, runtime: unknown): Promise<{ body?: unknown; statusCode?: number }>;
  };
  readonly $OpenApiUtil: {
    readonly Config: new (map: Record<string, unknown>) => unknown;
    readonly Params: new (map: Record<string, unknown>) => unknown;
    readonly OpenApiRequest: new (map: Record<string, unknown>) => unknown;
  };
}

interface DaraModule {
  readonly RuntimeOptions: new (map: Record<string, unknown>) => unknown;
}

// The SDKs are CommonJS with `__esModule` markers: `require` gives `module.exports` wherever this runs.
const requireHere = createRequire(import.meta.url);
const openapiCore = requireHere('@alicloud/openapi-core') as OpenApiCoreModule;
const dara = requireHere('@darabonba/typescript') as DaraModule;

/** Obviously fake credentials: the mock endpoint checks nothing, and no real key is ever near the demo. */
const DUMMY_CREDENTIALS = {
  accessKeyId: 'LTAI5tDUMMYKEYID00000000',
  accessKeySecret: 'DUMMYSECRETdummysecret0000000000',
} as const;
const SLB_VERSION = '2014-05-15';
const ACTION_NAME = /^[A-Z][A-Za-z0-9]{2,63}$/;

export interface BffOptions {
  /** `host:port` of the SLB endpoint. */
  readonly endpoint: string;
  /** Path of the endpoint (RPC calls go to `pathname` with the parameters in the query). */
  readonly pathname: string;
  /** The SDK's read and connect timeouts. */
  readonly timeoutMs: number;
  readonly regionId: string;
}

type ParamValue = string | number | boolean;

function toQuery(params: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new RangeError(`Parameter ${key} must be a string, number or boolean.`);
    }
    query[key] = String(value satisfies ParamValue);
  }
  return query;
}

/** Calls one SLB action with the SDK; resolves with the response body, rejects with what the SDK threw. */
export async function callSlb(action: string, params: Record<string, unknown>, options: BffOptions): Promise<unknown> {
  const { Config, Params, OpenApiRequest } = openapiCore.$OpenApiUtil;
  const client = new openapiCore.default(
    new Config({
      ...DUMMY_CREDENTIALS,
      endpoint: options.endpoint,
      protocol: 'http',
      regionId: options.regionId,
      readTimeout: options.timeoutMs,
      connectTimeout: options.timeoutMs,
    }),
  );
  const response = await client.callApi(
    new Params({
      action,
      version: SLB_VERSION,
      protocol: 'HTTP',
      pathname: options.pathname,
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    }),
    new OpenApiRequest({ query: toQuery({ RegionId: options.regionId, ...params }) }),
    new dara.RuntimeOptions({}),
  );
  return response.body;
}

/**
 * What the BFF sends for a failure: `JSON.stringify(error)` and the SDK's `statusCode`
 * (502 when there is none, 504 for the SDK's timeout). A value whose fields are all
 * non-enumerable (a `SyntaxError` from a gateway's HTML page) would serialise to `{}`: its
 * name and message are sent instead.
 */
export function serialiseSdkError(caught: unknown): { readonly status: number; readonly json: string } {
  const error = (typeof caught === 'object' && caught !== null ? caught : { message: String(caught) }) as {
    readonly name?: unknown;
    readonly message?: unknown;
    readonly statusCode?: unknown;
  };
  let json: string | undefined;
  try {
    json = JSON.stringify(caught);
  } catch {
    json = undefined;
  }
  if (json === undefined || json === '{}' || !json.startsWith('{')) {
    json = JSON.stringify({
      name: typeof error.name === 'string' ? error.name : 'Error',
      message: typeof error.message === 'string' ? error.message : '',
    });
  }
  const status =
    error.name === 'RequestTimeoutError'
      ? 504
      : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode <= 599
        ? error.statusCode
        : 502;
  return { status, json };
}

/**
 * Some failures come back with HTTP 200 and a `Code` in the body (console gateway errors such
 * as `ConsoleNeedLogin`); the generic SDK call resolves with them. A careful BFF passes such a
 * body on as an error.
 */
function isErrorBody(body: unknown): body is Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const code = (body as Record<string, unknown>)['Code'];
  return typeof code === 'string' && code !== '' && !['200', 'OK', 'Success', 'success'].includes(code);
}

/** Handles `POST /api/slb/:Action` with a JSON object of SLB parameters. */
export async function handleBff(
  req: IncomingMessage,
  res: ServerResponse,
  action: string,
  options: BffOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { code: 'MethodNotAllowed', message: 'Use POST.' }, { allow: 'POST' });
    return;
  }
  if (!ACTION_NAME.test(action)) {
    sendJson(res, 400, { code: 'InvalidAction', message: 'The action name is not valid.' });
    return;
  }
  let params: Record<string, unknown>;
  try {
    params = await readJsonObject(req);
    toQuery(params);
  } catch (caught) {
    sendJson(res, 400, { code: 'MalformedRequest', message: caught instanceof Error ? caught.message : 'Bad body' });
    return;
  }
  try {
    const body = await callSlb(action, params, options);
    if (isErrorBody(body)) {
      sendJson(res, 400, body);
      return;
    }
    sendJson(res, 200, body ?? {});
  } catch (caught) {
    const { status, json } = serialiseSdkError(caught);
    if (!res.destroyed) sendJson(res, status, json);
  }
}
