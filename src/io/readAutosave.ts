import { validateDataset } from '../model/validate';
import { AUTOSAVE_KEY, type SavedWork, type Storage } from './autosave';

/** The work saved in this browser, if any (and only if it still reads as a dataset). */
export function readAutosave(storage: Storage): SavedWork | null {
  try {
    const raw = storage.getItem(AUTOSAVE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedWork;
    if (saved.version !== 1) return null;
    const { dataset } = validateDataset(saved.dataset);
    return dataset ? { ...saved, dataset: dataset } : null;
  } catch {
    return null;
  }
}
