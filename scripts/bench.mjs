#!/usr/bin/env node
// Classifications per second of the built core, per error shape, beside a naive linear scan
// of the catalog. Run `npm run build` first: this measures what ships (dist/core).
//   node scripts/bench.mjs
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { naiveClassifier } from './bench/naive.mjs';
import { SHAPES } from './bench/shapes.mjs';

const WARMUP_MS = 100;
// Kit and scan take turns, ROUNDS times each, and the best round of each counts: a shared machine
// slows some rounds, never speeds one up.
const ROUNDS = 5;
const ROUND_MS = 120;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/core/index.js');
if (!existsSync(built)) {
  console.error(`No built core at ${path.relative(root, built)}. Run \`npm run build\` first, then \`npm run bench\`.`);
  process.exit(1);
}
const {
  classifySlbError,
  classifySlbResponse,
  SLB_ERROR_CATALOG,
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_OBSERVED_ERRORS,
} = await import(pathToFileURL(built).href);
// The naive scan looks through every CLB row the kit knows, in catalog order.
const CLB_ROWS = [...SLB_ERROR_CATALOG, ...SLB_API_ERRORS, ...SLB_COMMON_ERRORS, ...SLB_OBSERVED_ERRORS];
const naive = naiveClassifier(CLB_ROWS);

// Results feed a checksum, so no engine can skip the work as unused.
let checksum = 0;

/** Runs `once` in batches until `ms` have passed; returns calls per second. */
async function opsPerSecond(once, ms) {
  let calls = 0;
  let batch = 64;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) {
      const result = once();
      checksum +=
        typeof result?.then === 'function'
          ? ((await result)?.intent?.length ?? 0)
          : (result?.id?.length ?? result?.intent?.length ?? 0);
    }
    calls += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 8) batch *= 2;
  }
  return calls / (elapsed / 1000);
}

/** Best calls per second of `kit` and `baseline`, measured in alternating rounds. */
async function measurePair(kit, baseline) {
  await opsPerSecond(kit, WARMUP_MS);
  await opsPerSecond(baseline, WARMUP_MS);
  let best = { kit: 0, naive: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    best = {
      kit: Math.max(best.kit, await opsPerSecond(kit, ROUND_MS)),
      naive: Math.max(best.naive, await opsPerSecond(baseline, ROUND_MS)),
    };
  }
  return best;
}

const rows = [];
for (const shape of SHAPES) {
  const kit = shape.response ? () => classifySlbResponse(shape.response()) : () => classifySlbError(shape.value);
  const baseline = shape.response ? async () => naive(await shape.response().text()) : () => naive(shape.value);
  const sample = await kit();
  const baselineSample = await baseline();
  rows.push({
    shape: shape.name,
    ...(await measurePair(kit, baseline)),
    result: `${sample.intent} (${sample.row?.id ?? sample.origin})`,
    naiveResult: baselineSample?.id ?? 'no row',
  });
}

const format = (value) => Math.round(value).toLocaleString('en-US');
const header = ['shape', 'ops/s kit', 'ops/s naive scan', 'kit/naive', 'kit →', 'naive →'];
const table = rows.map((row) => [
  row.shape,
  format(row.kit),
  format(row.naive),
  `${(row.kit / row.naive).toFixed(2)}×`,
  row.result,
  row.naiveResult,
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells) =>
  cells
    .map((cell, column) => (column >= 1 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
    .join('  ')
    .trimEnd();

console.log(`slb-error-kit core benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(
  `${CLB_ROWS.length} CLB catalog rows; best of ${ROUNDS} alternating rounds of ${ROUND_MS} ms after ${WARMUP_MS} ms warm-up\n`,
);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of table) console.log(line(cells));
console.log(`\n(checksum ${checksum % 997})`);
