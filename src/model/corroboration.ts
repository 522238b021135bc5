import { dayOf } from './documents';
import type { Dataset, Evidence, Relation, Reliability, StoryDocument } from './schema';
import { actorNames, foldForSearch } from './search';

/**
 * Where a claim comes from in the end: an actor (the last in an `assertedBy` chain, followed
 * through `relays`), a publisher speaking in its own voice, or a document without publisher.
 */
export type Root =
  | { kind: 'actor'; id: string }
  | { kind: 'publisher'; name: string }
  | { kind: 'document'; id: string };

/** One piece of evidence followed to its root. */
export interface TracedEvidence {
  /** Equal for pieces from the same root: they count once. */
  rootKey: string;
  root: Root;
  document?: string;
  /** The publisher that carried it, if the document names one. */
  publisher?: string;
  /** The day its document was published; undefined when undated. */
  day?: string;
  /** The root actor's grade if it has one, else the document's. */
  reliability?: Reliability;
  credibility?: number;
}

/** Per relation, its evidence traced, earliest day first (undated first: known all along). */
export type Trace = Map<string, TracedEvidence[]>;

/**
 * Follows every piece of evidence to its root source. The chain is the piece's own
 * `assertedBy`, else its relation's; its last actor is the root, unless that actor relays
 * another's words (`relays`), followed as far as it goes — a loop stops where it closes (a
 * warning, AG039). No chain: the document's publisher speaks; a publisher that is also an
 * actor (by id, name or alias, case and accents folded) is that actor, so an outlet quoting
 * itself counts once. No publisher: the document itself.
 */
export function traceSources(dataset: Dataset): Trace {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const roots = new Map<string, string>();
  const followRelays = (id: string): string => {
    const known = roots.get(id);
    if (known !== undefined) return known;
    const seen = new Set([id]);
    let at = id;
    for (let next = actors.get(at)?.relays; next && actors.has(next) && !seen.has(next);) {
      seen.add(next);
      at = next;
      next = actors.get(at)?.relays;
    }
    roots.set(id, at);
    return at;
  };
  const actorNamed = publisherActors(dataset);
  const documents = new Map(dataset.documents.map((d) => [d.id, documentVoice(d, actorNamed)]));
  const actorPiece = (id: string) => {
    const root = followRelays(id);
    return {
      rootKey: `actor:${root}`,
      root: { kind: 'actor', id: root } as Root,
      grade: actors.get(root)?.reliability,
    };
  };
  const trace: Trace = new Map();
  for (const r of dataset.relations) {
    const pieces: TracedEvidence[] = [];
    for (const e of r.evidence) pieces.push(traceOne(r, e));
    if (!pieces.length && r.assertedBy?.length) pieces.push(traceOne(r, undefined));
    if (pieces.length > 1) pieces.sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''));
    trace.set(r.id, pieces);
  }
  return trace;

  function traceOne(r: Relation, e: Evidence | undefined): TracedEvidence {
    const doc = e?.document ? documents.get(e.document) : undefined;
    const chain = e?.assertedBy?.length ? e.assertedBy : (r.assertedBy ?? []);
    const last = chain[chain.length - 1];
    const voice =
      last !== undefined && actors.has(last)
        ? actorPiece(last)
        : doc?.publisherActor !== undefined
          ? actorPiece(doc.publisherActor)
          : doc
            ? doc.voice
            : {
                rootKey: `document:relation:${r.id}`,
                root: { kind: 'document', id: `relation:${r.id}` } as Root,
                grade: undefined,
              };
    const reliability = voice.grade ?? doc?.reliability;
    return {
      rootKey: voice.rootKey,
      root: voice.root,
      ...(doc ? { document: doc.id } : {}),
      ...(doc?.publisher ? { publisher: doc.publisher } : {}),
      ...(doc?.day ? { day: doc.day } : {}),
      ...(reliability ? { reliability } : {}),
      ...(e?.credibility !== undefined ? { credibility: e.credibility } : {}),
    };
  }
}

/**
 * The actor each publisher name is (by id, name or alias, case and accents folded), for the
 * publishers the documents name. Only names within three characters of some publisher's
 * length are folded (folding changes a length only by its ß's), so most names are skipped.
 */
function publisherActors(dataset: Dataset): Map<string, string> {
  const wanted = new Set<string>();
  for (const d of dataset.documents) if (d.publisher?.trim()) wanted.add(d.publisher.trim());
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  const folded = new Map([...wanted].map((p) => [foldForSearch(p), p]));
  const lengths = new Set([...wanted].map((p) => p.length));
  const near = (n: string) => {
    for (let d = -3; d <= 3; d++) if (lengths.has(n.length + d)) return true;
    return false;
  };
  for (const a of dataset.actors) {
    if (wanted.has(a.id) && !out.has(a.id)) out.set(a.id, a.id);
    for (const name of actorNames(a)) {
      if (!near(name)) continue;
      const publisher = folded.get(foldForSearch(name));
      if (publisher !== undefined && !out.has(publisher)) out.set(publisher, a.id);
    }
  }
  return out;
}

/** A document's own voice: its publisher (an actor, when one goes by that name) or itself. */
function documentVoice(d: StoryDocument, actorNamed: ReadonlyMap<string, string>) {
  const publisher = d.publisher?.trim();
  const publisherActor = publisher ? actorNamed.get(publisher) : undefined;
  return {
    id: d.id,
    publisher,
    publisherActor,
    day: dayOf(d.published),
    reliability: d.reliability,
    voice: publisher
      ? {
          rootKey: `publisher:${foldForSearch(publisher)}`,
          root: { kind: 'publisher', name: publisher } as Root,
          grade: undefined,
        }
      : {
          rootKey: `document:${d.id}`,
          root: { kind: 'document', id: d.id } as Root,
          grade: undefined,
        },
  };
}

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
