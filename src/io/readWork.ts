import { applyDelta, type DatasetDelta } from '../model/datasetDelta';
import { migrateDataset } from '../model/formats/migrate';
import { datasetSchema, FORMAT_NAME, FORMAT_VERSION, type Dataset } from '../model/schema';
import { withDocumentsNamed } from '../model/documents';
import type { DatasetOrigin } from '../store/graphStore';

/** The work as the browser's database keeps it (savedWork.ts). */
export interface WorkRecord {
  version: 2;
  savedAt: string;
  name: string;
  origin: DatasetOrigin;
  /** Which base record the steps start from. */
  baseId: string;
  /** Each state from the one before, oldest first: the base, then one step per edit. */
  steps: DatasetDelta[];
  /** Which state is the present (the others are the undo and redo history). */
  position: number;
}

type Read<T> = ({ ok: true } & T) | { ok: false; reason: string };

/**
 * Whether a value reads as a dataset the app can draw: our format and version, every field
 * of the schema. References are not checked: edits may leave a dispute pointing at a deleted
 * relation, which live validation lists and which must not cost the user their work.
 */
function datasetProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it is not a dataset';
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== FORMAT_NAME || version !== FORMAT_VERSION)
    return `it is not an ${FORMAT_NAME} dataset of version ${FORMAT_VERSION}`;
  const parsed = datasetSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'the dataset'}: ${issue.message}`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A dataset of an earlier version of the format, migrated as a file of it would be. */
function upToDate(d: Dataset): Dataset {
  const raw = d as unknown as Record<string, unknown>;
  if (!isObject(raw) || raw.format !== FORMAT_NAME || typeof raw.version !== 'number') return d;
  if (raw.version >= FORMAT_VERSION) return d;
  const { value } = migrateDataset(raw);
  if (!value) return d;
  try {
    return withDocumentsNamed(value as unknown as Dataset);
  } catch {
    // Not a dataset after all: the check that follows says what is wrong with it.
    return value as unknown as Dataset;
  }
}

/** The work and its history, rebuilt from the records; or why they cannot be read. */
export function readWork(
  work: unknown,
  base: unknown,
): Read<{
  timeline: Dataset[];
  /** Saved by an earlier version of the format: the database's copy must be written anew. */
  migrated: boolean;
  position: number;
  name: string;
  origin: DatasetOrigin;
  baseId: string;
  savedAt: string;
}> {
  if (!isObject(work) || work.version !== 2)
    return { ok: false, reason: 'the saved work is not of a version this app reads' };
  const { steps, position, baseId, name, origin, savedAt } = work as Partial<WorkRecord>;
  if (
    !Array.isArray(steps) ||
    !Number.isInteger(position) ||
    position! < 0 ||
    position! > steps.length
  )
    return { ok: false, reason: 'the saved history is incomplete' };
  if (!isObject(base) || base.id !== baseId)
    return { ok: false, reason: 'the saved dataset is missing or belongs to other work' };
  const timeline: Dataset[] = [base.dataset as Dataset];
  try {
    for (const step of steps) timeline.push(applyDelta(timeline.at(-1)!, step));
  } catch (error) {
    return { ok: false, reason: `the saved history cannot be replayed (${String(error)})` };
  }
  // Work saved before the format's version 2 is brought up to it, every state of its history.
  const migrated = timeline.some((d) => isObject(d) && d.version !== FORMAT_VERSION);
  const states = migrated ? timeline.map(upToDate) : timeline;
  const problem = datasetProblem(states[position!]);
  if (problem) return { ok: false, reason: problem };
  return {
    ok: true,
    migrated,
    timeline: states,
    position: position!,
    name: typeof name === 'string' ? name : 'saved work',
    origin: isObject(origin) ? (origin as DatasetOrigin) : { kind: 'local' },
    baseId: baseId!,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  };
}

/** Work version 1 kept in localStorage, or why it cannot be read. */
export function readLegacyWork(
  text: string,
): Read<{ dataset: Dataset; name: string; savedAt: string }> {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved text is not JSON' };
  }
  if (!isObject(saved) || saved.version !== 1)
    return { ok: false, reason: 'the saved text is not saved work of this app' };
  const dataset = upToDate(saved.dataset as Dataset);
  const problem = datasetProblem(dataset);
  if (problem) return { ok: false, reason: problem };
  return {
    ok: true,
    dataset,
    name: typeof saved.name === 'string' ? saved.name : 'saved work',
    savedAt: typeof saved.savedAt === 'string' ? saved.savedAt : '',
  };
}
