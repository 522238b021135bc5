import { t } from '../i18n/i18n';
import type { GraphState } from './graphStore';

/** "As known on 2022-03-14": what a picture taken at a chosen time says of it; undefined if none. */
export function timeCaption(s: GraphState): string | undefined {
  const { axis, from, to } = s.time;
  if (!from && !to) return undefined;
  const lng = s.language;
  const key = axis === 'occurred' ? 'captionOccurred' : 'caption';
  if (from && to) return t(`story.${key}Window`, { lng, from, to });
  if (to) return t(`story.${key}AsOf`, { lng, date: to });
  return t(`story.${key}Window`, { lng, from: from ?? '…', to: '…' });
}
