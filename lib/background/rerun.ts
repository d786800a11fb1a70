/**
 * One run at a time, and none lost: a call while a run is under way asks
 * that run to go round once more when it ends (so work queued at its very
 * end is not left for the next wake-up), and every caller waits for it.
 * The GitHub queue and the sourcing lists both drain this way.
 */
export function singleFlight(drain: () => Promise<void>, onError: (error: unknown) => void): (() => Promise<void>) & { dropRerun(): void } {
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await drain();
      } while (again);
    })()
      .catch(onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  /** The run under way ends without going round again (work was cancelled). */
  const dropRerun = () => {
    again = false;
  };
  return Object.assign(run, { dropRerun });
}
