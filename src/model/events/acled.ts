import Papa from 'papaparse';
import { categoricalColor } from '../palette';
import type { Problem } from '../problem';
import type { Actor, Dataset, Relation, StoryDocument } from '../schema';
import { FORMAT_NAME, FORMAT_VERSION } from '../vocabulary';
import { EVENT_KINDS } from './actorKinds';
import { columnOf, LineProblems } from './lineProblems';

/** ACLED's export header: recognised by the columns no other table has. */
export const looksLikeAcled = (firstLine: string) => {
  const header = firstLine.toLowerCase();
  return ['event_id_cnty', 'event_date', 'event_type', 'actor1'].every((c) => header.includes(c));
};

/** ACLED's interaction codes (inter1/inter2), as numbers (older files) or words (newer). */
const KIND_OF_INTER: Record<string, string> = {
  '1': 'military',
  'state forces': 'military',
  '2': 'armed-group',
  'rebel groups': 'armed-group',
  '3': 'armed-group',
  'political militias': 'armed-group',
  '4': 'armed-group',
  'identity militias': 'armed-group',
  '5': 'civil-society',
  rioters: 'civil-society',
  '6': 'civil-society',
  protesters: 'civil-society',
  '7': 'civil-society',
  civilians: 'civil-society',
  '8': 'unknown',
  'external/other forces': 'unknown',
};

const MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

/** "2023-01-15", "15 January 2023" or "15-January-2023" → "2023-01-15". */
export function acledDate(s: string): string | undefined {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return Number.isNaN(Date.parse(t)) ? undefined : t;
  const m = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0 || Number(m[1]) < 1 || Number(m[1]) > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 150) || 'x';

/**
 * An ACLED-style event table as a story: each event one undirected relation between its two
 * actors (ACLED's actors carry no direction), typed by event type, dated, its sources as
 * documents and its notes as the relation's note. Events with one actor are counted.
 */
export function importAcled(
  name: string,
  text: string,
): { dataset?: Dataset; problems: Problem[] } {
  const problems = new LineProblems();
  const rows: { cells: string[]; line: number }[] = [];
  // Rows are numbered by the line they start on: quoted notes may hold line breaks.
  let line = 1;
  let counted = 0;
  const source = text.replace(/^\uFEFF/, '');
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      while (source.charCodeAt(counted) === 10 || source.charCodeAt(counted) === 13) {
        if (source.charCodeAt(counted) === 10) line++;
        counted++;
      }
      rows.push({ cells: result.data, line });
      const end = result.meta.cursor;
      for (; counted < end; counted++) if (source.charCodeAt(counted) === 10) line++;
    },
  });
  const header = rows.shift()?.cells ?? [];
  const col = (n: string) => header.findIndex((h) => h.trim().toLowerCase() === n);
  const c = Object.fromEntries(
    [
      'event_id_cnty',
      'event_date',
      'event_type',
      'sub_event_type',
      'actor1',
      'assoc_actor_1',
      'inter1',
      'actor2',
      'assoc_actor_2',
      'inter2',
      'country',
      'location',
      'latitude',
      'longitude',
      'source',
      'notes',
      'fatalities',
    ].map((n) => [n, col(n)]),
  ) as Record<string, number>;
  const actors = new Map<string, Actor>();
  const documents = new Map<string, StoryDocument>();
  const types = new Map<string, string>();
  const relations: Relation[] = [];
  let oneSided = 0;
  const cell = (row: string[], n: string) => (c[n]! >= 0 ? (row[c[n]!] ?? '').trim() : '');
  const actor = (label: string, inter: string) => {
    const id = slug(label);
    if (!actors.has(id))
      actors.set(id, { id, label, kind: KIND_OF_INTER[inter.toLowerCase()] ?? 'unknown' });
    return id;
  };
  const ids = new Set<string>();
  for (const { cells: row, line: lineNo } of rows) {
    const a1 = cell(row, 'actor1');
    const a2 = cell(row, 'actor2');
    if (!a1 || !a2) {
      oneSided++;
      continue;
    }
    const id = cell(row, 'event_id_cnty') || `line-${lineNo}`;
    const rawDate = cell(row, 'event_date');
    const day = acledDate(rawDate);
    if (!day)
      problems.add(
        'AG074',
        lineNo,
        columnOf(row.join(','), c.event_date!, ','),
        `event_date "${rawDate.slice(0, 30)}" is not a date; the event is kept undated.`,
      );
    const eventType = cell(row, 'event_type') || 'Event';
    const type = slug(eventType);
    types.set(type, eventType);
    const docs = cell(row, 'source')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const d of docs)
      if (!documents.has(slug(d)))
        documents.set(slug(d), { id: `source-${slug(d)}`, title: d, publisher: d });
    const number = (n: string) => (cell(row, n) === '' ? undefined : Number(cell(row, n)));
    const properties: Record<string, unknown> = {};
    for (const [key, value] of [
      ['Event id', id],
      ['Sub-event type', cell(row, 'sub_event_type')],
      ['Associated with actor 1', cell(row, 'assoc_actor_1')],
      ['Associated with actor 2', cell(row, 'assoc_actor_2')],
      ['Country', cell(row, 'country')],
      ['Location', cell(row, 'location')],
      ['Latitude', number('latitude')],
      ['Longitude', number('longitude')],
      ['Fatalities', number('fatalities')],
    ] as const)
      if (value !== '' && value !== undefined && !Number.isNaN(value)) properties[key] = value;
    const note = cell(row, 'notes');
    const relationId = ids.has(`acled-${slug(id)}`)
      ? `acled-${slug(id)}-${lineNo}`
      : `acled-${slug(id)}`;
    ids.add(relationId);
    relations.push({
      id: relationId,
      source: actor(a1, cell(row, 'inter1')),
      target: actor(a2, cell(row, 'inter2')),
      type,
      status: 'reported',
      ...(cell(row, 'sub_event_type') ? { label: cell(row, 'sub_event_type') } : {}),
      evidence: docs.map((d) => ({ document: `source-${slug(d)}`, quote: '' })),
      ...(day ? { occurred: day } : {}),
      ...(note ? { note } : {}),
      properties,
    });
  }
  if (relations.length === 0)
    problems.whole(
      'AG075',
      `${name} has no event with two actors: there is no relation to draw.`,
      'error',
    );
  else if (oneSided > 0)
    problems.whole(
      'AG075',
      `${oneSided} of ${oneSided + relations.length} events have one actor only; they are counted here and not drawn.`,
    );
  const all = problems.all();
  if (relations.length === 0) return { problems: all };
  const kinds = new Set([...actors.values()].map((a) => a.kind));
  return {
    dataset: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      title: name.replace(/\.csv$/i, ''),
      documents: [...documents.values()],
      actorKinds: EVENT_KINDS.filter((k) => kinds.has(k.id)),
      relationTypes: [...types].map(([id, label], i) => ({
        id,
        label,
        directed: false,
        color: categoricalColor(i),
      })),
      actors: [...actors.values()],
      relations,
    },
    problems: all,
  };
}
