import { parseJsonText } from '../parseJsonText';
import { hasErrors, problem, type Problem } from '../problem';
import type { Dataset } from '../schema';
import { validateDataset, type OnImportStep } from '../validate';
import { buildDataset } from './buildDataset';
import { migrateDataset } from './migrate';
import {
  csvToRawGraph,
  guessColumns,
  isNodeTable,
  readCsvTable,
  type CsvColumns,
} from './parseCsv';
import { looksLikeCytoscape, parseCytoscape } from './parseCytoscape';
import { parseGexf } from './parseGexf';
import { parseGraphml } from './parseGraphml';
import type { RawGraph } from './rawGraph';
import { importGdeltText, type EventImportOptions } from '../events/gdeltImport';
import { looksLikeGdeltEvent } from '../events/gdeltRow';
import { looksLikeGdeltMentions } from '../events/gdeltMentions';
import { looksLikeAcled, importAcled } from '../events/acled';
import { looksLikeFtm, importFtm, type FtmModel } from '../events/ftm';

export type FormatId =
  | 'actor-graph'
  | 'cytoscape'
  | 'graphml'
  | 'gexf'
  | 'csv'
  | 'gdelt'
  | 'gdelt-mentions'
  | 'acled'
  | 'ftm';

/** Formats of event data: they open through the event dialog and stream in the worker. */
export const EVENT_FORMATS: readonly FormatId[] = ['gdelt', 'acled', 'ftm'];

export interface ImportOptions {
  /** Columns of a CSV edge list, when the header does not name them. */
  csvColumns?: CsvColumns;
  /** A node list to go with a CSV edge list. */
  nodesCsv?: string;
  /** Choices for event data (GDELT): aggregate or one relation per event, how many actors. */
  events?: EventImportOptions;
  /** GDELT mentions to go with a GDELT events file. */
  mentionsText?: string;
  /** The FollowTheMoney model (its schemata), loaded before a FollowTheMoney file is read. */
  ftmModel?: FtmModel;
  /** Told as reading moves on: syntax, schema, references (for a progress display). */
  onStep?: OnImportStep;
}

export type ImportOutcome =
  | { kind: 'dataset'; format: FormatId; dataset: Dataset; problems: Problem[] }
  | { kind: 'failed'; format?: FormatId; problems: Problem[] }
  /** A CSV whose source and target columns the user must choose. */
  | { kind: 'needs-columns'; format: 'csv'; header: string[]; preview: Record<string, string>[] };

const extension = (name: string) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** Which format a text is in: by its content first, its file name second. */
export function detectFormat(name: string, text: string): FormatId | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  const first = head.slice(0, 65536).split(/\r?\n/, 1)[0] ?? '';
  if (looksLikeGdeltEvent(first)) return 'gdelt';
  if (looksLikeGdeltMentions(first)) return 'gdelt-mentions';
  if (looksLikeAcled(first)) return 'acled';
  if (looksLikeFtm(first)) return 'ftm';
  if (head.startsWith('<')) {
    const root = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '').trimStart();
    const tag = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(root)?.[1]?.toLowerCase();
    if (tag === 'graphml' || tag === 'gexf') return tag;
    const ext = extension(name);
    return ext === 'graphml' || ext === 'gexf' ? ext : undefined;
  }
  if (head.startsWith('{') || head.startsWith('['))
    return /"format"\s*:\s*"actor-graph"/.test(head.slice(0, 2000)) ? 'actor-graph' : 'cytoscape';
  const ext = extension(name);
  if (['csv', 'tsv', 'txt'].includes(ext)) return 'csv';
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) ? 'csv' : undefined;
}

/** NUL bytes, or many control characters and undecodable bytes, near the start: not text. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > head.length * 0.05;
}

function fromRaw(
  format: FormatId,
  name: string,
  raw: RawGraph,
  before: Problem[] = [],
  onStep?: OnImportStep,
): ImportOutcome {
  const built = buildDataset(raw, name, onStep);
  const problems = [...before, ...built.problems];
  return built.dataset && !hasErrors(problems)
    ? { kind: 'dataset', format, dataset: built.dataset, problems }
    : { kind: 'failed', format, problems };
}

export function eventOutcome(
  format: FormatId,
  read: { dataset?: Dataset; problems: Problem[] },
  onStep?: OnImportStep,
): ImportOutcome {
  if (!read.dataset || hasErrors(read.problems))
    return { kind: 'failed', format, problems: read.problems };
  // Built by our own readers, and still checked like any file: a value from the data that
  // the format refuses (an over-long code, say) is named here, not drawn.
  const valid = validateDataset(read.dataset, onStep);
  const problems = [...read.problems, ...valid.problems];
  return valid.dataset && !hasErrors(problems)
    ? { kind: 'dataset', format, dataset: valid.dataset, problems }
    : { kind: 'failed', format, problems };
}

function importJson(name: string, text: string, onStep?: OnImportStep): ImportOutcome {
  const json = parseJsonText(text);
  if (!json.ok) return { kind: 'failed', problems: json.problems };
  const value = json.value;
  const obj =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  if (obj && obj.format === 'actor-graph') {
    const migrated = migrateDataset(obj);
    if (!migrated.value)
      return { kind: 'failed', format: 'actor-graph', problems: migrated.problems };
    const { dataset, problems } = validateDataset(migrated.value, onStep);
    return dataset
      ? { kind: 'dataset', format: 'actor-graph', dataset, problems }
      : { kind: 'failed', format: 'actor-graph', problems };
  }
  if (looksLikeCytoscape(value))
    return fromRaw('cytoscape', name, parseCytoscape(value), [], onStep);
  if (obj && 'format' in obj) return { kind: 'failed', problems: validateDataset(obj).problems };
  return refused(
    'AG005',
    'This JSON is neither an actor-graph dataset nor Cytoscape elements (no "format": "actor-graph", no "elements").',
  );
}

/** A file refused as a whole, with one problem about all of it. */
const refused = (code: 'AG005' | 'AG064', message: string, format?: FormatId): ImportOutcome => ({
  kind: 'failed',
  ...(format ? { format } : {}),
  problems: [problem(code, '$', message)],
});
const csvFailure = (code: 'AG005' | 'AG064', message: string) => refused(code, message, 'csv');

function importCsv(name: string, text: string, options: ImportOptions): ImportOutcome {
  const table = readCsvTable(text);
  if (table.header.length === 0) return csvFailure('AG005', 'The CSV has no header row.');
  if (isNodeTable(table.header) && !options.csvColumns) {
    return csvFailure(
      'AG064',
      `${name} is a node list (it has an id column but no source/target); open it together with an edge list.`,
    );
  }
  const columns = options.csvColumns ?? guessColumns(table.header);
  if (!columns)
    return {
      kind: 'needs-columns',
      format: 'csv',
      header: table.header,
      preview: table.rows.slice(0, 5),
    };
  const missing = [columns.source, columns.target].filter((c) => !table.header.includes(c));
  if (missing.length) {
    return csvFailure(
      'AG064',
      `The CSV has no column ${missing.map((m) => `"${m}"`).join(' or ')}.`,
    );
  }
  const nodes = options.nodesCsv ? readCsvTable(options.nodesCsv) : undefined;
  return fromRaw(
    'csv',
    name,
    csvToRawGraph(table, columns, nodes),
    [...table.problems, ...(nodes?.problems ?? [])],
    options.onStep,
  );
}

/**
 * Reads any supported graph file. Never throws: every failure, expected or not, comes back
 * as problems with a place, and nothing is loaded unless the result is free of errors.
 */
export function importText(name: string, text: string, options: ImportOptions = {}): ImportOutcome {
  try {
    return importTextUnguarded(name, text, options);
  } catch (error) {
    return {
      kind: 'failed',
      problems: [
        problem('AG099', '$', `Unexpected failure while reading ${name}: ${String(error)}`),
      ],
    };
  }
}

/** The import itself; the property tests call it directly so a thrown exception shows up as a bug. */
export function importTextUnguarded(
  name: string,
  text: string,
  options: ImportOptions = {},
): ImportOutcome {
  if (text.trim() === '')
    return { kind: 'failed', problems: [problem('AG002', '$', `${name} is empty.`)] };
  if (looksBinary(text))
    return refused(
      'AG005',
      `${name} looks like binary data, not text${text.startsWith('PK') ? ' (a zip archive: open the file itself, or unzip it first)' : ''}; this app reads graph and event files as text.`,
    );
  const format = detectFormat(name, text);
  const { onStep } = options;
  if (format) onStep?.('parsing');
  switch (format) {
    case 'actor-graph':
    case 'cytoscape':
      return importJson(name, text, onStep);
    case 'graphml':
    case 'gexf': {
      const parsed = format === 'graphml' ? parseGraphml(text) : parseGexf(text);
      return parsed.graph
        ? fromRaw(format, name, parsed.graph, parsed.problems, onStep)
        : { kind: 'failed', format, problems: parsed.problems };
    }
    case 'csv':
      return importCsv(name, text, options);
    case 'gdelt':
      return eventOutcome(
        'gdelt',
        importGdeltText(name, text, options.events, options.mentionsText),
        onStep,
      );
    case 'gdelt-mentions':
      return refused(
        'AG005',
        `${name} holds GDELT mentions; open it together with its events file (both at once, or in the event dialog).`,
        format,
      );
    case 'acled':
      return eventOutcome('acled', importAcled(name, text), onStep);
    case 'ftm':
      return eventOutcome('ftm', importFtm(name, text, options.ftmModel), onStep);
    default:
      return {
        kind: 'failed',
        problems: [
          problem(
            'AG005',
            '$',
            `${name} is not in a format this app reads (actor-graph JSON, Cytoscape JSON/.cyjs, GraphML, GEXF, CSV, GDELT, ACLED, FollowTheMoney).`,
          ),
        ],
      };
  }
}
