/*
 * Small preferences kept in localStorage. Storage can be missing or full (private mode,
 * quota): a preference that cannot be kept is simply not kept.
 */
export function loadString(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveString(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not kept; the app works the same
  }
}

export function loadNumber(key: string, fallback: number): number {
  const n = Number(loadString(key));
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const saveNumber = (key: string, value: number) => saveString(key, String(value));
