import { GDELT_EVENT_COLUMNS } from '../../model/events/gdeltRow';

/*
 * The GDELT aggregation as SQL for DuckDB, in two passes over the files, each file read once
 * per pass: first every actor's names and mentions (and the one-sided events, counted), then,
 * knowing the top actors, only their events kept by (actor 1, actor 2, root code, event code).
 * Holding the relations of the top actors only is what keeps gigabytes of events in a tab's
 * memory. The same rule runs on GDELT's BigQuery tables (README).
 */

const columns = `{${Array.from({ length: GDELT_EVENT_COLUMNS }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
const int = (c: string) => `coalesce(TRY_CAST(${c} AS BIGINT), 0)`;
const real = (c: string) => `coalesce(TRY_CAST(${c} AS DOUBLE), 0)`;
const read = (file: string, rejects: boolean) =>
  `read_csv('${file}', delim = '\t', header = false, quote = '', escape = '',
     auto_detect = false, columns = ${columns}, ignore_errors = true,
     store_rejects = ${rejects}, null_padding = false, buffer_size = 4194304)`;
/** A known root code, and actor codes of a sane length (the format's ids stop at 200). */
const ROOT = `regexp_full_match(c28, '[0-9]{2}') AND length(coalesce(c5, '')) <= 60
  AND length(coalesce(c15, '')) <= 60`;

/** A tab's budget: DuckDB keeps under it (it cannot spill to disk in a browser). */
export const ENGINE_MEMORY = '700MB';

export const tableSql = `
SET memory_limit = '${ENGINE_MEMORY}';
SET preserve_insertion_order = false;
CREATE TABLE names (code VARCHAR, name VARCHAR, country VARCHAR, type VARCHAR,
  one_sided BOOLEAN, events BIGINT, mentions BIGINT);
CREATE TABLE pairs (a1 VARCHAR, a2 VARCHAR, root VARCHAR, code VARCHAR, events BIGINT,
  mentions BIGINT, sources BIGINT, articles BIGINT, gold DOUBLE, tone DOUBLE, first VARCHAR,
  last VARCHAR, url VARCHAR, url_mentions BIGINT, added VARCHAR)`;

/** Pass 1: each event gives its two sides (an empty side too, so one-sided events count). */
export const namesSql = (file: string): string =>
  `INSERT INTO names
   SELECT code, name, any_value(country), any_value(type), one_sided, count(*), sum(m)
   FROM (SELECT unnest([a1, a2]) AS code, unnest([c6, c16]) AS name,
           unnest([c7, c17]) AS country, unnest([c12, c22]) AS type,
           (a1 = '' OR a2 = '') AS one_sided, m
         FROM (SELECT coalesce(c5, '') AS a1, coalesce(c15, '') AS a2, c6, c16, c7, c17, c12,
                 c22, ${int('c31')} AS m
               FROM ${read(file, true)} WHERE ${ROOT}))
   GROUP BY code, name, one_sided`;

/** Between the passes: the top actors, by their mentions in two-sided events. */
export const topActorsSql = (topActors: number): string =>
  `CREATE TEMP TABLE top_actors AS SELECT code FROM names WHERE NOT one_sided AND code <> ''
   GROUP BY code ORDER BY sum(mentions) DESC, code LIMIT ${Math.floor(topActors)}`;

/** Pass 2: the events among the top actors. */
export const pairsSql = (file: string): string =>
  `INSERT INTO pairs SELECT c5, c15, c28, c26, count(*), sum(${int('c31')}),
     sum(${int('c32')}), sum(${int('c33')}), sum(${real('c30')}), sum(${real('c34')}), min(c1),
     max(c1), arg_max(c60, ${int('c31')}), max(${int('c31')}), min(c59)
   FROM ${read(file, false)}
   WHERE ${ROOT} AND c5 IN (SELECT code FROM top_actors) AND c15 IN (SELECT code FROM top_actors)
   GROUP BY c5, c15, c28, c26`;

/** The relations among the top actors, their sub-codes as "040:3,046:1" (plain text crosses fastest). */
export const relationsSql = `CREATE TEMP TABLE top_relations AS
   SELECT a1, a2, root, sum(events)::BIGINT AS events, sum(mentions)::BIGINT AS mentions,
     sum(sources)::BIGINT AS sources, sum(articles)::BIGINT AS articles, sum(gold) AS gold,
     sum(tone) AS tone, min(first) AS first, max(last) AS last,
     arg_max(url, url_mentions) AS url, min(added) AS added,
     string_agg(code || ':' || events, ',') AS codes
   FROM pairs GROUP BY a1, a2, root`;

/** Queries whose rows are read back: the top actors' names, the top relations, counts. */
export const resultSql = (topRelations: number): string[] => [
  `SELECT code, name, any_value(country) AS country, any_value(type) AS type,
     sum(events)::BIGINT AS events, sum(mentions)::BIGINT AS mentions
   FROM names WHERE NOT one_sided AND code IN (SELECT code FROM top_actors) GROUP BY code, name`,
  `SELECT * FROM top_relations ORDER BY mentions DESC, a1, a2, root
   LIMIT ${Math.floor(topRelations)}`,
  // Every event gave two rows of names: halved, they count events.
  `SELECT (SELECT sum(events)::BIGINT / 2 FROM names) AS rows,
     (SELECT sum(events)::BIGINT / 2 FROM names WHERE one_sided) AS one_sided,
     (SELECT count(DISTINCT code)::BIGINT FROM names WHERE NOT one_sided AND code <> '') AS actors,
     (SELECT sum(events)::BIGINT / 2 FROM names WHERE NOT one_sided) AS two_sided,
     (SELECT count(*)::BIGINT FROM top_relations) AS relations,
     (SELECT sum(events)::BIGINT FROM top_relations) AS events_among,
     (SELECT sum(events)::BIGINT FROM (SELECT events FROM top_relations
        ORDER BY mentions DESC, a1, a2, root LIMIT ${Math.floor(topRelations)})) AS top_events`,
];
