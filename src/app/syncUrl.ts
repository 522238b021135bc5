import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { viewSearch } from '../store/viewParams';

/** Keeps the address bar in step with the view (replaceState: no history entry per click). */
export function syncUrl(
  store: StoreApi<GraphState>,
  extra: Record<string, string> = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = viewSearch(store.getState(), extra);
      if (search !== window.location.search)
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
    }, 250);
  });
}
