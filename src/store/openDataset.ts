import type { StoreApi } from 'zustand/vanilla';
import { loadDatasetText } from '../model/loadDataset';
import { hasErrors } from '../model/problem';
import type { GraphState } from './graphStore';

/**
 * Loads a dataset from text. The current graph is replaced only when the new one has no
 * errors; otherwise the problems are reported and everything the user had stays.
 */
export function openDatasetText(
  store: StoreApi<GraphState>,
  fileName: string,
  text: string,
): boolean {
  const { dataset, problems } = loadDatasetText(text);
  if (!dataset || hasErrors(problems)) {
    store.getState().reportProblems(fileName, problems);
    return false;
  }
  store.getState().loadDataset(dataset, fileName, problems);
  return true;
}

export async function openDatasetFile(store: StoreApi<GraphState>, file: File): Promise<boolean> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    store.getState().reportProblems(file.name, [
      {
        code: 'AG004',
        severity: 'error',
        path: '$',
        message: `The file could not be read: ${String(error)}`,
      },
    ]);
    return false;
  }
  return openDatasetText(store, file.name, text);
}
