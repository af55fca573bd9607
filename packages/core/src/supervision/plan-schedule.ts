/**
 * Where each inspection unit's visits go: a day index (into the plan's list of schedulable working days) and a
 * seat on that day (0 … perDay − 1; seat ÷ inspections per inspector gives the inspector). −1 means no visit.
 */
export interface VisitAllocation {
  readonly day1: Int32Array;
  readonly seat1: Int32Array;
  readonly day2: Int32Array;
  readonly seat2: Int32Array;
}

/**
 * Allocates visits to seats, O(n + days). `wants[i]` (1 or 2) is the frequency of the i-th unit in priority order.
 *
 * - Coverage first: the first min(n, capacity) units each get one visit; remaining seats give second visits to
 *   twice-a-year units in priority order. Units left out are reported by the caller as unscheduled.
 * - The year's days are split into halves of ⌈days/2⌉ and ⌊days/2⌋; a unit with two visits gets day p of the first
 *   half and day p of the second, so its visits are ⌈days/2⌉ working days apart. These pairs are spread evenly over
 *   the pair days.
 * - Units with one visit are spread evenly over the seats still free, higher priority earlier in the year.
 *
 * No day ever gets more than `perDay` visits: pair slots and free-seat indexes are distinct by construction
 * (⌊k·S/m⌋ is strictly increasing in k when m ≤ S).
 */
export function allocateVisits(days: number, perDay: number, wants: ArrayLike<number>): VisitAllocation {
  const n = wants.length;
  const day1 = new Int32Array(n).fill(-1);
  const seat1 = new Int32Array(n).fill(-1);
  const day2 = new Int32Array(n).fill(-1);
  const seat2 = new Int32Array(n).fill(-1);
  const firstHalf = Math.ceil(days / 2);
  const pairDays = days - firstHalf;
  const capacity = days * perDay;
  const pairSlots = pairDays * perDay;
  const covered = Math.min(n, capacity);

  let twiceWanted = 0;
  for (let i = 0; i < covered; i++) if ((wants[i] as number) >= 2) twiceWanted++;
  const twice = Math.min(twiceWanted, capacity - covered, pairSlots);

  const used = new Int32Array(days);
  for (let i = 0, k = 0; i < covered && k < twice; i++) {
    if ((wants[i] as number) < 2) continue;
    const p = Math.floor(Math.floor((k * pairSlots) / twice) / perDay);
    day1[i] = p;
    seat1[i] = used[p]!++;
    day2[i] = firstHalf + p;
    seat2[i] = used[firstHalf + p]!++;
    k++;
  }

  const singles = covered - twice;
  const freeSeats = capacity - 2 * twice;
  let day = 0;
  let freeBefore = 0; // free seats on the days before `day`
  for (let i = 0, j = 0; i < covered; i++) {
    if (day1[i] !== -1) continue;
    const target = Math.floor((j * freeSeats) / singles);
    while (freeBefore + perDay - (used[day] as number) <= target) {
      freeBefore += perDay - (used[day] as number);
      day++;
    }
    day1[i] = day;
    seat1[i] = (used[day] as number) + target - freeBefore;
    j++;
  }
  return { day1, seat1, day2, seat2 };
}
