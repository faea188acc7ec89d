#!/usr/bin/env node
// Installs the packed kit into the Next.js 16 example (examples/next) in a temporary directory,
// runs `next build` and `next start`, and checks the server HTML and the hydrated page in
// headless Chromium. Run after `npm run build`; nothing is written into the repository.
//   --keep         keep the temporary app and print where it is
//   --update-lock  install without examples/next/package-lock.json and write the new lockfile back
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/next');
const exampleLock = path.join(example, 'package-lock.json');
const flags = new Set(process.argv.slice(2));
const keep = flags.has('--keep');
const updateLock = flags.has('--update-lock');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const KIT = 'node_modules/slb-error-kit';

// The errors examples/next/app/page.tsx classifies, by the id of the Banner that shows each.
const SEEDS = {
  billing: { Code: 'PAY.PAY_ORDER_FAILED', Message: 'The Acount failed to pay order.', RequestId: 'R-2' },
  throttled: { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'R-1' },
};

class CheckError extends Error {}
const fail = (message) => {
  throw new CheckError(message);
};

/** Settles like `promise`, or fails with `message` when it rejects (a Playwright timeout). */
async function orFail(promise, message) {
  try {
    return await promise;
  } catch (error) {
    fail(`${message}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

const started = performance.now();
const timings = [];
async function timed(label, task) {
  const t0 = performance.now();
  const result = await task();
  timings.push(`${label} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

/** Runs a command; resolves to its stdout when captured, rejects on a non-zero exit. */
function run(command, args, { cwd, capture = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(out) : reject(new CheckError(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sortedJson = (object = {}) => JSON.stringify(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
const textOf = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function install(app, tarball) {
  renameSync(tarball, path.join(app, 'slb-error-kit.tgz'));
  if (updateLock || !existsSync(exampleLock)) {
    await run('npm', ['install', '--no-audit', '--no-fund', '--omit-lockfile-registry-resolved=false'], { cwd: app });
    const lock = JSON.parse(readFileSync(path.join(app, 'package-lock.json'), 'utf8'));
    // The tarball changes with every build of the kit: no integrity for it.
    delete lock.packages[KIT].integrity;
    writeFileSync(exampleLock, `${JSON.stringify(lock, null, 2)}\n`);
    console.log('wrote examples/next/package-lock.json');
    return;
  }
  const lock = JSON.parse(readFileSync(exampleLock, 'utf8'));
  const kit = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const locked = lock.packages?.[KIT];
  if (
    !locked ||
    sortedJson(locked.dependencies) !== sortedJson(kit.dependencies) ||
    sortedJson(locked.peerDependencies) !== sortedJson(kit.peerDependencies)
  ) {
    fail(
      "examples/next/package-lock.json does not match the kit's dependencies: run node scripts/check-next.mjs --update-lock",
    );
  }
  // With an integrity, npm ci installs a cached copy of an older tarball of the same version.
  delete locked.integrity;
  writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(lock, null, 2));
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app });
}

/** Starts `next start` in its own process group; `log` collects its output. */
function startServer(app, port) {
  const next = path.join(app, 'node_modules/next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { child, log: '', running: true, exited: new Promise((resolve) => child.on('exit', resolve)) };
  child.stdout.on('data', (chunk) => (server.log += chunk));
  child.stderr.on('data', (chunk) => (server.log += chunk));
  void server.exited.then(() => (server.running = false));
  return server;
}

async function stopServer(server) {
  const signal = (name) => {
    try {
      process.kill(-server.child.pid, name);
    } catch {
      // Already gone.
    }
  };
  if (!server.running) return;
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await server.exited;
  clearTimeout(timer);
}

async function waitForServer(server, url) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && server.running) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  fail(server.running ? `next start did not answer on ${url} within 30 s` : 'next start exited before serving');
}

/** The page as the server sends it, before any JavaScript. */
async function checkServerHtml(url, titles) {
  const response = await fetch(url);
  if (response.status !== 200) fail(`GET ${url} answered ${response.status}`);
  const html = await response.text();
  for (const [id, title] of Object.entries(titles)) {
    const section = new RegExp(`<section\\b[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</section>`).exec(html)?.[0];
    if (!section) fail(`server HTML has no Banner section with id="${id}"`);
    if (!/\bclass="slb-banner"/.test(section)) fail(`server HTML: #${id} is not an slb-banner`);
    const heading = /<h[2-6]\b[^>]*class="slb-banner__title"[^>]*>([\s\S]*?)<\/h[2-6]>/.exec(section)?.[1];
    if (!heading || !textOf(heading).includes(title)) {
      fail(`server HTML: #${id} has no title "${title}" (found "${heading ? textOf(heading) : ''}")`);
    }
    if (!/<button\b[^>]*aria-expanded="false"[^>]*>Details/.test(section))
      fail(`server HTML: #${id} has no Details button`);
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  const css = await Promise.all(stylesheets.map((href) => fetch(new URL(href, url)).then((r) => r.text())));
  if (!css.some((text) => text.includes('.slb-banner'))) fail('no stylesheet of the page has the kit styles');
  return `${Object.keys(titles).length} banners, ${stylesheets.length} stylesheet(s), ${html.length} bytes`;
}

/** The page in Chromium: hydration without console errors or warnings, and a working Details button. */
async function checkBrowser(url, titles) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    // React keeps its props on every DOM node it has hydrated.
    await orFail(
      page.waitForFunction(() => {
        const button = document.querySelector('#throttled button[aria-expanded]');
        return button !== null && Object.keys(button).some((key) => key.startsWith('__reactProps$'));
      }),
      'the page did not hydrate',
    );
    await page.waitForLoadState('networkidle');

    for (const [id, title] of Object.entries(titles)) {
      const banner = page.locator(`section#${id}.slb-banner`);
      if ((await banner.count()) !== 1) fail(`after hydration there is no Banner #${id}`);
      const heading = await banner.locator('.slb-banner__title').innerText();
      if (!heading.includes(title)) fail(`after hydration #${id} has the title "${heading}", not "${title}"`);
      const display = await banner.evaluate((element) => getComputedStyle(element).display);
      if (display !== 'grid') fail(`#${id} is not styled by slb-error-kit/styles.css (display: ${display})`);
    }

    const details = page.locator('#throttled').getByRole('button', { name: 'Details', exact: true });
    await details.click();
    await orFail(
      page.waitForFunction((button) => button.getAttribute('aria-expanded') === 'true', await details.elementHandle()),
      'Details did not set aria-expanded="true" after a click',
    );
    const panel = page.locator(`[id="${await details.getAttribute('aria-controls')}"]`);
    await orFail(panel.waitFor({ state: 'visible' }), 'the details panel did not open');
    const panelText = await panel.innerText();
    if (!panelText.includes(SEEDS.throttled.RequestId)) fail(`the opened details do not show the request ID`);
    await page.waitForTimeout(300);
  } catch (error) {
    if (error instanceof CheckError && problems.length > 0) {
      error.message += `\nthe browser also reported:\n  ${problems.join('\n  ')}`;
    }
    throw error;
  } finally {
    await browser.close();
  }
  if (problems.length > 0) fail(`the browser reported:\n  ${problems.join('\n  ')}`);
  return 'hydrated, no console errors or warnings, Details opens';
}

async function main() {
  if (!existsSync(path.join(root, 'dist/index.js'))) fail('dist/ is missing: run npm run build first');
  const { classifySlbError } = await import(path.join(root, 'dist/core/index.js'));
  const { en } = await import(path.join(root, 'dist/locales/en.js'));
  const titles = Object.fromEntries(
    Object.entries(SEEDS).map(([id, seed]) => [id, classifySlbError(seed, { locale: en }).title]),
  );

  const temp = mkdtempSync(path.join(os.tmpdir(), 'slb-check-next-'));
  const app = path.join(temp, 'app');
  let server;
  try {
    cpSync(example, app, {
      recursive: true,
      filter: (source) =>
        !/^(node_modules|\.next|next-env\.d\.ts|package-lock\.json|.*\.tgz)$/.test(path.basename(source)),
    });
    const [packed] = await timed('pack', async () =>
      JSON.parse(
        await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], {
          cwd: root,
          capture: true,
        }),
      ),
    );
    await timed('install', () => install(app, path.join(temp, packed.filename)));
    await timed('next build', () => run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: app }));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    await timed('checks', async () => {
      server = startServer(app, port);
      await waitForServer(server, url);
      console.log(`server HTML: ${await checkServerHtml(url, titles)}`);
      console.log(`browser: ${await checkBrowser(url, titles)}`);
    });
  } catch (error) {
    if (server?.log) console.error(`next start output:\n${server.log}`);
    throw error;
  } finally {
    if (server) await stopServer(server);
    if (keep) console.log(`kept ${app}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

try {
  await main();
  timings.push(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`check-next: ok (${timings.join(', ')})`);
} catch (error) {
  console.error(`check-next: FAILED: ${error instanceof CheckError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
}
