// @vitest-environment node
// linkRunner: what a runner's transitions do to the queue, beyond what runner.test.ts covers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';
import {
  SlbErrorQueue,
  SlbOperationRunner,
  SlbRetryCoordinator,
  linkRunner,
  resolvePolicy,
} from '../../src/engine/index.ts';
import { badPort, fixedRandom, unavailable } from './helpers.ts';

function makeRunner(maxAttempts = 3) {
  return new SlbOperationRunner({
    classify: (caught) => classifySlbError(caught),
    policy: resolvePolicy({ maxAttempts, random: fixedRandom(0.5) }),
    coordinator: new SlbRetryCoordinator(),
    write: false,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('linkRunner', () => {
  it("after unlink, the runner's failures no longer reach the queue", async () => {
    const queue = new SlbErrorQueue();
    const runner = makeRunner(1);
    const link = linkRunner(runner, { queue, owner: 'a' });
    link.unlink();
    await runner.run(() => Promise.reject(badPort()));
    expect(runner.getSnapshot().status).toBe('failed');
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('the queue changes before the runner tells its own subscribers', async () => {
    const queue = new SlbErrorQueue();
    const runner = makeRunner(1);
    linkRunner(runner, { queue, owner: 'a' });
    const seen: string[] = [];
    runner.subscribe(() => seen.push(`${runner.getSnapshot().status}: ${queue.getSnapshot().length} in queue`));
    await runner.run(() => Promise.reject(badPort()));
    await runner.run(() => Promise.resolve('saved'));
    // A failure is already in the queue when the runner says so; a success has already left it.
    expect(seen).toEqual(['running: 0 in queue', 'failed: 1 in queue', 'running: 1 in queue', 'succeeded: 0 in queue']);
  });

  it('Cancel turns the entry from "Retrying…" into a stopped one that offers Retry', async () => {
    const queue = new SlbErrorQueue();
    const runner = makeRunner();
    linkRunner(runner, { queue, owner: 'a' });
    void runner.run(() => Promise.reject(unavailable()));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()[0]?.retryProgress?.state).toBe('waiting');
    runner.cancel();
    expect(runner.getSnapshot()).toMatchObject({ status: 'failed', stopReason: 'cancelled' });
    expect(queue.getSnapshot()[0]?.retryProgress).toMatchObject({ state: 'failed', nextRetryAt: null });
    expect(queue.getSnapshot()[0]?.actions.retry).toBeTypeOf('function');
  });

  it('a new queue takes the run away from the old one, and the old entry no longer speaks for the run', async () => {
    const first = new SlbErrorQueue();
    const second = new SlbErrorQueue();
    const runner = makeRunner(1);
    const link = linkRunner(runner, { queue: first, owner: 'a' });
    await runner.run(() => Promise.reject(badPort()));
    expect(first.getSnapshot()).toHaveLength(1);
    link.retarget({ queue: second, owner: 'a' });
    expect(first.getSnapshot()).toHaveLength(0);
    await runner.run(() => Promise.reject(badPort()));
    expect(second.getSnapshot()).toHaveLength(1);
    expect(runner.getSnapshot().status).toBe('failed');
  });

  it('switching to a local surface takes the entry off the queue', async () => {
    const queue = new SlbErrorQueue();
    const runner = makeRunner(1);
    const link = linkRunner(runner, { queue, owner: 'a' });
    await runner.run(() => Promise.reject(badPort()));
    link.retarget({ queue: null, owner: 'a' });
    expect(queue.getSnapshot()).toHaveLength(0);
    expect(runner.getSnapshot().report?.code).toBe('InvalidParameter');
  });
});

describe('SlbErrorQueue.release with owners left', () => {
  it('the entry keeps an owner’s actions that is still behind it, not the leaver’s', () => {
    const queue = new SlbErrorQueue();
    const report = classifySlbError(badPort());
    const retryA = vi.fn();
    const retryB = vi.fn();
    const id = queue.push(report, { retry: retryA }, null, 'a');
    queue.push(report, { retry: retryB }, null, 'b');
    queue.push(report, { retry: retryA }, null, 'a');
    queue.release(id, 'a');
    const entry = queue.get(id);
    expect(entry?.owners).toEqual(['b']);
    entry?.actions.retry?.();
    expect(retryB).toHaveBeenCalledTimes(1);
    expect(retryA).not.toHaveBeenCalled();
  });
});
