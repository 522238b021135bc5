/**
 * Problems found while reading or validating a dataset. Every problem names its place:
 * a JSON path (`$.relations[3].source`), and for text input a line and column.
 * Codes are stable and documented in docs/errors.md.
 */
export type Severity = 'error' | 'warning';

export const PROBLEM_CODES = {
  AG001: 'The file is not valid JSON',
  AG002: 'The file is empty',
  AG003: 'The file is not an actor-graph dataset or has an unsupported version',
  AG004: 'The file could not be read',
  AG005: 'The file is in a format this app does not read',
  AG006: 'The file is larger than the size limit',
  AG007: 'The XML is not well-formed',
  AG008: 'The data could not be fetched',
  AG009: 'Loading was cancelled',
  AG010: 'A field does not match the schema',
  AG011: 'The dataset has more actors and relations than the app can draw',
  AG012: 'A date is not ISO 8601',
  AG013: 'A grade is out of range (reliability A–F, credibility 1–6)',
  AG020: 'Duplicate id',
  AG030: 'A relation points at an actor that does not exist',
  AG031: 'A relation has a type that is not declared',
  AG032: 'A relation disputes a relation that does not exist',
  AG033: 'A relation is asserted by an actor that does not exist',
  AG034: 'An actor has a parent that does not exist or contains itself',
  AG035: 'A relation disputes itself',
  AG036: 'Evidence names a document that does not exist',
  AG037: 'Evidence names no document, and the dataset does not have exactly one',
  AG038: 'A time interval ends before it starts',
  AG039: 'Whose words an actor relays goes round in a circle',
  AG040: 'Evidence offsets lie outside the document text',
  AG041: 'An evidence quote does not match the document text at its offsets',
  AG042: 'Evidence has offsets but its document has no text to point into',
  AG043: 'Evidence starts after it ends, or gives only one of start and end',
  AG050: 'An actor has a kind that is not declared; it is drawn as "unknown"',
  AG051: 'A stored position is too far out to draw; the actor is laid out instead',
  AG060: 'An edge names a node the file does not declare; a placeholder actor was added',
  AG061: 'Duplicate edge id; the edge was renamed',
  AG062: 'Duplicate node id; the later node was ignored',
  AG063: 'An edge has no source or target and was skipped',
  AG064: 'A CSV needs its source and target columns chosen',
  AG065: 'A value could not be read and was kept as text',
  AG066: 'A dispute or attribution pointing outside the exported subgraph was dropped',
  AG067: 'Characters that XML cannot carry were removed on export',
  AG069: 'A value was too long to draw and was cut',
  AG068: 'Entities the XML declares were not expanded; their references are kept as written',
  AG070: 'The data was made by a newer version of the format',
  AG071: 'Quotes point into documents the file does not carry; their offsets were dropped',
  AG072: 'An event row does not have the columns its format has; it was skipped',
  AG073: 'An event code is not in the CAMEO codebook',
  AG074: 'An event date is malformed; the event was kept without it',
  AG075: 'Events with one actor only were counted but not drawn',
  AG076: 'Actors beyond the chosen number were left out, with their events',
  AG077: 'A line is far too long to be event data; reading stopped',
  AG078: 'The zip archive is damaged or holds no data file',
  AG079: 'Mentions or links name events or entities the file does not have',
  AG080: 'Edits could not be saved in the browser (storage full or blocked)',
  AG081: 'A story step was saved by a newer version of the app; it is not shown',
  AG099: 'Unexpected failure while reading the file',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** JSON path of the offending value, `$` for the whole document. */
  path: string;
  message: string;
  /** 1-based line and column in the source text, when known. */
  line?: number;
  column?: number;
}

export function problem(
  code: ProblemCode,
  path: string,
  message: string,
  severity: Severity = 'error',
): Problem {
  return { code, severity, path, message };
}

/** `$.relations[3].evidence[0]` from ['relations', 3, 'evidence', 0]. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
