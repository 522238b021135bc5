import { t } from '../i18n/i18n';
import { effectiveKind } from '../model/appearance';
import { dayOf } from '../model/documents';
import { footnotes } from '../model/footnotes';
import type { Evidence, Relation } from '../model/schema';
import { statusOf, STATUS_KEYS, type StatusKey } from '../model/status';
import type { GraphState } from './graphStore';
import { timeCaption } from './timeCaption';
import {
  selectKindStyles,
  selectLabels,
  selectLineWeights,
  selectWidthBy,
  selectWidthByMentions,
  selectTypeStyles,
  selectVisible,
} from './selectors';
import type { LegendItem, SnapshotText } from '../model/snapshotContent';
import type { Language } from '../model/labels';
import { CAMP_COLOURS, campColour, selectSizeMax, sizeRangeLabel, sizeRanges } from './actorMarks';

export interface TextChoices {
  title?: string;
  source: boolean;
  legend: boolean;
  footnotes: boolean;
}

/**
 * "Publisher, 2022-03-15, https://…": the source line a citable picture carries. A story of
 * several documents names its publishers and the span of its dates.
 */
export function sourceLine(s: GraphState): string | undefined {
  const { documents } = s.dataset;
  if (documents.length > 1) {
    const publishers = [...new Set(documents.flatMap((d) => (d.publisher ? [d.publisher] : [])))];
    const days = documents.flatMap((d) => (d.published ? [d.published.slice(0, 10)] : [])).sort();
    const named = publishers.length > 4 ? [...publishers.slice(0, 4), '…'] : publishers;
    const span = days.length ? `, ${days[0]} – ${days[days.length - 1]}` : '';
    return `${t('documents.heading', { lng: s.language })}: ${documents.length}${span}${named.length ? ` (${named.join(', ')})` : ''}`;
  }
  const src = documents[0];
  if (!src) return undefined;
  const parts = [
    src.publisher,
    src.author,
    src.published,
    src.url,
    src.title && !src.publisher ? src.title : undefined,
  ];
  const line = parts.filter(Boolean).join(', ');
  return line || undefined;
}

/**
 * Everything a snapshot writes around the graph, for what is visible: the legend lists only
 * visible kinds, types and statuses; one footnote per visible relation, numbered in table order.
 */
export function snapshotText(
  s: GraphState,
  choices: TextChoices,
): { text: SnapshotText; numbers: Map<string, number> } {
  const lng = s.language;
  const visible = selectVisible(s);
  const labels = selectLabels(s);
  const kinds = selectKindStyles(s);
  const types = selectTypeStyles(s);
  const statusWord = (st: StatusKey) => t(`status.${st}`, { lng });
  const legend: LegendItem[] = [];
  if (choices.legend) {
    const shownKinds = new Set(
      s.dataset.actors
        .filter((a) => visible.actorIds.has(a.id))
        .map((a) => effectiveKind(kinds, a.kind)),
    );
    // Coloured by camp, a kind is its shape only; the camps and sizes follow.
    const byCamp = s.actorColour === 'community' && s.measures.result !== null;
    for (const k of kinds.values())
      if (shownKinds.has(k.id))
        legend.push({
          kind: 'actor',
          label: labels.kind(k.id),
          color: byCamp ? '#ffffff' : k.color,
          shape: k.shape,
        });
    legend.push(...measureLegend(s, lng, labels.actor));
    const shownTypes = new Set(visible.relations.map((r) => r.type));
    for (const ty of types.values())
      if (shownTypes.has(ty.id))
        legend.push({
          kind: 'relation',
          label: labels.type(ty.id),
          color: ty.color,
          status: 'reported',
        });
    const shownStatuses = new Set(visible.relations.map(statusOf));
    for (const st of STATUS_KEYS)
      if (shownStatuses.has(st))
        legend.push({ kind: 'relation', label: statusWord(st), color: '#333333', status: st });
    // Widths say something once a visible claim has more than one source (or ten mentions).
    const weights = selectLineWeights(s);
    const byMentions = selectWidthByMentions(s);
    if (visible.relations.some((r) => (weights.get(r.id) ?? 0) > 1))
      for (const n of [1, 2, 3])
        legend.push({
          kind: 'relation',
          label: t(
            byMentions
              ? `story.mentions${n}`
              : selectWidthBy(s) === 'evidence'
                ? `story.evidence${n}`
                : `story.width${n}`,
            { lng },
          ),
          color: '#333333',
          status: 'reported',
          sources: n,
        });
  }
  const notes = choices.footnotes
    ? footnotes(knownQuotes(s, visible.relations), labels, statusWord)
    : [];
  const numbers = new Map(notes.map((f) => [`r:${f.relationId}`, f.n]));
  const line = choices.source ? sourceLine(s) : undefined;
  const when = timeCaption(s);
  return {
    text: {
      ...(choices.title ? { title: choices.title } : {}),
      ...(line ? { sourceLine: line } : {}),
      ...(when ? { timeLine: when } : {}),
      legend,
      footnotes: notes,
      legendHeading: t('legend.heading', { lng }),
      footnotesHeading: when
        ? `${t('snapshot.footnotesHeading', { lng })} — ${when}`
        : t('snapshot.footnotesHeading', { lng }),
    },
    numbers,
  };
}

/** As of a day, a footnote quotes only what had been published by then. */
function knownQuotes(s: GraphState, relations: readonly Relation[]): readonly Relation[] {
  const { axis, from, to } = s.time;
  if (axis !== 'published' || (!from && !to)) return relations;
  const days = new Map(s.dataset.documents.map((d) => [d.id, dayOf(d.published)]));
  const known = (e: Evidence) => {
    const day = e.document ? days.get(e.document) : undefined;
    return day === undefined || ((!to || day <= to) && (!from || day >= from));
  };
  return relations.map((r) =>
    r.evidence.every(known) ? r : { ...r, evidence: r.evidence.filter(known) },
  );
}

/** The legend of the actors' size and camp colour by the measures, when the view uses them. */
function measureLegend(s: GraphState, lng: Language, actor: (id: string) => string): LegendItem[] {
  const result = s.measures.result;
  if (!result) return [];
  const items: LegendItem[] = [];
  if (s.actorColour === 'community') {
    for (const c of result.communities.slice(0, CAMP_COLOURS))
      items.push({
        kind: 'actor',
        label: t('appearance.camp', { lng, n: c.id + 1, hub: actor(c.hub), count: c.size }),
        color: campColour(c.id),
        shape: 'ellipse',
      });
    if (result.communities.length > CAMP_COLOURS)
      items.push({
        kind: 'actor',
        label: t('appearance.otherCamps', { lng, count: result.communities.length - CAMP_COLOURS }),
        color: campColour(CAMP_COLOURS),
        shape: 'ellipse',
      });
  }
  if (s.actorSize !== 'none') {
    const measure = t(`appearance.by.${s.actorSize}`, { lng });
    sizeRanges(selectSizeMax(s)).forEach((r, k) =>
      items.push({ kind: 'size', label: `${measure} ${sizeRangeLabel(r, k)}`, size: r.size }),
    );
  }
  return items;
}
