// @vitest-environment node
// End to end over the demo console (demo/): Vite serves it with its mock SLB endpoint and BFF, the
// system Chromium drives it. The kit's errors come from the real Alibaba SDK core (the BFF calls
// the mock with @alicloud/openapi-core) and reach the browser as serialised SDK errors.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { type ViteDevServer, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockFailureRequest, MockState } from '../../demo/shared/mock-api.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { SLB_COMMON_ERRORS, SLB_DEFAULT_PAGES, SLB_ERROR_CATALOG } from '../../src/core/index.ts';
import { en } from '../../src/locales/en.ts';
import { wordsOf } from '../core/row-words.ts';

const requireHere = createRequire(import.meta.url);
const AXE_PATH = requireHere.resolve('axe-core/axe.min.js');
const CONFIG_FILE = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
const STEP_TIMEOUT = 30_000;
const UI_TIMEOUT = 10_000;

function catalogEntry(id: string) {
  const entry = [...SLB_ERROR_CATALOG, ...SLB_COMMON_ERRORS].find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No catalog entry ${id}`);
  return entry;
}

const PORT_INVALID = catalogEntry('slb-140');
const THROTTLED = catalogEntry('common-Throttling.User');
const NO_BALANCE = catalogEntry('common-InsufficientBalance');
const RISK_CONTROL = catalogEntry('common-Forbidden.RiskControl');

let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let baseUrl = '';
const pageErrors: string[] = [];

async function mockState(): Promise<MockState> {
  const response = await fetch(`${baseUrl}/__mock/state`);
  return (await response.json()) as MockState;
}

/** The failure lab, as a user works it: search, pick a row, arm. */
async function armInLab(search: string, request: Required<Pick<MockFailureRequest, 'id'>>) {
  await page.getByLabel('Search errors').fill(search);
  await page.getByLabel('Error to return').selectOption(request.id);
  await page.getByRole('button', { name: 'Arm failure' }).click();
  await expect.poll(async () => (await mockState()).armed?.id, { timeout: UI_TIMEOUT }).toBe(request.id);
}

async function lastCreateCalls() {
  return (await mockState()).calls.filter((call) => call.action === 'CreateLoadBalancerTCPListener');
}

/** Set E2E_SCREENSHOT_DIR to keep a full-page screenshot of every checked state. */
async function screenshot(step: string) {
  const dir = process.env['E2E_SCREENSHOT_DIR'];
  if (!dir) return;
  await page.screenshot({ path: path.join(dir, `${step.replace(/\W+/g, '-')}.png`), fullPage: true });
}

async function expectNoAxeViolations(step: string) {
  await screenshot(step);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const { violations, invisibleText } = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return {
      violations: results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
      })),
      // axe leaves text in the very colour of its background "incomplete" (it might be meant to be hidden);
      // on this page it never is.
      invisibleText: results.incomplete
        .filter((result) => result.id === 'color-contrast')
        .flatMap((result) => result.nodes)
        .filter((node) =>
          node.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio'),
        )
        .map((node) => node.target.join(' ')),
    };
  });
  expect(invisibleText, `text in its background colour ${step}`).toEqual([]);
  expect(violations, `axe violations ${step}`).toEqual([]);
}

/** What the kit says for a catalog row (its own words, not the documentation's). */
const said = (id: string) => wordsOf(id, en).description;

/** The request id a surface shows next to its "Request ID" label, one activation away behind "Details". */
async function requestIdShownIn(surface: Locator): Promise<string | null> {
  const toggle = surface.getByRole('button', { name: 'Details', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return surface.locator('dt', { hasText: 'Request ID' }).locator('xpath=following-sibling::dd[1]//code').textContent();
}

function startsWith(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

async function submitListener(port: string) {
  await page.getByLabel('Frontend port').fill(port);
  await page.getByRole('button', { name: 'Create listener' }).click();
}

describe('demo SLB console', () => {
  beforeAll(async () => {
    server = await createServer({
      configFile: CONFIG_FILE,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    const local = server.resolvedUrls?.local[0];
    if (!local) throw new Error('The demo server has no local URL');
    baseUrl = local.replace(/\/$/, '');

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  }, 30_000);

  it(
    'lists the load balancers',
    async () => {
      await fetch(`${baseUrl}/__mock/reset`, { method: 'POST' });
      await page.goto(baseUrl);
      await expect(page.getByRole('heading', { level: 1, name: 'Instances' }).isVisible()).resolves.toBe(true);
      const table = page.getByRole('table', { name: 'Load balancers' });
      await table.getByRole('rowheader', { name: /web-prod/ }).waitFor();
      await page.locator('tr[data-port="443"]').waitFor();
      await expectNoAxeViolations('on the loaded console');
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a fix-input error inline on the port field and moves focus there',
    async () => {
      await armInLab('port is not valid', { id: PORT_INVALID.id });
      await submitListener('99999');

      const port = page.getByLabel('Frontend port');
      await expect.poll(() => port.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await port.getAttribute('aria-describedby')) ?? '';
      const descriptions = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null),
        describedBy.split(/\s+/).filter(Boolean),
      );
      expect(descriptions.some((text) => text?.includes(said(PORT_INVALID.id)))).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('listener-port');
      // Only the port is wrong.
      expect(await page.getByLabel('Backend port').getAttribute('aria-invalid')).toBeNull();
      expect((await lastCreateCalls()).at(-1)).toMatchObject({ status: 400, code: 'InvalidParameter' });
      await expectNoAxeViolations('with the inline port error');
    },
    STEP_TIMEOUT,
  );

  it(
    'retries a throttled create after x-acs-retry-after, with a countdown, and succeeds',
    async () => {
      await page.getByRole('button', { name: /^Throttle/ }).click();
      await expect.poll(async () => (await mockState()).armed?.id).toBe(THROTTLED.id);
      const before = (await lastCreateCalls()).length;
      await submitListener('8081');

      const toast = page.locator('[data-slb-toast]').filter({ hasText: said(THROTTLED.id) });
      await toast.waitFor();
      // The kit says it retries by itself, counting down; there is no manual Retry meanwhile.
      const progress = toast.locator('.slb-retry-progress');
      await expect.poll(() => progress.textContent()).toMatch(/^Retrying automatically in [1-3] s$/);
      expect(await toast.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
      expect(await toast.locator('button[data-slb-retry-state]').count()).toBe(0);
      // The inline error went with the new failure.
      expect(await page.getByLabel('Frontend port').getAttribute('aria-invalid')).toBeNull();
      await expectNoAxeViolations('while the throttled create waits to retry');

      // The automatic retry: the listener appears, the toast confirms and goes away.
      await page.locator('tr[data-port="8081"]').waitFor({ timeout: 15_000 });
      await toast.waitFor({ state: 'detached', timeout: 15_000 });
      const calls = (await lastCreateCalls()).slice(before);
      expect(calls.map((call) => [call.status, call.code])).toEqual([
        [400, 'Throttling.User'],
        [200, null],
      ]);
      const [throttled, retried] = calls;
      expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(1900);
      // One ClientToken for the run and its retry: the retried write cannot create twice.
      expect(retried!.clientToken).toBe(throttled!.clientToken);
      expect(retried!.clientToken).toMatch(/^[0-9a-f-]{36}$/);
      await expect(page.getByRole('status').filter({ hasText: 'Listener TCP:8081 was created' }).count()).resolves.toBe(
        1,
      );
      await expectNoAxeViolations('after the retried create succeeded');
    },
    STEP_TIMEOUT,
  );

  it(
    'retries a create whose answer was lost (SDK read timeout) with the same ClientToken, creating it once',
    async () => {
      await page.getByRole('button', { name: /^Hang/ }).click();
      await expect.poll(async () => (await mockState()).armed?.hang).toBe(true);
      const before = (await lastCreateCalls()).length;
      await submitListener('8083');

      // The endpoint created the listener but never answered; the BFF answered 504 after the SDK's 3 s timeout.
      await page.locator('tr[data-port="8083"]').waitFor({ timeout: 15_000 });
      const calls = (await lastCreateCalls()).slice(before);
      expect(calls.map((call) => call.status)).toEqual([null, 200]);
      expect(calls[1]!.clientToken).toBe(calls[0]!.clientToken);
      expect(await page.locator('tr[data-port="8083"]').count()).toBe(1);
      await expect.poll(() => page.locator('[data-slb-toast]').count(), { timeout: UI_TIMEOUT }).toBe(0);
      await expectNoAxeViolations('after the timed-out create was retried');
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a billing error as an alert banner whose link goes to the billing page',
    async () => {
      await armInLab('enough balance', { id: NO_BALANCE.id });
      await submitListener('8082');

      // A blocking banner: a region whose message is an alert.
      const banner = page
        .getByRole('region')
        .filter({ has: page.getByRole('alert').filter({ hasText: said(NO_BALANCE.id) }) });
      await banner.waitFor();
      const billing = banner.getByRole('link', { name: /Go to Billing/ });
      expect(await billing.getAttribute('href')).toMatch(startsWith(SLB_DEFAULT_PAGES.intl.billing));
      const requestId = (await mockState()).lastRequestId;
      expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
      expect(await requestIdShownIn(banner)).toBe(requestId);
      expect(await page.locator('tr[data-port="8082"]').count()).toBe(0);
      await expectNoAxeViolations('with the billing banner');
    },
    STEP_TIMEOUT,
  );

  it(
    'offers a ticket link that carries the request id shown in the UI',
    async () => {
      await armInLab('RiskControl', { id: RISK_CONTROL.id });
      await submitListener('8082');

      const banner = page.getByRole('region').filter({ hasText: said(RISK_CONTROL.id) });
      await banner.waitFor();
      // The same form's new failure replaced its billing banner.
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: said(NO_BALANCE.id) })
          .count(),
      ).toBe(0);
      const requestId = await requestIdShownIn(banner);
      expect(requestId).toBe((await mockState()).lastRequestId);
      const href = (await banner.getByRole('link', { name: /Open a ticket/ }).getAttribute('href')) ?? '';
      expect(href).toMatch(startsWith(SLB_DEFAULT_PAGES.intl.ticket));
      expect(new URL(href).searchParams.get('requestId')).toBe(requestId);
      await expectNoAxeViolations('with the ticket banner');
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
