import { parseJsonText } from './parseJsonText';
import type { Problem } from './problem';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

export interface LoadResult {
  dataset?: Dataset;
  problems: Problem[];
}

/** Reads the text of an actor-graph JSON file: syntax, schema and references in one go. */
export function loadDatasetText(text: string): LoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return { problems: json.problems };
  return validateDataset(json.value);
}
