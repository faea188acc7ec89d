#!/usr/bin/env node
// Screenshots of chosen stories for the README: serves a built Storybook on 127.0.0.1 and
// captures each story's iframe in the system Chromium.
//   npm run build-storybook && node scripts/screenshots.mjs [storybook-static] [docs/images]
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = path.resolve(process.argv[2] ?? 'storybook-static');
const outDir = path.resolve(process.argv[3] ?? 'docs/images');
const SHOTS = [
  ['outlet-everything', 'components-erroroutlet--everything', 1000, 720],
  ['banner-billing', 'components-banner--billing', 880, 160],
  ['banner-permission', 'components-banner--permission-policy-open', 880, 560],
  ['toast-retry', 'components-toast--retry-scheduled', 520, 180],
  ['inline-error', 'components-inlineerror--wired-with-hook', 640, 260],
  ['banner-dark', 'components-banner--dark', 880, 160],
  ['banner-chinese', 'components-banner--chinese', 880, 160],
];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

if (!existsSync(path.join(root, 'iframe.html'))) {
  console.error(`no ${root}/iframe.html: run "npm run build-storybook" first`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const [name, id, width, height] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`);
    await page.locator('#storybook-root > *').first().waitFor();
    // Let play functions (opening details, submitting a form) and entrance animations finish.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    await page.close();
    console.log(`${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
