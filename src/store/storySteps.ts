import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/i18n';
import type { GraphState } from './graphStore';
import { applyViewParams, viewSearch } from './viewParams';

/**
 * A story step's view is what a link carries for the current view, less where the data comes
 * from and the panels: one encoding for links, embeds and steps.
 */
export function stepView(s: GraphState): string {
  const p = new URLSearchParams(viewSearch({ ...s, presenting: null }));
  for (const key of ['data', 'dataset', 'hide']) p.delete(key);
  return p.toString();
}

/**
 * Shows a step: its view applied like a link's. What it names that no longer exists (an actor
 * deleted since) is left out, said in a notice and returned; the rest still applies.
 */
export function showStep(store: StoreApi<GraphState>, storyId: string, index: number): string[] {
  const s = store.getState();
  const step = s.dataset.stories?.find((x) => x.id === storyId)?.steps[index];
  if (!step) return [];
  const { panels } = s;
  const ignored = applyViewParams(store, step.view);
  store.getState().applyView({ panels });
  if (ignored.length)
    store.getState().setNotice(t('stories.ignored', { list: ignored.join(', ') }));
  return ignored;
}
