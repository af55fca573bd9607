/** Runs `fn` in one database transaction (the store's `transaction`). */
export type TransactionRunner<Tx> = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

interface Waiting<Tx> {
  readonly fn: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Most units of work in one shared transaction. */
export const DEFAULT_GROUP_SIZE = 64;

/**
 * Group commit: units of work wait for a transaction, which takes every unit waiting once it holds its connection
 * (on the embedded store's single connection, those that queued while the previous one ran) and runs them one after
 * the other: one BEGIN/COMMIT and one hold of the audit log's lock for the whole group. Each unit is
 * acknowledged only after its group committed, and every unit's writes still commit together or not at all.
 * When a unit throws, its group rolls back; that unit then runs alone (its own result or error goes to its caller)
 * and the others go back to the front of the queue, so one failure never loses the others' work. A unit may thus
 * run more than once: it must only act through `tx` (its effects roll back with it). After the last unit, `settle`
 * runs in the transaction (the store writes the rows its repositories held back); when that fails for a group, no
 * one unit is to blame, so each then runs alone, in order. A failing BEGIN or COMMIT is reported to every unit of
 * the group, as for a transaction of its own.
 */
export class GroupCommit<Tx> {
  private readonly waiting: Waiting<Tx>[] = [];
  private running = false;

  constructor(
    private readonly transaction: TransactionRunner<Tx>,
    private readonly maxGroup = DEFAULT_GROUP_SIZE,
    private readonly settle: (tx: Tx) => Promise<void> = async () => {},
  ) {}

  /** Runs `fn` in a transaction shared with the units waiting alongside it; resolves after the commit. */
  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        // One turn of the event loop first: requests whose reads are queued (on PGlite, behind the last group) join.
        await new Promise((resolve) => setImmediate(resolve));
        await this.runGroup();
      }
    } finally {
      this.running = false;
    }
  }

  private async runAlone(unit: Waiting<Tx>): Promise<void> {
    await this.transaction(async (tx) => {
      const result = await unit.fn(tx);
      await this.settle(tx);
      return result;
    }).then(unit.resolve, unit.reject);
  }

  /** One transaction for the units waiting once it holds its connection (those arriving while it waited too). */
  private async runGroup(): Promise<void> {
    let group: Waiting<Tx>[] | undefined;
    const results: unknown[] = [];
    let failed: number | undefined;
    try {
      await this.transaction(async (tx) => {
        group = this.waiting.splice(0, this.maxGroup);
        for (const [index, unit] of group.entries()) {
          failed = index;
          results.push(await unit.fn(tx));
        }
        failed = group.length;
        await this.settle(tx);
        failed = undefined;
      });
    } catch (error) {
      group ??= this.waiting.splice(0, this.maxGroup); // the transaction never began
      if (failed === undefined || group.length === 1) {
        for (const unit of group) unit.reject(error);
        return;
      }
      if (failed === group.length) {
        for (const unit of group) await this.runAlone(unit);
        return;
      }
      const [culprit] = group.splice(failed, 1);
      this.waiting.unshift(...group);
      return this.runAlone(culprit!);
    }
    group!.forEach((unit, index) => unit.resolve(results[index]));
  }
}
