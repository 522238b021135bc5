import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `stages` groups of the page are shown: none on the first render, then one more
 * per background render, each committed on its own. The graph comes first; the panels follow
 * in steps small enough that none keeps the page from answering for long.
 */
export function useStagedReveal(stages: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown < stages) startTransition(() => setShown(shown + 1));
  }, [shown, stages]);
  return shown;
}
