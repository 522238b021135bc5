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
    // ISO days compare as text; localeCompare would wake the collator for nothing.
    if (pieces.length > 1) pieces.sort((a, b) => byDay(a.day, b.day));
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

const byDay = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
