import { datasetSchema, FORMAT_NAME, FORMAT_VERSION, type Dataset } from './schema';
import { hasErrors, jsonPath, problem, type Problem, type ProblemCode } from './problem';
import { checkReferences } from './checkReferences';
import { dropFarPositions } from './farPositions';
import { cutOversized } from './oversized';
import { withDocumentsNamed } from './documents';

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  dataset?: Dataset;
  problems: Problem[];
}

/**
 * Validates anything against the actor-graph format and returns every problem at once:
 * schema errors, duplicate ids, dangling references and evidence that does not match.
 */
/** The steps of reading a file, for progress: syntax, then the schema, then references. */
export type ImportStep = 'parsing' | 'validating' | 'checking';
export type OnImportStep = (step: ImportStep) => void;

export function validateDataset(input: unknown, onStep?: OnImportStep): ValidationResult {
  const header = checkHeader(input);
  if (header) return { problems: [header] };

  const tooMany = checkCount(input as Record<string, unknown>);
  if (tooMany) return { problems: [tooMany] };
  onStep?.('validating');
  // Values of megabytes where a name belongs are cut before anything looks at them.
  const { value: tamed, problems } = cutOversized(input);
  input = tamed;
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(
        problem(codeOf(issue.path), jsonPath(issue.path), describeIssue(issue.message)),
      );
    }
  }
  // Reference checks run on the raw input so a schema error does not hide them.
  onStep?.('checking');
  problems.push(...checkReferences(input as Record<string, unknown>));
  if (parsed.success && !hasErrors(problems)) {
    const tamed = dropFarPositions(withDocumentsNamed(parsed.data));
    return { dataset: tamed.dataset, problems: [...problems, ...tamed.problems] };
  }
  return { problems };
}

/** More actors and relations than this are refused: a browser cannot draw them usefully. */
export const MAX_ELEMENTS = 500_000;

function checkCount(input: Record<string, unknown>): Problem | undefined {
  const count = (key: string) => (Array.isArray(input[key]) ? (input[key] as unknown[]).length : 0);
  const [actors, relations] = [count('actors'), count('relations')];
  if (actors + relations <= MAX_ELEMENTS) return undefined;
  return problem(
    'AG011',
    actors > relations ? '$.actors' : '$.relations',
    `The dataset has ${actors.toLocaleString('en')} actors and ${relations.toLocaleString('en')} relations; this app draws up to ${MAX_ELEMENTS.toLocaleString('en')} together.`,
  );
}

function checkHeader(input: unknown): Problem | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return problem('AG003', '$', 'Expected a JSON object with "format": "actor-graph".');
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== FORMAT_NAME) {
    return problem(
      'AG003',
      '$.format',
      `Expected "format": "${FORMAT_NAME}", found ${format === undefined ? 'none' : JSON.stringify(format)}.`,
    );
  }
  if (version !== FORMAT_VERSION) {
    return problem(
      'AG003',
      '$.version',
      `Version ${JSON.stringify(version)} is not supported; this app reads version ${FORMAT_VERSION}.`,
    );
  }
  return undefined;
}

const DATE_KEYS = new Set(['published', 'occurred', 'start', 'end']);
const GRADE_KEYS = new Set(['reliability', 'credibility']);

/** Dates and grades have codes of their own; every other schema mismatch is AG010. */
function codeOf(path: readonly PropertyKey[]): ProblemCode {
  // An interval's start and end sit under "occurred"; evidence's start and end are offsets.
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (
    key === 'published' ||
    key === 'occurred' ||
    (parent === 'occurred' && DATE_KEYS.has(String(key)))
  )
    return 'AG012';
  if (typeof key === 'string' && GRADE_KEYS.has(key)) return 'AG013';
  return 'AG010';
}

function describeIssue(message: string): string {
  // zod phrases "Invalid input: expected string, received number"; keep the useful half.
  return message.replace(/^Invalid input: /, '').replace(/^./, (c) => c.toUpperCase()) + '.';
}
