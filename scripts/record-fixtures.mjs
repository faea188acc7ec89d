#!/usr/bin/env node
// Records what each real Alibaba Cloud SDK throws for each mock SLB scenario into
// test/fixtures/<sdk>-<scenario>.json as { sdk, scenario, thrown }. `thrown` comes from `serializeThrown`
// (test/sdk/harness.mjs) and is revived by test/sdk/revive.ts.
//
// Usage: node scripts/record-fixtures.mjs
// All network traffic goes to a mock on 127.0.0.1; the credentials are the harness's dummy ones.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  DUMMY_CREDENTIALS,
  SCENARIOS,
  SDKS,
  runScenario,
  serializeThrown,
  startMockSlb,
} from '../test/sdk/harness.mjs';

const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

async function record(mock, sdk, scenario) {
  const thrown = await runScenario(mock, sdk, scenario);
  return { sdk: sdk.name, scenario: scenario.name, thrown: serializeThrown(thrown) };
}

async function main() {
  await mkdir(FIXTURES_DIR, { recursive: true });
  const mock = await startMockSlb();
  const fixtures = [];
  try {
    // Scenarios that answer share the mock's single reply, so run them one after the other.
    for (const scenario of SCENARIOS.filter((candidate) => candidate.kind !== 'hang')) {
      for (const sdk of SDKS) fixtures.push(await record(mock, sdk, scenario));
    }
    // Hanging calls wait for the 800 ms read timeout: run them together.
    for (const scenario of SCENARIOS.filter((candidate) => candidate.kind === 'hang')) {
      fixtures.push(...(await Promise.all(SDKS.map((sdk) => record(mock, sdk, scenario)))));
    }
  } finally {
    await mock.close();
  }

  for (const fixture of fixtures) {
    const text = `${JSON.stringify(fixture, null, 2)}\n`;
    if (text.includes(DUMMY_CREDENTIALS.accessKeySecret)) {
      throw new Error(`${fixture.sdk}-${fixture.scenario}: the AccessKey secret leaked into the thrown value`);
    }
    const file = `${FIXTURES_DIR}${fixture.sdk}-${fixture.scenario}.json`;
    await writeFile(file, text, 'utf8');
    const { thrown } = fixture;
    const name = thrown.$type === 'instance' ? thrown.protoChain.join(' > ') : thrown.$type;
    console.log(`${fixture.sdk}-${fixture.scenario}.json  ${name}`);
  }
  console.log(`${fixtures.length} fixtures written to ${FIXTURES_DIR}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
