// @vitest-environment node
// Every catalog row, served by a loopback SLB mock and thrown by the real, published SDKs,
// then classified as caught, as a backend passes it on (JSON round trip) and as JSON text.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySlbError, type SlbDocumentedRow, type SlbErrorReport } from '../../src/core/index.ts';
import {
  DEFAULT_REQUEST_ID,
  DUMMY_CREDENTIALS,
  SCENARIOS,
  SDKS,
  SLB_PARAMS,
  runScenario,
  slbBody,
  startMockSlb,
  type MockSlb,
  type ScenarioName,
  type SdkName,
} from '../sdk/harness.mjs';
import { readFixture } from '../sdk/revive.ts';
import { ALL_ENTRIES, expectValidReport, stringsIn } from './report-checks.ts';

const SECRETS = [
  DUMMY_CREDENTIALS.accessKeyId,
  DUMMY_CREDENTIALS.accessKeySecret,
  DUMMY_CREDENTIALS.securityToken,
  'Signature=',
  'SignatureNonce=',
  // Any URL (the signed request URL above all); "HTTP listener" in the kit's words is not one.
  '://',
];

type Variant = 'caught' | 'json round trip' | 'json text';

/** What a backend does with a caught error: pass it on as JSON, or as the JSON text itself. */
function variantsOf(thrown: unknown): [Variant, unknown][] {
  const text = JSON.stringify(thrown);
  return [
    ['caught', thrown],
    ['json round trip', text === undefined ? undefined : JSON.parse(text)],
    ['json text', text],
  ];
}

/**
 * The harness returns `{ resolved }` when an SDK did not throw: openapi-core and openapi-client
 * resolve HTTP 200 bodies carrying a `Code` (console envelope codes), pop-core resolves bodies
 * with a lower-case `code`. An app that checks the body hands that body to the classifier.
 */
function caughtOrBody(thrown: unknown): unknown {
  if (typeof thrown === 'object' && thrown !== null && 'resolved' in thrown && Object.keys(thrown).length === 1) {
    return thrown.resolved;
  }
  return thrown;
}

function expectNoSecrets(report: SlbErrorReport): void {
  const leaks = stringsIn(report, ['links']).filter(([, text]) =>
    SECRETS.some((secret) => text.toLowerCase().includes(secret.toLowerCase())),
  );
  expect(leaks).toEqual([]);
}

/** The kit tidies spaces ("Key has Encrypted ." → "Key has Encrypted.", "The param  is" → "The param is"); nothing else changes. */
const asDisplayed = (message: string) => message.replace(/\s+([.,;:!?])/g, '$1').replace(/ {2,}/g, ' ');

// Rows that share code and message are told apart by the action: one decides the actions bound to
// it, the other the rest. Any other pair of rows with one code and message would be a defect.
const SHARED_CODE_AND_MESSAGE = new Map<string, SlbDocumentedRow[]>();
for (const entry of ALL_ENTRIES) {
  const key = `${entry.code}\n${entry.message}`;
  SHARED_CODE_AND_MESSAGE.set(key, [...(SHARED_CODE_AND_MESSAGE.get(key) ?? []), entry]);
}

let mock: MockSlb;
beforeAll(async () => {
  mock = await startMockSlb();
});
afterAll(async () => {
  await mock.close();
});

// An action CLB's tables document no error for (scripts/catalog/api/clb.json).
const UNLISTED_ACTION = 'DescribeAccessControlListAttribute';

describe('every catalog row through every SDK', () => {
  it('rows share code and message only where actions tell them apart', () => {
    for (const rows of SHARED_CODE_AND_MESSAGE.values()) {
      if (rows.length < 2) continue;
      const actions = rows.flatMap((row) => row.actions);
      expect(new Set(actions).size, rows.map((row) => row.id).join(', ')).toBe(actions.length);
    }
  });

  it.each(ALL_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', async (_, entry) => {
    mock.respond({ status: entry.status, body: slbBody(entry) });
    // Called as the action that documents it, which the app passes (pop-core's URL names it too);
    // a row no action's table binds it to, as a call that does not document its code.
    const action = entry.actions[0] ?? UNLISTED_ACTION;
    for (const sdk of SDKS) {
      const thrown = await sdk.call(mock.url, action, SLB_PARAMS);
      if (entry.status < 400 && sdk.name.startsWith('openapi-')) expect(thrown, sdk.name).toHaveProperty('resolved');
      for (const [variant, caught] of variantsOf(caughtOrBody(thrown))) {
        const report = classifySlbError(caught, { action });
        const where = `${sdk.name}, ${variant}`;
        expect(report.row?.id, where).toBe(entry.id);
        expect(
          { code: report.code, status: report.status, message: report.message, requestId: report.requestId },
          where,
        ).toEqual({
          code: entry.code,
          status: entry.status,
          message: asDisplayed(entry.message),
          requestId: DEFAULT_REQUEST_ID,
        });
        expect(report.intent, where).toBe(entry.intent);
        expect(report.field, where).toBe(entry.intent === 'fix-input' ? entry.field : null);
        expectNoSecrets(report);
        expectValidReport(report);
      }
    }
  });
});

const RECOMMEND = `https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Slb&requestId=${DEFAULT_REQUEST_ID}`;

interface Expected {
  intent: string;
  origin: string;
  entry: string | null;
  code?: string | null;
  status?: number | null;
  requestId?: string | null;
  throttled?: boolean;
  retryAfterMs?: number | null;
  diagnose?: string;
}

const fixInputPort = (status: number | null): Expected => ({
  intent: 'fix-input',
  origin: 'api',
  entry: 'slb-140',
  code: 'InvalidParameter',
  status,
  requestId: DEFAULT_REQUEST_ID,
});
const badResponse: Expected = { intent: 'retry', origin: 'bad-response', entry: null, code: null, status: null };
// A SyntaxError has no enumerable fields: `JSON.stringify` gives "{}", and nothing is left to read.
const nothingLeft: Expected = {
  intent: 'none',
  origin: 'unknown',
  entry: null,
  code: null,
  status: null,
  requestId: null,
};
const isOpenapi = (sdk: SdkName) => sdk.startsWith('openapi-');
const isPop = (sdk: SdkName) => sdk.startsWith('pop-core');

/** What each recorded scenario must classify as, per SDK and per way it reached the classifier. */
const SCENARIO_EXPECTATIONS: Record<ScenarioName, (sdk: SdkName, variant: Variant) => Expected> = {
  json400: () => ({ ...fixInputPort(400), diagnose: RECOMMEND }),
  throttling400: (sdk) => ({
    intent: 'retry',
    origin: 'api',
    entry: 'common-Throttling.User',
    code: 'Throttling.User',
    status: 400,
    throttled: true,
    // openapi-client drops the x-acs-retry-after header; the others expose it.
    retryAfterMs: sdk === 'openapi-client' ? null : 1500,
  }),
  systemBusy449: () => ({ intent: 'retry', origin: 'api', entry: 'slb-080', code: 'SystemBusy', status: 449 }),
  unavailable503: () => ({
    intent: 'retry',
    origin: 'api',
    entry: 'common-ServiceUnavailable',
    code: 'ServiceUnavailable',
    status: 503,
  }),
  forbidden403: () => ({
    intent: 'permission',
    origin: 'api',
    entry: 'common-Forbidden.RAM',
    code: 'Forbidden.RAM',
    status: 403,
  }),
  // pop-core resolves a lower-camel body: its status is then known to nobody.
  json400lowercase: (sdk) => fixInputPort(isPop(sdk) ? null : 400),
  json400codeOnly: () => ({
    intent: 'fix-input',
    origin: 'api',
    entry: 'slb-062',
    code: 'InvalidParameter',
    status: 400,
    requestId: null,
  }),
  html502: (sdk, variant) => (isOpenapi(sdk) && variant !== 'caught' ? nothingLeft : badResponse),
  empty500: (sdk, variant) => (isOpenapi(sdk) && variant !== 'caught' ? nothingLeft : badResponse),
  // openapi-core's RPC path (v2 signature) has no XML branch; pop-core keeps the XML in the parse error's `text`.
  xml400: (sdk, variant) => {
    if (sdk === 'openapi-core-v2') return variant === 'caught' ? badResponse : nothingLeft;
    return { ...fixInputPort(isPop(sdk) ? null : 400), diagnose: RECOMMEND };
  },
  refused: () => ({ intent: 'retry', origin: 'network', entry: null, code: null, status: null, requestId: null }),
  timeout: () => ({ intent: 'retry', origin: 'timeout', entry: null, code: null, status: null, requestId: null }),
};

function expectScenario(report: SlbErrorReport, scenario: ScenarioName, sdk: SdkName, variant: Variant): void {
  const expected = SCENARIO_EXPECTATIONS[scenario](sdk, variant);
  const { entry, diagnose, ...fields } = expected;
  const where = `${scenario}, ${sdk}, ${variant}`;
  expect(report.row?.id ?? null, where).toBe(entry);
  expect(report, where).toMatchObject(fields);
  if (diagnose !== undefined) expect(report.links.diagnose, where).toBe(diagnose);
  if (expected.retryAfterMs === undefined) expect(report.retryAfterMs, where).toBeNull();
  expect(report.throttled, where).toBe(expected.throttled ?? false);
  if (scenario === 'forbidden403') {
    expect(report.accessDenied, where).toMatchObject({
      action: 'slb:CreateLoadBalancerTCPListener',
      principalType: 'SubUser',
      noPermissionType: 'ImplicitDeny',
      policyType: 'AccountLevelIdentityBasedPolicy',
    });
    expect(report.surface).toBe('banner');
    expect(report.links.permission).toMatch(/^https:\/\/ram\.console\./);
  } else {
    expect(report.accessDenied, where).toBeNull();
  }
  expectNoSecrets(report);
  expectValidReport(report);
}

const SDK_NAMES = SDKS.map((sdk) => sdk.name);

describe('recorded scenarios, live', () => {
  it.each(SCENARIOS.flatMap((scenario) => SDKS.map((sdk) => [scenario.name, sdk.name, scenario, sdk] as const)))(
    '%s via %s',
    async (scenarioName, sdkName, scenario, sdk) => {
      const thrown = await runScenario(mock, sdk, scenario);
      for (const [variant, caught] of variantsOf(caughtOrBody(thrown))) {
        expectScenario(classifySlbError(caught), scenarioName, sdkName, variant);
      }
    },
  );
});

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, readFixture(readFileSync(`${FIXTURES_DIR}${file}`, 'utf8'))] as const);

const isScenarioName = (name: string): name is ScenarioName => SCENARIOS.some((scenario) => scenario.name === name);
const isSdkName = (name: string): name is SdkName => SDK_NAMES.some((sdk) => sdk === name);

describe('recorded fixtures (test/fixtures) revived', () => {
  it('cover every scenario for every SDK', () => {
    expect(FIXTURES.map(([, fixture]) => `${fixture.sdk}/${fixture.scenario}`).sort()).toEqual(
      SDK_NAMES.flatMap((sdk) => SCENARIOS.map((scenario) => `${sdk}/${scenario.name}`)).sort(),
    );
  });

  it.each(FIXTURES)('%s', (_, { sdk, scenario, thrown }) => {
    if (!isScenarioName(scenario) || !isSdkName(sdk)) throw new Error(`unknown fixture ${sdk}/${scenario}`);
    for (const [variant, caught] of variantsOf(caughtOrBody(thrown))) {
      expectScenario(classifySlbError(caught), scenario, sdk, variant);
    }
  });
});
