// The demo console's API client. Every SLB call goes to the demo's BFF (`POST /api/slb/:Action`),
// which calls the SLB endpoint with the Alibaba Cloud SDK. A failed call throws the BFF's JSON as
// it came: a serialised SDK error, which the kit classifies. Nothing here interprets errors.
import type { MockArmedFailure, MockFailureRequest, MockState } from './shared/mock-api.ts';

export interface LoadBalancer {
  readonly LoadBalancerId: string;
  readonly LoadBalancerName: string;
  readonly Address: string;
  readonly AddressType: string;
  readonly NetworkType: string;
  readonly LoadBalancerStatus: string;
  readonly LoadBalancerSpec: string;
  readonly PayType: string;
  readonly RegionId: string;
  readonly MasterZoneId: string;
  readonly CreateTime: string;
}

export interface Listener {
  readonly LoadBalancerId: string;
  readonly ListenerPort: number;
  readonly ListenerProtocol: string;
  readonly Status: string;
  readonly BackendServerPort: number;
  readonly Bandwidth: number;
}

/** Parameters of CreateLoadBalancerTCPListener the form sends (as typed: the API validates them). */
export interface CreateListenerParams {
  readonly LoadBalancerId: string;
  readonly ListenerPort: string;
  readonly BackendServerPort: string;
  readonly Bandwidth: string;
  readonly ClientToken: string;
}

type Params = Readonly<Record<string, string | number | boolean>>;

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    ...(signal && { signal }),
  });
  const json = await readJson(response);
  // The BFF's error body is `JSON.stringify(sdkError)`: throw it as is, the kit reads that shape.
  if (!response.ok) throw json ?? { status: response.status };
  return json;
}

/** Calls one SLB action through the BFF. */
export function callSlb<T>(action: string, params: Params, signal?: AbortSignal): Promise<T> {
  return post(`/api/slb/${encodeURIComponent(action)}`, params, signal) as Promise<T>;
}

export async function describeLoadBalancers(signal?: AbortSignal): Promise<readonly LoadBalancer[]> {
  const body = await callSlb<{ LoadBalancers?: { LoadBalancer?: LoadBalancer[] } }>(
    'DescribeLoadBalancers',
    { PageSize: 50 },
    signal,
  );
  return body.LoadBalancers?.LoadBalancer ?? [];
}

export async function describeListeners(loadBalancerId: string, signal?: AbortSignal): Promise<readonly Listener[]> {
  const body = await callSlb<{ Listeners?: Listener[] }>(
    'DescribeLoadBalancerListeners',
    { 'LoadBalancerId.1': loadBalancerId, ListenerProtocol: 'tcp' },
    signal,
  );
  return body.Listeners ?? [];
}

export async function createListener(params: CreateListenerParams, signal?: AbortSignal): Promise<string> {
  const body = await callSlb<{ RequestId?: string }>('CreateLoadBalancerTCPListener', { ...params }, signal);
  return body.RequestId ?? '';
}

// The failure lab's controls of the mock endpoint (not SLB calls).

export async function armFailure(request: MockFailureRequest): Promise<MockArmedFailure> {
  const body = (await post('/__mock/fail', request)) as { armed: MockArmedFailure };
  return body.armed;
}

export async function resetMock(): Promise<MockState> {
  return (await post('/__mock/reset', {})) as MockState;
}

export async function getMockState(signal?: AbortSignal): Promise<MockState> {
  const response = await fetch('/__mock/state', { headers: { accept: 'application/json' }, ...(signal && { signal }) });
  return (await response.json()) as MockState;
}
