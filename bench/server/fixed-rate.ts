// An open-loop load generator: requests leave at a fixed rate, each at its scheduled time whatever became of the
// earlier ones, and each is timed from its scheduled time. A closed loop (autocannon: N connections, the next request
// when the last answered) measures the latency its own concurrency creates at saturation (Little's law: 32 in flight
// at 1,400/s is 23 ms each on average) and sends less while the server stalls, so a stall delays few measured
// requests (coordinated omission). This answers the other question: at a given rate, how long does each request take?
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LeanConnections, type LeanRequest } from './lean-http.js';

export interface FixedRateResult {
  readonly ok: number;
  /** Answers other than 2xx, and requests that failed. */
  readonly errors: number;
  /** Milliseconds from each answered request's scheduled time to its whole answer, sorted. */
  readonly latencies: readonly number[];
  /** From the first scheduled time to the last answer. */
  readonly seconds: number;
  /**
   * The longest this process's own event loop was held up meanwhile (its GC, say): a request due then left late,
   * and its lateness counts in its latency, as it must for a stall of the server. On two cores shared with the server.
   */
  readonly ownLagMaxMs: number;
}

/** The `fraction` quantile of sorted `values` (nearest rank); 0 when there are none. */
export function quantile(values: readonly number[], fraction: number): number {
  return values.length === 0 ? 0 : values[Math.min(values.length - 1, Math.ceil(fraction * values.length) - 1)] as number;
}

/**
 * Sends `total` requests to `origin` at `rate` per second over keep-alive connections (`lean-http.ts`), as many as
 * are needed up to `maxConnections` (a request beyond waits for one and is still timed from its scheduled time),
 * after opening `warmConnections` with `GET /health`. `onAnswer` sees each measured answer's status and body.
 */
export async function atFixedRate(
  { origin, rate, total, next, onAnswer, maxConnections = 512, warmConnections = 32 }: {
    origin: string; rate: number; total: number; next: (index: number) => LeanRequest;
    onAnswer?: (status: number, body: string) => void; maxConnections?: number; warmConnections?: number;
  },
): Promise<FixedRateResult> {
  const connections = new LeanConnections(origin, maxConnections);
  // Connections opened before the clock starts: a connection's set-up is not a request's latency.
  await Promise.all(Array.from({ length: warmConnections }, () => connections.exchange({ method: 'GET', path: '/health' })));

  const latencies: number[] = [];
  let errors = 0;
  let lastAnswer = 0;
  const send = async (request: LeanRequest, scheduled: number): Promise<void> => {
    const answer = await connections.exchange(request);
    lastAnswer = performance.now();
    if (answer && answer.status >= 200 && answer.status < 300) latencies.push(lastAnswer - scheduled);
    else errors += 1;
    if (answer) onAnswer?.(answer.status, answer.body);
  };
  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  const started = performance.now();
  const sent: Promise<void>[] = [];
  while (sent.length < total) {
    const due = Math.min(total, Math.floor((performance.now() - started) * rate / 1000) + 1);
    while (sent.length < due) sent.push(send(next(sent.length), started + sent.length * 1000 / rate));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(sent);
  lag.disable();
  connections.close();
  return { ok: latencies.length, errors, latencies: latencies.sort((a, b) => a - b), seconds: (lastAnswer - started) / 1000, ownLagMaxMs: lag.max / 1e6 };
}
