// Test harness: a loopback mock of the SLB OpenAPI endpoint plus thin callers for the real, published
// Alibaba Cloud SDKs (devDependencies). Every caller RETURNS what the SDK threw, so tests and the fixture
// recorder can inspect the genuine error objects. Types: ./harness.d.mts.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { createRequire } from 'node:module';

// The SDKs are CommonJS with `__esModule` markers; a default `import` of them means `module.exports` in Node but
// `module.exports.default` under Vitest's interop. `require` gives `module.exports` everywhere.
const requireHere = createRequire(import.meta.url);
/** `{ default: Client, $OpenApiUtil: { Config, Params, OpenApiRequest, … }, ClientError, … }` */
const openapiCore = requireHere('@alicloud/openapi-core');
/** `{ RuntimeOptions, … }` */
const $dara = requireHere('@darabonba/typescript');
/** `{ default: Client, Config, Params, OpenApiRequest }` */
const openapiClient = requireHere('@alicloud/openapi-client');
/** `RPCClient` (also `.RPCClient`, `.ROAClient`) */
const popCore = requireHere('@alicloud/pop-core');
// `@alicloud/openapi-client` 0.4.x takes its RuntimeOptions from `@alicloud/tea-util`, which is not a direct
// devDependency of this project: load exactly the copy that openapi-client itself resolves.
const teaUtil = createRequire(requireHere.resolve('@alicloud/openapi-client'))('@alicloud/tea-util');

export const DUMMY_CREDENTIALS = Object.freeze({
  accessKeyId: 'LTAI5tDUMMYKEYID00000000',
  accessKeySecret: 'DUMMYSECRETdummysecret0000000000',
  securityToken: 'CAISDUMMYSTSTOKEN0000',
});
export const DEFAULT_REQUEST_ID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
export const SLB_VERSION = '2014-05-15';
export const SLB_ACTION = 'CreateLoadBalancerTCPListener';
/** The `HostId` each product's servers put in an error body (a regional endpoint for ALB and NLB). */
export const HOST_IDS = Object.freeze({
  clb: 'slb.aliyuncs.com',
  alb: 'alb.cn-hangzhou.aliyuncs.com',
  nlb: 'nlb.cn-hangzhou.aliyuncs.com',
});
export const SLB_PARAMS = Object.freeze({
  RegionId: 'cn-hangzhou',
  LoadBalancerId: 'lb-bp1dummy0000000000000',
  ListenerPort: 99999,
  BackendServerPort: 80,
  Bandwidth: -1,
});
const DEFAULT_TIMEOUT_MS = 800;
const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';

// ---------------------------------------------------------------------------------------------------------------
// Mock SLB endpoint
// ---------------------------------------------------------------------------------------------------------------

function findRequestId(body) {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'object') {
    const id = body.RequestId ?? body.requestId;
    return typeof id === 'string' && id !== '' ? id : undefined;
  }
  const text = String(body);
  try {
    return findRequestId(JSON.parse(text));
  } catch {
    const xml = /<RequestId>\s*(?:<!\[CDATA\[)?([^<\]\s]+)/.exec(text);
    return xml ? xml[1] : undefined;
  }
}

function hasHeader(headers, name) {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function encodeReply(reply) {
  const headers = { ...reply.headers };
  let payload = '';
  if (typeof reply.body === 'string') {
    payload = reply.body;
  } else if (reply.body !== undefined && reply.body !== null) {
    payload = JSON.stringify(reply.body);
    if (!hasHeader(headers, 'content-type')) headers['content-type'] = JSON_CONTENT_TYPE;
  }
  const requestId = findRequestId(reply.body);
  if (requestId !== undefined && !hasHeader(headers, 'x-acs-request-id')) headers['x-acs-request-id'] = requestId;
  const buffer = Buffer.from(payload, 'utf8');
  headers['content-length'] = String(buffer.length);
  return { status: reply.status, headers, buffer };
}

function validateReply(reply) {
  if (reply === null || typeof reply !== 'object') throw new TypeError('respond(): reply must be an object');
  if (!Number.isInteger(reply.status) || reply.status < 100 || reply.status > 999) {
    throw new TypeError(`respond(): invalid status ${String(reply.status)}`);
  }
}

export function startMockSlb() {
  let mode = 'reply';
  let encoded = encodeReply({ status: 200, body: { RequestId: DEFAULT_REQUEST_ID } });
  let requests = 0;
  let closing;
  const sockets = new Set();

  const server = createHttpServer((req, res) => {
    requests += 1;
    const hangThis = mode === 'hang';
    const reply = encoded;
    req.on('error', () => {});
    res.on('error', () => {});
    // Drain the request body (form data for POST) before answering.
    req.resume();
    req.on('end', () => {
      if (hangThis || res.destroyed) return;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.buffer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  const mock = {
    url: '',
    respond(reply) {
      validateReply(reply);
      encoded = encodeReply(reply);
      mode = 'reply';
    },
    hang() {
      mode = 'hang';
    },
    get requests() {
      return requests;
    },
    close() {
      closing ??= new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      mock.url = `http://127.0.0.1:${address.port}`;
      Object.defineProperty(mock, 'url', { value: mock.url, writable: false, enumerable: true });
      resolve(Object.seal(mock));
    });
  });
}

/** Binds a loopback port, closes it again and returns its URL: connecting there gives ECONNREFUSED. */
export function closedPortUrl() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close((err) => (err ? reject(err) : resolve(`http://127.0.0.1:${port}`)));
    });
  });
}

export function slbBody({ code, message, requestId, recommend, accessDeniedDetail, lowerCamel, host, product }) {
  // The HTTP status is not part of the body; `status` is accepted (and ignored) so that a scenario object
  // `{ status, code, message }` can be passed as is.
  const rid = requestId ?? DEFAULT_REQUEST_ID;
  const link =
    recommend === undefined
      ? `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${product ?? 'Slb'}&requestId=${encodeURIComponent(rid)}`
      : recommend;
  const keys = lowerCamel
    ? ['requestId', 'hostId', 'code', 'message', 'recommend', 'accessDeniedDetail']
    : ['RequestId', 'HostId', 'Code', 'Message', 'Recommend', 'AccessDeniedDetail'];
  const body = { [keys[0]]: rid, [keys[1]]: host ?? HOST_IDS.clb, [keys[2]]: code, [keys[3]]: message };
  if (link !== null) body[keys[4]] = link;
  if (accessDeniedDetail !== undefined) body[keys[5]] = accessDeniedDetail;
  return body;
}

// ---------------------------------------------------------------------------------------------------------------
// SDK callers
// ---------------------------------------------------------------------------------------------------------------

function stringifyQuery(params) {
  const query = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null) query[key] = String(value);
  }
  return query;
}

function timeouts(opts) {
  return {
    readTimeout: opts?.readTimeout ?? DEFAULT_TIMEOUT_MS,
    connectTimeout: opts?.connectTimeout ?? DEFAULT_TIMEOUT_MS,
  };
}

async function settle(run) {
  try {
    return { resolved: await run() };
  } catch (thrown) {
    return thrown;
  }
}

const RPC_PARAMS = {
  version: SLB_VERSION,
  protocol: 'HTTP',
  pathname: '/',
  method: 'POST',
  authType: 'AK',
  style: 'RPC',
  reqBodyType: 'formData',
  bodyType: 'json',
};

function openapiCoreCaller(name, extraConfig) {
  return {
    name,
    call(endpointUrl, action, params, opts) {
      return settle(async () => {
        const Client = openapiCore.default;
        const { Config, Params, OpenApiRequest } = openapiCore.$OpenApiUtil;
        const client = new Client(
          new Config({
            accessKeyId: DUMMY_CREDENTIALS.accessKeyId,
            accessKeySecret: DUMMY_CREDENTIALS.accessKeySecret,
            endpoint: new URL(endpointUrl).host,
            protocol: 'http',
            regionId: 'cn-hangzhou',
            ...timeouts(opts),
            ...extraConfig,
            ...opts?.config,
          }),
        );
        return client.callApi(
          new Params({ action, ...RPC_PARAMS, ...(opts?.version ? { version: opts.version } : {}) }),
          new OpenApiRequest({ query: stringifyQuery(params) }),
          new $dara.RuntimeOptions({ ...opts?.runtime }),
        );
      });
    },
  };
}

function openapiClientCaller(name) {
  return {
    name,
    call(endpointUrl, action, params, opts) {
      return settle(async () => {
        const Client = openapiClient.default;
        const client = new Client(
          new openapiClient.Config({
            accessKeyId: DUMMY_CREDENTIALS.accessKeyId,
            accessKeySecret: DUMMY_CREDENTIALS.accessKeySecret,
            endpoint: new URL(endpointUrl).host,
            protocol: 'http',
            regionId: 'cn-hangzhou',
            ...timeouts(opts),
            ...opts?.config,
          }),
        );
        return client.callApi(
          new openapiClient.Params({ action, ...RPC_PARAMS }),
          new openapiClient.OpenApiRequest({ query: stringifyQuery(params) }),
          new teaUtil.RuntimeOptions({ ...opts?.runtime }),
        );
      });
    },
  };
}

function popCoreCaller(name, method) {
  return {
    name,
    call(endpointUrl, action, params, opts) {
      return settle(async () => {
        const client = new popCore.RPCClient({
          endpoint: endpointUrl,
          apiVersion: SLB_VERSION,
          accessKeyId: DUMMY_CREDENTIALS.accessKeyId,
          accessKeySecret: DUMMY_CREDENTIALS.accessKeySecret,
          securityToken: DUMMY_CREDENTIALS.securityToken,
          ...opts?.config,
        });
        try {
          return await client.request(action, { ...params }, { ...timeouts(opts), ...method, ...opts?.runtime });
        } finally {
          // pop-core gives every client its own keep-alive agent: release its sockets.
          client.keepAliveAgent.destroy();
        }
      });
    },
  };
}

export const SDKS = Object.freeze([
  Object.freeze(openapiCoreCaller('openapi-core', {})),
  Object.freeze(
    openapiCoreCaller('openapi-core-v2', { signatureAlgorithm: 'v2', securityToken: DUMMY_CREDENTIALS.securityToken }),
  ),
  Object.freeze(openapiClientCaller('openapi-client')),
  Object.freeze(popCoreCaller('pop-core', {})),
  Object.freeze(popCoreCaller('pop-core-post', { method: 'POST' })),
]);

export function getSdk(name) {
  const sdk = SDKS.find((candidate) => candidate.name === name);
  if (!sdk) throw new RangeError(`Unknown SDK caller: ${String(name)}`);
  return sdk;
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios (alicloud.md §1)
// ---------------------------------------------------------------------------------------------------------------

export const FORBIDDEN_ACCESS_DENIED_DETAIL = Object.freeze({
  PolicyType: 'AccountLevelIdentityBasedPolicy',
  AuthPrincipalOwnerId: '1234567890123456',
  EncodedDiagnosticMessage: 'AQEAAAAAZ...dummy...',
  AuthPrincipalType: 'SubUser',
  AuthPrincipalDisplayName: '2077000000000000',
  NoPermissionType: 'ImplicitDeny',
  AuthAction: 'slb:CreateLoadBalancerTCPListener',
});

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

const XML_400 = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Error>',
  `  <RequestId>${DEFAULT_REQUEST_ID}</RequestId>`,
  '  <HostId>slb.aliyuncs.com</HostId>',
  '  <Code>InvalidParameter</Code>',
  '  <Message>The specified port is not valid.</Message>',
  `  <Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Slb&requestId=${DEFAULT_REQUEST_ID}]]></Recommend>`,
  '</Error>',
  '',
].join('\n');

const replyScenario = (name, reply) => Object.freeze({ name, kind: 'reply', reply: Object.freeze(reply) });

export const SCENARIOS = Object.freeze([
  replyScenario('json400', {
    status: 400,
    body: slbBody({ code: 'InvalidParameter', message: 'The specified port is not valid.' }),
  }),
  replyScenario('throttling400', {
    status: 400,
    headers: { 'x-acs-retry-after': '1500' },
    body: slbBody({ code: 'Throttling.User', message: 'Request was denied due to user flow control.' }),
  }),
  replyScenario('systemBusy449', {
    status: 449,
    body: slbBody({ code: 'SystemBusy', message: 'The system is busy. Please try again later.' }),
  }),
  replyScenario('unavailable503', {
    status: 503,
    body: slbBody({
      code: 'ServiceUnavailable',
      message: 'The request has failed due to a temporary failure of the server.',
    }),
  }),
  replyScenario('forbidden403', {
    status: 403,
    body: slbBody({
      code: 'Forbidden.RAM',
      message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
      accessDeniedDetail: { ...FORBIDDEN_ACCESS_DENIED_DETAIL },
    }),
  }),
  replyScenario('json400lowercase', {
    status: 400,
    body: slbBody({
      code: 'InvalidParameter',
      message: 'The specified port is not valid.',
      recommend: null,
      lowerCamel: true,
    }),
  }),
  replyScenario('json400codeOnly', { status: 400, body: { Code: 'InvalidParameter' } }),
  replyScenario('html502', { status: 502, headers: { 'content-type': 'text/html' }, body: HTML_502 }),
  replyScenario('empty500', { status: 500 }),
  replyScenario('xml400', { status: 400, headers: { 'content-type': 'text/xml;charset=utf-8' }, body: XML_400 }),
  Object.freeze({ name: 'refused', kind: 'refused' }),
  Object.freeze({ name: 'timeout', kind: 'hang' }),
]);

export function getScenario(name) {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new RangeError(`Unknown scenario: ${String(name)}`);
  return scenario;
}

/**
 * Puts the mock into the scenario's state and calls the SDK once with the SLB action. Returns what the SDK threw
 * (or `{ resolved }`). `refused` calls a closed port instead of the mock.
 */
export async function runScenario(mock, sdk, scenario, opts) {
  const caller = typeof sdk === 'string' ? getSdk(sdk) : sdk;
  const resolved = typeof scenario === 'string' ? getScenario(scenario) : scenario;
  let url = mock.url;
  if (resolved.kind === 'reply') mock.respond(resolved.reply);
  else if (resolved.kind === 'hang') mock.hang();
  else url = await closedPortUrl();
  return caller.call(url, SLB_ACTION, SLB_PARAMS, opts);
}

// ---------------------------------------------------------------------------------------------------------------
// Serialization of thrown values (revived by ./revive.ts)
// ---------------------------------------------------------------------------------------------------------------

const MAX_DEPTH = 16;

function protoChainOf(value) {
  const names = [];
  for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : undefined;
    names.push(typeof ctor === 'function' ? ctor.name : '');
  }
  return names;
}

function constructorNameOf(value) {
  try {
    const ctor = value.constructor;
    return typeof ctor === 'function' ? ctor.name : null;
  } catch {
    return null;
  }
}

function readOwn(value, key) {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (!descriptor) return { enumerable: false, value: undefined };
  if ('value' in descriptor) return { enumerable: descriptor.enumerable === true, value: descriptor.value };
  try {
    return {
      enumerable: descriptor.enumerable === true,
      value: descriptor.get ? descriptor.get.call(value) : undefined,
    };
  } catch {
    return { enumerable: descriptor.enumerable === true, value: undefined };
  }
}

function firstLine(text) {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function encodeInstance(value, ancestors, depth) {
  const props = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    const own = readOwn(value, key);
    const raw = key === 'stack' && typeof own.value === 'string' ? firstLine(own.value) : own.value;
    props.push({ key, enumerable: own.enumerable, value: encodeValue(raw, ancestors, depth + 1) });
  }
  return {
    $type: 'instance',
    constructorName: constructorNameOf(value),
    protoChain: protoChainOf(value),
    instanceofError: value instanceof Error,
    props,
  };
}

function encodeValue(value, ancestors, depth) {
  switch (typeof value) {
    case 'undefined':
      return { $type: 'undefined' };
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : { $type: 'number', value: String(value) };
    case 'bigint':
      return { $type: 'bigint', value: value.toString() };
    case 'symbol':
      return { $type: 'symbol', description: value.description ?? null };
    case 'function':
      return { $type: 'function', name: value.name };
    default:
      break;
  }
  if (value === null) return null;
  if (ancestors.includes(value)) return { $type: 'circular' };
  if (depth > MAX_DEPTH) return { $type: 'truncated' };
  const next = [...ancestors, value];
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, next, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = encodeValue(value[key], next, depth + 1);
    if (proto === null) return { $type: 'object', nullPrototype: true, value: out };
    return Object.prototype.hasOwnProperty.call(out, '$type')
      ? { $type: 'object', nullPrototype: false, value: out }
      : out;
  }
  return encodeInstance(value, next, depth);
}

/** JSON-safe description of any thrown value; objects keep their prototype names and every own property. */
export function serializeThrown(thrown) {
  let jsonStringified;
  try {
    jsonStringified = JSON.stringify(thrown) ?? null;
  } catch {
    jsonStringified = null;
  }
  if (thrown !== null && typeof thrown === 'object') {
    return { ...encodeInstance(thrown, [thrown], 0), jsonStringified };
  }
  return { $type: 'primitive', value: encodeValue(thrown, [], 0), jsonStringified };
}
