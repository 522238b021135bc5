import { hasErrors, type Problem } from '../problem';
import type { Dataset } from '../schema';
import { eventDataset, leftOutMessage } from './eventDataset';
import { EventTable } from './eventTable';
import { MentionReader } from './gdeltMentions';
import { readGdeltRow } from './gdeltRow';
import { count, LineProblems } from './lineProblems';
import { LineSplitter, type LineSink } from './lines';

/** The choices of the event-data dialog. */
export interface EventImportOptions {
  /** One relation per event instead of one per (actor 1, actor 2, root code). */
  perEvent?: boolean;
  /** Keep the actors with the most mentions, this many (default 2,000). */
  topActors?: number;
  /** Of the relations among them, keep the most mentioned, this many (default 30,000). */
  topRelations?: number;
  /** What line width is to show once open: mentions (the default for GDELT) or sources. */
  lineWidth?: 'mentions' | 'sources';
}

export const DEFAULT_TOP_ACTORS = 2000;
/** About what the large-graph mode draws briskly (20k actors and 40k relations are measured). */
export const DEFAULT_TOP_RELATIONS = 30000;
/** A GDELT row is under 4 KB; a megabyte without a line break is not event data. */
export const MAX_EVENT_LINE = 1 << 20;

/**
 * Reads a GDELT 2.0 event export — and optionally its mentions — as it streams by, then turns
 * the aggregate into a dataset. The same object serves a whole text (importText) and a file
 * read chunk by chunk in the import worker.
 */
export class GdeltImport {
  readonly problems = new LineProblems();
  readonly table: EventTable;
  private readonly events: LineSplitter;
  private mentionReader?: MentionReader;
  private mentionLines?: LineSplitter;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly options: EventImportOptions = {},
  ) {
    this.table = new EventTable(options.perEvent);
    this.events = new LineSplitter(
      this.sink((text, lineNo) => {
        const event = readGdeltRow(text, lineNo, this.problems);
        if (event) this.table.add(event);
      }),
      MAX_EVENT_LINE,
    );
  }

  push(chunk: string): void {
    this.events.push(chunk);
  }

  /** The events file is read; mentions (if any) may follow. */
  endEvents(): void {
    this.events.end();
  }

  pushMentions(chunk: string): void {
    if (!this.mentionLines) {
      this.mentionReader = new MentionReader(this.table, this.problems);
      const reader = this.mentionReader;
      this.mentionLines = new LineSplitter(
        this.sink((text, lineNo) => reader.line(text, lineNo)),
        MAX_EVENT_LINE,
      );
    }
    this.mentionLines.push(chunk);
  }

  /** Whether reading should stop: a line so long the file cannot be event data. */
  get done(): boolean {
    return this.stopped;
  }

  finish(): { dataset?: Dataset; problems: Problem[] } {
    this.mentionLines?.end();
    const { table, problems } = this;
    const rows = this.events.lines;
    if (!this.stopped && table.events === 0)
      problems.whole(
        table.oneSided > 0 ? 'AG075' : 'AG072',
        table.oneSided > 0
          ? `All ${count(table.oneSided)} events of ${this.name} have one actor only: there is no relation to draw.`
          : `${this.name} has no GDELT 2.0 event row that could be read (${count(rows)} lines).`,
        'error',
      );
    if (table.oneSided > 0 && table.events > 0)
      problems.whole(
        'AG075',
        `${count(table.oneSided)} of ${count(table.oneSided + table.events)} events have one actor only; they are counted here and not drawn.`,
      );
    const reader = this.mentionReader;
    if (reader && reader.unmatched > 0)
      problems.whole(
        'AG079',
        `${count(reader.unmatched)} of ${count(reader.unmatched + reader.matched)} mentions name events that are not in ${this.name}; they were left out.`,
      );
    const all = problems.all();
    if (this.stopped || hasErrors(all)) return { problems: all };
    const topActors = this.options.topActors ?? DEFAULT_TOP_ACTORS;
    const built = eventDataset(table, {
      title: this.name.replace(/\.zip$/i, '').replace(/\.(export\.)?csv$/i, ''),
      topActors,
      topRelations: this.options.topRelations ?? DEFAULT_TOP_RELATIONS,
    });
    const cut = leftOutMessage(built.cut);
    if (cut) all.push({ code: 'AG076', severity: 'warning', path: '$', message: cut });
    return { dataset: built.dataset, problems: all };
  }

  private sink(line: (text: string, lineNo: number) => void): LineSink {
    return {
      line,
      overlong: (lineNo, max) => {
        this.problems.add(
          'AG077',
          lineNo,
          max + 1,
          `the line is longer than ${count(max)} characters — a GDELT row is under 4 KB, so this is not event data; reading stopped.`,
          'error',
        );
        this.stopped = true;
        return false;
      },
    };
  }
}

/** Reads a GDELT export held whole as text (the CLI, pasted text, small files). */
export function importGdeltText(
  name: string,
  text: string,
  options: EventImportOptions = {},
  mentions?: string,
): { dataset?: Dataset; problems: Problem[] } {
  const reader = new GdeltImport(name, options);
  reader.push(text);
  reader.endEvents();
  if (mentions && !reader.done) reader.pushMentions(mentions);
  return reader.finish();
}
