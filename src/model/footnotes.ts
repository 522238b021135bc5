import type { Labels } from './labels';
import type { Relation } from './schema';
import { statusOf, type StatusKey } from './status';

export interface Footnote {
  n: number;
  relationId: string;
  /** "Russia requests military aid from China — alleged: „Angeblich …“" */
  text: string;
}

/** A quote as footnotes give it: whole up to `max` characters, else cut with "…". */
export const clipQuote = (quote: string, max = 220) =>
  quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;

/**
 * One numbered footnote per visible relation, in table order: the claim in words, its
 * status and its first quote — what makes a snapshot citable.
 */
export function footnotes(
  relations: readonly Relation[],
  labels: Labels,
  statusWord: (s: StatusKey) => string,
  maxQuote = 220,
): Footnote[] {
  return relations.map((r, i) => {
    const quote = r.evidence[0]?.quote;
    const clipped = quote && clipQuote(quote, maxQuote);
    const more = r.evidence.length > 1 ? ` (+${r.evidence.length - 1})` : '';
    return {
      n: i + 1,
      relationId: r.id,
      text: `${labels.sentence(r)} — ${statusWord(statusOf(r))}${clipped ? `: „${clipped}“${more}` : ''}`,
    };
  });
}
