/** A task run every few seconds; `stop` waits for a run in progress. */
export interface Loop {
  /** Runs the task now (after a run in progress), e.g. for tests or at shutdown. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs`, never two runs at once (a slow run delays the next one). A failing run is reported
 * to `onError` and the loop goes on. The timer does not keep the process alive.
 */
export function startLoop(task: () => Promise<void>, intervalMs: number, onError: (error: unknown) => void): Loop {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runOnce = (): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    });
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void runOnce().then(schedule), intervalMs);
    timer.unref();
  };
  schedule();
  return {
    runNow: runOnce,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
