import cytoscape from 'cytoscape';
import { createDrawnGraph, type DrawnGraph } from '../src/graph/drawnGraph';
import type { Renderer } from '../src/store/graphStore';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../src/model/validate';
import type { Dataset } from '../src/model/schema';
import { createGraphStore } from '../src/store/graphStore';

/** Paths from the project root (vitest runs there; import.meta.url is not a file URL under jsdom). */
export const projectPath = (...parts: string[]) => resolve(process.cwd(), ...parts);
export const fixturePath = (name: string) => projectPath('tests/fixtures', name);
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const rawFixture = (name: string): Record<string, unknown> => JSON.parse(readFixture(name));

export const seedPath = projectPath('data/russia-china-military-aid.json');

/** A validated dataset from a fixture or the seed; throws with the problems otherwise. */
export function datasetFrom(raw: unknown): Dataset {
  const { dataset, problems } = validateDataset(raw);
  if (!dataset) throw new Error(JSON.stringify(problems, null, 2));
  return dataset;
}

export const smallDataset = () => datasetFrom(rawFixture('small.actor-graph.json'));
export const seedDataset = () => datasetFrom(JSON.parse(readFileSync(seedPath, 'utf8')));
export const smallStore = () => createGraphStore(smallDataset(), 'small.actor-graph.json');
export const storyDataset = () => datasetFrom(rawFixture('story.actor-graph.json'));
export const storyMoreDataset = () => datasetFrom(rawFixture('story-more.actor-graph.json'));

/**
 * A headless graph as the app draws it: large graphs lean (Cytoscape holds every element, as
 * with WebGL) unless the canvas renderer is asked for (the overview mode).
 */
export function headlessGraph(renderer: Renderer = 'webgl'): DrawnGraph {
  return createDrawnGraph(cytoscape({ headless: true, styleEnabled: true }), renderer);
}
