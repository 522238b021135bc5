import seedJson from '../../data/russia-china-military-aid.json';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { BundledDataset } from '../ui/OpenMenu';

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

/**
 * The bundled seed. It is validated by the tests and again, lazily, right after start-up
 * (see `checkSeed`), so the first paint does not wait for the validator to load.
 */
export function loadSeed(): { dataset: Dataset; problems: Problem[] } {
  return { dataset: seedJson as unknown as Dataset, problems: [] };
}

/** The seed's problems, if it ever ships broken: shown, never a blank page. */
export async function checkSeed(): Promise<Problem[]> {
  const { validateDataset } = await import('../model/validate');
  return validateDataset(seedJson).problems;
}

const sample = (file: string) => `${import.meta.env.BASE_URL}datasets/${file}`;

/**
 * The Open menu's datasets: the seed, and sample graphs from other tools (public/datasets/).
 * The standalone file has no other files beside it, so it offers the seed alone.
 */
const ALL: readonly BundledDataset[] = [
  {
    id: 'seed',
    title: 'Russia, China and the reported request for military aid',
    source: () => ({ kind: 'text', name: SEED_NAME, text: JSON.stringify(seedJson) }),
  },
  {
    id: 'les-miserables',
    title: 'Les Misérables (Gephi GEXF)',
    source: () => ({ kind: 'url', url: sample('les-miserables.gexf') }),
  },
  {
    id: 'genemania',
    title: 'GeneMania network (Cytoscape .cyjs)',
    source: () => ({ kind: 'url', url: sample('genemania.cyjs') }),
  },
  {
    id: 'petclinic',
    title: 'PetClinic model (yEd GraphML)',
    source: () => ({ kind: 'url', url: sample('petclinic.yed.graphml') }),
  },
  {
    id: 'honeypot',
    title: 'Honeypot attacks (CSV edge list)',
    source: () => ({ kind: 'url', url: sample('honeypot-edges.csv') }),
  },
];

export const BUNDLED: readonly BundledDataset[] = import.meta.env.VITE_STANDALONE
  ? ALL.slice(0, 1)
  : ALL;
