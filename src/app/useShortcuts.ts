import { useEffect } from 'react';
import type { GraphStore } from '../store/graphStore';
import { walkEvidence } from '../store/walkEvidence';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * App-wide keys: Escape clears the selection (then the path and search); [ and ] walk the
 * evidence in reading order; Ctrl+Z and Ctrl+Shift+Z undo and redo edits. Keys typed into a
 * field stay with the field.
 */
export function useShortcuts(store: GraphStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        const s = store.getState();
        if (s.selection) return s.clearSelection();
        s.clearPath();
        s.setSearchQuery('');
        return;
      }
      if (typingIn(e.target)) return;
      // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo edits while editing.
      if ((e.ctrlKey || e.metaKey) && store.getState().editing) {
        const key = e.key.toLowerCase();
        if (key === 'z' || key === 'y') {
          e.preventDefault();
          const history = store.temporal.getState();
          if (key === 'y' || e.shiftKey) history.redo();
          else history.undo();
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === ']' || e.key === '[') {
        e.preventDefault();
        walkEvidence(store, e.key === ']' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
