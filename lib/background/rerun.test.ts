import { describe, expect, test } from 'vitest';
import { singleFlight } from './rerun';

/** A drain that waits until the test lets it finish, counting its rounds. */
function gatedDrain() {
  let rounds = 0;
  let release: (() => void) | null = null;
  const drain = () =>
    new Promise<void>((resolve) => {
      rounds++;
      release = resolve;
    });
  return { drain, rounds: () => rounds, finishRound: () => release?.() };
}

describe('singleFlight', () => {
  test('calls during a run share it and make it go round once more, not once each', async () => {
    const gate = gatedDrain();
    const run = singleFlight(gate.drain, () => {});
    const first = run();
    const second = run();
    run();
    expect(second).toBe(first);
    expect(gate.rounds()).toBe(1);
    gate.finishRound();
    await expect.poll(() => gate.rounds()).toBe(2);
    gate.finishRound();
    await first;
    expect(gate.rounds()).toBe(2);
  });

  test('dropRerun ends the run under way without another round', async () => {
    const gate = gatedDrain();
    const run = singleFlight(gate.drain, () => {});
    const done = run();
    run();
    run.dropRerun();
    gate.finishRound();
    await done;
    expect(gate.rounds()).toBe(1);
  });

  test('a failing round is reported, and the next call starts afresh', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const run = singleFlight(async () => {
      calls++;
      if (calls === 1) throw new Error('GitHub unreachable');
    }, (error) => errors.push(error));
    await run();
    expect(errors).toHaveLength(1);
    await run();
    expect(calls).toBe(2);
  });
});
