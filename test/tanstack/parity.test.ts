// @vitest-environment node
// The hook's runner and the TanStack adapter make the same retry decision: for the same failures
// they stop after the same attempt, for the same reason, and leave the same cooldown behind.
// Each side runs for real: an SlbOperationRunner, and a QueryClient with slbQueryRetry.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';
import { SlbOperationRunner, createSlbErrorClient } from '../../src/engine/index.ts';
import { slbQueryRetry } from '../../src/tanstack/index.ts';
import { badPort, fixedRandom, throttled, timeout, unavailable } from '../hooks/helpers.ts';

const START = Date.UTC(2026, 11, 4);

interface Case {
  readonly name: string;
  /** What attempt n (0-based) does: throw this, or succeed past the end of the list. */
  readonly failures: readonly unknown[];
  readonly write?: boolean;
  /** Failures recorded on the shared budget before the call (other components failing). */
  readonly spentBefore?: number;
}

const CASES: readonly Case[] = [
  { name: 'a 503 every time', failures: Array.from({ length: 6 }, unavailable) },
  { name: 'two 503s, then success', failures: [unavailable(), unavailable()] },
  { name: 'throttled with a 5 s hint every time', failures: Array.from({ length: 6 }, () => throttled(5000)) },
  { name: 'throttled once, then success', failures: [throttled()] },
  { name: 'a bad port', failures: [badPort()] },
  { name: 'a hint longer than maxWaitMs', failures: [throttled(120_000)] },
  { name: 'a write that timed out (no ClientToken)', failures: [timeout(), timeout()], write: true },
  { name: 'a spent budget', failures: Array.from({ length: 6 }, unavailable), spentBefore: 6 },
];

interface Outcome {
  readonly attempts: number;
  readonly succeeded: boolean;
  /** How long after the start the shared throttling cooldown ends (0: none). */
  readonly cooldownMs: number;
}

function failingOperation(failures: readonly unknown[]) {
  let calls = 0;
  const operation = () => {
    const failure = failures[calls];
    calls += 1;
    return failure === undefined ? Promise.resolve('ok') : Promise.reject(failure);
  };
  return { operation, calls: () => calls };
}

function spend(kit: ReturnType<typeof createSlbErrorClient>, failures: number): void {
  for (let i = 0; i < failures; i++) kit.coordinator.recordFailure(classifySlbError(unavailable()));
}

async function throughRunner(testCase: Case): Promise<Outcome> {
  const kit = createSlbErrorClient({ retryPolicy: { random: fixedRandom(0.5) } });
  spend(kit, testCase.spentBefore ?? 0);
  const runner = new SlbOperationRunner({
    classify: (caught) => classifySlbError(caught),
    policy: kit.retryPolicy,
    coordinator: kit.coordinator,
    write: testCase.write ?? false,
  });
  const { operation, calls } = failingOperation(testCase.failures);
  const result = runner.run(operation);
  await vi.runAllTimersAsync();
  const end = kit.coordinator.cooldownEnd;
  return { attempts: calls(), succeeded: (await result).status === 'succeeded', cooldownMs: end && end - START };
}

async function throughTanStack(testCase: Case): Promise<Outcome> {
  const kit = createSlbErrorClient({ retryPolicy: { random: fixedRandom(0.5) } });
  spend(kit, testCase.spentBefore ?? 0);
  const { retry, retryDelay } = slbQueryRetry({ client: kit, write: testCase.write ?? false });
  const queryClient = new QueryClient();
  const { operation, calls } = failingOperation(testCase.failures);
  const result = queryClient.fetchQuery({ queryKey: ['parity'], queryFn: operation, retry, retryDelay }).then(
    () => true,
    () => false,
  );
  await vi.runAllTimersAsync();
  const succeeded = await result;
  queryClient.clear();
  const end = kit.coordinator.cooldownEnd;
  return { attempts: calls(), succeeded, cooldownMs: end && end - START };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the hook and the TanStack adapter stop at the same point', () => {
  it.each(CASES)('$name', async (testCase) => {
    const runner = await throughRunner(testCase);
    vi.setSystemTime(START);
    const tanstack = await throughTanStack(testCase);
    expect(tanstack).toEqual(runner);
  });

  it('and the cases tell them apart (attempts, success, cooldown all vary)', async () => {
    const outcomes = [];
    for (const testCase of CASES) {
      vi.setSystemTime(START);
      outcomes.push(await throughRunner(testCase));
    }
    expect(new Set(outcomes.map((outcome) => outcome.attempts))).toEqual(new Set([1, 2, 3]));
    expect(outcomes.some((outcome) => outcome.succeeded)).toBe(true);
    expect(outcomes.some((outcome) => outcome.cooldownMs > 0)).toBe(true);
  });
});
