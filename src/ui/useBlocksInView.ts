import { useEffect, useState, type RefObject } from 'react';

/** How far beyond the view a block counts as near: a screen above and below. */
const MARGIN = '100% 0px';

/**
 * The blocks (`.article-block`, by their `data-start`) of a long article that are in or near
 * the view of its scroll box, followed as it scrolls. Where the browser cannot tell
 * (IntersectionObserver missing), every block counts as near.
 */
export function useBlocksInView(
  container: RefObject<HTMLElement | null>,
  enabled: boolean,
): ReadonlySet<number> {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set());
  const observable = typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    const box = container.current;
    if (!enabled || !box || !observable) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((before) => {
          const next = new Set(before);
          for (const e of entries) {
            const start = Number((e.target as HTMLElement).dataset.start);
            if (e.isIntersecting) next.add(start);
            else next.delete(start);
          }
          return next;
        }),
      { root: box.closest('.article-scroll'), rootMargin: MARGIN },
    );
    box.querySelectorAll('.article-block').forEach((block) => observer.observe(block));
    return () => observer.disconnect();
  }, [container, enabled, observable]);
  return observable ? near : ALL;
}

/** Every block, whatever its start. */
const ALL: ReadonlySet<number> = { has: () => true } as unknown as ReadonlySet<number>;
