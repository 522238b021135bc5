import { categoricalColor } from '../palette';
import type { Problem } from '../problem';
import type { Actor, Dataset, Occurred, Relation, StoryDocument } from '../schema';
import { FORMAT_NAME, FORMAT_VERSION } from '../vocabulary';
import { LineProblems } from './lineProblems';
import { inherited, lineage, loaded, type FtmModel } from './ftmModel';

export { loadFtmModel, type FtmModel } from './ftmModel';

/** An entity stream: JSON lines, each `{id, schema, properties}`. */
export const looksLikeFtm = (firstLine: string) =>
  /^\{/.test(firstLine) && /"schema"\s*:/.test(firstLine) && /"properties"\s*:/.test(firstLine);

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?/;
const day = (values: string[] | undefined) => values?.map((v) => ISO.exec(v)?.[0]).find(Boolean);

function occurredOf(model: FtmModel, e: Entity): Occurred | undefined {
  const extent = inherited(model, e.schema, 'temporalExtent');
  const start = day((extent?.start ?? ['startDate', 'date']).flatMap((p) => e.properties[p] ?? []));
  const end = day((extent?.end ?? ['endDate']).flatMap((p) => e.properties[p] ?? []));
  if (start && end && end >= start) return { start, end };
  return start ?? end;
}

/**
 * A FollowTheMoney entity stream (OCCRP Aleph, OpenSanctions) as a story: things (people,
 * companies, organisations…) become actors of their schema, and the model's own edge schemata
 * (Ownership, Directorship, Family…) become relations, their source, target, label and
 * direction as the model defines them. Source addresses, publishers and proof documents become
 * documents; start and end dates the time of the relation.
 */
export function importFtm(
  name: string,
  text: string,
  model: FtmModel | undefined = loaded(),
): { dataset?: Dataset; problems: Problem[] } {
  const problems = new LineProblems();
  if (!model) {
    problems.whole('AG099', 'The FollowTheMoney model was not loaded before reading.', 'error');
    return { problems: problems.all() };
  }
  const entities = new Map<string, Entity>();
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.add(
        'AG072',
        i + 1,
        1,
        `not a JSON entity (${String((error as Error).message).slice(0, 80)}); skipped.`,
      );
      return;
    }
    const e = value as Partial<Entity>;
    if (typeof e?.id !== 'string' || typeof e.schema !== 'string' || !model.schemata[e.schema]) {
      problems.add(
        'AG072',
        i + 1,
        1,
        `an entity needs an "id" and a known "schema"${typeof e?.schema === 'string' ? ` (not "${e.schema.slice(0, 40)}")` : ''}; skipped.`,
      );
      return;
    }
    const properties: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(e.properties ?? {}))
      properties[k] = (Array.isArray(v) ? v : [v]).map(String);
    // Streams may carry an entity in fragments: they are one entity.
    const known = entities.get(e.id);
    if (known)
      for (const [k, v] of Object.entries(properties))
        known.properties[k] = [...new Set([...(known.properties[k] ?? []), ...v])];
    else {
      entities.set(e.id, { id: e.id, schema: e.schema, properties });
      lineOf.set(e.id, i + 1);
    }
  });
  const isA = (e: Entity, schema: string) => lineage(model, e.schema).includes(schema);
  const actors: Actor[] = [];
  const kinds = new Map<string, string>();
  const documents = new Map<string, StoryDocument>();
  const byUrl = new Map<string, { id: string }>();
  const evidenceOf = (e: Entity) => {
    const ids: string[] = [];
    const publisher = e.properties.publisher?.[0];
    for (const url of e.properties.sourceUrl ?? []) {
      const existing = byUrl.get(url);
      const id = existing?.id ?? `url-${documents.size + 1}`;
      if (!existing && /^https?:\/\/\S+$/i.test(url)) {
        byUrl.set(url, { id });
        documents.set(id, { id, url, ...(publisher ? { publisher } : {}) });
      }
      ids.push(id);
    }
    for (const proof of e.properties.proof ?? []) {
      const doc = entities.get(proof);
      if (!doc) continue;
      const url = doc.properties.sourceUrl?.find((u) => /^https?:\/\/\S+$/i.test(u));
      const title =
        doc.properties.title?.[0] ?? doc.properties.fileName?.[0] ?? doc.properties.name?.[0];
      if (!documents.has(proof))
        documents.set(proof, { id: proof, ...(title ? { title } : {}), ...(url ? { url } : {}) });
      ids.push(proof);
    }
    if (!ids.length && publisher) {
      const id = `publisher-${publisher}`;
      documents.set(id, { id, title: publisher, publisher });
      ids.push(id);
    }
    return [...new Set(ids)]
      .filter((id) => documents.has(id))
      .map((document) => ({ document, quote: '' }));
  };
  const skipped = new Map<string, number>();
  for (const e of entities.values()) {
    if (isA(e, 'Thing') && !inherited(model, e.schema, 'edge') && !isA(e, 'Document')) {
      const schema = model.schemata[e.schema]!;
      kinds.set(e.schema, schema.label);
      const captions = inherited(model, e.schema, 'caption') ?? ['name'];
      const label = captions.map((p) => e.properties[p]?.[0]).find(Boolean) ?? e.id;
      const aliases = [...(e.properties.name ?? []).slice(1), ...(e.properties.alias ?? [])];
      const props: Record<string, unknown> = { 'FollowTheMoney schema': e.schema };
      for (const [k, v] of Object.entries(e.properties))
        if (!['name', 'alias'].includes(k)) props[k] = v.length === 1 ? v[0] : v.join('; ');
      actors.push({
        id: e.id,
        label,
        kind: e.schema,
        ...(aliases.length ? { aliases } : {}),
        properties: props,
      });
    } else if (!inherited(model, e.schema, 'edge') && !isA(e, 'Document'))
      skipped.set(e.schema, (skipped.get(e.schema) ?? 0) + 1);
  }
  const actorIds = new Set(actors.map((a) => a.id));
  const relations: Relation[] = [];
  const types = new Map<string, { label: string; directed: boolean }>();
  for (const e of entities.values()) {
    const edge = inherited(model, e.schema, 'edge');
    if (!edge) continue;
    const sources = e.properties[edge.source] ?? [];
    const targets = e.properties[edge.target] ?? [];
    const pairs = sources.flatMap((s) => targets.map((t) => [s, t] as const));
    const missing = pairs.filter(([s, t]) => !actorIds.has(s) || !actorIds.has(t));
    if (missing.length || !pairs.length) {
      if (missing.length)
        problems.add(
          'AG079',
          lineOf.get(e.id) ?? 1,
          1,
          `${e.schema} ${e.id} links ${[...new Set(missing.flat())]
            .filter((id) => !actorIds.has(id))
            .join(', ')
            .slice(0, 200)}, not in the file; it was left out.`,
        );
      continue;
    }
    types.set(e.schema, {
      label: edge.label ?? model.schemata[e.schema]!.label,
      directed: edge.directed,
    });
    const occurred = occurredOf(model, e);
    const caption = (edge.caption ?? [])
      .map((p) => e.properties[p]?.[0])
      .filter(Boolean)
      .join(', ');
    const props: Record<string, unknown> = { 'FollowTheMoney schema': e.schema };
    for (const [k, v] of Object.entries(e.properties))
      if (k !== edge.source && k !== edge.target) props[k] = v.length === 1 ? v[0] : v.join('; ');
    pairs.forEach(([source, target], i) =>
      relations.push({
        id: pairs.length > 1 ? `${e.id}-${i + 1}` : e.id,
        source,
        target,
        type: e.schema,
        ...(caption ? { label: `${edge.label ?? e.schema} (${caption})` } : {}),
        evidence: evidenceOf(e),
        ...(occurred ? { occurred } : {}),
        ...(e.properties.summary?.[0] || e.properties.description?.[0]
          ? { note: e.properties.summary?.[0] ?? e.properties.description![0] }
          : {}),
        properties: props,
      }),
    );
  }
  if (skipped.size)
    problems.whole(
      'AG079',
      `Entities that are neither actors nor links were left out: ${[...skipped].map(([s, n]) => `${s} ${n}`).join(', ')}.`,
    );
  if (!actors.length)
    problems.whole('AG072', `${name} has no FollowTheMoney entity to draw.`, 'error');
  const all = problems.all();
  if (!actors.length) return { problems: all };
  return {
    dataset: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      title: name.replace(/\.(ftm\.)?jsonl?$/i, ''),
      documents: [...documents.values()],
      actorKinds: [...kinds].map(([id, label], i) => ({ id, label, color: categoricalColor(i) })),
      relationTypes: [...types].map(([id, t], i) => ({
        id,
        label: t.label,
        directed: t.directed,
        color: categoricalColor(i + 3),
      })),
      actors,
      relations,
    },
    problems: all,
  };
}
