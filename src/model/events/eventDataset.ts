import { FORMAT_NAME, FORMAT_VERSION } from '../vocabulary';
import type { Actor, Dataset, Relation, RelationType, StoryDocument } from '../schema';
import { EVENT_KINDS, kindOfCameoActor } from './actorKinds';
import { cameoName, quadClassOf, QUAD_CLASSES, rootLabel } from './cameo';
import { count } from './lineProblems';
import type { EventTable, TableActor, TableDocument, TableRelation } from './eventTable';

export interface EventDatasetOptions {
  title: string;
  /** Keep this many actors, those with the most mentions; the rest are left out. */
  topActors: number;
  /** Of the relations among them, keep this many, the most mentioned. */
  topRelations: number;
}

export interface EventDatasetResult {
  dataset: Dataset;
  cut: LeftOut;
}

/** What was left out to keep the graph drawable, for the notice. */
export interface LeftOut {
  topActors: number;
  actorsLeftOut: number;
  topRelations: number;
  relationsLeftOut: number;
  /** Events of the actors left out, and of the relations left out. */
  eventsLeftOut: number;
  eventsOfRelationsLeftOut: number;
}

/** The notice of what was left out (AG076), or nothing when everything was kept. */
export function leftOutMessage(c: LeftOut): string | undefined {
  const parts: string[] = [];
  if (c.actorsLeftOut > 0)
    parts.push(
      `Kept the ${count(c.topActors)} actors with the most mentions; ${count(c.actorsLeftOut)} others were left out, and with them ${count(c.eventsLeftOut)} events.`,
    );
  if (c.relationsLeftOut > 0)
    parts.push(
      `Of the relations among the actors kept, the ${count(c.topRelations)} most mentioned were kept; ${count(c.relationsLeftOut)} others were left out, and with them ${count(c.eventsOfRelationsLeftOut)} events.`,
    );
  return parts.length ? parts.join(' ') : undefined;
}

/** "SAUDI ARABIA" → "Saudi Arabia": GDELT writes every name in capitals. */
export const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

function actorOf(a: TableActor): Actor {
  // The commonest name; of equally common ones the longest ("Saudi Arabia" over "Saudi").
  const names = [...a.names]
    .sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)
    .map(([n]) => titleCase(n));
  const [name, ...aliases] = [...new Set(names)];
  const kind = kindOfCameoActor(a.type, a.country, a.code);
  // "SAUGOV" is named "SAUDI" like the country: its kind tells them apart.
  const typed = a.country && a.code !== a.country && kind !== 'country' && kind !== 'unknown';
  const kindLabel = EVENT_KINDS.find((k) => k.id === kind)?.label.toLowerCase();
  return {
    id: a.code,
    label: typed && name ? `${name} (${kindLabel})` : (name ?? a.code),
    kind,
    ...(aliases.length ? { aliases: aliases.slice(0, 20) } : {}),
    properties: {
      'CAMEO actor code': a.code,
      ...(a.country ? { CountryCode: a.country } : {}),
      ...(a.type ? { Type1Code: a.type } : {}),
      Events: a.events,
      NumMentions: a.mentions,
    },
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function relationOf(r: TableRelation, documentIds: string[]): Relation {
  const codes = [...r.codes]
    .sort((x, y) => y[1] - x[1])
    .map(([code, n]) => `${code} ${cameoName(code) ?? ''}${r.events > 1 ? ` (${n})` : ''}`.trim());
  const occurred =
    r.first && r.last
      ? r.first === r.last
        ? r.first
        : { start: r.first, end: r.last, precision: 'day' as const }
      : undefined;
  return {
    id: r.key,
    source: r.source,
    target: r.target,
    type: `cameo-${r.root}`,
    // Each event is a report by its source: reported, not confirmed.
    status: 'reported',
    evidence: [...r.documents].map((d) => ({ document: documentIds[d]!, quote: '' })),
    ...(occurred ? { occurred } : {}),
    properties: {
      Events: r.events,
      EventCode: codes.join('; '),
      QuadClass: quadClassOf(r.root),
      GoldsteinScale: round(r.goldsteinSum / r.events, 2),
      NumMentions: r.mentions,
      NumSources: r.sources,
      NumArticles: r.articles,
      AvgTone: round(r.toneSum / r.events, 2),
      GLOBALEVENTID: r.eventIds.join(', ') + (r.events > r.eventIds.length ? ', …' : ''),
    },
  };
}

/** A readable title from an article address's slug ("…/la-farmers-weve-been-hammered/4370/"). */
export function titleFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const slug = path
    .split('/')
    .filter(Boolean)
    .map((seg) => seg.replace(/\.[a-z]{2,5}$/i, ''))
    .sort((a, b) => b.split(/[-_ ]/).length - a.split(/[-_ ]/).length)[0];
  const words = (slug ?? '').split(/[-_ ]+/).filter((w) => w && !/\d{3,}/.test(w));
  if (words.length < 3) return undefined;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function documentOf(d: TableDocument, id: string): StoryDocument {
  const http = /^https?:\/\/\S+$/i.test(d.url);
  const publisher = d.publisher ?? (http ? hostOf(d.url) : undefined);
  const title = http ? titleFromUrl(d.url) : d.url;
  return {
    id,
    ...(http ? { url: d.url } : {}),
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(d.added ? { published: d.added } : {}),
    ...(d.confidence !== undefined
      ? { properties: { 'GDELT confidence': `${d.confidence} %` } }
      : {}),
  };
}

export function relationTypeOf(root: string): RelationType {
  const quad = quadClassOf(root);
  return {
    id: `cameo-${root}`,
    label: rootLabel(root),
    description: `CAMEO root code ${root}; ${QUAD_CLASSES[quad].name.toLowerCase()} (QuadClass ${quad})`,
    directed: true,
    color: QUAD_CLASSES[quad].color,
    cameo: root,
  };
}

/**
 * The aggregated events as a story: actors ranked by mentions and the top N kept, relations
 * among them typed by CAMEO root code, and every source address a document their evidence
 * points to — so each event stays traceable to where it was reported.
 */
export function eventDataset(table: EventTable, options: EventDatasetOptions): EventDatasetResult {
  const ranked = [...table.actors.values()].sort((a, b) => b.mentions - a.mentions);
  const top = new Set(ranked.slice(0, options.topActors).map((a) => a.code));
  const among: TableRelation[] = [];
  let eventsLeftOut = 0;
  for (const r of table.relations.values()) {
    if (top.has(r.source) && top.has(r.target)) among.push(r);
    else eventsLeftOut += r.events;
  }
  // A month of events among 2,000 actors is a million relations: the most mentioned are kept.
  const relations =
    among.length > options.topRelations
      ? [...among].sort((a, b) => b.mentions - a.mentions).slice(0, options.topRelations)
      : among;
  let eventsOfRelationsLeftOut = 0;
  if (relations !== among) {
    const chosen = new Set(relations.map((r) => r.key));
    for (const r of among) if (!chosen.has(r.key)) eventsOfRelationsLeftOut += r.events;
  }
  const used = new Map<number, string>();
  for (const r of relations)
    for (const d of r.documents) if (!used.has(d)) used.set(d, `doc-${used.size + 1}`);
  const documentIds: string[] = [];
  for (const [index, id] of used) documentIds[index] = id;
  const actors = ranked.filter((a) => top.has(a.code)).map(actorOf);
  // Two codes by one name ("SAU" and "SAUGOV", both "Saudi") are told apart by their codes.
  const byLabel = new Map<string, number>();
  for (const a of actors) byLabel.set(a.label, (byLabel.get(a.label) ?? 0) + 1);
  for (const a of actors) if (byLabel.get(a.label)! > 1) a.label = `${a.label} (${a.id})`;
  const kinds = new Set(actors.map((a) => a.kind));
  const roots = [...new Set(relations.map((r) => r.root))].sort();
  return {
    dataset: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      title: options.title,
      documents: [...used].map(([index, id]) => documentOf(table.documents[index]!, id)),
      actorKinds: EVENT_KINDS.filter((k) => kinds.has(k.id)),
      relationTypes: roots.map(relationTypeOf),
      actors,
      relations: relations.map((r) => relationOf(r, documentIds)),
    },
    cut: {
      topActors: options.topActors,
      actorsLeftOut: ranked.length - top.size,
      topRelations: options.topRelations,
      relationsLeftOut: among.length - relations.length,
      eventsLeftOut,
      eventsOfRelationsLeftOut,
    },
  };
}
