import type { Labels } from './labels';
import type { Relation } from './schema';
import { statusOf, type StatusKey } from './status';

export interface Footnote {
  n: number;
  relationId: string;
  /** "Russia requests military aid from China — alleged: „Angeblich …“" */
  text: string;
}

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
    const clipped = quote && quote.length > maxQuote ? `${quote.slice(0, maxQuote - 1)}…` : quote;
    const more = r.evidence.length > 1 ? ` (+${r.evidence.length - 1})` : '';
    return {
      n: i + 1,
      relationId: r.id,
      text: `${labels.sentence(r)} — ${statusWord(statusOf(r))}${clipped ? `: „${clipped}“${more}` : ''}`,
    };
  });
}
