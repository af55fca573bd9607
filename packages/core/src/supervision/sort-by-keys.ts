/**
 * Orders `count` items by numeric key columns compared one after the other (smaller first), then by `tieBreak`.
 * O(n log n): each column is replaced by order-preserving ranks (by offset, or by a native numeric sort), and when the ranks plus the item's
 * index fit in 53 bits the packed composite is sorted natively as a Float64Array — no JavaScript comparator for the
 * bulk of the work, which keeps a plan of 100,000 businesses fast. Items with equal keys are then ordered by
 * `tieBreak`. When the ranks do not fit, a comparator sort over the ranks does the same job more slowly.
 */
export function sortByKeys(count: number, columns: readonly Float64Array[], tieBreak: (a: number, b: number) => number): Int32Array {
  const ranks = columns.map((column) => denseRanks(column, count));
  const widths = ranks.map((r) => bitsFor(r.distinct));
  const indexBits = bitsFor(count);
  const order = new Int32Array(count);
  if (widths.reduce((sum, w) => sum + w, indexBits) <= 53) {
    const packed = new Float64Array(count);
    for (let c = 0; c < ranks.length; c++) {
      const shift = 2 ** (widths[c] as number);
      const rank = (ranks[c] as DenseRanks).rank;
      for (let i = 0; i < count; i++) packed[i] = (packed[i] as number) * shift + (rank[i] as number);
    }
    const scaleUp = 2 ** indexBits;
    for (let i = 0; i < count; i++) packed[i] = (packed[i] as number) * scaleUp + i;
    packed.sort();
    const scale = 2 ** indexBits;
    for (let i = 0; i < count; i++) order[i] = (packed[i] as number) % scale;
    // Runs of equal keys: order them by the tie-break.
    for (let start = 0; start < count;) {
      const key = Math.floor((packed[start] as number) / scale);
      let end = start + 1;
      while (end < count && Math.floor((packed[end] as number) / scale) === key) end++;
      if (end - start > 1) order.subarray(start, end).sort(tieBreak);
      start = end;
    }
    return order;
  }
  for (let i = 0; i < count; i++) order[i] = i;
  return order.sort((a, b) => {
    for (const { rank } of ranks) {
      const d = (rank[a] as number) - (rank[b] as number);
      if (d !== 0) return d;
    }
    return tieBreak(a, b);
  });
}

interface DenseRanks {
  readonly rank: Int32Array;
  /** The ranks are 0 … distinct − 1. */
  readonly distinct: number;
}

/** Columns of whole numbers spanning at most this many values are ranked by offset, without sorting. */
const DIRECT_SPAN = 4096;

/**
 * Order-preserving ranks of a column: 0 for the smallest value, larger ranks for larger values (+Infinity last).
 * Small whole-number columns (a flag, a risk level, a percentage) are ranked by offset from their minimum; other
 * columns by a native sort and a binary search (dense ranks).
 */
function denseRanks(column: Float64Array, count: number): DenseRanks {
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < count; i++) {
    const value = column[i] as number;
    if (value === Infinity) continue;
    if (value < min) min = value;
    if (value > max) max = value;
    if (whole && !Number.isInteger(value)) whole = false;
  }
  const rank = new Int32Array(count);
  if (min === Infinity) return { rank, distinct: 1 };
  if (whole && max - min < DIRECT_SPAN) {
    const infinityRank = max - min + 1;
    for (let i = 0; i < count; i++) {
      const value = column[i] as number;
      rank[i] = value === Infinity ? infinityRank : value - min;
    }
    return { rank, distinct: infinityRank + 1 };
  }
  const sorted = column.slice(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] as number;
  for (let i = 0; i < count; i++) {
    const value = column[i] as number;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, distinct };
}

/** Bits needed to write the numbers 0 … n − 1. */
function bitsFor(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}
