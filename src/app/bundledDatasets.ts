import seedJson from '../../data/russia-china-military-aid.json';
import { validateDataset } from '../model/validate';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';

export const SEED_NAME = 'russia-china-military-aid.json';

export const EMPTY_DATASET: Dataset = {
  format: 'actor-graph',
  version: 1,
  title: 'Empty graph',
  actorKinds: [],
  relationTypes: [],
  actors: [],
  relations: [],
};

/** The bundled seed, validated like any file; a broken seed shows its problems, not a blank page. */
export function loadSeed(): { dataset: Dataset; problems: Problem[] } {
  const { dataset, problems } = validateDataset(seedJson);
  return { dataset: dataset ?? EMPTY_DATASET, problems };
}
