#!/usr/bin/env node
// The react18 test project runs the React tests against React 18 from test/react18. Installs
// it from its lock file when missing or stale; runs before `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/react18');
const lock = path.join(dir, 'package-lock.json');
const installed = path.join(dir, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}
