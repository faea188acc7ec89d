// @vitest-environment node
// Every error Alibaba's per-action tables document (CLB 2014-05-15, ALB 2020-06-16, NLB 2022-04-30),
// sent by a real SDK from a mock endpoint on 127.0.0.1 as the server would send it, under the
// action that documents it: each finds its own row (the one its action decides), never a pattern
// or the status, and never reads "Something went wrong".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALB_ERROR_CATALOG, alb } from '../../src/alb/index.ts';
import { type SlbDocumentedRow, classifySlbError } from '../../src/core/index.ts';
import { en } from '../../src/locales/en.ts';
import { NLB_ERROR_CATALOG, nlb } from '../../src/nlb/index.ts';
import { HOST_IDS, type MockSlb, getSdk, slbBody, startMockSlb } from '../sdk/harness.mjs';
import { REPO_ROOT } from './catalog-build.ts';
import { ALL_ENTRIES, expectValidReport } from './report-checks.ts';

interface Facts {
  readonly errors: ReadonlyArray<{ code: string; message: string; entries: ReadonlyArray<[string, number]> }>;
}
function facts(product: string): Facts {
  const parsed: Facts = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'scripts/catalog/api', `${product}.json`), 'utf8'),
  );
  return parsed;
}

const requireHere = createRequire(import.meta.url);
const albSdk = requireHere('@alicloud/alb20200616');
const openapiCore = requireHere('@alicloud/openapi-core');

// A server fills each %s: with a resource ID, a name, a count.
const filled = (text: string) => {
  let at = 0;
  return text.replace(/%s/g, () => ['lb-probe01', 'Listener', '50'][at++ % 3] ?? 'x');
};
// Messages the documentation spells with other spacing, case or a final full stop are one message.
const key = (text: string) => text.replace(/[\s.]+/g, '').toLowerCase();
const same = (a: string, b: string) => key(a) === key(b);

const PRODUCTS = [
  { key: 'clb', rows: ALL_ENTRIES, host: HOST_IDS.clb, api: 'Slb' },
  { key: 'alb', rows: ALB_ERROR_CATALOG, host: HOST_IDS.alb, api: 'Alb' },
  { key: 'nlb', rows: NLB_ERROR_CATALOG, host: HOST_IDS.nlb, api: 'Nlb' },
] as const;
// Gateway rows answer for any product's call.
const COMMON = ALL_ENTRIES.filter((row) => row.source === 'common');

/** The row that decides (action, code, message): the one bound to the action, else the pair's own. */
function expectedRow(rows: readonly SlbDocumentedRow[], action: string, code: string, message: string) {
  const pair = [...rows, ...COMMON].filter(
    (row) => row.code === code && (row.messages.some((known) => same(known, message)) || row.message === ''),
  );
  return pair.find((row) => row.actions.includes(action)) ?? pair.find((row) => row.source === 'common') ?? pair[0];
}

let mock: MockSlb;
let albClient: { [method: string]: (request: unknown) => Promise<unknown> };
beforeAll(async () => {
  mock = await startMockSlb();
  albClient = new albSdk.default(
    new openapiCore.$OpenApiUtil.Config({
      accessKeyId: 'LTAI5tDUMMYKEYID00000000',
      accessKeySecret: 'DUMMYSECRETdummysecret0000000000',
      endpoint: new URL(mock.url).host,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      readTimeout: 800,
      connectTimeout: 800,
    }),
  );
});
afterAll(async () => {
  await mock.close();
});

/** What the product's SDK throws for `action` when the server answers with this error. */
async function call(product: string, action: string): Promise<unknown> {
  if (product === 'alb') {
    const method = `${action.charAt(0).toLowerCase()}${action.slice(1)}`;
    const Request = albSdk[`${action}Request`];
    try {
      return { resolved: await albClient[method]?.(new Request({})) };
    } catch (thrown) {
      return thrown;
    }
  }
  // CLB and NLB: openapi-core's generic call, with the product's API version.
  return getSdk('openapi-core').call(mock.url, action, {}, product === 'nlb' ? { version: '2022-04-30' } : {});
}

describe.each(PRODUCTS)('every documented $key entry', ({ key, rows, host, api }) => {
  const entries = facts(key).errors.flatMap(({ code, message, entries: documented }) =>
    documented.map(([action, status]) => ({ action, status, code, message })),
  );

  it('covers every entry of the metadata', () => {
    const counts = { clb: 714, alb: 470, nlb: 364 } as const;
    expect(entries).toHaveLength(counts[key]);
  });

  it.each(entries.map((entry) => [`${entry.action} ${entry.status} ${entry.code}`, entry] as const))(
    '%s',
    async (_, { action, status, code, message }) => {
      // A code with %s in it is sent filled in, as a server does.
      const sent = { code: code.replace('%s', 'probeResource'), message: filled(message) };
      mock.respond({ status, body: slbBody({ ...sent, host, product: api }) });
      const thrown = await call(key, action);
      expect(thrown).not.toHaveProperty('resolved');
      const report = classifySlbError(thrown, { action, products: [alb, nlb], locale: en });
      const row = expectedRow(rows, action, code, message);
      expect(row, 'a row decides it').toBeDefined();
      expect(report.row?.id).toBe(row?.id);
      expect(['exact', 'fuzzy', 'code']).toContain(report.match);
      expect(report.product).toBe(key);
      expect(report.status).toBe(status);
      expect(report.intent).toBe(row?.intent);
      expect(report.family).not.toBe('unknown');
      expect(report.title).not.toBe('Something went wrong');
      if (code === 'DryRunOperation') expect(report.severity).toBe('info');
      expectValidReport(report);
    },
  );
});
