import { DEFAULT_SNAPSHOT, loadSnapshots } from '../graph/api';
import { dayOf } from '../model/documents';
import { footnotes } from '../model/footnotes';
import type { StoryDocument } from '../model/schema';
import type { StatusKey } from '../model/status';
import type { GraphStore } from '../store/graphStore';
import { selectLabels, selectVisible } from '../store/selectors';
import { showStep, stepView } from '../store/storySteps';
import { applyViewParams } from '../store/viewParams';
import { download } from './download';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** "Reuters — reuters.com, 2022-03-14, grade B, https://…": a document as a source line. */
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

/**
 * The story as a PDF briefing, made in the browser: each step shown in turn and pictured as
 * the snapshot dialog pictures it, with the numbered footnotes of the claims it shows (quote,
 * status, source, date, grade, address), then a page of every source. The view the user had
 * comes back afterwards. pdf-lib loads only now.
 */
export async function exportBriefingPdf(
  store: GraphStore,
  storyId: string,
  statusWord: (s: StatusKey) => string,
  sourcesHeading: string,
): Promise<void> {
  const story = store.getState().dataset.stories?.find((s) => s.id === storyId);
  if (!story) return;
  const before = stepView(store.getState());
  const [{ snapshotPng, snapshotSize }, { briefingPdf }] = await Promise.all([
    loadSnapshots(),
    import('../model/briefingPdf'),
  ]);
  const documents = new Map(store.getState().dataset.documents.map((d) => [d.id, d]));
  const pages = [];
  try {
    for (const [i, step] of story.steps.entries()) {
      showStep(store, story.id, i);
      await frame();
      await frame();
      const s = store.getState();
      const options = { ...DEFAULT_SNAPSHOT, scope: 'whole' as const, scale: 1.5, legend: true };
      const size = await snapshotSize(s, options);
      const png = new Uint8Array(await (await snapshotPng(s, options)).arrayBuffer());
      const visible = selectVisible(s).relations;
      const notes = footnotes(visible, selectLabels(s), statusWord).map((f, k) => {
        const doc = documents.get(visible[k]!.evidence[0]?.document ?? '');
        return `${f.n}. ${f.text}${doc ? ` (${sourceLine(doc)})` : ''}`;
      });
      pages.push({
        title: step.title,
        ...(step.caption ? { caption: step.caption } : {}),
        png,
        width: size.width,
        height: size.height,
        footnotes: notes,
      });
    }
  } finally {
    applyViewParams(store, before);
  }
  const sources = store.getState().dataset.documents.map(sourceLine);
  const bytes = await briefingPdf(story.title, pages, sources, { sources: sourcesHeading });
  download(
    `${story.title.replace(/[\\/:*?"<>|]+/g, '-') || 'briefing'}.pdf`,
    new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    'application/pdf',
  );
}
