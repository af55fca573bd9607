// addWorkingDays over spans of 1 to 250 working days from start dates across 2024–2026, next to date-fns'
// addBusinessDays (which skips weekends only, no holidays) in the same run.
import { Bench } from 'tinybench';
import { addBusinessDays, format } from 'date-fns';
import { addCalendarDays, indonesiaCalendar } from '../../packages/core/src/calendar/index.js';

const CASES = 4096;
// A fixed linear congruential sequence: the same cases every run.
let seed = 20260325;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

// Start dates from 2024-01-01 to 2025-12-01, so that 250 working days later still lies within 2026.
const cases = Array.from({ length: CASES }, () => ({
  date: addCalendarDays('2024-01-01', Math.floor(next() * 701)),
  n: 1 + Math.floor(next() * 250),
}));
const asDates = cases.map(({ date, n }) => ({ date: new Date(`${date}T00:00:00`), n }));

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300, throws: true });
bench
  .add('@satupintu/core addWorkingDays (ISO string in/out, holidays honoured)', () => {
    for (const { date, n } of cases) sink += indonesiaCalendar.addWorkingDays(date, n).length;
  })
  .add('date-fns addBusinessDays (Date in/out, weekends only)', () => {
    for (const { date, n } of asDates) sink += addBusinessDays(date, n).getDate();
  })
  .add('date-fns addBusinessDays (ISO string in/out, weekends only)', () => {
    for (const { date, n } of cases) sink += format(addBusinessDays(new Date(`${date}T00:00:00`), n), 'yyyy-MM-dd').length;
  });

await bench.run();

const opsPerSecond = (task: (typeof bench.tasks)[number]) => {
  const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return (result?.throughput?.mean ?? result?.hz ?? 0) * CASES;
};
const ours = opsPerSecond(bench.tasks[0]!);
console.table(bench.tasks.map((task) => ({
  task: task.name,
  'calls/s': Math.round(opsPerSecond(task)).toLocaleString('en-US'),
  'core ÷ this': (ours / opsPerSecond(task)).toFixed(2),
})));
console.log(`(${CASES} calls per iteration; checksum ${sink % 1000})`);
