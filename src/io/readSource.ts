import { problem, type Problem } from '../model/problem';

/** The largest file we read: beyond it the browser tab risks running out of memory. */
export const MAX_BYTES = 200 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(name: string, bytes: number): Problem[] {
  return [problem('AG006', '$', `${name} is ${mb(bytes)}; the limit is ${mb(MAX_BYTES)}.`)];
}

/** Reads a local file as UTF-8 text, reporting progress; abort stops it. */
export function readFile(
  file: Blob & { name?: string },
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<ReadResult> {
  const name = file.name ?? 'the file';
  if (file.size > MAX_BYTES)
    return Promise.resolve({ ok: false, problems: tooLarge(name, file.size) });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve({ ok: true, text: String(reader.result ?? '') });
    reader.onerror = () =>
      resolve({
        ok: false,
        problems: [
          problem(
            'AG004',
            '$',
            `${name} could not be read: ${String(reader.error?.message ?? 'unknown error')}.`,
          ),
        ],
      });
    reader.onabort = () =>
      resolve({
        ok: false,
        problems: [problem('AG009', '$', `Loading ${name} was cancelled.`)],
      });
    signal.addEventListener('abort', () => reader.abort(), { once: true });
    reader.readAsText(file);
  });
}

/** Only http(s) URLs are fetched: a `data=` parameter must not reach file:, javascript: or data:. */
export function checkUrl(url: string): Problem[] {
  try {
    const parsed = new URL(url, globalThis.location?.href);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return [];
    return [
      problem('AG008', '$', `Only http(s) addresses can be opened, not "${parsed.protocol}" ones.`),
    ];
  } catch {
    return [problem('AG008', '$', `"${url}" is not a valid address.`)];
  }
}

/** Fetches a URL as text with progress when the server gives the length. */
export async function readUrl(
  url: string,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<ReadResult> {
  const bad = checkUrl(url);
  if (bad.length) return { ok: false, problems: bad };
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    const cancelled = (error as Error).name === 'AbortError';
    return {
      ok: false,
      problems: [
        cancelled
          ? problem('AG009', '$', `Loading ${url} was cancelled.`)
          : problem(
              'AG008',
              '$',
              `${url} could not be fetched (${String((error as Error).message)}). The server may be down or not allow this site to read it (CORS).`,
            ),
      ],
    };
  }
  if (!response.ok)
    return {
      ok: false,
      problems: [
        problem('AG008', '$', `${url} answered ${response.status} ${response.statusText}.`),
      ],
    };
  const total = Number(response.headers.get('content-length') ?? 0);
  if (total > MAX_BYTES) return { ok: false, problems: tooLarge(url, total) };
  if (!response.body || !total) return { ok: true, text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    if (loaded > MAX_BYTES) return { ok: false, problems: tooLarge(url, loaded) };
    onProgress(loaded / total);
  }
  return { ok: true, text: new TextDecoder().decode(concat(chunks, loaded)) };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** What an import reads: text already there, a file, or an address to fetch. */
export type ImportInput = string | Blob | { url: string };

/** The text of an import's input, read with progress (on the page or in the worker). */
export function readInput(
  input: ImportInput,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<ReadResult> {
  if (typeof input === 'string') return Promise.resolve({ ok: true, text: input });
  if (input instanceof Blob) return readFile(input, signal, onProgress);
  return readUrl(input.url, signal, onProgress);
}
