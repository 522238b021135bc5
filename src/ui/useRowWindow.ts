import { useEffect, useState, type RefObject } from 'react';

/** Tables longer than this render only the rows in view (plus a margin). */
export const WINDOW_THRESHOLD = 300;
export const ROW_HEIGHT = 28;
const MARGIN = 20;

/**
 * Which rows of a long table to render: the ones in the scroll box's view and a margin, with
 * the height of the others as padding. Short tables render every row.
 */
export function useRowWindow(count: number, scroller: RefObject<HTMLElement | null>) {
  const windowed = count > WINDOW_THRESHOLD;
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const box = scroller.current;
    if (!box || !windowed) return;
    const update = () => setView({ top: box.scrollTop, height: box.clientHeight || 600 });
    update();
    box.addEventListener('scroll', update, { passive: true });
    // Where ResizeObserver is missing (old browsers, jsdom) the window follows scrolling only.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(box);
    return () => {
      box.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [scroller, windowed]);
  if (!windowed) return { windowed, first: 0, last: count, padTop: 0, padBottom: 0 };
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - MARGIN);
  const last = Math.min(count, Math.ceil((view.top + view.height) / ROW_HEIGHT) + MARGIN);
  return {
    windowed,
    first,
    last,
    padTop: first * ROW_HEIGHT,
    padBottom: (count - last) * ROW_HEIGHT,
  };
}

/**
 * Brings a table's row into view (a selection made elsewhere): in a windowed table by its place
 * (it may not be drawn yet), else the drawn `tr.selected`.
 */
export function bringRowIntoView(
  box: HTMLElement | null,
  body: HTMLElement | null,
  index: number,
  windowed: boolean,
): void {
  if (index === -1 || !box) return;
  if (!windowed) {
    body?.querySelector<HTMLElement>('tr.selected')?.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const top = index * ROW_HEIGHT;
  if (top < box.scrollTop || top + 2 * ROW_HEIGHT > box.scrollTop + box.clientHeight)
    box.scrollTop = Math.max(0, top - box.clientHeight / 2);
}
