import fc from 'fast-check';
import type { Dataset } from '../../../src/model/schema';
import { validateDataset } from '../../../src/model/validate';

/** Characters that stress escaping: markup, quotes, umlauts, typographic quotes, emoji, line breaks. */
const CHARS = [...'abcXYZ019 <>&"\'„“‚‘–—äöüßÄ€日本😀\n\t\r.,;:/#[]{}'];
const text = (min = 0, max = 24) =>
  fc.array(fc.constantFrom(...CHARS), { minLength: min, maxLength: max }).map((a) => a.join(''));
const label = text(1, 16).filter((s) => s.trim() !== '');
const ident = fc.stringMatching(/^[a-z][a-z0-9.:-]{0,7}$/);
const hex = fc.stringMatching(/^#[0-9a-f]{6}$/);
const num = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Properties with one type per key, as real data has. */
const properties = fc
  .record(
    { weight: maybe(num), source_db: maybe(label), flag: maybe(fc.boolean()), x: maybe(num) },
    { requiredKeys: [] },
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)))
  .map((p) => (Object.keys(p).length ? p : undefined));

const strip = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Valid actor-graph datasets: every reference resolves, every quote matches its offsets. */
export const arbitraryDataset: fc.Arbitrary<Dataset> = fc
  .record({
    title: label,
    description: maybe(text()),
    article: maybe(text(1, 80)),
    kindIds: fc.uniqueArray(ident, { minLength: 1, maxLength: 3 }),
    typeIds: fc.uniqueArray(ident, { minLength: 1, maxLength: 3 }),
    actorIds: fc.uniqueArray(ident, { minLength: 1, maxLength: 6 }),
    relationIds: fc.uniqueArray(ident, { maxLength: 8 }),
    seed: fc.array(fc.nat(1000), { minLength: 200, maxLength: 200 }),
    labels: fc.array(label, { minLength: 40, maxLength: 40 }),
    extras: fc.array(
      fc.record({
        color: maybe(hex),
        de: maybe(label),
        position: maybe(fc.record({ x: num, y: num })),
        properties,
        confidence: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        directed: fc.boolean(),
        status: maybe(
          fc.constantFrom('reported', 'alleged', 'confirmed', 'denied', 'hypothetical' as const),
        ),
        note: maybe(text()),
      }),
      { minLength: 20, maxLength: 20 },
    ),
  })
  .map((g) => {
    let k = 0;
    const pick = <T>(xs: readonly T[]) => xs[g.seed[k++ % g.seed.length]! % xs.length]!;
    const extra = (i: number) => g.extras[i % g.extras.length]!;
    const art = g.article;
    const evidence = () => {
      if (!art || pick([0, 1, 2]) === 0) return [];
      const a = pick([...Array(art.length).keys()]);
      const b = pick([...Array(art.length + 1).keys()]);
      const [start, end] = a <= b ? [a, b] : [b, a];
      return [{ quote: art.slice(start, end), start, end }];
    };
    const raw = {
      format: 'actor-graph',
      version: 2,
      title: g.title,
      ...strip({ description: g.description }),
      ...(art !== undefined
        ? { documents: [{ id: 'article', text: art, title: g.labels[0], language: 'de' }] }
        : { documents: [] }),
      actorKinds: g.kindIds.map((id, i) =>
        strip({
          id,
          label: g.labels[i + 1]!,
          color: extra(i).color,
          labels: extra(i).de ? { de: extra(i).de! } : undefined,
        }),
      ),
      relationTypes: g.typeIds.map((id, i) =>
        strip({
          id,
          label: g.labels[i + 5]!,
          directed: extra(i).directed,
          cameo: i === 0 ? '0232' : undefined,
        }),
      ),
      actors: g.actorIds.map((id, i) =>
        strip({
          id,
          label: g.labels[i + 10]!,
          kind: pick(g.kindIds),
          aliases: i % 3 === 0 ? [g.labels[i + 20]!] : undefined,
          labels: extra(i).de ? { de: extra(i).de! } : undefined,
          parent:
            i > 0 && pick([0, 1, 2, 3]) === 0 ? g.actorIds[pick([...Array(i).keys()])] : undefined,
          color: extra(i + 3).color,
          position: extra(i).position,
          properties: extra(i).properties,
        }),
      ),
      relations: g.relationIds.map((id, i) =>
        strip({
          id,
          source: pick(g.actorIds),
          target: pick(g.actorIds),
          type: pick(g.typeIds),
          label: i % 2 ? g.labels[i + 25]! : undefined,
          status: extra(i).status,
          evidence: evidence(),
          assertedBy: i % 3 === 1 ? [pick(g.actorIds)] : undefined,
          disputes: i > 0 && i % 4 === 0 ? g.relationIds[i - 1] : undefined,
          confidence: extra(i).confidence,
          occurred:
            i % 5 === 2
              ? '2022-03-14'
              : i % 5 === 3
                ? { start: '2022-03', end: '2022-04-02' }
                : undefined,
          note: extra(i + 1).note,
          properties: extra(i + 2).properties,
        }),
      ),
    };
    const { dataset, problems } = validateDataset(raw);
    if (!dataset) throw new Error(`generator made an invalid dataset: ${JSON.stringify(problems)}`);
    return dataset;
  });
