import { fsyncSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type PostgresMod = Parameters<NodeFS['init']>[1];

/** What Emscripten's NODEFS exposes of itself (not in its published types). */
interface NodeFsInternals {
  readonly stream_ops: { fsync?: (stream: { readonly nfd?: number }) => void };
  readonly tryFSOperation: <T>(operation: () => T) => T;
}

/** How PostgreSQL syncs a file; `fsyncSync` outside tests. */
export type FileSync = (fd: number) => void;

/**
 * PGlite's Node file system, with file syncs that reach the disk. Emscripten's NODEFS implements no `fsync`, so a
 * sync asked for by PostgreSQL did nothing, and PGlite moreover starts PostgreSQL with `fsync` off: a commit was
 * in the operating system's cache when it was acknowledged, safe from the process dying but not from a power cut
 * or a kernel crash, after which the data directory could even be inconsistent. This adds the missing operation
 * (errors become the errno PostgreSQL expects; it stops rather than go on after a failed sync).
 */
export class DurableNodeFS extends NodeFS {
  constructor(dataDir: string, private readonly sync: FileSync = fsyncSync) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: Partial<PostgresMod>): Promise<{ emscriptenOpts: Partial<PostgresMod> }> {
    const { emscriptenOpts } = await super.init(pg, options);
    const addSync = (mod: PostgresMod): void => {
      const nodefs = mod.NODEFS as unknown as NodeFsInternals;
      nodefs.stream_ops.fsync = (stream) => {
        if (stream.nfd !== undefined) nodefs.tryFSOperation(() => this.sync(stream.nfd!));
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...emscriptenOpts.preRun ?? [], addSync] } };
  }
}

/**
 * PGlite's start parameters with `fsync` on (PGlite passes `-F`, off) and the WAL synced with `fsync()`, the call
 * Emscripten hands to the file system: its `fdatasync()`, PostgreSQL's default on Linux, does nothing.
 */
export const DURABLE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'wal_sync_method=fsync',
];

/** Options for `PGlite.create` that keep `dataDir` durable (see {@link DurableNodeFS}). */
export function durableOptions(dataDir: string, sync?: FileSync): PGliteOptions {
  return { fs: new DurableNodeFS(dataDir, sync), startParams: [...DURABLE_START_PARAMS] };
}
