/*
 * A briefing as data, before it becomes a PDF or a PowerPoint file: a page per story step with
 * its picture and the claims the picture shows, then every source. Both writers read this.
 */

/** One claim a step's picture shows: footnote number, the claim in words, and its backing. */
export interface BriefingClaim {
  n: number;
  /** "Russia requests military aid from China" */
  claim: string;
  /** The status in the briefing's language: "alleged". */
  status: string;
  /** The first quote, clipped; empty when the claim has none (event data). */
  quote: string;
  /** "Reuters — reuters.com — 2022-03-14 — grade B — https://…"; empty without a document. */
  source: string;
}

export interface BriefingPage {
  title: string;
  caption?: string;
  /** The step's picture as PNG, and its size in pixels. */
  png: Uint8Array;
  width: number;
  height: number;
  /** How many actors the picture shows, for its text alternative. */
  actors: number;
  /** The claims cited: those highlighted when the step highlights, else all it shows. */
  claims: BriefingClaim[];
  /** Claims drawn dimmed behind a highlight, counted but not cited. */
  dimmed?: number;
}

export type Paper = 'a4' | 'letter';
export type Orientation = 'landscape' | 'portrait';

/** The words a briefing writes besides the data's own, in the user's language. */
export interface BriefingWords {
  sources: string;
  claims: string;
  number: string;
  claim: string;
  status: string;
  quote: string;
  source: string;
  /** "Graph of {{actors}} actors and {{claims}} claims." */
  picture: (actors: number, claims: number) => string;
  /** "{{n}} more claims are drawn dimmed." */
  dimmed: (n: number) => string;
}

export interface Briefing {
  title: string;
  /** The language of its words, as BCP 47 ("en", "de"). */
  language: string;
  pages: BriefingPage[];
  sources: string[];
  words: BriefingWords;
}

/** "3. Russia requests … — alleged: „…“ (Reuters — …)": a claim as one footnote line. */
export const footnoteLine = (c: BriefingClaim) =>
  `${c.n}. ${c.claim} — ${c.status}${c.quote ? `: „${c.quote}“` : ''}${c.source ? ` (${c.source})` : ''}`;

/**
 * A step picture's text alternative: what it shows, then its claims one per line (the first
 * `max`; how many more are said), so a screen reader reads what a sighted reader sees.
 */
export function pictureAlt(page: BriefingPage, words: BriefingWords, max = 40): string {
  const lines = page.claims.slice(0, max).map((c) => `${c.n}. ${c.claim} (${c.status})`);
  const more = page.claims.length - max;
  return [
    words.picture(page.actors, page.claims.length + (page.dimmed ?? 0)),
    ...lines,
    ...(more > 0 ? [`+${more}`] : []),
    ...(page.dimmed ? [words.dimmed(page.dimmed)] : []),
  ].join('\n');
}
