import { DEFAULT_SNAPSHOT, loadSnapshots } from '../../graph/api';
import type { Briefing, BriefingClaim, BriefingWords } from '../../model/briefing/briefing';
import { dayOf } from '../../model/documents';
import { clipQuote } from '../../model/footnotes';
import type { StoryDocument } from '../../model/schema';
import { statusOf, type StatusKey } from '../../model/status';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../../store/graphStore';
import { selectCited, selectLabels, selectVisible } from '../../store/selectors';
import { showStep, stepView } from '../../store/storySteps';
import { applyViewParams } from '../../store/viewParams';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** "Reuters — reuters.com — 2022-03-14 — grade B — https://…": a document as a source line. */
export const sourceLine = (d: StoryDocument) =>
  [
    d.title ?? d.id,
    d.publisher,
    dayOf(d.published),
    d.reliability && `grade ${d.reliability}`,
    d.url,
  ]
    .filter(Boolean)
    .join(' — ');

export interface BriefingRequest {
  statusWord: (s: StatusKey) => string;
  words: BriefingWords;
  language: string;
  /** The picture's scale (1.5 by default: sharp on paper, small in the file). */
  scale?: number;
}

/**
 * A story as a briefing: each step shown in turn and pictured as the snapshot dialog pictures
 * it, with the claims it shows (quote, status, source), then every source. The view the user
 * had comes back afterwards, also when a picture fails.
 */
export async function collectBriefing(
  store: StoreApi<GraphState>,
  storyId: string,
  request: BriefingRequest,
): Promise<Briefing | null> {
  const story = store.getState().dataset.stories?.find((s) => s.id === storyId);
  if (!story) return null;
  const before = stepView(store.getState());
  const { snapshotPng, snapshotSize } = await loadSnapshots();
  const documents = new Map(store.getState().dataset.documents.map((d) => [d.id, d]));
  const pages = [];
  try {
    for (const [i, step] of story.steps.entries()) {
      // A step this version cannot show would be pictured wrongly: the briefing stops and says so.
      if (!showStep(store, story.id, i)) throw new Error(store.getState().notice ?? step.title);
      await frame();
      await frame();
      const s = store.getState();
      // The claims are the page's own table: the picture keeps the legend, not the footnotes.
      const options = {
        ...DEFAULT_SNAPSHOT,
        scope: 'whole' as const,
        scale: request.scale ?? 1.5,
        footnotes: false,
      };
      const size = await snapshotSize(s, options);
      const png = new Uint8Array(await (await snapshotPng(s, options)).arrayBuffer());
      const visible = selectVisible(s);
      const labels = selectLabels(s);
      // A step that highlights (a selection, a path) cites those claims; the dimmed are counted.
      const cited = selectCited(s);
      const claims = cited.map((r, k): BriefingClaim => {
        const quote = r.evidence[0]?.quote ?? '';
        const doc = documents.get(r.evidence[0]?.document ?? '');
        return {
          n: k + 1,
          claim: labels.sentence(r),
          status: request.statusWord(statusOf(r)),
          quote: clipQuote(quote),
          source: doc ? sourceLine(doc) : '',
        };
      });
      pages.push({
        title: step.title,
        ...(step.caption ? { caption: step.caption } : {}),
        png,
        width: size.width,
        height: size.height,
        actors: visible.actorIds.size,
        claims,
        dimmed: visible.relations.length - cited.length,
      });
    }
  } finally {
    applyViewParams(store, before);
  }
  return {
    title: story.title,
    language: request.language,
    pages,
    sources: store.getState().dataset.documents.map(sourceLine),
    words: request.words,
  };
}
