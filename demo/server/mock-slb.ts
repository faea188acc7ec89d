// A mock of the SLB 2014-05-15 OpenAPI endpoint (RPC style) with a little in-memory state, which
// the failure lab can arm to answer with any catalog row, a gateway page, or nothing at all.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALB_ERROR_CATALOG } from '../../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_OBSERVED_ERRORS,
  type SlbDocumentedRow,
} from '../../src/core/index.ts';
import { NLB_ERROR_CATALOG } from '../../src/nlb/index.ts';
import {
  MOCK_TRANSPORT_FAILURES,
  type MockArmedFailure,
  type MockCall,
  type MockFailureRequest,
  type MockState,
} from '../shared/mock-api.ts';
import { readBody, sendJson } from './http.ts';

/** Where the SDK sends its RPC calls, on the demo's own dev server. */
export const MOCK_SLB_PATH = '/__slb/';
const HOST_ID = 'slb.aliyuncs.com';
const REGION_ID = 'cn-hangzhou';
const MAX_CALLS_KEPT = 20;
const MAX_TIMES = 50;
/** A hung request is dropped after this long, whatever the client does. */
const HANG_LIMIT_MS = 60_000;

const HTML_502 = [
  '<html>',
  '<head><title>502 Bad Gateway</title></head>',
  '<body>',
  '<center><h1>502 Bad Gateway</h1></center>',
  '<hr><center>Tengine</center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

interface LoadBalancer {
  readonly LoadBalancerId: string;
  readonly LoadBalancerName: string;
  readonly Address: string;
  readonly AddressType: 'internet' | 'intranet';
  readonly NetworkType: 'vpc' | 'classic';
  readonly LoadBalancerStatus: 'active' | 'inactive' | 'locked';
  readonly LoadBalancerSpec: string;
  readonly PayType: 'PayOnDemand' | 'PrePay';
  readonly RegionId: string;
  readonly MasterZoneId: string;
  readonly CreateTime: string;
  readonly Bandwidth: number;
}

interface Listener {
  readonly LoadBalancerId: string;
  readonly ListenerPort: number;
  readonly ListenerProtocol: 'tcp';
  readonly Status: 'running' | 'stopped';
  readonly BackendServerPort: number;
  readonly Bandwidth: number;
  readonly Scheduler: 'wrr';
  readonly Description: string;
}

interface Armed {
  readonly id: string;
  readonly entry: SlbDocumentedRow | null;
  remaining: number;
  readonly retryAfterMs: number | null;
  readonly hang: boolean;
  readonly status: number | null;
  readonly action: string | null;
}

/** The answer to one call: a JSON body or raw text, with its status and headers. */
interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown> | string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

type Params = Readonly<Record<string, string>>;

// Every row the kit knows: CLB's documented and observed errors, the gateway's, ALB's and NLB's.
const ALL_ENTRIES: readonly SlbDocumentedRow[] = [
  ...SLB_ERROR_CATALOG,
  ...SLB_API_ERRORS,
  ...SLB_COMMON_ERRORS,
  ...SLB_OBSERVED_ERRORS,
  ...ALB_ERROR_CATALOG,
  ...NLB_ERROR_CATALOG,
];

/** The endpoint and OpenAPI product of a row's product, as its servers name them in a body. */
function productOf(entry: SlbDocumentedRow): { readonly host: string; readonly api: string } {
  if (entry.product === 'alb') return { host: `alb.${REGION_ID}.aliyuncs.com`, api: 'Alb' };
  if (entry.product === 'nlb') return { host: `nlb.${REGION_ID}.aliyuncs.com`, api: 'Nlb' };
  return { host: HOST_ID, api: 'Slb' };
}

/** The catalog row with this code and message: the mock answers with the documented text. */
function row(code: string, message: string): SlbDocumentedRow {
  const entry = ALL_ENTRIES.find((candidate) => candidate.code === code && candidate.message === message);
  if (!entry) throw new Error(`The catalog has no row ${code}: ${message}`);
  return entry;
}

const ROWS = {
  portInvalid: row('InvalidParameter', 'The specified port is not valid.'),
  bandwidthInvalid: row('InvalidParameter', 'The specified bandwidth is not valid.'),
  listenerExists: row('ListenerAlreadyExists', 'A listener with the specified port already exists'),
  tokenConflict: row('LX_REQUEST_TOKEN_CONFLICT', 'The ClientToken is conflict.'),
  actionNotFound: row('InvalidAction.NotFound', 'Specified api is not found, please check your url and method.'),
};

function seedLoadBalancers(): LoadBalancer[] {
  const base = {
    RegionId: REGION_ID,
    LoadBalancerSpec: 'slb.s2.small',
    PayType: 'PayOnDemand',
    LoadBalancerStatus: 'active',
  } as const;
  return [
    {
      ...base,
      LoadBalancerId: 'lb-bp1o94dp5i6earr9g6d1l',
      LoadBalancerName: 'web-prod',
      Address: '47.96.132.18',
      AddressType: 'internet',
      NetworkType: 'vpc',
      MasterZoneId: 'cn-hangzhou-h',
      CreateTime: '2026-03-14T08:21Z',
      Bandwidth: 5120,
    },
    {
      ...base,
      LoadBalancerId: 'lb-bp1h2v6xq0z7mk3c8fa2d',
      LoadBalancerName: 'api-internal',
      Address: '172.16.4.210',
      AddressType: 'intranet',
      NetworkType: 'vpc',
      MasterZoneId: 'cn-hangzhou-i',
      CreateTime: '2026-06-02T11:47Z',
      Bandwidth: 5120,
      LoadBalancerSpec: 'slb.s3.medium',
    },
    {
      ...base,
      LoadBalancerId: 'lb-bp1k8s2ntw4yj5r0e9c7b',
      LoadBalancerName: 'batch-staging',
      Address: '120.55.201.7',
      AddressType: 'internet',
      NetworkType: 'classic',
      MasterZoneId: 'cn-hangzhou-g',
      CreateTime: '2026-10-19T02:05Z',
      Bandwidth: 1024,
      LoadBalancerStatus: 'inactive',
      PayType: 'PrePay',
    },
  ];
}

function seedListeners(): Listener[] {
  const base = { ListenerProtocol: 'tcp', Scheduler: 'wrr', Status: 'running', Bandwidth: -1 } as const;
  return [
    { ...base, LoadBalancerId: 'lb-bp1o94dp5i6earr9g6d1l', ListenerPort: 80, BackendServerPort: 8080, Description: '' },
    {
      ...base,
      LoadBalancerId: 'lb-bp1o94dp5i6earr9g6d1l',
      ListenerPort: 443,
      BackendServerPort: 8443,
      Description: '',
    },
    {
      ...base,
      LoadBalancerId: 'lb-bp1h2v6xq0z7mk3c8fa2d',
      ListenerPort: 3306,
      BackendServerPort: 3306,
      Description: '',
    },
  ];
}

/** An integer written in decimal digits (with an optional minus), else `null`. */
function integer(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d{1,9}$/.test(value.trim())) return null;
  return Number(value.trim());
}

function errorBody(
  code: string,
  message: string,
  requestId: string,
  { host, api } = { host: HOST_ID, api: 'Slb' },
): Record<string, unknown> {
  return {
    RequestId: requestId,
    HostId: host,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${api}&requestId=${requestId}`,
  };
}

function entryReply(entry: SlbDocumentedRow, requestId: string, status = entry.status): Reply {
  return { status, body: errorBody(entry.code, entry.message, requestId, productOf(entry)) };
}

/** Query string, then a form or JSON body: what an RPC call carries. */
async function readParams(req: IncomingMessage): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  for (const [key, value] of url.searchParams) params[key] = value;
  const text = await readBody(req);
  if (text !== '') {
    const type = String(req.headers['content-type'] ?? '');
    if (type.includes('json')) {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object') {
        for (const [key, value] of Object.entries(parsed)) params[key] = String(value);
      }
    } else {
      for (const [key, value] of new URLSearchParams(text)) params[key] = value;
    }
  }
  return params;
}

/** Raised by `arm` for a request it cannot honour; the plugin answers 400 with its message. */
export class MockRequestError extends Error {
  override readonly name = 'MockRequestError';
}

export class MockSlbEndpoint {
  private loadBalancers = seedLoadBalancers();
  private listeners = seedListeners();
  /** ClientToken → the parameters of the create it belongs to. */
  private tokens = new Map<string, string>();
  private armed: Armed | null = null;
  private requests = 0;
  private lastRequestId: string | null = null;
  private calls: MockCall[] = [];
  private readonly hung = new Set<ServerResponse>();

  /** Back to the seed state: nothing armed, the seed load balancers and listeners. */
  reset(): void {
    this.loadBalancers = seedLoadBalancers();
    this.listeners = seedListeners();
    this.tokens.clear();
    this.armed = null;
    this.requests = 0;
    this.lastRequestId = null;
    this.calls = [];
    this.dropHung();
  }

  /** Arms the next `times` matching calls to fail. */
  arm(request: MockFailureRequest): MockArmedFailure {
    const hang = request.hang === true || request.id === 'hang';
    const id = request.id ?? (hang ? 'hang' : undefined);
    if (id === undefined) throw new MockRequestError('Give the id of a catalog row or a transport failure.');
    const entry = ALL_ENTRIES.find((candidate) => candidate.id === id) ?? null;
    if (!entry && !MOCK_TRANSPORT_FAILURES.some((failure) => failure.id === id)) {
      throw new MockRequestError(`Unknown failure id ${JSON.stringify(id)}.`);
    }
    const times = request.times ?? 1;
    if (!Number.isInteger(times) || times < 1 || times > MAX_TIMES) {
      throw new MockRequestError(`times must be an integer from 1 to ${MAX_TIMES}.`);
    }
    const status = request.status ?? null;
    if (status !== null && (!Number.isInteger(status) || status < 200 || status > 599)) {
      throw new MockRequestError('status must be an HTTP status from 200 to 599.');
    }
    const retryAfterMs = request.retryAfterMs ?? null;
    if (retryAfterMs !== null && (!Number.isFinite(retryAfterMs) || retryAfterMs < 0 || retryAfterMs > 3_600_000)) {
      throw new MockRequestError('retryAfterMs must be a number of milliseconds up to one hour.');
    }
    const action = request.action === undefined || request.action === '' ? null : request.action;
    this.armed = { id, entry, remaining: times, retryAfterMs, hang, status, action };
    return this.describeArmed(this.armed);
  }

  state(): MockState {
    return {
      armed: this.armed ? this.describeArmed(this.armed) : null,
      requests: this.requests,
      lastRequestId: this.lastRequestId,
      calls: [...this.calls],
    };
  }

  /** Handles one RPC call of the SDK. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests += 1;
    const params = await readParams(req);
    const header = req.headers['x-acs-action'];
    const action = params['Action'] ?? (typeof header === 'string' ? header : '');
    const requestId = randomUUID().toUpperCase();
    const clientToken = params['ClientToken'] ?? null;

    const armed = this.takeArmed(action);
    if (armed?.hang) {
      // The call happens, its answer is lost: the outcome a ClientToken makes safe to retry.
      this.perform(action, params, requestId);
      this.hold(res);
      this.record({ at: Date.now(), action, status: null, code: null, requestId: null, clientToken });
      return;
    }
    const reply = armed ? this.failure(armed, requestId) : this.perform(action, params, requestId);
    const bodyCode = typeof reply.body === 'object' && reply.body !== null ? reply.body['Code'] : undefined;
    const code = typeof bodyCode === 'string' ? bodyCode : '';
    this.record({
      at: Date.now(),
      action,
      status: reply.status,
      code: code === '' ? null : code,
      requestId: reply.body === null || typeof reply.body === 'string' ? null : requestId,
      clientToken,
    });
    this.send(res, reply, requestId);
  }

  /** Drops every hung request (the dev server is closing). */
  close(): void {
    this.dropHung();
  }

  private describeArmed(armed: Armed): MockArmedFailure {
    const transport = MOCK_TRANSPORT_FAILURES.find((failure) => failure.id === armed.id);
    return {
      id: armed.id,
      code: armed.entry?.code ?? null,
      message: armed.entry?.message ?? null,
      status: armed.hang ? null : (armed.status ?? armed.entry?.status ?? transport?.status ?? null),
      remaining: armed.remaining,
      retryAfterMs: armed.retryAfterMs,
      hang: armed.hang,
      action: armed.action,
    };
  }

  private takeArmed(action: string): Armed | null {
    const armed = this.armed;
    if (!armed || (armed.action !== null && armed.action !== action)) return null;
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.armed = null;
    return armed;
  }

  private failure(armed: Armed, requestId: string): Reply {
    const headers: Record<string, string> = {};
    if (armed.retryAfterMs !== null) headers['x-acs-retry-after'] = String(Math.round(armed.retryAfterMs));
    if (armed.entry) return { ...entryReply(armed.entry, requestId, armed.status ?? armed.entry.status), headers };
    if (armed.id === 'gateway-html-502') {
      return { status: armed.status ?? 502, body: HTML_502, headers: { ...headers, 'content-type': 'text/html' } };
    }
    return { status: armed.status ?? 500, body: null, headers };
  }

  private perform(action: string, params: Params, requestId: string): Reply {
    switch (action) {
      case 'DescribeLoadBalancers':
        return this.describeLoadBalancers(params, requestId);
      case 'DescribeLoadBalancerListeners':
        return this.describeListeners(params, requestId);
      case 'CreateLoadBalancerTCPListener':
        return this.createTcpListener(params, requestId);
      default:
        return entryReply(ROWS.actionNotFound, requestId);
    }
  }

  private describeLoadBalancers(params: Params, requestId: string): Reply {
    const ids = params['LoadBalancerId']?.split(',').map((id) => id.trim()) ?? null;
    const region = params['RegionId'] ?? REGION_ID;
    const pageNumber = Math.max(1, integer(params['PageNumber']) ?? 1);
    const pageSize = Math.min(100, Math.max(1, integer(params['PageSize']) ?? 10));
    const matching = this.loadBalancers.filter(
      (lb) => lb.RegionId === region && (ids === null || ids.includes(lb.LoadBalancerId)),
    );
    const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return {
      status: 200,
      body: {
        RequestId: requestId,
        PageNumber: pageNumber,
        PageSize: pageSize,
        TotalCount: matching.length,
        LoadBalancers: { LoadBalancer: page },
      },
    };
  }

  private describeListeners(params: Params, requestId: string): Reply {
    const ids = Object.entries(params)
      .filter(([key]) => key === 'LoadBalancerId' || /^LoadBalancerId\.\d+$/.test(key))
      .map(([, value]) => value);
    const protocol = params['ListenerProtocol']?.toLowerCase();
    const listeners = this.listeners
      .filter((listener) => ids.length === 0 || ids.includes(listener.LoadBalancerId))
      .filter((listener) => protocol === undefined || listener.ListenerProtocol === protocol)
      .sort((a, b) => a.ListenerPort - b.ListenerPort);
    return {
      status: 200,
      body: { RequestId: requestId, TotalCount: listeners.length, MaxResults: 20, Listeners: listeners },
    };
  }

  private createTcpListener(params: Params, requestId: string): Reply {
    const loadBalancerId = params['LoadBalancerId'];
    if (loadBalancerId === undefined || loadBalancerId === '') {
      return {
        status: 400,
        body: errorBody(
          'MissingParameter',
          'The input parameter "LoadBalancerId" that is mandatory for processing this request is not supplied.',
          requestId,
        ),
      };
    }
    const lb = this.loadBalancers.find((candidate) => candidate.LoadBalancerId === loadBalancerId);
    if (!lb) {
      return {
        status: 404,
        body: errorBody('InvalidLoadBalancerId.NotFound', 'The specified LoadBalancerId does not exist.', requestId),
      };
    }
    const port = integer(params['ListenerPort']);
    if (port === null || port < 1 || port > 65535) return entryReply(ROWS.portInvalid, requestId);
    const backendPort = integer(params['BackendServerPort']);
    if (backendPort === null || backendPort < 1 || backendPort > 65535) {
      return {
        status: 400,
        body: errorBody('InvalidParameter', 'The specified parameter BackendServerPort is not valid.', requestId),
      };
    }
    const bandwidth = integer(params['Bandwidth']) ?? -1;
    if (bandwidth !== -1 && (bandwidth < 1 || bandwidth > lb.Bandwidth)) {
      return entryReply(ROWS.bandwidthInvalid, requestId);
    }

    // ClientToken: the same request again gets the same outcome; another request with the token is a conflict.
    const token = params['ClientToken'];
    const fingerprint = JSON.stringify([loadBalancerId, port, backendPort, bandwidth]);
    if (token !== undefined && token !== '') {
      const previous = this.tokens.get(token);
      if (previous === fingerprint) return { status: 200, body: { RequestId: requestId } };
      if (previous !== undefined) return entryReply(ROWS.tokenConflict, requestId);
    }
    if (
      this.listeners.some((listener) => listener.LoadBalancerId === loadBalancerId && listener.ListenerPort === port)
    ) {
      return entryReply(ROWS.listenerExists, requestId);
    }
    this.listeners.push({
      LoadBalancerId: loadBalancerId,
      ListenerPort: port,
      ListenerProtocol: 'tcp',
      Status: 'stopped',
      BackendServerPort: backendPort,
      Bandwidth: bandwidth,
      Scheduler: 'wrr',
      Description: params['Description'] ?? '',
    });
    if (token !== undefined && token !== '') this.tokens.set(token, fingerprint);
    return { status: 200, body: { RequestId: requestId } };
  }

  private send(res: ServerResponse, reply: Reply, requestId: string): void {
    const headers: Record<string, string> = { 'x-acs-request-id': requestId, ...reply.headers };
    if (typeof reply.body === 'string') {
      res.writeHead(reply.status, { ...headers, 'content-length': String(Buffer.byteLength(reply.body)) });
      res.end(reply.body);
    } else if (reply.body === null) {
      res.writeHead(reply.status, { ...headers, 'content-length': '0' });
      res.end();
    } else {
      this.lastRequestId = requestId;
      sendJson(res, reply.status, reply.body, headers);
    }
  }

  private hold(res: ServerResponse): void {
    this.hung.add(res);
    const timer = setTimeout(() => res.destroy(), HANG_LIMIT_MS);
    timer.unref();
    res.on('close', () => {
      clearTimeout(timer);
      this.hung.delete(res);
    });
  }

  private dropHung(): void {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
  }

  private record(call: MockCall): void {
    this.calls.push(call);
    if (this.calls.length > MAX_CALLS_KEPT) this.calls.splice(0, this.calls.length - MAX_CALLS_KEPT);
  }
}
