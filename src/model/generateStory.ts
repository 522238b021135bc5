import { addDays } from './time';
import { generateDataset } from './generate';
import { seededRandom } from './random';
import type { Actor, Dataset, Evidence, Relation, Reliability, StoryDocument } from './schema';

export interface StoryOptions {
  actors: number;
  relations: number;
  documents: number;
  days: number;
  seed?: number;
  positions?: boolean;
  /** The first day of the story. */
  start?: string;
}

const OUTLETS: [string, Reliability][] = [
  ['Reuters', 'B'],
  ['Associated Press', 'B'],
  ['Agence France-Presse', 'B'],
  ['BBC', 'B'],
  ['CNN', 'C'],
  ['Le Monde', 'B'],
  ['Der Spiegel', 'C'],
  ['Al Jazeera', 'C'],
  ['TASS', 'D'],
  ['Xinhua', 'D'],
  ['RT', 'E'],
  ['Daily Rumour', 'E'],
];
/** Outlets that only pass on another's words. */
const RELAYS: Record<string, string> = { RT: 'TASS' };
const ANONYMOUS = [
  'officials',
  'diplomats',
  'intelligence sources',
  'military sources',
  'insiders',
];

/**
 * A story over days, for tests and the bench: the graph of `generateDataset`, told by
 * `documents` documents of a dozen outlets (each graded, one relaying another) over `days`
 * days. A claim is first reported in one document and taken up by later ones — in the outlet's
 * own voice, citing shared anonymous sources, or citing another outlet — and a few are denied
 * days later by a separate relation. Most claims say when they happened. Seeded: the same
 * options give the same bytes.
 */
export function generateStory(o: StoryOptions): Dataset {
  const base = generateDataset({
    actors: o.actors,
    relations: o.relations,
    evidenced: 0,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.positions !== undefined ? { positions: o.positions } : {}),
  });
  const rand = seededRandom((o.seed ?? 1) * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const start = o.start ?? '2022-03-01';
  const outlets: Actor[] = OUTLETS.map(([label, reliability], i) => ({
    id: `outlet-${i}`,
    label,
    kind: 'media',
    reliability,
  }));
  for (const outlet of outlets) {
    const relayed = RELAYS[outlet.label];
    const of = relayed && outlets.find((x) => x.label === relayed);
    if (of) outlet.relays = of.id;
  }
  const anonymous: Actor[] = Array.from(
    { length: Math.max(5, Math.round(o.actors / 200)) },
    (_, i) => ({
      id: `anon-${i}`,
      label: `Anonymous ${ANONYMOUS[i % ANONYMOUS.length]} ${Math.floor(i / ANONYMOUS.length) + 1}`,
      kind: 'group',
      ...(i % 3 === 0 ? { reliability: 'F' as const } : {}),
    }),
  );

  // Documents sorted by day: a claim's later pieces go to later documents.
  const docDays = Array.from({ length: o.documents }, () =>
    Math.floor(rand() ** 1.3 * o.days),
  ).sort((a, b) => a - b);
  const docs = docDays.map((day, i) => ({
    id: `doc-${i}`,
    outlet: pick(outlets),
    day,
    sentences: [] as string[],
    length: 0,
  }));
  const firstDocOfDay: number[] = [];
  docs.forEach((d, i) => {
    for (let day = d.day; day >= 0 && firstDocOfDay[day] === undefined; day--)
      firstDocOfDay[day] = i;
  });
  const labels = new Map(base.actors.map((a) => [a.id, a.label]));
  const quote = (doc: (typeof docs)[number], text: string, lead: string): Evidence => {
    const sentence = `${lead}${text}.`;
    const startAt = doc.length + lead.length;
    doc.sentences.push(sentence);
    doc.length += sentence.length + 1;
    return { document: doc.id, quote: text, start: startAt, end: startAt + text.length };
  };

  const relations: Relation[] = [];
  const denials: Relation[] = [];
  for (const r of base.relations) {
    const text = `${labels.get(r.source)} ${r.type.replace(/-/g, ' ')} ${labels.get(r.target)}`;
    const first = Math.floor(rand() * docs.length);
    const pieces = 1 + Math.floor(rand() ** 2 * 4);
    const used = new Set<number>();
    const evidence: Evidence[] = [];
    const source = pick(anonymous);
    for (let k = 0; k < pieces; k++) {
      const at =
        k === 0 ? first : Math.min(docs.length - 1, first + Math.floor(rand() * docs.length * 0.1));
      if (used.has(at)) continue;
      used.add(at);
      const doc = docs[at]!;
      const voice = rand();
      if (voice < 0.45) evidence.push(quote(doc, text, 'Reports say that '));
      else if (voice < 0.85)
        evidence.push({
          ...quote(doc, text, `${source.label} said that `),
          assertedBy: [source.id],
          credibility: 2 + Math.floor(rand() * 4),
        });
      else {
        const cited = pick(outlets);
        evidence.push({
          ...quote(doc, text, `${cited.label} reported that `),
          assertedBy: [cited.id],
        });
      }
    }
    const firstDay = docs[first]!.day;
    const occurred =
      rand() < 0.6 ? addDays(start, Math.max(0, firstDay - Math.floor(rand() * 3))) : undefined;
    relations.push({ ...r, evidence, ...(occurred ? { occurred } : {}) });
    // A few claims are denied, days later, by the accused.
    if (rand() < 0.05 && firstDay + 1 < o.days) {
      const laterDoc = firstDocOfDay[Math.min(o.days - 1, firstDay + 1 + Math.floor(rand() * 5))];
      if (laterDoc === undefined) continue;
      const doc = docs[laterDoc]!;
      denials.push({
        id: `${r.id}-denied`,
        source: r.target,
        target: r.source,
        type: 'deny',
        status: 'reported',
        disputes: r.id,
        evidence: [quote(doc, `${labels.get(r.target)} denies that ${text}`, '')],
      });
    }
  }
  // The sources stand on a ring around the graph when the graph has positions.
  const placed = base.actors.filter((a) => a.position);
  if (placed.length) {
    const radius = 1.15 * Math.max(...placed.map((a) => Math.hypot(a.position!.x, a.position!.y)));
    [...outlets, ...anonymous].forEach((a, i, all) => {
      const angle = (i / all.length) * 2 * Math.PI;
      a.position = {
        x: Math.round(radius * Math.cos(angle)),
        y: Math.round(radius * Math.sin(angle)),
      };
    });
  }
  const documents: StoryDocument[] = docs.map((d) => ({
    id: d.id,
    title: `${d.outlet.label}, day ${d.day + 1}`,
    publisher: d.outlet.label,
    published: addDays(start, d.day),
    language: 'en',
    ...(d.outlet.reliability ? { reliability: d.outlet.reliability } : {}),
    text: d.sentences.join(' '),
  }));
  return {
    ...base,
    title: `Synthetic story: ${o.actors} actors, ${o.relations} relations, ${o.documents} documents over ${o.days} days`,
    documents,
    actors: [...base.actors, ...outlets, ...anonymous],
    relations: [...relations, ...denials],
  };
}
