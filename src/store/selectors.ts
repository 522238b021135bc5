import { kindStyles, typeStyles } from '../model/appearance';
import { supportOf, traceSources, type Support, type Trace } from '../model/corroboration';
import {
  filterCounts,
  inStoryTime,
  visibleGraph,
  type StoryView,
  type VisibleGraph,
} from '../model/filter';
import { firstDays, histogram, type TimeAxis, type TimeView } from '../model/time';
import { buildIndex, type GraphIndex } from '../model/graphIndex';
import { buildLabels } from '../model/labels';
import { actorNeighbourhood, type Focus } from '../model/neighbourhood';
import { shortestPath, type ActorPath } from '../model/path';
import { readingOrder } from '../model/readingOrder';
import { searchActors } from '../model/search';
import { statusOf, STATUS_KEYS } from '../model/status';
import { hasLanguage, translate } from '../i18n/i18n';
import type { Language } from '../model/labels';
import type { GraphState, Selection } from './graphStore';
import type { LineWidth } from './viewSlice';
import { memoLast } from './memo';
import type { Dataset, Relation } from '../model/schema';
import { brokerFocus } from '../model/metrics/brokers';
import type { NetworkMetrics } from '../model/metrics/actorMetrics';

/*
 * Derived state in one chain: dataset → styles/index/labels → visible graph → highlight.
 * Each step is memoised on its inputs' identity, so a selection change never refilters
 * and a filter change never rebuilds the index.
 */

const kindsOf = memoLast(kindStyles);
const typesOf = memoLast(typeStyles);
const indexOf = memoLast(buildIndex);
const visibleOf = memoLast(visibleGraph);
const countsOf = memoLast(filterCounts);
// Whether the language's catalogue is there is part of the key: it may arrive after the switch
// (English stands in meanwhile), and the words must be taken again when it does.
const labelsOf = memoLast((dataset: GraphState['dataset'], lang: Language, _loaded: boolean) =>
  buildLabels(dataset, lang, translate(lang, 'kinds.unknown')),
);

export const selectKindStyles = (s: GraphState) => kindsOf(s.dataset);
export const selectTypeStyles = (s: GraphState) => typesOf(s.dataset);
export const selectIndex = (s: GraphState) => indexOf(s.dataset);
export const selectLabels = (s: GraphState) =>
  labelsOf(s.dataset, s.language, hasLanguage(s.language));

const traceOf = memoLast(traceSources);
/** Every relation's evidence followed to its root sources (model/corroboration.ts). */
export const selectTrace = (s: GraphState) => traceOf(s.dataset);

/** The day "as of" which documents count, on the publication axis; null otherwise. */
export const selectPublishedBy = (s: GraphState): string | null =>
  s.time.axis === 'published' ? s.time.to : null;

const sourcesKnownOf = memoLast((trace: Trace) => {
  let hasSources = false;
  let graded = false;
  for (const pieces of trace.values()) {
    if (pieces.length) hasSources = true;
    if (pieces.some((p) => p.reliability)) graded = true;
    if (graded) break;
  }
  return { hasSources, graded };
});
/** Whether any claim has a source to count, and any source a grade (the filters offer them). */
export const selectSourcesKnown = (s: GraphState) => sourcesKnownOf(selectTrace(s));

const firstDaysOf = memoLast(firstDays);
/** Per relation, the day it is first known on the timeline's axis. */
export const selectFirstDays = (s: GraphState) =>
  firstDaysOf(s.dataset, selectTrace(s), s.time.axis);

const datedAxesOf = memoLast((dataset: GraphState['dataset'], trace: Trace) => ({
  published: [...trace.values()].some((pieces) => pieces.some((p) => p.day !== undefined)),
  occurred: dataset.relations.some((r) => r.occurred !== undefined),
}));
/** Which time axes have any date: the timeline offers those, and is absent without any. */
export const selectDatedAxes = (s: GraphState) => datedAxesOf(s.dataset, selectTrace(s));

const histogramOf = memoLast(histogram);
/** The timeline's bars: claims per day on its axis; null when nothing is dated. */
export const selectHistogram = (s: GraphState) => histogramOf(s.dataset, selectFirstDays(s));

const supportsOf = memoLast(
  (trace: Trace, axis: TimeAxis, from: string | null, to: string | null) => {
    // By occurrence, what is known is everything: the window chooses what happened, not when told.
    const window = axis === 'published' && (from || to) ? { from, to } : undefined;
    const out = new Map<string, Support>();
    for (const [id, pieces] of trace) out.set(id, supportOf(pieces, window));
    return out;
  },
);
/** Per relation, its documents and independent sources as known at the chosen time. */
export const selectSupport = (s: GraphState) =>
  supportsOf(selectTrace(s), s.time.axis, s.time.from, s.time.to);

/** How often event data says a relation was mentioned (GDELT's NumMentions), if it says. */
export const mentionsOf = (r: Relation): number | undefined => {
  const n = r.properties?.NumMentions;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
/** Widths for mentions go by tens: under 10, 10 to 99, 100 and more. */
export const mentionTier = (n: number) => (n >= 100 ? 3 : n >= 10 ? 2 : 1);

const hasMentionsOf = memoLast((dataset: Dataset) =>
  dataset.relations.some((r) => mentionsOf(r) !== undefined),
);
/** Whether the relations carry mention counts (event data): then width can show them. */
export const selectHasMentions = (s: GraphState) => hasMentionsOf(s.dataset);

const lineWeightsOf = memoLast(
  (dataset: Dataset, support: ReadonlyMap<string, Support>, by: LineWidth) => {
    const out = new Map<string, number>();
    if (by === 'mentions')
      for (const r of dataset.relations) out.set(r.id, mentionTier(mentionsOf(r) ?? 0));
    // A relation's weight: its pieces of evidence (quotes or coded documents).
    else if (by === 'evidence')
      for (const r of dataset.relations) out.set(r.id, Math.max(1, r.evidence.length));
    else for (const [id, s] of support) out.set(id, s.sources.length);
    return out;
  },
);
/** What line width shows: as asked, but mentions only when the relations carry them. */
export const selectWidthBy = (s: GraphState): LineWidth =>
  s.lineWidth === 'mentions' && !selectHasMentions(s) ? 'sources' : s.lineWidth;

/** Whether line width shows mentions: asked for, and the relations carry them. */
export const selectWidthByMentions = (s: GraphState) => selectWidthBy(s) === 'mentions';

/** Each relation's width class (1, 2, 3+): its independent sources, mentions or evidence. */
export const selectLineWeights = (s: GraphState) =>
  lineWeightsOf(s.dataset, selectSupport(s), selectWidthBy(s));

const widthsVaryOf = memoLast((weights: ReadonlyMap<string, number>) => {
  for (const n of weights.values()) if (n > 1) return true;
  return false;
});
/** Whether some line is drawn wider (then the legend explains widths). */
export const selectWidthsVary = (s: GraphState) => widthsVaryOf(selectLineWeights(s));

const storyOf = memoLast(
  (
    time: TimeView,
    support: ReadonlyMap<string, Support>,
    days: ReadonlyMap<string, string>,
  ): StoryView => ({
    time,
    support,
    firstDays: days,
  }),
);
export const selectStory = (s: GraphState) => storyOf(s.time, selectSupport(s), selectFirstDays(s));

const disputedNowOf = memoLast((dataset: GraphState['dataset'], story: StoryView) => {
  const out = new Set<string>();
  for (const r of dataset.relations) if (r.disputes && inStoryTime(r, story)) out.add(r.disputes);
  return out;
});
/** Relations disputed by a claim known at the chosen time (a denial counts from its day). */
export const selectDisputed = (s: GraphState) => disputedNowOf(s.dataset, selectStory(s));

export const selectVisible = (s: GraphState) =>
  visibleOf(s.dataset, selectKindStyles(s), s.filters, selectStory(s));
export const selectCounts = (s: GraphState) =>
  countsOf(s.dataset, selectKindStyles(s), s.filters, selectStory(s));

const pathOf = memoLast(
  (index: GraphIndex, visible: VisibleGraph, from: string | null, to: string | null) =>
    from && to ? shortestPath(index, visible, from, to) : null,
);

/** The shortest connection between the two chosen actors; null if unset or unconnected. */
export const selectPath = (s: GraphState) =>
  pathOf(selectIndex(s), selectVisible(s), s.pathEnds.from, s.pathEnds.to);

/** Visible relations that dispute, or are disputed by, the selected ones. */
function disputePartners(
  index: GraphIndex,
  visible: VisibleGraph,
  ids: readonly string[],
): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const partners = [...(index.disputedBy.get(id) ?? []), index.relations.get(id)?.disputes];
    for (const p of partners) if (p && visible.relationIds.has(p) && !ids.includes(p)) out.push(p);
  }
  return out;
}

function selectionFocus(
  index: GraphIndex,
  visible: VisibleGraph,
  selection: Selection | null,
  depth: 1 | 2,
): Focus | null {
  if (!selection) return null;
  if (selection.kind === 'actor') {
    if (!visible.actorIds.has(selection.id)) return null;
    return actorNeighbourhood(index, visible, selection.id, depth);
  }
  const shown = selection.ids.filter((id) => visible.relationIds.has(id));
  if (!shown.length) return null;
  const relationIds = new Set([...shown, ...disputePartners(index, visible, shown)]);
  const actorIds = new Set<string>();
  for (const id of relationIds) {
    const r = index.relations.get(id);
    if (r) actorIds.add(r.source).add(r.target);
  }
  return { actorIds, relationIds };
}

function union(a: Focus, b: Focus): Focus {
  return {
    actorIds: new Set([...a.actorIds, ...b.actorIds]),
    relationIds: new Set([...a.relationIds, ...b.relationIds]),
  };
}

const highlightOf = memoLast(
  (
    index: GraphIndex,
    visible: VisibleGraph,
    selection: Selection | null,
    depth: 1 | 2,
    path: ActorPath | null,
    brokers: Focus | null,
  ): Focus | null =>
    [selectionFocus(index, visible, selection, depth), path, brokers].reduce<Focus | null>(
      (all, f) => (!f ? all : all ? union(all, f) : f),
      null,
    ),
);

const brokersOf = memoLast(
  (metrics: NetworkMetrics | null, relations: readonly Relation[], shown: boolean) =>
    shown && metrics ? brokerFocus(metrics, relations) : null,
);

/** The brokers between camps and what they join, when "show brokers" is on and measured. */
export const selectBrokers = (s: GraphState) =>
  brokersOf(s.measures.result, selectVisible(s).relations, s.showBrokers);

/** What stays bright: the selection's focus (with dispute partners), the path, the brokers. */
export const selectHighlight = (s: GraphState) =>
  highlightOf(
    selectIndex(s),
    selectVisible(s),
    s.selection,
    s.neighbourhoodDepth,
    selectPath(s),
    selectBrokers(s),
  );

const citedOf = memoLast((visible: VisibleGraph, highlight: Focus | null) =>
  highlight ? visible.relations.filter((r) => highlight.relationIds.has(r.id)) : visible.relations,
);

/**
 * The claims a view is about, as a story step cites them: those highlighted when something
 * is (the rest are drawn dimmed), else every one shown.
 */
export const selectCited = (s: GraphState) => citedOf(selectVisible(s), selectHighlight(s));

const partnersOf = memoLast(
  (index: GraphIndex, visible: VisibleGraph, selection: Selection | null) =>
    selection?.kind === 'relations' ? disputePartners(index, visible, selection.ids) : [],
);

/** Relations shown because they dispute (or are disputed by) the selection. */
export const selectDisputePartners = (s: GraphState) =>
  partnersOf(selectIndex(s), selectVisible(s), s.selection);

const matchesOf = memoLast(searchActors);

/** Actors matching the search, in dataset order. */
export const selectSearchMatches = (s: GraphState) => matchesOf(s.dataset.actors, s.search.query);

/** The match the user is on (Enter moves along), or null. */
export const selectCurrentMatch = (s: GraphState): string | null => {
  const matches = selectSearchMatches(s);
  return matches.length ? (matches[s.search.current % matches.length] ?? null) : null;
};

const selectedRelationsOf = memoLast((index: GraphIndex, selection: Selection | null) =>
  selection?.kind === 'relations'
    ? selection.ids.flatMap((id) => index.relations.get(id) ?? [])
    : [],
);

/** The selected relations (one, or several after a click on overlapping quotes). */
export const selectSelectedRelations = (s: GraphState) =>
  selectedRelationsOf(selectIndex(s), s.selection);

export const selectSelectedActor = (s: GraphState) =>
  s.selection?.kind === 'actor' ? selectIndex(s).actors.get(s.selection.id) : undefined;

const statusesOf = memoLast((dataset: GraphState['dataset']) => {
  const used = new Set(dataset.relations.map(statusOf));
  return STATUS_KEYS.filter((s) => used.has(s));
});

/** Statuses that occur in the dataset, in canonical order (legend and filters list only these). */
export const selectStatusesInUse = (s: GraphState) => statusesOf(s.dataset);

const quotedCountOf = memoLast((visible: VisibleGraph) => {
  let n = 0;
  for (const r of visible.relations) if (r.evidence.length) n++;
  return n;
});
/** How many visible relations have evidence (the reading order's length, without sorting). */
export const selectQuotedCount = (s: GraphState) => quotedCountOf(selectVisible(s));

const readingOrderOf = memoLast(readingOrder);

/** Visible relations with evidence, in the order their first quote appears in the article. */
export const selectReadingOrder = (s: GraphState) => readingOrderOf(s.dataset, selectVisible(s));
