import type { NetworkMetrics } from '../model/metrics/actorMetrics';
import { categoricalColor } from '../model/palette';
import type { GraphState } from './graphStore';
import { memoLast } from './memo';
import { selectVisible } from './selectors';
import { collapseCamps } from '../model/metrics/collapse';
import type { VisibleGraph } from '../model/filter';
import type { ActorColour, ActorSize } from './viewSlice';

/** The five sizes a measure gives actors (graph units), smallest to largest. */
export const SIZE_STEPS = [18, 30, 42, 57, 72] as const;
/** Camps beyond this many share one grey: more hues would no longer be told apart. */
export const CAMP_COLOURS = 10;
export const OTHER_CAMPS_COLOUR = '#bbbbbb';

/** The camp's colour: the colour-blind-safe palette in camp order (largest first), then grey. */
export const campColour = (community: number) =>
  community < CAMP_COLOURS ? categoricalColor(community) : OTHER_CAMPS_COLOUR;

/**
 * The step of a value: by the square root of its share of the largest, so a few hubs do not
 * make everyone else the smallest (betweenness is very skewed).
 */
export const sizeStep = (value: number, max: number) =>
  max > 0
    ? Math.min(SIZE_STEPS.length - 1, Math.floor(SIZE_STEPS.length * Math.sqrt(value / max)))
    : 0;

/** The values each size step stands for: [from, to) of the measure. */
export const sizeRanges = (max: number) =>
  SIZE_STEPS.map((size, k) => ({
    size,
    from: max * (k / SIZE_STEPS.length) ** 2,
    to: max * ((k + 1) / SIZE_STEPS.length) ** 2,
  }));

/** A measure's value as legends write it: whole numbers as such, shares with three digits. */
export const measureValue = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

/** What size step `k` of `sizeRanges` stands for: "< 0.025", "0.025–0.101", "≥ 0.406". */
export const sizeRangeLabel = (r: { from: number; to: number }, k: number) =>
  k === 0
    ? `< ${measureValue(r.to)}`
    : k === SIZE_STEPS.length - 1
      ? `≥ ${measureValue(r.from)}`
      : `${measureValue(r.from)}–${measureValue(r.to)}`;

const maxOf = memoLast((metrics: NetworkMetrics | null, size: ActorSize) => {
  let max = 0;
  if (metrics && size !== 'none')
    for (const m of metrics.actors.values()) max = Math.max(max, m[size]);
  return max;
});

/** The largest value of the measure sizing the actors (the top of the sizes), or 0. */
export const selectSizeMax = (s: GraphState): number => maxOf(s.measures.result, s.actorSize);

const marksOf = memoLast((metrics: NetworkMetrics | null, size: ActorSize, colour: ActorColour) => {
  const marks = new Map<string, { size?: number; color?: string }>();
  if (!metrics || (size === 'none' && colour === 'kind')) return marks;
  const max = maxOf(metrics, size);
  for (const [id, m] of metrics.actors)
    marks.set(id, {
      ...(size !== 'none' ? { size: SIZE_STEPS[sizeStep(m[size], max)] } : {}),
      ...(colour === 'community' ? { color: campColour(m.community) } : {}),
    });
  return marks;
});

/**
 * How the measures draw each actor (by actor id), for the graph: its size step and its
 * camp's colour, as the view asks. Empty until measured, and when the view asks for neither.
 */
export const selectActorMarks = (s: GraphState) =>
  marksOf(s.measures.result, s.actorSize, s.actorColour);

/** Whether the view needs the network measured (a table of them, or an appearance by them). */
export const measuresWanted = (s: GraphState) =>
  s.measures.wanted ||
  s.actorSize !== 'none' ||
  s.actorColour === 'community' ||
  s.showBrokers ||
  s.collapsedCamps.length > 0;

const collapsedOf = memoLast(
  (metrics: NetworkMetrics | null, visible: VisibleGraph, collapsed: readonly number[]) =>
    metrics && collapsed.length
      ? collapseCamps(metrics, visible.actorIds, visible.relations, new Set(collapsed))
      : null,
);

/** The camps drawn as one node each, over what is shown; null when none is collapsed. */
export const selectCollapsed = (s: GraphState) =>
  collapsedOf(s.measures.result, selectVisible(s), s.collapsedCamps);
