import type { GdeltActor, GdeltEvent } from './gdeltRow';

/** One actor as the events name it: its names counted, so the commonest becomes its label. */
export interface TableActor {
  code: string;
  names: Map<string, number>;
  country: string;
  type: string;
  mentions: number;
  events: number;
}

/** One relation being aggregated: every event of a pair of actors and a root code (or one). */
export interface TableRelation {
  key: string;
  source: string;
  target: string;
  root: string;
  events: number;
  eventIds: string[];
  codes: Map<string, number>;
  mentions: number;
  sources: number;
  articles: number;
  goldsteinSum: number;
  toneSum: number;
  first?: string;
  last?: string;
  /** Documents (by index) the events were coded from, then their mentions. */
  documents: Set<number>;
}

export interface TableDocument {
  url: string;
  added?: string;
  /** For a mention: who published it, its time and GDELT's confidence in it. */
  publisher?: string;
  confidence?: number;
}

/** Ids kept per relation to trace it back to GDELT; a thousand-event relation lists ten. */
const IDS_KEPT = 10;

/**
 * Events aggregated as they stream by: per (actor 1, actor 2, root code), or one relation per
 * event. Holds only the aggregate and one small record per event id (for mentions), so a
 * day of GDELT fits in a worker.
 */
export class EventTable {
  readonly actors = new Map<string, TableActor>();
  readonly relations = new Map<string, TableRelation>();
  readonly documents: TableDocument[] = [];
  private readonly documentByUrl = new Map<string, number>();
  /** Which relation each event went into, so its mentions can find it. */
  readonly relationOfEvent = new Map<string, string>();
  events = 0;
  oneSided = 0;

  constructor(private readonly perEvent = false) {}

  add(event: GdeltEvent): void {
    if (!event.actor1 || !event.actor2) {
      this.oneSided++;
      return;
    }
    this.events++;
    const a1 = this.actor(event.actor1, event.mentions);
    const a2 = this.actor(event.actor2, event.mentions);
    const key = this.perEvent ? `event-${event.id}` : `${a1}~${a2}~${event.root}`;
    let r = this.relations.get(key);
    if (!r) {
      r = {
        key,
        source: a1,
        target: a2,
        root: event.root,
        events: 0,
        eventIds: [],
        codes: new Map(),
        mentions: 0,
        sources: 0,
        articles: 0,
        goldsteinSum: 0,
        toneSum: 0,
        documents: new Set(),
      };
      this.relations.set(key, r);
    }
    r.events++;
    if (r.eventIds.length < IDS_KEPT) r.eventIds.push(event.id);
    r.codes.set(event.code, (r.codes.get(event.code) ?? 0) + 1);
    r.mentions += event.mentions;
    r.sources += event.sources;
    r.articles += event.articles;
    r.goldsteinSum += event.goldstein;
    r.toneSum += event.tone;
    if (event.day) {
      if (!r.first || event.day < r.first) r.first = event.day;
      if (!r.last || event.day > r.last) r.last = event.day;
    }
    if (event.url) r.documents.add(this.document(event.url, event.added));
    this.relationOfEvent.set(event.id, key);
  }

  /** A document by its address; the same address is one document however many events cite it. */
  document(url: string, added?: string, extra: Partial<TableDocument> = {}): number {
    const known = this.documentByUrl.get(url);
    if (known !== undefined) {
      const doc = this.documents[known]!;
      if (added && (!doc.added || added < doc.added)) doc.added = added;
      return known;
    }
    const index = this.documents.push({ url, ...(added ? { added } : {}), ...extra }) - 1;
    this.documentByUrl.set(url, index);
    return index;
  }

  private actor(ref: GdeltActor, mentions: number): string {
    let a = this.actors.get(ref.code);
    if (!a) {
      a = {
        code: ref.code,
        names: new Map(),
        country: ref.country,
        type: ref.type,
        mentions: 0,
        events: 0,
      };
      this.actors.set(ref.code, a);
    }
    a.names.set(ref.name, (a.names.get(ref.name) ?? 0) + 1);
    if (!a.type && ref.type) a.type = ref.type;
    if (!a.country && ref.country) a.country = ref.country;
    a.mentions += mentions;
    a.events++;
    return ref.code;
  }
}
