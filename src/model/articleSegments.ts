import { quotesIn } from './documents';
import type { Relation } from './schema';

export interface Segment {
  start: number;
  end: number;
  /** Relations whose quote covers this stretch of text (empty for plain text), in dataset order. */
  relationIds: string[];
}

/**
 * Cuts a document's text at every boundary of the quotes pointing into it, so overlapping and nested quotes become
 * runs of text each knowing every relation that covers it. Offsets are UTF-16 indices,
 * the same as the evidence's, so umlauts and typographic quotes need no special care.
 */
export function segmentArticle(
  text: string,
  relations: readonly Relation[],
  documentId: string,
): Segment[] {
  const order = new Map(relations.map((r, i) => [r.id, i]));
  const spans = relations.flatMap((r) =>
    quotesIn(r, documentId)
      .filter((e) => e.start < e.end && e.start >= 0 && e.end <= text.length)
      .map((e) => ({ id: r.id, start: e.start, end: e.end })),
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const startsAt = new Map<number, typeof spans>();
  for (const s of spans) startsAt.set(s.start, [...(startsAt.get(s.start) ?? []), s]);

  const active: typeof spans = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active.push(...(startsAt.get(start) ?? []));
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    const ids = [...new Set(active.map((s) => s.id))].sort((a, b) => order.get(a)! - order.get(b)!);
    segments.push({ start, end, relationIds: ids });
  }
  return segments;
}

/** Only http(s) links leave the app; anything else (javascript:, data:) is not a link. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
