import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { walkEvidence } from '../store/walkEvidence';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * App-wide keys: Escape clears the selection (then the path and search); [ and ] walk the
 * evidence in reading order. Keys typed into a field stay with the field.
 */
export function useShortcuts(store: StoreApi<GraphState>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        const s = store.getState();
        if (s.selection) return s.clearSelection();
        s.clearPath();
        s.setSearchQuery('');
        return;
      }
      if (typingIn(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === ']' || e.key === '[') {
        e.preventDefault();
        walkEvidence(store, e.key === ']' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
