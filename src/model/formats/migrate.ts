import { FORMAT_VERSION } from '../vocabulary';
import { problem, type Problem } from '../problem';
import { migrateV1 } from './migrateV1';

/** Upgrades a dataset of version `v` to `v + 1`. Add an entry when the format changes. */
export type Migration = (dataset: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = { 1: migrateV1 };

/**
 * Brings an actor-graph document to the current version, one step at a time. A document
 * from a newer version is refused: silently dropping its new fields would lose data.
 */
export function migrateDataset(
  raw: Record<string, unknown>,
  migrations: Record<number, Migration> = MIGRATIONS,
  current = FORMAT_VERSION,
): { value?: Record<string, unknown>; problems: Problem[] } {
  let version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { value: raw, problems: [] };
  if (version > current) {
    return {
      problems: [
        problem(
          'AG070',
          '$.version',
          `This file is version ${version} of the format; this app reads up to version ${current}. Please update the app.`,
        ),
      ],
    };
  }
  let value = raw;
  while (version < current) {
    const step = migrations[version];
    if (!step) {
      return {
        problems: [
          problem('AG003', '$.version', `No migration from version ${version} to ${version + 1}.`),
        ],
      };
    }
    value = { ...step(value), version: version + 1 };
    version += 1;
  }
  return { value, problems: [] };
}
