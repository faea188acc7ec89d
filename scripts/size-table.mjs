// @ts-check
// Writes the README's size table from `size-limit --json` (run `npm run build` first), so the
// figures are the measured ones. `--check` fails when the README's table is not what the
// measurement gives (CI runs it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { SCENARIOS } from '../.size-limit.mjs';

const README = 'README.md';
const START = '<!-- size-table:start (npm run size:table) -->';
const END = '<!-- size-table:end -->';
const check = process.argv.includes('--check');

/** @type {{ name: string; size: number; sizeLimit?: number }[]} */
const results = JSON.parse(
  execFileSync(process.execPath, ['node_modules/size-limit/bin.js', '--json'], { encoding: 'utf8' }),
);
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @type {Map<string, string | undefined>} */
const targets = new Map(SCENARIOS.map((scenario) => [scenario.name, scenario.target]));
const rows = results.map((result) => {
  const target = targets.get(result.name);
  const met = target === undefined ? '' : result.size <= parseFloat(target) * 1000 ? `${target} ✓` : `${target} ✗`;
  const budget = result.sizeLimit === undefined ? 'none' : kB(result.sizeLimit);
  return `| ${result.name.replace(/\|/g, '\\|')} | ${kB(result.size)} | ${budget} | ${met} |`;
});
const table = ['| scenario | min+gzip | budget | target |', '| --- | --- | --- | --- |', ...rows].join('\n');

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`${README} has no ${START} … ${END} block`);
const updated = `${readme.slice(0, from + START.length)}\n\n${table}\n\n${readme.slice(to)}`;
const options = (await prettier.resolveConfig(README)) ?? {};
const formatted = await prettier.format(updated, { ...options, filepath: README });

if (check) {
  if (formatted !== readme) {
    console.error(`${README}'s size table is stale: run npm run build && npm run size:table`);
    process.exit(1);
  }
  console.log(`${README}'s size table matches size-limit`);
} else {
  writeFileSync(README, formatted);
  console.log(`wrote the size table of ${README}`);
}
