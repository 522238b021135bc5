import type { Translate } from '../../i18n/i18n';
import type { BriefingWords } from '../../model/briefing/briefing';
import type { PdfLayout } from '../../model/briefing/briefingPdf';
import type { StatusKey } from '../../model/status';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../../store/graphStore';
import { download } from '../download';
import { collectBriefing } from './collectBriefing';

export type BriefingFormat = 'pdf' | 'pptx';

const TYPES: Record<BriefingFormat, string> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export interface BriefingOptions {
  format: BriefingFormat;
  layout?: PdfLayout;
  statusWord: (s: StatusKey) => string;
  words: BriefingWords;
  language: string;
}

/** The briefing's own words and status names in the language `t` translates to. */
export const briefingWords = (t: Translate): Pick<BriefingOptions, 'words' | 'statusWord'> => ({
  statusWord: (s: StatusKey) => t(`status.${s}`),
  words: {
    sources: t('stories.sources'),
    claims: t('stories.claims'),
    number: t('stories.number'),
    claim: t('stories.claim'),
    status: t('stories.status'),
    quote: t('stories.quote'),
    source: t('stories.source'),
    picture: (actors, claims) => t('stories.picture', { actors, claims }),
    dimmed: (n) => t('stories.dimmed', { n }),
  },
});

/** The story as a briefing file's bytes; its writer (pdf-lib or pptxgenjs) loads only now. */
export async function briefingBytes(
  store: StoreApi<GraphState>,
  storyId: string,
  options: BriefingOptions,
): Promise<{ title: string; bytes: Uint8Array } | null> {
  const briefing = await collectBriefing(store, storyId, options);
  if (!briefing) return null;
  const bytes =
    options.format === 'pdf'
      ? await (
          await import('../../model/briefing/briefingPdf')
        ).briefingPdf(briefing, options.layout)
      : await (await import('../../model/briefing/briefingPptx')).briefingPptx(briefing);
  return { title: briefing.title, bytes };
}

/** Exports the story as a PDF or PowerPoint briefing and downloads it. */
export async function exportBriefing(
  store: StoreApi<GraphState>,
  storyId: string,
  options: BriefingOptions,
): Promise<void> {
  const made = await briefingBytes(store, storyId, options);
  if (!made) return;
  const name = `${made.title.replace(/[\\/:*?"<>|]+/g, '-') || 'briefing'}.${options.format}`;
  const type = TYPES[options.format];
  download(name, new Blob([made.bytes as BlobPart], { type }), type);
}
