import type { Root, TracedEvidence } from './sourceTrace';
import type { Relation, Reliability } from './schema';

/*
 * Corroboration: what each relation rests on, counted from its traced evidence
 * (sourceTrace.ts) — documents and independent sources, within a window of days.
 */

export { traceSources, type Root, type Trace, type TracedEvidence } from './sourceTrace';

/**
 * The distinct `assertedBy` chains of a relation, nearest first: each quote's own, else the
 * relation's. Two outlets citing the same officials are two chains with one root.
 */
export function assertionChains(r: Relation): string[][] {
  const chains = new Map<string, string[]>();
  const add = (chain: readonly string[] | undefined) => {
    if (chain?.length && !chains.has(chain.join('\u0000')))
      chains.set(chain.join('\u0000'), [...chain]);
  };
  if (!r.evidence.length || r.evidence.some((e) => !e.assertedBy?.length)) add(r.assertedBy);
  for (const e of r.evidence) add(e.assertedBy);
  return [...chains.values()];
}

/** One independent source of a relation, with everything that carried its words. */
export interface IndependentSource {
  rootKey: string;
  root: Root;
  /** Publishers that carried it, in order of first appearance. */
  via: string[];
  documents: string[];
  /** Best grades among its pieces. */
  reliability?: Reliability;
  credibility?: number;
}

/** What is known of a relation (within a time window): its documents and independent sources. */
export interface Support {
  documents: number;
  sources: IndependentSource[];
}

/** Which pieces count: those of documents published in [from, to] (undated ones always). */
export interface DayWindow {
  from: string | null;
  to: string | null;
}

const better = <T extends string | number>(a: T | undefined, b: T | undefined): T | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

const NO_SUPPORT: Support = { documents: 0, sources: [] };
const fullSupport = new WeakMap<readonly TracedEvidence[], Support>();

/**
 * A relation's support from its traced evidence, within a window of publication days. A window
 * that keeps every piece gives the same object as no window, and one that keeps none a shared
 * empty one: stepping a day on, only the claims with news that day are counted again.
 */
export function supportOf(pieces: readonly TracedEvidence[], window?: DayWindow): Support {
  if (!pieces.length) return NO_SUPPORT;
  if (window) {
    // Pieces are sorted by day, undated first.
    const firstDated = pieces.find((p) => p.day !== undefined)?.day;
    const last = pieces[pieces.length - 1]!.day;
    const keepsAll =
      last === undefined ||
      ((window.to === null || last <= window.to) &&
        (window.from === null || firstDated === undefined || firstDated >= window.from));
    if (keepsAll) return supportOf(pieces);
    if (pieces[0]!.day !== undefined && window.to !== null && pieces[0]!.day > window.to)
      return NO_SUPPORT;
    return countSupport(pieces, window);
  }
  let full = fullSupport.get(pieces);
  if (!full) fullSupport.set(pieces, (full = countSupport(pieces)));
  return full;
}

function countSupport(pieces: readonly TracedEvidence[], window?: DayWindow): Support {
  const sources = new Map<string, IndependentSource>();
  const documents = new Set<string>();
  for (const p of pieces) {
    if (window && p.day !== undefined) {
      if (window.to !== null && p.day > window.to) continue;
      if (window.from !== null && p.day < window.from) continue;
    }
    if (p.document) documents.add(p.document);
    let s = sources.get(p.rootKey);
    if (!s)
      sources.set(p.rootKey, (s = { rootKey: p.rootKey, root: p.root, via: [], documents: [] }));
    if (p.publisher && !s.via.includes(p.publisher)) s.via.push(p.publisher);
    if (p.document && !s.documents.includes(p.document)) s.documents.push(p.document);
    const reliability = better(s.reliability, p.reliability);
    const credibility = better(s.credibility, p.credibility);
    if (reliability) s.reliability = reliability;
    if (credibility !== undefined) s.credibility = credibility;
  }
  return { documents: documents.size, sources: [...sources.values()] };
}

/** "B2", "B", "–2": a source's grade as analysts write it; undefined when ungraded. */
export function gradeLabel(s: {
  reliability?: Reliability;
  credibility?: number;
}): string | undefined {
  if (!s.reliability && s.credibility === undefined) return undefined;
  return `${s.reliability ?? '–'}${s.credibility ?? ''}`;
}

/**
 * Independent sources that meet a minimum grade: ungraded sources meet none but "any" (null),
 * since "reliability cannot be judged" is what an ungraded source is.
 */
export function sourcesAtLeast(support: Support, minGrade: Reliability | null): number {
  if (!minGrade) return support.sources.length;
  return support.sources.filter((s) => s.reliability !== undefined && s.reliability <= minGrade)
    .length;
}
