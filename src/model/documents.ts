import type { Dataset, Evidence, Relation, StoryDocument } from './schema';

/** A quote that points into its document's text. */
export type LocatedEvidence = Evidence & { document: string; start: number; end: number };

/** Whether a quote has offsets in a document (a quote from a URL-only document stands alone). */
export const isLocated = (e: Evidence): e is LocatedEvidence =>
  e.document !== undefined && e.start !== undefined && e.end !== undefined;

/** The quotes of a relation that point into one document. */
export const quotesIn = (r: Relation, documentId: string): LocatedEvidence[] =>
  r.evidence.filter((e): e is LocatedEvidence => isLocated(e) && e.document === documentId);

/** The document a reader opens first: the first with text, else the first. */
export function firstReadable(documents: readonly StoryDocument[]): StoryDocument | undefined {
  return documents.find((d) => d.text !== undefined) ?? documents[0];
}

/** The day of an ISO 8601 date or date-time (`2022-03-14T09:00Z` → `2022-03-14`). */
export const dayOf = (iso: string | undefined): string | undefined =>
  iso && iso.length >= 10 ? iso.slice(0, 10) : iso;

/**
 * Where a quote stands in reading order: its document's place in the dataset, then its offset
 * there. For sorting quotes, and relations by their first quote.
 */
export function readingPlace(documents: readonly StoryDocument[]): (e: Evidence) => number {
  const place = new Map(documents.map((d, i) => [d.id, i]));
  return (e) => (place.get(e.document ?? '') ?? 0) * 1e9 + (e.start ?? 0);
}

/** How many quotes point into each document, and how many relations they evidence. */
export function evidenceCounts(
  documents: readonly StoryDocument[],
  relations: readonly Relation[],
): Map<string, { quotes: number; relations: number }> {
  const out = new Map(documents.map((d) => [d.id, { quotes: 0, relations: 0 }]));
  for (const r of relations) {
    const seen = new Set<string>();
    for (const e of r.evidence) {
      const count = e.document ? out.get(e.document) : undefined;
      if (!count) continue;
      count.quotes++;
      if (!seen.has(e.document!)) count.relations++;
      seen.add(e.document!);
    }
  }
  return out;
}

/**
 * Evidence that left its document out (the dataset has exactly one) names it from here on, so
 * that nothing else needs to know the rule. Untouched relations stay the same objects.
 */
export function withDocumentsNamed(d: Dataset): Dataset {
  const only = d.documents.length === 1 ? d.documents[0]!.id : undefined;
  if (only === undefined) return d;
  const relations = d.relations.map((r) =>
    r.evidence.every((e) => e.document !== undefined)
      ? r
      : { ...r, evidence: r.evidence.map((e) => (e.document ? e : { ...e, document: only })) },
  );
  return { ...d, relations };
}
