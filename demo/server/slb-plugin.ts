// The Vite plugin behind `npm run demo`: on the dev server it adds
//   - a mock SLB OpenAPI endpoint at /__slb/ (RPC style, in-memory state),
//   - the BFF, POST /api/slb/:Action, calling that endpoint with the real Alibaba SDK core,
//   - the failure lab's controls, POST /__mock/fail, POST /__mock/reset, GET /__mock/state.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import type { MockFailureRequest } from '../shared/mock-api.ts';
import { handleBff } from './bff.ts';
import { readJsonObject, sendJson, sendText } from './http.ts';
import { MOCK_SLB_PATH, MockRequestError, MockSlbEndpoint } from './mock-slb.ts';

export interface SlbDemoPluginOptions {
  /** The SDK's read timeout: how long a hanging call takes to fail. @defaultValue 3000 */
  readonly sdkTimeoutMs?: number;
}

const BFF_PREFIX = '/api/slb/';

function optionalNumber(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'number') throw new MockRequestError(`${name} must be a number.`);
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new MockRequestError(`${name} must be a string.`);
  return value;
}

/** Checks the JSON of `POST /__mock/fail` field by field. */
function toFailureRequest(body: Record<string, unknown>): MockFailureRequest {
  const id = optionalString(body['id'], 'id');
  const action = optionalString(body['action'], 'action');
  const times = optionalNumber(body['times'], 'times');
  const retryAfterMs = optionalNumber(body['retryAfterMs'], 'retryAfterMs');
  const status = optionalNumber(body['status'], 'status');
  if (body['hang'] !== undefined && typeof body['hang'] !== 'boolean') {
    throw new MockRequestError('hang must be true or false.');
  }
  return {
    ...(id !== undefined && { id }),
    ...(action !== undefined && { action }),
    ...(times !== undefined && { times }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    ...(status !== undefined && { status }),
    ...(body['hang'] === true && { hang: true }),
  };
}

function createMiddleware(mock: MockSlbEndpoint, options: SlbDemoPluginOptions): Connect.NextHandleFunction {
  const timeoutMs = options.sdkTimeoutMs ?? 3000;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === MOCK_SLB_PATH) {
      await mock.handle(req, res);
      return true;
    }
    if (path.startsWith(BFF_PREFIX)) {
      // The endpoint lives on this very server: call it where this request came in.
      const endpoint = `127.0.0.1:${req.socket.localPort ?? 0}`;
      const action = decodeURIComponent(path.slice(BFF_PREFIX.length));
      await handleBff(req, res, action, { endpoint, pathname: MOCK_SLB_PATH, timeoutMs, regionId: 'cn-hangzhou' });
      return true;
    }
    if (path === '/__mock/fail' && req.method === 'POST') {
      try {
        const armed = mock.arm(toFailureRequest(await readJsonObject(req)));
        sendJson(res, 200, { armed });
      } catch (caught) {
        if (!(caught instanceof MockRequestError || caught instanceof SyntaxError || caught instanceof RangeError)) {
          throw caught;
        }
        sendJson(res, 400, { error: caught.message });
      }
      return true;
    }
    if (path === '/__mock/reset' && req.method === 'POST') {
      mock.reset();
      sendJson(res, 200, mock.state());
      return true;
    }
    if (path === '/__mock/state' && req.method === 'GET') {
      sendJson(res, 200, mock.state());
      return true;
    }
    if (path.startsWith('/__mock/')) {
      sendText(res, 404, 'Not found');
      return true;
    }
    return false;
  }

  return (req, res, next) => {
    route(req, res).then(
      (handled) => {
        if (!handled) next();
      },
      (caught: unknown) => {
        if (res.headersSent) res.destroy();
        else sendText(res, 500, caught instanceof Error ? caught.message : 'Internal error');
      },
    );
  };
}

function install(middlewares: Connect.Server, httpServer: Server | null | undefined, options: SlbDemoPluginOptions) {
  const mock = new MockSlbEndpoint();
  middlewares.use(createMiddleware(mock, options));
  httpServer?.on('close', () => mock.close());
}

/** The demo's mock SLB endpoint, BFF and failure controls, on `vite` and `vite preview`. */
export function slbDemoPlugin(options: SlbDemoPluginOptions = {}): Plugin {
  return {
    name: 'slb-demo-server',
    configureServer(server) {
      install(server.middlewares, server.httpServer as Server | null, options);
    },
    configurePreviewServer(server) {
      install(server.middlewares, server.httpServer as Server | null, options);
    },
  };
}
