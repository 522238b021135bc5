import { cameoName } from './cameo';
import { columnOf, type LineProblems } from './lineProblems';

/** GDELT 2.0 event export: tab-separated, no header, 61 columns (GDELT-Event_Codebook-V2.0). */
export const GDELT_EVENT_COLUMNS = 61;

/** The columns we read, by 0-based position. */
export const COL = {
  id: 0,
  sqlDate: 1,
  actor1: 5,
  actor2: 15,
  eventCode: 26,
  rootCode: 28,
  quadClass: 29,
  goldstein: 30,
  mentions: 31,
  sources: 32,
  articles: 33,
  tone: 34,
  dateAdded: 59,
  sourceUrl: 60,
} as const;

/** Offsets from an actor's first column: code, name, country, …, type 1 (GDELT's layout). */
const ACTOR = { code: 0, name: 1, country: 2, type: 7 } as const;

export interface GdeltActor {
  code: string;
  name: string;
  country: string;
  type: string;
}

export interface GdeltEvent {
  id: string;
  /** The day it happened (SQLDATE), ISO; absent when malformed. */
  day?: string;
  /** When GDELT added it (DATEADDED), ISO date-time in UTC. */
  added?: string;
  actor1?: GdeltActor;
  actor2?: GdeltActor;
  code: string;
  root: string;
  goldstein: number;
  mentions: number;
  sources: number;
  articles: number;
  tone: number;
  url: string;
}

const num = (s: string | undefined) => {
  const n = Number(s);
  return s !== undefined && s !== '' && Number.isFinite(n) ? n : 0;
};

function actorAt(fields: string[], at: number): GdeltActor | undefined {
  const code = fields[at + ACTOR.code]?.trim() ?? '';
  const name = fields[at + ACTOR.name]?.trim() ?? '';
  if (!code && !name) return undefined;
  return {
    code: code || name,
    name: name || code,
    country: fields[at + ACTOR.country]?.trim() ?? '',
    type: fields[at + ACTOR.type]?.trim() ?? '',
  };
}

/** "20170701" → "2017-07-01", if it is a real day. */
export function isoDay(s: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)
    ? undefined
    : `${y}-${mo}-${d}`;
}

/** "20170701234500" → "2017-07-01T23:45:00Z". */
export function isoStamp(s: string): string | undefined {
  const m = /^(\d{8})(\d{2})(\d{2})(\d{2})$/.exec(s);
  const day = m && isoDay(m[1]!);
  if (!m || !day || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) return undefined;
  return `${day}T${m[2]}:${m[3]}:${m[4]}Z`;
}

/**
 * One line of a GDELT event export, or undefined when it cannot be used (the reason placed
 * in `problems`). A malformed date keeps the event without it; an event code missing from the
 * codebook keeps it under its root code when that one is known.
 */
export function readGdeltRow(
  text: string,
  lineNo: number,
  problems: LineProblems,
): GdeltEvent | undefined {
  const fields = text.split('\t');
  if (fields.length !== GDELT_EVENT_COLUMNS) {
    problems.add(
      'AG072',
      lineNo,
      1,
      `${fields.length} columns, where a GDELT 2.0 event has ${GDELT_EVENT_COLUMNS}; the row was skipped.`,
    );
    return undefined;
  }
  const at = (col: number) => columnOf(text, col, '\t');
  const code = fields[COL.eventCode]!.trim();
  let root = fields[COL.rootCode]!.trim();
  if (!cameoName(code)) {
    if (!cameoName(root) || root.length !== 2) {
      problems.add(
        'AG073',
        lineNo,
        at(COL.eventCode),
        `event code "${code.slice(0, 12)}" (root "${root.slice(0, 12)}") is not in the CAMEO codebook; the row was skipped.`,
      );
      return undefined;
    }
    problems.add(
      'AG073',
      lineNo,
      at(COL.eventCode),
      `event code "${code.slice(0, 12)}" is not in the CAMEO codebook; it is kept under its root code ${root}.`,
    );
  } else if (!root || !code.startsWith(root)) root = code.slice(0, 2);
  const rawDay = fields[COL.sqlDate]!.trim();
  const day = isoDay(rawDay);
  if (!day)
    problems.add(
      'AG074',
      lineNo,
      at(COL.sqlDate),
      `SQLDATE "${rawDay.slice(0, 20)}" is not a date (YYYYMMDD); the event is kept undated.`,
    );
  const rawAdded = fields[COL.dateAdded]!.trim();
  const added = isoStamp(rawAdded);
  if (!added && rawAdded)
    problems.add(
      'AG074',
      lineNo,
      at(COL.dateAdded),
      `DATEADDED "${rawAdded.slice(0, 20)}" is not a time (YYYYMMDDHHMMSS); its report is kept undated.`,
    );
  const actor1 = actorAt(fields, COL.actor1);
  const actor2 = actorAt(fields, COL.actor2);
  // CAMEO codes are a few letters: a long one is a broken row, not an actor to draw.
  const long = [actor1, actor2].find((a) => a && a.code.length > 60);
  if (long) {
    problems.add(
      'AG072',
      lineNo,
      at(COL.actor1),
      `an actor code of ${long.code.length} characters; the row was skipped.`,
    );
    return undefined;
  }
  return {
    id: fields[COL.id]!.trim() || `line ${lineNo}`,
    ...(day ? { day } : {}),
    ...(added ? { added } : {}),
    ...(actor1 ? { actor1 } : {}),
    ...(actor2 ? { actor2 } : {}),
    code,
    root,
    goldstein: num(fields[COL.goldstein]),
    mentions: num(fields[COL.mentions]),
    sources: num(fields[COL.sources]),
    articles: num(fields[COL.articles]),
    tone: num(fields[COL.tone]),
    url: fields[COL.sourceUrl]!.trim(),
  };
}

/** Whether a line looks like a GDELT 2.0 event row: an id, then SQLDATE, MonthYear, Year. */
export const looksLikeGdeltEvent = (line: string) =>
  /^\d+\t\d{8}\t\d{6}\t\d{4}\t[\d.]+\t/.test(line);
