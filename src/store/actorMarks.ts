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

const marksOf = memoLast((metrics: NetworkMetrics | null, size: ActorSize, colour: ActorColour) => {
  const marks = new Map<string, { size?: number; color?: string }>();
  if (!metrics || (size === 'none' && colour === 'kind')) return marks;
  let max = 0;
  if (size !== 'none') for (const m of metrics.actors.values()) max = Math.max(max, m[size]);
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

/** The largest value of the measure sizing the actors (for the legend), or 0. */
export const selectSizeMax = (s: GraphState): number => {
  const metrics = s.measures.result;
  if (!metrics || s.actorSize === 'none') return 0;
  let max = 0;
  for (const m of metrics.actors.values())
    max = Math.max(max, m[s.actorSize as Exclude<ActorSize, 'none'>]);
  return max;
};

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
