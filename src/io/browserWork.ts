import { browserKeyValue } from './keyValue';
import { createWorkKeeper, type WorkKeeper } from './savedWork';

let keeper: WorkKeeper | null = null;

/** localStorage, or null where the browser blocks it (then only the database is used). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The page's keeper of saved work (loaded with the first need of it). */
export const browserWork = (): WorkKeeper =>
  (keeper ??= createWorkKeeper(browserKeyValue(), localStorageOrNull()));
