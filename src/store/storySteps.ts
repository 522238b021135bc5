import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/i18n';
import type { GraphState } from './graphStore';
import { stepRefused } from '../model/stepVersion';
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
 * Shows a step: its view applied like a link's, the camera moving to it (animated when asked,
 * as presenting does). What it names that no longer exists (an actor deleted since) is left
 * out, said in a notice and returned; the rest still applies. A step saved by a newer version
 * of the app is not applied at all: the notice says so, and null is returned.
 */
export function showStep(
  store: StoreApi<GraphState>,
  storyId: string,
  index: number,
  animate = false,
): string[] | null {
  const s = store.getState();
  const storyIndex = s.dataset.stories?.findIndex((x) => x.id === storyId) ?? -1;
  const step = s.dataset.stories?.[storyIndex]?.steps[index];
  if (!step) return [];
  const refused = stepRefused(storyIndex, index, step);
  if (refused) {
    s.setNotice(refused.message);
    return null;
  }
  const { panels } = s;
  const ignored = applyViewParams(store, step.view, { animate });
  store.getState().applyView({ panels });
  if (ignored.length)
    store
      .getState()
      .setNotice(
        t('stories.ignored', { n: index + 1, title: step.title, list: ignored.join(', ') }),
      );
  return ignored;
}
