import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { eventDataset, leftOutMessage } from '../../model/events/eventDataset';
import { EventTable } from '../../model/events/eventTable';
import {
  DEFAULT_TOP_ACTORS,
  DEFAULT_TOP_RELATIONS,
  type EventImportOptions,
} from '../../model/events/gdeltImport';
import { isoDay, isoStamp } from '../../model/events/gdeltRow';
import { count } from '../../model/events/lineProblems';
import { problem, type Problem } from '../../model/problem';
import type { Dataset } from '../../model/schema';
import { topActorsSql, namesSql, pairsSql, relationsSql, resultSql, tableSql } from './gdeltSql';
import { startEngine } from './startEngine';

type Row = Record<string, unknown>;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const n = (v: unknown) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : 0);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * Aggregates GDELT event files too many or too large for one pass in the import worker, with
 * DuckDB-WASM: the same aggregation as the streaming reader, as SQL, one file at a time (the
 * progress and the chance to cancel), the files read where they lie rather than copied. Each
 * relation keeps the address of its most-mentioned event as its document.
 */
export async function aggregateGdeltFiles(
  files: readonly File[],
  options: EventImportOptions,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<{ dataset?: Dataset; problems: Problem[] }> {
  onProgress(0);
  const db = await startEngine();
  const conn = await db.connect();
  const stop = () => void conn.cancelSent().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  // Tens of thousands of rows are turned into objects a batch per task: the page keeps answering.
  const rows = async (sql: string) => {
    const out: Row[] = [];
    for (const batch of (await conn.query(sql)).batches) {
      for (const r of batch.toArray()) out.push(r.toJSON() as Row);
      await nextTask();
    }
    return out;
  };
  const problems: Problem[] = [];
  try {
    await conn.query(tableSql);
    const total = files.reduce((sum, f) => sum + f.size, 0) * 2;
    let done = 0;
    const names = files.map((_, i) => `events-${i}.tsv`);
    for (const [i, file] of files.entries())
      await db.registerFileHandle(names[i]!, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const topActors = options.topActors ?? DEFAULT_TOP_ACTORS;
    const topRelations = options.topRelations ?? DEFAULT_TOP_RELATIONS;
    const pass = async (sql: (name: string) => string, after?: (file: File) => Promise<void>) => {
      for (const [i, file] of files.entries()) {
        if (signal.aborted) throw new DOMException('Loading was cancelled', 'AbortError');
        await conn.query(sql(names[i]!));
        await after?.(file);
        done += file.size;
        onProgress(done / total);
      }
    };
    // Rows that do not fit the layout are counted by the first pass, which reads every column.
    await pass(namesSql, async (file) => {
      for (const r of await rows(
        'SELECT line, column_idx, error_message FROM reject_errors ORDER BY line LIMIT 20',
      ))
        problems.push({
          ...problem(
            'AG072',
            '$',
            `${file.name}: ${str(r.error_message).split('\n')[0]!.slice(0, 160)}; the row was skipped.`,
            'warning',
          ),
          line: n(r.line),
          column: n(r.column_idx) || 1,
        });
      await conn.query('DELETE FROM reject_errors; DELETE FROM reject_scans');
    });
    await conn.query(topActorsSql(topActors));
    await pass(pairsSql);
    await conn.query(relationsSql);
    for (const name of names) await db.dropFile(name);
    const [actors, pairs, counts] = await Promise.all(resultSql(topRelations).map(rows));
    const table = await tableOf(actors!, pairs!);
    const c = counts![0] ?? {};
    const built = eventDataset(table, {
      title: files.length === 1 ? files[0]!.name : `${files.length} GDELT files`,
      topActors,
      topRelations,
    });
    if (n(c.one_sided) > 0)
      problems.push(
        problem(
          'AG075',
          '$',
          `${count(n(c.one_sided))} of ${count(n(c.rows))} events have one actor only; they are counted here and not drawn.`,
          'warning',
        ),
      );
    // The relations came back already cut to the most mentioned: the notice counts the cut.
    const among = n(c.relations);
    const cut = leftOutMessage({
      topActors,
      actorsLeftOut: Math.max(0, n(c.actors) - topActors),
      topRelations,
      relationsLeftOut: Math.max(0, among - topRelations),
      eventsLeftOut: n(c.two_sided) - n(c.events_among),
      eventsOfRelationsLeftOut: n(c.events_among) - n(c.top_events),
    });
    if (cut) problems.push(problem('AG076', '$', cut, 'warning'));
    if (!built.dataset.relations.length)
      return {
        problems: [
          ...problems,
          problem('AG072', '$', 'No event with two actors could be read from these files.'),
        ],
      };
    return { dataset: built.dataset, problems };
  } finally {
    signal.removeEventListener('abort', stop);
    await conn.close().catch(() => {});
    await db.terminate().catch(() => {});
  }
}

/**
 * The engine's rows as the streaming reader's table, so both become the same dataset; a few
 * thousand rows per task.
 */
async function tableOf(names: Row[], pairs: Row[]): Promise<EventTable> {
  const table = new EventTable(false);
  for (const r of names) {
    const code = str(r.code);
    const actor = table.actors.get(code) ?? {
      code,
      names: new Map<string, number>(),
      country: str(r.country),
      type: str(r.type),
      mentions: 0,
      events: 0,
    };
    actor.names.set(str(r.name) || code, n(r.events));
    actor.mentions += n(r.mentions);
    actor.events += n(r.events);
    table.actors.set(code, actor);
  }
  for (const [i, r] of pairs.entries()) {
    if (i % 5000 === 4999) await nextTask();
    const [source, target, root] = [str(r.a1), str(r.a2), str(r.root)];
    const key = `${source}~${target}~${root}`;
    const first = isoDay(str(r.first));
    const last = isoDay(str(r.last));
    const documents = new Set<number>();
    if (str(r.url)) documents.add(table.document(str(r.url), isoStamp(str(r.added))));
    table.relations.set(key, {
      key,
      source,
      target,
      root,
      events: n(r.events),
      eventIds: [],
      codes: new Map(
        str(r.codes)
          .split(',')
          .filter(Boolean)
          .map((pair) => {
            const at = pair.lastIndexOf(':');
            return [pair.slice(0, at), Number(pair.slice(at + 1))] as const;
          }),
      ),
      mentions: n(r.mentions),
      sources: n(r.sources),
      articles: n(r.articles),
      goldsteinSum: n(r.gold),
      toneSum: n(r.tone),
      ...(first ? { first } : {}),
      ...(last ? { last } : {}),
      documents,
    });
  }
  return table;
}
