// Verifying a 1,000,000-entry audit log against its checkpoint, next to the practical limit measured in the same run:
// the very same SHA-256 digests (every leaf hash and every node hash of that tree) computed in a tight loop with
// node:crypto's one-shot crypto.hash. Then inclusion-proof generation and verification per second on that log.
//   node --import tsx bench/audit/audit.bench.ts [entries]
import { hash } from 'node:crypto';
import { Bench } from 'tinybench';
import {
  bytesEqual, createAuditLog, platformSha256, verifyExportedLog, verifyInclusion, type AuditEntryInput,
} from '../../packages/core/src/audit/index.js';
import { unwrap } from '../../packages/core/src/result.js';

const ENTRIES = Number(process.argv[2] ?? 1_000_000);
const RUNS = 7;

function entryInput(i: number): AuditEntryInput {
  return {
    at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:15:30+07:00`,
    actor: { id: `officer-${i % 97}`, role: 'petugas-administrasi' },
    action: 'application.status-changed',
    subject: { type: 'application', id: `APP-2026-${String(i).padStart(7, '0')}` },
    before: { status: 'verification', fee: 150000 + (i % 1000) },
    after: { status: 'technical-review', fee: 150000 + (i % 1000), note: 'berkas lengkap' },
  };
}

console.log(`Building a log of ${ENTRIES.toLocaleString('en')} entries…`);
const log = createAuditLog();
for (let i = 0; i < ENTRIES; i++) unwrap(await log.append(entryInput(i)));
const lines = log.exportLines();
const checkpoint = unwrap(await log.checkpoint('ptsp.mojokertokota.go.id/audit'));
const averageBytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / lines.length;
console.log(`Average canonical entry: ${averageBytes.toFixed(0)} bytes; SHA-256: ${platformSha256().name}`);

/**
 * The practical limit: the same leaf and node digests in the tightest loop we could write — inputs prepared outside
 * the timed loop, one reused 65-byte node buffer, complete subtrees folded on a stack as the leaves stream by.
 */
function digestLimit(leafInputs: readonly Buffer[]): Uint8Array {
  const stack: Uint8Array[] = [];
  const node = Buffer.alloc(65);
  node[0] = 1;
  for (let i = 0; i < leafInputs.length; i++) {
    let digest: Uint8Array = hash('sha256', leafInputs[i]!, 'buffer');
    for (let count = i; count % 2 === 1; count = Math.floor(count / 2)) {
      node.set(stack.pop()!, 1);
      node.set(digest, 33);
      digest = hash('sha256', node, 'buffer');
    }
    stack.push(digest);
  }
  let root = stack.pop()!;
  while (stack.length > 0) {
    node.set(stack.pop()!, 1);
    node.set(root, 33);
    root = hash('sha256', node, 'buffer');
  }
  return root;
}

const leafInputs = lines.map((line) => Buffer.concat([Buffer.of(0), Buffer.from(line)]));
const digests = 2 * ENTRIES - 1;
interface Run { wall: number; cpu: number }
const ours: Run[] = [];
const limits: Run[] = [];
/** Wall-clock and this process's CPU time (user + system) of one run; the machine is shared, so both are shown. */
async function timed(task: () => Promise<unknown> | unknown): Promise<Run> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await task();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}
for (let run = 0; run < RUNS; run++) {
  ours.push(await timed(async () => {
    if (!(await verifyExportedLog(lines, checkpoint)).ok) throw new Error('verification failed');
  }));
  limits.push(await timed(() => {
    if (!bytesEqual(digestLimit(leafInputs), checkpoint.root)) throw new Error('the limit loop computed another root');
  }));
}
const best = (runs: Run[], key: keyof Run) => Math.min(...runs.map((run) => run[key]));
const row = (task: string, runs: Run[]) => ({
  task,
  'wall ms (best)': best(runs, 'wall').toFixed(0),
  'cpu ms (best)': best(runs, 'cpu').toFixed(0),
  'digests/s (wall)': Math.round(digests / (best(runs, 'wall') / 1000)).toLocaleString('en'),
  'entries/s (wall)': Math.round(ENTRIES / (best(runs, 'wall') / 1000)).toLocaleString('en'),
});
console.table([
  row(`verifyExportedLog (${ENTRIES.toLocaleString('en')} entries)`, ours),
  row('limit: crypto.hash loop, same digests', limits),
]);
const wallRatio = best(limits, 'wall') / best(ours, 'wall');
const cpuRatio = best(limits, 'cpu') / best(ours, 'cpu');
console.log(`verifyExportedLog at ${(wallRatio * 100).toFixed(1)}% of the limit by wall time, ${(cpuRatio * 100).toFixed(1)}% by CPU time `
  + `(target ≥ 80%): ${Math.min(wallRatio, cpuRatio) >= 0.8 ? 'met' : 'NOT met'}`);
console.log(`every run (wall/cpu ms): ours ${ours.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(', ')}; `
  + `limit ${limits.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(', ')}`);

let next = 0x9e3779b9;
const randomSeq = () => {
  next = (Math.imul(next, 1664525) + 1013904223) >>> 0;
  return next % ENTRIES;
};
const proofs = await Promise.all(Array.from({ length: 256 }, () => log.inclusionProof(randomSeq())));
const ready = proofs.map((proof) => unwrap(proof));
let k = 0;
const bench = new Bench({ time: 2000 });
bench
  .add('inclusionProof (generate, random entry)', async () => {
    unwrap(await log.inclusionProof(randomSeq()));
  })
  .add('verifyInclusion (RFC 9162 §2.1.3.2)', async () => {
    const proof = ready[k++ % ready.length]!;
    if (!(await verifyInclusion(proof.leafHash, proof.leafIndex, proof.treeSize, proof.hashes, checkpoint.root))) throw new Error('bad proof');
  });
await bench.run();
console.table(bench.tasks.map((task) => ({
  task: task.name,
  'ops/s': Math.round(task.result && 'throughput' in task.result ? task.result.throughput.mean : 0).toLocaleString('en'),
})));
