import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * Arrow keys on a table row's button move to the next or previous row and select it as they
 * go, like a list box; the new row's button (`data-row`) takes the focus once rendered (a
 * windowed table may draw it only now). Returns the buttons' key handler.
 */
export function useArrowRows(
  body: RefObject<HTMLElement | null>,
  count: number,
  select: (row: number) => void,
): (event: KeyboardEvent<HTMLButtonElement>, row: number) => void {
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    body.current
      ?.querySelector<HTMLButtonElement>(`button[data-row="${focusRow.current}"]`)
      ?.focus();
    focusRow.current = null;
  });
  return (event, row) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = row + step;
    if (next < 0 || next >= count) return;
    focusRow.current = next;
    select(next);
  };
}
