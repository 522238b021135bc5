import Papa from 'papaparse';
import type { EventTable } from './eventTable';
import { isoStamp } from './gdeltRow';
import type { LineProblems } from './lineProblems';

/** GDELT 2.0 Mentions: 16 columns; the ones we read, by 0-based position. */
const M = { event: 0, time: 2, sourceName: 4, identifier: 5, confidence: 11 } as const;
export const GDELT_MENTION_COLUMNS = 16;

/** A mentions file: raw GDELT (tabs, no header) or a table with GDELT's lower-case header. */
export const looksLikeGdeltMentions = (firstLine: string) =>
  /^globaleventid[,\t]eventtimedate[,\t]mentiontimedate/i.test(firstLine) ||
  /^\d+\t\d{14}\t\d{14}\t\d\t/.test(firstLine);

function cells(line: string): string[] {
  const delimiter = line.includes('\t') ? '\t' : ',';
  if (!line.includes('"')) return line.split(delimiter);
  return Papa.parse<string[]>(line, { delimiter }).data[0] ?? [];
}

/**
 * Each mention becomes a document — its outlet, address, time and GDELT's confidence — that
 * evidences the relation its event went into. Mentions of events the events file does not
 * have are counted: partial downloads are common.
 */
export class MentionReader {
  unmatched = 0;
  matched = 0;

  constructor(
    private readonly table: EventTable,
    private readonly problems: LineProblems,
  ) {}

  line(text: string, lineNo: number): void {
    if (lineNo === 1 && /^globaleventid/i.test(text)) return;
    const fields = cells(text);
    if (fields.length < M.confidence + 1) {
      this.problems.add(
        'AG072',
        lineNo,
        1,
        `${fields.length} columns, where a GDELT 2.0 mention has ${GDELT_MENTION_COLUMNS}; the row was skipped.`,
      );
      return;
    }
    const key = this.table.relationOfEvent.get(fields[M.event]!.trim());
    const relation = key && this.table.relations.get(key);
    if (!relation) {
      this.unmatched++;
      return;
    }
    this.matched++;
    const url = fields[M.identifier]!.trim();
    const time = isoStamp(fields[M.time]!.trim());
    const confidence = Number(fields[M.confidence]);
    relation.documents.add(
      this.table.document(url, time, {
        publisher: fields[M.sourceName]!.trim(),
        ...(Number.isFinite(confidence) ? { confidence } : {}),
      }),
    );
  }
}
