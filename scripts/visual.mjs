#!/usr/bin/env node
// Visual regression check of the built Storybook: every story is captured in system Chromium
// and compared, pixel by pixel, with its baseline in test/visual/baselines/.
//   npm run build-storybook && npm run visual       compare; report in test-results/visual/index.html
//   npm run visual:update                           write the baselines that changed or are missing,
//                                                   and delete those of stories that no longer exist
//   node scripts/visual.mjs [--update] [--grep <part of a story id>] [--static <storybook-static dir>]
// See docs/visual.md.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

// ---------------------------------------------------------------------------------------------
// What is captured

/** The toolbar's globals (see .storybook/preview.tsx). Every story is captured in the first of each. */
const THEMES = ['light', 'dark', 'high-contrast'];
const LOCALES = ['en', 'zh-CN'];
const DIRS = ['ltr', 'rtl'];

/**
 * The stories also captured in every theme × locale × direction (3 × 2 × 2 = 12 images each):
 * the components' review sheets (Components/Toast, Banner, InlineError → Matrix).
 */
const isMatrixStory = (entry) => entry.title.startsWith('Components/') && entry.name.includes('Matrix');
/** Used instead when no story matches `isMatrixStory` (a Storybook built before the matrices existed). */
const isFallbackMatrixStory = (entry) => entry.title.startsWith('Components/') && entry.name === 'Billing';

/** Stories not captured at all: story id → why. */
const EXCLUDED = new Map([]);

/**
 * Stories whose play function needs Date.now() to move (it waits for a countdown to tick): for
 * these the clock starts at FIXED_TIME and runs in real time instead of standing still. Their
 * final frame must not show a time. Story id → why.
 */
const RUNNING_CLOCK = new Map([
  ['flows--throttled-retry', 'the play waits for the countdown to go from 2 s to 1 s, then for the retry'],
]);

// ---------------------------------------------------------------------------------------------
// How

/** Date.now() in every story (timers still fire, in real time; see RUNNING_CLOCK). */
const FIXED_TIME = Date.UTC(2026, 0, 15, 9, 30, 0);
const VIEWPORT = { width: 1024, height: 768 };
/** Pages (browser contexts) working at once: the CI machine has 2 cores. */
const CONCURRENCY = 2;
/**
 * How long the story's DOM must stay still before its play starts, and before the screenshot
 * (see instrumentStorybook). React renders a big story in 5 ms slices and changes the DOM only
 * when it commits, so the wait before a play is the longer one.
 */
const PLAY_QUIET_MS = 100;
const SHOT_QUIET_MS = 50;
/** Render + play + settle, per story. The slowest flow plays for about 5 s. */
const STORY_TIMEOUT_MS = 20_000;
/**
 * Extra attempts for a story whose play function threw, that errored or that timed out. A built
 * Storybook is a production build, where @storybook/react runs no act(): a play that reads the
 * DOM right after a findBy… can then race React's next commit (e.g. components-erroroutlet--everything reads the
 * toasts right after the stack's "Show all" appears, before Radix has portalled them in; under
 * Vitest, act() flushes first). The story is loaded again from scratch; a screenshot that
 * differs from its baseline is never retried. A story that needed a retry is reported as flaky.
 */
const PLAY_RETRIES = 2;
/**
 * When a screenshot does not match (or there is no baseline yet), the same page is shot again
 * RESHOT_DELAY_MS later, up to RESHOTS times, until two shots agree. Two equal shots mean the
 * page is stable, so a difference from the baseline is real. A page that was still changing is
 * judged on its last shot and reported as flaky. The stable case costs one extra screenshot,
 * and only for images that fail or are new.
 */
const RESHOTS = 3;
const RESHOT_DELAY_MS = 250;
/**
 * pixelmatch's per-pixel colour threshold (0–1, OKLab distance; its default): a pixel only
 * counts as different when its colour visibly moves, and anti-aliased edge pixels are ignored.
 */
const THRESHOLD = 0.1;
/**
 * An image fails when more pixels than this differ (a size change always fails). The same
 * Chromium and fonts render these pages identically (0 px differ in repeated runs), so the
 * margin is only for the odd stray pixel, and it is kept small enough to catch one changed
 * letter. Measured on a banner's title: one added letter "s" makes 29 px differ (edge pixels are
 * anti-aliasing, which pixelmatch ignores), a 0.02 px letter-spacing change 133 px, and an
 * added full stop only 4 px (not caught). It is a count rather than a share of the page,
 * because the pages range from one screen to ten, and a share of a tall page would hide a
 * changed word.
 */
const MAX_DIFF_PIXELS = 10;

const BASELINE_DIR = path.resolve('test/visual/baselines');
const REPORT_DIR = path.resolve('test-results/visual');

// ---------------------------------------------------------------------------------------------

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    grep: { type: 'string' },
    static: { type: 'string', default: 'storybook-static' },
  },
});
const root = path.resolve(options.static);
const started = performance.now();

if (!existsSync(path.join(root, 'iframe.html')) || !existsSync(path.join(root, 'index.json'))) {
  console.error(`visual: no ${path.relative('.', root)}/iframe.html: run "npm run build-storybook" first`);
  process.exit(2);
}

/** The images to take: every story in the default globals, the matrix stories in all of them. */
function plan() {
  const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && !EXCLUDED.has(entry.id));
  let matrix = stories.filter(isMatrixStory);
  if (matrix.length === 0) {
    matrix = stories.filter(isFallbackMatrixStory);
    console.warn(`visual: no matrix stories yet; using ${matrix.map((entry) => entry.id).join(', ')}`);
  }
  const jobs = new Map();
  const add = (entry, theme, locale, dir) => {
    const key = `${entry.id}--${theme}-${locale}-${dir}`;
    jobs.set(key, { key, entry, theme, locale, dir });
  };
  for (const entry of stories) add(entry, THEMES[0], LOCALES[0], DIRS[0]);
  for (const entry of matrix)
    for (const theme of THEMES) for (const locale of LOCALES) for (const dir of DIRS) add(entry, theme, locale, dir);
  const all = [...jobs.values()];
  return { all, selected: options.grep ? all.filter((job) => job.entry.id.includes(options.grep)) : all };
}

/** A static server for the built Storybook, files kept in memory after their first request. */
async function serve() {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
  };
  const cache = new Map();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(root + path.sep)) return void response.writeHead(403).end();
    let body = cache.get(file);
    if (body === undefined) {
      try {
        body = readFileSync(file);
      } catch {
        body = null;
      }
      cache.set(file, body);
    }
    if (body === null) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      // Vite's assets have content hashes in their names: the pages may keep them.
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/**
 * Runs in the page before Storybook, and gives the script two signals through `window.__visual`.
 *
 * When the story is done. STORY_RENDERED alone is not enough: a play that changes args (the
 * gallery's filters go through updateArgs) re-renders the story while it plays, and that
 * re-render emits STORY_RENDERED and reaches the "finished" phase before the play is over. So
 * each StoryRender's render() calls are tracked. The story is done once the first one (render,
 * play, Storybook's animation handling, afterEach hooks) has returned and no other is running.
 * Errors come from the preview's channel.
 *
 * When the play may start. Each play function waits until the story's DOM has been still for
 * PLAY_QUIET_MS. The stories are written for, and tested under, Vitest. There @storybook/react wraps
 * the mount in React's act(), so effects and the renders they cause are flushed before the play.
 * A built Storybook is a production build without act(). Its mount resolves at the first commit,
 * and a play that reads the DOM at once can miss what effects add a moment later: toasts that
 * Radix portals into their viewport, entries a queue gets in an effect. Plain Chromium without
 * this wait failed catalog-gallery--chinese 8 times in 8 and components-erroroutlet--everything
 * 8 in 8.
 *
 * Both hooks rely on Storybook's internals (PreviewWeb stores itself in __STORYBOOK_PREVIEW__;
 * each StoryRender is pushed onto its storyRenders before it renders). If those change shape,
 * `hooked` stays false and the script falls back to STORY_RENDERED and the render phase.
 */
function instrumentStorybook({ PLAY_QUIET_MS, SHOT_QUIET_MS }) {
  const state = { hooked: false, initialDone: false, inFlight: 0, rendered: false, errors: [] };
  const text = (value) => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const { message, title, description, name } = value;
      return [name, message, title, description].filter(Boolean).join(': ') || JSON.stringify(value);
    }
    return String(value);
  };
  const fail = (kind) => (value) => state.errors.push(`${kind}: ${text(value)}`);

  /** Resolves once nothing in the document has changed for `ms` (at most 3 s). */
  state.quiet = (ms = SHOT_QUIET_MS) =>
    new Promise((resolve) => {
      let timer;
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(limit);
        resolve();
      };
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, ms);
      });
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      timer = setTimeout(done, ms);
      const limit = setTimeout(done, 3000);
    });
  window.__visual = state;
  // Nothing an earlier story of this page stored survives.
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // about:blank has no storage
  }

  // The same random numbers on every run: the retry policy's jitter shows in countdowns
  // ("retrying automatically in 53 s"). mulberry32, seeded afresh in every document.
  let seed = 0x5eed;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  // Storybook sets these globals once it starts; each assignment is seen here, and the value kept.
  const onAssign = (target, name, seen) => {
    let value;
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set(next) {
        value = next;
        seen(next);
      },
    });
  };

  onAssign(window, '__STORYBOOK_ADDONS_CHANNEL__', (channel) => {
    channel.on('storyRendered', () => (state.rendered = true));
    channel.on('playFunctionThrewException', fail('play function threw'));
    channel.on('storyThrewException', fail('story threw'));
    channel.on('storyErrored', fail('story errored'));
    channel.on('storyMissing', fail('story missing'));
    channel.on('unhandledErrorsWhilePlaying', fail('unhandled errors while playing'));
  });

  const instrument = (storyRender) => {
    const { render, runPhase } = storyRender ?? {};
    if (typeof render !== 'function' || typeof runPhase !== 'function') return;
    state.hooked = true;
    storyRender.render = function (options) {
      state.inFlight += 1;
      const result = Promise.resolve(render.call(this, options));
      void result
        .catch(() => {})
        .finally(() => {
          state.inFlight -= 1;
          if (options?.initial) state.initialDone = true;
        });
      return result;
    };
    storyRender.runPhase = function (signal, phase, phaseFn) {
      if (phase !== 'playing' || !phaseFn) return runPhase.call(this, signal, phase, phaseFn);
      return runPhase.call(this, signal, phase, async () => {
        await state.quiet(PLAY_QUIET_MS);
        return phaseFn();
      });
    };
  };
  onAssign(window, '__STORYBOOK_PREVIEW__', (preview) => {
    const existing = preview.storyRenders;
    onAssign(preview, 'storyRenders', (list) => {
      if (!Array.isArray(list)) return;
      const push = list.push;
      list.push = function (...items) {
        items.forEach(instrument);
        return push.apply(this, items);
      };
    });
    preview.storyRenders = existing ?? [];
  });
}

/** True once the story has rendered, played and finished, or failed. Runs in the page. */
function storySettled() {
  const state = window.__visual;
  if (!state) return false;
  if (state.errors.length > 0) return true;
  if (state.hooked) return state.initialDone && state.inFlight === 0;
  const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
  return state.rendered && renders.length > 0 && renders.every((render) => render.phase === 'finished');
}

/**
 * The last step before the screenshot, run in the page. On a page taller (or wider) than the
 * viewport, sticky elements become position: relative. At scroll 0 that gives the same layout,
 * but the elements lose their own compositing layer. Without this, the text in the gallery's
 * sticky bar now and then came out 1 px off in full-page captures. Argos does the same. Then it
 * waits for fonts, for the DOM to be still for SHOT_QUIET_MS (a late effect), and for two
 * painted frames. Returns the text of Storybook's error display, if it shows.
 */
async function settleFrames() {
  const root = document.documentElement;
  if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
    for (const element of document.body.querySelectorAll('*')) {
      if (getComputedStyle(element).position === 'sticky')
        element.style.setProperty('position', 'relative', 'important');
    }
  }
  await document.fonts.ready;
  await window.__visual.quiet();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return document.body.classList.contains('sb-show-errordisplay')
    ? document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows its error display'
    : null;
}

/**
 * Chromium's user agent plus "StorybookTestRunner", the mark of Storybook's own test runner: the
 * preview then freezes CSS animations at their end (pauseAnimations) once the play is over,
 * instead of polling for running ones for at least 100 ms (waitForAnimations) per story.
 */
async function testRunnerUserAgent(browser) {
  const page = await browser.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await page.context().close();
  return `${userAgent} StorybookTestRunner`;
}

/** A page with the visual settings and the fake clock (frozen at FIXED_TIME unless `running`). */
async function openPage(browser, running) {
  const context = await browser.newContext({
    userAgent,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    forcedColors: 'none',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  // Fake timers from before the first script of every document: Date.now() is FIXED_TIME, so
  // countdowns ("retrying in 30 s") and anything built from the time never move; timers still
  // fire, in real time, so play functions and Storybook's own waits work.
  await context.clock.install({ time: FIXED_TIME });
  if (!running) await context.clock.setFixedTime(FIXED_TIME);
  await context.addInitScript(instrumentStorybook, { PLAY_QUIET_MS, SHOT_QUIET_MS });
  const page = await context.newPage();
  page.on('pageerror', (error) => page.visualErrors?.push(`page error: ${error.message}`));
  return page;
}

/**
 * One story in one set of globals → its screenshot (PNG) and any errors. Every story is a new
 * document (a full navigation), but a worker keeps its page, so the browser's cache spares
 * reloading and recompiling Storybook's bundles for every image.
 */
async function capture(page, origin, job) {
  const errors = [];
  page.visualErrors = errors;
  // a11y.manual: the a11y addon's axe run (after the story) changes nothing visible; skip it.
  const globals = `theme:${job.theme};locale:${job.locale};dir:${job.dir};a11y.manual:!true`;
  await page.goto(`${origin}/iframe.html?id=${job.entry.id}&viewMode=story&globals=${globals}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForFunction(storySettled, null, { polling: 25, timeout: STORY_TIMEOUT_MS });
  errors.push(...(await page.evaluate(() => window.__visual.errors)));
  const shown = await page.evaluate(settleFrames);
  if (shown) errors.push(`error display: ${shown}`);
  // The whole page rather than #storybook-root: toasts sit position: fixed in the viewport's
  // corner, outside the root's box, and .slb-story fills at least the viewport anyway, so the
  // page gives the same stable size (1024 × max(768, content height)) and keeps them.
  const shoot = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
  const png = await shoot();
  page.visualErrors = undefined;
  /** Another screenshot of the same page, a moment later (see RESHOTS). */
  const reshoot = async () => {
    await page.waitForTimeout(RESHOT_DELAY_MS);
    await page.evaluate(settleFrames);
    return shoot();
  };
  return { png, errors, reshoot };
}

/** Compares a screenshot with its baseline. */
function compare(actualBuffer, baselineBuffer) {
  if (actualBuffer.equals(baselineBuffer)) return { ok: true, diffPixels: 0 };
  const actual = PNG.sync.read(actualBuffer);
  const baseline = PNG.sync.read(baselineBuffer);
  if (actual.width !== baseline.width || actual.height !== baseline.height) {
    return {
      ok: false,
      reason: `size changed: ${baseline.width}×${baseline.height} → ${actual.width}×${actual.height}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const diffPixels = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
  });
  const ok = diffPixels <= MAX_DIFF_PIXELS;
  return {
    ok,
    diffPixels,
    diff: ok ? undefined : PNG.sync.write(diff),
    reason: ok ? undefined : `${diffPixels} px differ (more than ${MAX_DIFF_PIXELS})`,
  };
}

async function run(job, page, origin) {
  const baselinePath = path.join(BASELINE_DIR, `${job.key}.png`);
  let shot;
  try {
    shot = await capture(page, origin, job);
  } catch (error) {
    return { job, status: 'failed', retry: true, reason: `not captured: ${error.message.split('\n')[0]}` };
  }
  const { errors, reshoot } = shot;
  let { png } = shot;
  if (errors.length > 0) return { job, status: 'failed', retry: true, reason: errors.join('\n'), actual: png };
  const baseline = existsSync(baselinePath) ? readFileSync(baselinePath) : null;
  let result = baseline ? compare(png, baseline) : { ok: false, reason: 'no baseline' };
  // A page that still changes: shoot again until two shots agree, then judge the last one.
  let late = 0;
  while (!result.ok && late < RESHOTS) {
    const again = await reshoot();
    if (again.equals(png)) break;
    late += 1;
    png = again;
    result = baseline ? compare(png, baseline) : result;
  }
  const flakes = late > 0 ? [`the page was still changing; screenshot ${late + 1} was used`] : undefined;
  if (options.update) {
    if (result.ok) return { job, status: 'unchanged', diffPixels: result.diffPixels, flakes };
    writeFileSync(baselinePath, png);
    return { job, status: baseline ? 'updated' : 'added', reason: result.reason, flakes };
  }
  if (result.ok) return { job, status: 'passed', diffPixels: result.diffPixels, flakes };
  return { job, status: 'failed', reason: result.reason, actual: png, baseline, diff: result.diff, flakes };
}

const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** test-results/visual/index.html, with the failing images copied next to it. */
function writeReport(results, stale, seconds) {
  rmSync(REPORT_DIR, { recursive: true, force: true });
  mkdirSync(REPORT_DIR, { recursive: true });
  const failed = results.filter((result) => result.status === 'failed');
  const flaky = results.filter((result) => result.flakes);
  const figure = (caption, file, buffer) => {
    if (!buffer) return `<figure><figcaption>${caption}</figcaption><p class="none">none</p></figure>`;
    writeFileSync(path.join(REPORT_DIR, file), buffer);
    return `<figure><figcaption>${caption}</figcaption><a href="${file}"><img src="${file}" alt="${caption}" loading="lazy"></a></figure>`;
  };
  const failures = failed.map(({ job, reason, baseline, actual, diff }) => {
    const storyUrl = `iframe.html?id=${job.entry.id}&viewMode=story&globals=theme:${job.theme};locale:${job.locale};dir:${job.dir}`;
    return `<section class="failure">
  <h3>${escape(job.key)}</h3>
  <p>${escape(job.entry.title)} → ${escape(job.entry.name)} · ${job.theme} · ${job.locale} · ${job.dir} · <code>${escape(storyUrl)}</code></p>
  <pre>${escape(reason)}</pre>
  <div class="images">
    ${figure('baseline', `${job.key}.baseline.png`, baseline)}
    ${figure('actual', `${job.key}.actual.png`, actual)}
    ${figure('diff', `${job.key}.diff.png`, diff)}
  </div>
</section>`;
  });
  const count = (status) => results.filter((result) => result.status === status).length;
  const rows = [
    ['images', results.length],
    ...(options.update
      ? [
          ['unchanged', count('unchanged')],
          ['added', count('added')],
          ['updated', count('updated')],
        ]
      : [['passed', count('passed')]]),
    ['failed', failed.length],
    ['flaky (retried, or shot again)', flaky.length],
    [options.update ? 'stale baselines deleted' : 'stale baselines (no such story)', stale.length],
    ['time', `${seconds.toFixed(1)} s`],
  ];
  const others = results.filter((result) => result.status !== 'failed');
  const flakyList = flaky.map(
    ({ job, status, flakes }) => `<li><code>${escape(job.key)}</code>: ${status}; ${escape(flakes.join(' | '))}</li>`,
  );
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual regression: ${failed.length} failed of ${results.length}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #181818; background: #fff; }
  h1 { font-size: 20px; }
  .failure { border-top: 2px solid #c62828; padding-block: 8px 24px; }
  .failure h3 { margin: 8px 0 4px; font-family: monospace; }
  pre { background: #fbeaea; padding: 8px; white-space: pre-wrap; }
  .images { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; align-items: start; }
  figure { margin: 0; }
  figcaption { font-weight: 600; margin-block-end: 4px; }
  img { max-width: 100%; border: 1px solid #ccc; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  .none { color: #777; font-style: italic; }
  table { border-collapse: collapse; }
  th, td { text-align: start; padding: 4px 12px 4px 0; }
  .ok { color: #2e7d32; } .bad { color: #c62828; }
  li code { font-size: 12px; }
</style>
</head>
<body>
<h1 class="${failed.length ? 'bad' : 'ok'}">Visual regression${options.update ? ' (update)' : ''}: ${failed.length} failed of ${results.length} images</h1>
<h2>Failures</h2>
${failures.join('\n') || '<p class="ok">None.</p>'}
<h2>Summary</h2>
<table>${rows.map(([name, value]) => `<tr><th>${escape(name)}</th><td>${escape(value)}</td></tr>`).join('')}</table>
<p>Per pixel threshold ${THRESHOLD} (pixelmatch); an image fails when more than ${MAX_DIFF_PIXELS} pixels differ or its size changes. Baselines: <code>test/visual/baselines/</code>.</p>
${flakyList.length ? `<h3>Flaky</h3><ul>${flakyList.join('')}</ul>` : ''}
${stale.length ? `<h3>Stale baselines</h3><ul>${stale.map((file) => `<li><code>${escape(file)}</code></li>`).join('')}</ul>` : ''}
<details><summary>${others.length} ${options.update ? 'written or unchanged' : 'passed'}</summary><ul>
${others.map(({ job, status, diffPixels }) => `<li><code>${escape(job.key)}</code> ${status}${diffPixels ? ` (${diffPixels} px)` : ''}</li>`).join('\n')}
</ul></details>
</body>
</html>
`;
  const reportPath = path.join(REPORT_DIR, 'index.html');
  writeFileSync(reportPath, html);
  return reportPath;
}

// ---------------------------------------------------------------------------------------------

const { all, selected } = plan();
mkdirSync(BASELINE_DIR, { recursive: true });
const { server, origin } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const results = [];
let userAgent;
try {
  userAgent = await testRunnerUserAgent(browser);
  console.log(
    `visual: ${selected.length} images (${new Set(selected.map((job) => job.entry.id)).size} stories)` +
      `${options.update ? ', updating baselines' : ''}`,
  );
  const queue = [...selected];
  const worker = async () => {
    let page = await openPage(browser, false);
    for (let job = queue.shift(); job; job = queue.shift()) {
      const start = performance.now();
      let result;
      const flakes = [];
      for (let attempt = 0; ; attempt++) {
        if (RUNNING_CLOCK.has(job.entry.id)) {
          // A fresh context, so its clock starts at FIXED_TIME.
          const running = await openPage(browser, true);
          result = await run(job, running, origin);
          await running.context().close();
        } else {
          result = await run(job, page, origin);
          if (result.reason?.startsWith('not captured')) {
            // A timed-out page may still be busy: the next story gets a new one.
            await page.context().close();
            page = await openPage(browser, false);
          }
        }
        if (!result.retry || attempt === PLAY_RETRIES) break;
        flakes.push(result.reason.split('\n')[0]);
      }
      if (flakes.length > 0) {
        result.flakes = [...flakes.map((flake, i) => `attempt ${i + 1}: ${flake}`), ...(result.flakes ?? [])];
        console.log(`  flaky ${job.key}: ${result.status} on attempt ${flakes.length + 1}; before: ${flakes[0]}`);
      } else if (result.flakes) {
        console.log(`  flaky ${job.key}: ${result.status}; ${result.flakes[0]}`);
      }
      result.ms = performance.now() - start;
      results.push(result);
      if (result.status === 'failed') console.log(`  ✗ ${job.key}: ${result.reason.split('\n')[0]}`);
      else if (result.status === 'added' || result.status === 'updated') console.log(`  ${result.status} ${job.key}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`visual: slowest: ${slowest.map((r) => `${r.job.key} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}

// Baselines no image of this Storybook maps to (only judged on a full run).
const expected = new Set(all.map((job) => `${job.key}.png`));
const stale = options.grep
  ? []
  : readdirSync(BASELINE_DIR).filter((file) => file.endsWith('.png') && !expected.has(file));
if (options.update) for (const file of stale) unlinkSync(path.join(BASELINE_DIR, file));
for (const file of stale) console.log(`  ${options.update ? 'deleted' : 'stale (no such story)'} ${file}`);

results.sort((a, b) => a.job.key.localeCompare(b.job.key));
const seconds = (performance.now() - started) / 1000;
const reportPath = writeReport(results, stale, seconds);
const failed = results.filter((result) => result.status === 'failed').length;
const summary = options.update
  ? ['added', 'updated', 'unchanged'].map((s) => `${results.filter((r) => r.status === s).length} ${s}`).join(', ')
  : `${results.length - failed} passed`;
console.log(`visual: ${results.length} images: ${summary}, ${failed} failed, in ${seconds.toFixed(1)} s`);
console.log(`visual: report ${path.relative('.', reportPath)}`);
process.exit(failed > 0 ? 1 : 0);
