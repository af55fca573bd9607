// calculateFee throughput for the table-driven permit types (SIUP, TDI, TDG, hiburan, IMB), each next to a peer
// measured in the same run: the same tariff as a bare float formula inlined in the loop — no input checks, no lines,
// no citations, no exact arithmetic. The peer is the floor a table lookup can cost; the ratio is what the checks,
// the hand-checkable lines and (for IMB) exact rational arithmetic cost on top.
//   node --import tsx bench/fees/fees.bench.ts
import { Bench } from 'tinybench';
import { calculateFee, defineFeeSettings } from '../../packages/core/src/fees/index.js';
import { unwrap } from '../../packages/core/src/result.js';

const CASES = 1024;
let seed = 20260316;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const area = (max: number) => Math.round((1 + next() * max) * 100) / 100;

const sizes = Array.from({ length: CASES }, () => ({ size: pick(['small', 'medium', 'large'] as const) }));
const investments = Array.from({ length: CASES }, () => ({ investmentValue: 5_000_000 + Math.floor(next() * 900_000_000) }));
const warehouses = Array.from({ length: CASES }, () => ({ areaM2: area(400) }));
const venues = Array.from({ length: CASES }, () => ({ areaM2: area(400), units: { karaoke: Math.floor(next() * 10), 'meeting-hall': area(1_200) } }));
const buildings = Array.from({ length: CASES }, () => ({
  areaM2: area(4_000), storeys: 1 + Math.floor(next() * 5), use: pick(['social', 'housing', 'education'] as const),
  siteWorks: { 'land-fill': area(50), road: area(20) },
}));
const city = unwrap(defineFeeSettings({ imb: { basePricePerM2: 12_345 } }));
const cityUnvalidated = { imb: { basePricePerM2: 12_345 } };

// The peers: the same tariffs as bare float formulas.
const SIUP = { small: 50_000, medium: 100_000, large: 200_000 };
const tdiPeer = (v: number) => (v < 5_000_000 ? Number.NaN : v <= 200_000_000 ? 50_000 : v <= 500_000_000 ? 100_000 : 200_000);
const tdgPeer = (a: number) => 25_000 + Math.max(0, Math.ceil(a) - 36) * 1_000;
const hiburanRate = (a: number) => (a <= 50 ? 1_000 : a <= 100 ? 2_000 : a <= 200 ? 3_000 : 5_000);
const hiburanPeer = (v: (typeof venues)[number]) => {
  const a = Math.ceil(v.areaM2);
  return a * hiburanRate(a) + v.units.karaoke * 100_000 + Math.ceil(v.units['meeting-hall'] / 500) * 500_000;
};
const K_AREA = [[100, 1], [250, 1.5], [500, 2.5], [1_000, 3.5], [2_000, 4], [3_000, 4.5], [Infinity, 5]] as const;
const K_STOREYS = [0, 1, 1.5, 2.5, 3, 5];
const K_USE = { social: 0.5, housing: 1, education: 1 };
const imbPeer = (b: (typeof buildings)[number]) => {
  const kArea = (K_AREA.find(([upTo]) => b.areaM2 <= upTo) as readonly [number, number])[1];
  return Math.round(b.areaM2 * 12_345 * kArea * (K_STOREYS[b.storeys] as number) * K_USE[b.use] + b.siteWorks['land-fill'] * 1_000 + b.siteWorks.road * 150);
};

let sink = 0;
const must = (result: ReturnType<typeof calculateFee>): number => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value.total;
};
const bench = new Bench({ time: 1500, warmupTime: 300, throws: true });
bench
  .add('siup: calculateFee', () => { for (const input of sizes) sink += must(calculateFee('siup', input)); })
  .add('siup: peer (inline formula)', () => { for (const input of sizes) sink += SIUP[input.size]; })
  .add('tdi: calculateFee', () => { for (const input of investments) sink += must(calculateFee('tdi', input)); })
  .add('tdi: peer (inline formula)', () => { for (const input of investments) sink += tdiPeer(input.investmentValue); })
  .add('tdg: calculateFee', () => { for (const input of warehouses) sink += must(calculateFee('tdg', input)); })
  .add('tdg: peer (inline formula)', () => { for (const input of warehouses) sink += tdgPeer(input.areaM2); })
  .add('hiburan: calculateFee', () => { for (const input of venues) sink += must(calculateFee('hiburan', input)); })
  .add('hiburan: peer (inline formula)', () => { for (const input of venues) sink += hiburanPeer(input); })
  .add('imb: calculateFee (defineFeeSettings)', () => { for (const input of buildings) sink += must(calculateFee('imb', input, city)); })
  .add('imb: peer (inline float formula)', () => { for (const input of buildings) sink += imbPeer(input); })
  .add('imb: calculateFee (plain overrides, validated per call)', () => { for (const input of buildings) sink += must(calculateFee('imb', input, cityUnvalidated)); });

await bench.run();

const perSecond = (task: (typeof bench.tasks)[number]) => {
  const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return (result?.throughput?.mean ?? result?.hz ?? 0) * CASES;
};
const rate = new Map(bench.tasks.map((task) => [task.name, perSecond(task)]));
console.table(bench.tasks.map((task) => {
  const type = task.name.split(':')[0] as string;
  const ours = rate.get(bench.tasks.find((t) => t.name.startsWith(`${type}: calculateFee`))?.name ?? '') ?? 0;
  const ops = rate.get(task.name) ?? 0;
  return {
    task: task.name,
    'assessments/s': Math.round(ops).toLocaleString('en-US'),
    'peer ÷ core': task.name.includes('peer') ? (ops / ours).toFixed(1) : '',
    // The per-call-validation row shows what skipping defineFeeSettings costs; the target applies to the others.
    'target > 1,000,000/s': !task.name.includes('calculateFee') ? '' : task.name.includes('per call') ? '(no target)' : ops > 1_000_000 ? 'met' : 'NOT met',
  };
}));
console.log(`(${CASES} assessments per iteration; checksum ${sink % 1000})`);
