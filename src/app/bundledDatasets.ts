import type { Problem } from '../model/problem';
import { withDocumentsNamed } from '../model/documents';
import type { Dataset } from '../model/schema';
import type { Source } from '../io/openSource';
import { runImport } from '../io/runImport';
import type { BundledDataset } from '../ui/OpenMenu';
import { SEED_ELEMENT_ID } from './seedElement';

export const SEED_NAME = 'russia-china-military-aid.json';

export const EMPTY_DATASET: Dataset = {
  format: 'actor-graph',
  version: 2,
  title: 'Empty graph',
  documents: [],
  actorKinds: [],
  relationTypes: [],
  actors: [],
  relations: [],
};

/**
 * The seed's text. It is data, not code: every build of the page carries it as a JSON data
 * block, so it is not part of the initial JavaScript and needs no request.
 */
export function seedText(): Promise<string> {
  const text = document.getElementById(SEED_ELEMENT_ID)?.textContent;
  return text
    ? Promise.resolve(text)
    : Promise.reject(new Error(`the page carries no seed dataset (#${SEED_ELEMENT_ID})`));
}

/**
 * The seed, trusted at start-up: it is validated by the tests and again right after (see
 * `checkSeed`), so the first paint does not wait for the validator.
 */
export async function loadSeed(): Promise<Dataset> {
  // Not validated (checkSeed does that off the page): its quotes are given their one document
  // here, as validation would.
  return withDocumentsNamed(JSON.parse(await seedText()) as Dataset);
}

/**
 * The seed's problems, if it ever ships broken: shown, never a blank page. Checked in the
 * import worker, so the page's main thread, just started, does not pay for the validator.
 */
export async function checkSeed(): Promise<Problem[]> {
  const { outcome } = await runImport(
    SEED_NAME,
    await seedText(),
    {},
    new AbortController().signal,
    0,
  );
  return outcome.kind === 'needs-columns' ? [] : outcome.problems;
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
    source: async (): Promise<Source> => ({
      kind: 'text',
      name: SEED_NAME,
      text: await seedText(),
    }),
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
