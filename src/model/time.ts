import type { Trace } from './corroboration';
import type { Dataset, Occurred } from './schema';

/** Which dates the timeline reads: when claims were first published, or when they happened. */
export type TimeAxis = 'published' | 'occurred';

/** The chosen time: a window of days (inclusive); "as of" a day is a window open at the start. */
export interface TimeView {
  axis: TimeAxis;
  from: string | null;
  to: string | null;
}

export const NO_TIME: TimeView = { axis: 'published', from: null, to: null };

export const isTimeSet = (t: TimeView) => t.from !== null || t.to !== null;

const DAY = 86_400_000;
/** `2022-03-14` → milliseconds at midnight UTC. */
export const dayToTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const timeToDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => timeToDay(dayToTime(day) + n * DAY);
export const daysBetween = (a: string, b: string) =>
  Math.round((dayToTime(b) - dayToTime(a)) / DAY);

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day an ISO date covers: `2022` is a year, `2022-03` a month. */
export function daysCovered(iso: string): [string, string] {
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  if (!m) return [`${y}-01-01`, `${y}-12-31`];
  if (!d) return [`${y}-${m}-01`, `${y}-${m}-${lastDayOfMonth(+y, +m)}`];
  return [`${y}-${m}-${d}`, `${y}-${m}-${d}`];
}

/** The days a relation's `occurred` spans (a date covers its precision; an interval its ends). */
export function occurredDays(o: Occurred): [string, string] {
  if (typeof o === 'string') return daysCovered(o);
  return [daysCovered(o.start)[0], daysCovered(o.end)[1]];
}

/** Per relation, the day it is first known on the chosen axis; absent: undated. */
export function firstDays(dataset: Dataset, trace: Trace, axis: TimeAxis): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of dataset.relations) {
    if (axis === 'occurred') {
      if (r.occurred) out.set(r.id, occurredDays(r.occurred)[0]);
      continue;
    }
    // Pieces are sorted with undated ones first: the first dated piece is the earliest.
    const first = trace.get(r.id)?.find((p) => p.day !== undefined)?.day;
    if (first) out.set(r.id, first);
  }
  return out;
}

/** What the timeline strip draws: a bar per day (or per `step` days) from first to last. */
export interface Histogram {
  first: string;
  last: string;
  /** Days per bar: 1, unless the dates span more than MAX_BARS days. */
  step: number;
  /** Claims first known in each bar, from `first`. */
  counts: number[];
  undated: number;
}

/** A strip has at most this many bars: dates centuries apart must not make millions of them. */
export const MAX_BARS = 1500;

/** The first and last day of a bar. */
export function barDays(h: Histogram, bar: number): [string, string] {
  const start = addDays(h.first, bar * h.step);
  // Counted in days, not compared as text: past 9999 a date is no longer four digits.
  const end = bar * h.step + h.step - 1;
  return [start, end >= daysBetween(h.first, h.last) ? h.last : addDays(h.first, end)];
}

/** The bar a day falls in, within the strip. */
export const barOf = (h: Histogram, day: string) =>
  Math.max(0, Math.min(h.counts.length - 1, Math.floor(daysBetween(h.first, day) / h.step)));

/** null: nothing is dated on this axis (the strip is not shown). */
export function histogram(dataset: Dataset, days: ReadonlyMap<string, string>): Histogram | null {
  if (!days.size) return null;
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const d of days.values()) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const span = daysBetween(first, last) + 1;
  const step = Math.ceil(span / MAX_BARS);
  const counts = new Array<number>(Math.ceil(span / step)).fill(0);
  for (const d of days.values()) counts[Math.floor(daysBetween(first, d) / step)]! += 1;
  return { first, last, step, counts, undated: dataset.relations.length - days.size };
}

/**
 * Whether a relation is shown at this time. By publication, a claim is there once its first
 * document is out (its support then counts only what was out — corroboration.ts); by
 * occurrence, when its interval meets the window. Undated claims are always there: nothing
 * says they came later.
 */
export function inTime(
  relation: { id: string; occurred?: Occurred },
  time: TimeView,
  knownDocuments: number | undefined,
  firstDay: string | undefined,
): boolean {
  if (!isTimeSet(time)) return true;
  if (time.axis === 'published') {
    if (firstDay === undefined) return true;
    return (knownDocuments ?? 0) > 0;
  }
  if (!relation.occurred) return true;
  const [start, end] = occurredDays(relation.occurred);
  return (time.to === null || start <= time.to) && (time.from === null || end >= time.from);
}
