#!/usr/bin/env node
// Time and memory of capture/dismiss cycles: 10,000 through the hook's engine alone and through
// useSlbError in React (jsdom), 1,000 with the ErrorOutlet rendering each error as a toast.
// Measures what ships (dist/): run `npm run build` first.
//   node --expose-gc scripts/bench-hook.mjs [cycles]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';

const CYCLES = Number(process.argv[2] ?? 10_000);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/index.js');
if (!existsSync(built)) {
  console.error('No built kit in dist/. Run `npm run build` first, then `npm run bench`.');
  process.exit(1);
}
if (typeof globalThis.gc !== 'function') {
  console.error('Run with node --expose-gc to measure memory.');
  process.exit(1);
}

// A DOM for React before React loads.
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  pretendToBeVisual: true,
  url: 'http://127.0.0.1/',
});
Object.defineProperty(globalThis, 'window', { value: dom.window, configurable: true });
// Every DOM global (Event, CustomEvent, HTMLElement, …) from the same window, so events match.
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis && !['Event', 'EventTarget', 'CustomEvent', 'navigator'].includes(key)) continue;
  Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
// React's production build, as in a console in production.
process.env.NODE_ENV = 'production';
globalThis.requestAnimationFrame = (callback) => setTimeout(() => callback(Date.now()), 0);
globalThis.cancelAnimationFrame = (id) => clearTimeout(id);

const React = await import('react');
const { createRoot } = await import('react-dom/client');
const { flushSync } = await import('react-dom');
const { SlbErrorProvider, ErrorOutlet, classifySlbError, useSlbError } = await import(pathToFileURL(built).href);
const { SlbOperationRunner, createSlbErrorClient, linkRunner } = await import(
  pathToFileURL(path.join(root, 'dist/engine/index.js')).href
);

const ERROR = {
  name: 'ClientError',
  code: 'InvalidParameter',
  statusCode: 400,
  data: {
    Code: 'InvalidParameter',
    Message: 'The specified port is not valid.',
    RequestId: '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C',
  },
};

function heapMb() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

// A turn of the event loop: what a toast's exit needs before it is gone (a console never shows
// 10,000 errors within one task, and leaving toasts piling up would make the loop quadratic).
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function measure(name, setup, { turnEachCycle = false, cycles = CYCLES } = {}) {
  const { cycle, check, teardown } = setup();
  for (let i = 0; i < 200; i++) {
    cycle(); // warm-up
    if (turnEachCycle) await nextTurn();
  }
  const before = heapMb();
  const start = performance.now();
  for (let i = 0; i < cycles; i++) {
    cycle();
    if (turnEachCycle) await nextTurn();
  }
  const ms = performance.now() - start;
  // Radix removes each toast's announcement after 1 s: let those timers run before weighing the heap.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const after = heapMb();
  const state = check();
  teardown();
  return { name, ms, cycles, perCycleUs: (ms * 1000) / cycles, heapDeltaMb: after - before, state };
}

const engine = () => {
  const client = createSlbErrorClient();
  const { queue } = client;
  const runner = new SlbOperationRunner({
    classify: (caught) => classifySlbError(caught),
    policy: client.retryPolicy,
    coordinator: client.coordinator,
    write: false,
  });
  linkRunner(runner, { queue, owner: 'bench' });
  return {
    cycle: () => {
      runner.capture(ERROR);
      runner.dismiss();
    },
    check: () => `queue ${queue.getSnapshot().length}, status ${runner.getSnapshot().status}`,
    teardown: () => runner.dispose(),
  };
};

const inReact = (withOutlet) => () => {
  const container = document.createElement('div');
  document.body.append(container);
  const reactRoot = createRoot(container);
  const client = createSlbErrorClient();
  const { queue } = client;
  let handle;
  function Harness() {
    handle = useSlbError();
    return null;
  }
  const tree = React.createElement(
    SlbErrorProvider,
    { client },
    withOutlet ? React.createElement(ErrorOutlet) : null,
    React.createElement(Harness),
  );
  flushSync(() => reactRoot.render(tree));
  return {
    // flushSync renders each change before the next one: a capture and a dismiss are two commits.
    cycle: () => {
      flushSync(() => handle.capture(ERROR));
      flushSync(() => handle.dismiss());
    },
    check: () =>
      `queue ${queue.getSnapshot().length}, status ${handle.status}, toasts in DOM ${document.querySelectorAll('[data-slb-toast]').length}, DOM nodes ${document.body.getElementsByTagName('*').length}`,
    teardown: () => {
      flushSync(() => reactRoot.unmount());
      container.remove();
    },
  };
};

const results = [
  await measure('engine (runner + queue, no React)', engine),
  await measure('useSlbError in React', inReact(false)),
  // jsdom computes styles for Radix's exit (getComputedStyle) in milliseconds: a tenth of the cycles.
  await measure('useSlbError + ErrorOutlet (a Radix toast each time)', inReact(true), {
    turnEachCycle: true,
    cycles: Math.max(1, Math.round(CYCLES / 10)),
  }),
];

console.log(
  `slb-error-kit hook benchmark — node ${process.version}, React ${React.version}, jsdom; capture/dismiss cycles\n`,
);
for (const result of results) {
  console.log(
    `${result.name.padEnd(54)} ${result.cycles.toLocaleString('en-US').padStart(6)} cycles ${result.ms.toFixed(0).padStart(7)} ms  ${result.perCycleUs.toFixed(1).padStart(8)} µs/cycle  heap ${result.heapDeltaMb >= 0 ? '+' : ''}${result.heapDeltaMb.toFixed(2)} MB  (${result.state})`,
  );
}
