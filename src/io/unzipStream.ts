import { Unzip, UnzipInflate } from 'fflate';
import { problem, type Problem } from '../model/problem';

export type Chunks = AsyncIterable<Uint8Array>;

/** Whether bytes start like a zip archive (a local file header). */
export const isZip = (head: Uint8Array) =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/**
 * The first file of a zip archive, inflated as the archive streams in (GDELT publishes each
 * quarter-hour as one zipped CSV). A damaged or truncated archive ends in a problem naming
 * the byte where it broke, never in a hang.
 */
export async function* unzipFirst(
  chunks: Chunks,
  name: string,
  onProblem: (p: Problem) => void,
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let entry: string | undefined;
  let finished = false;
  let failure: string | undefined;
  const unzip = new Unzip((file) => {
    if (entry !== undefined) return;
    entry = file.name;
    file.ondata = (error, data, final) => {
      if (error) failure = error.message;
      else ready.push(data);
      if (final) finished = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      unzip.push(chunk);
      bytes += chunk.length;
      while (ready.length) yield ready.shift()!;
      if (failure || finished) break;
    }
  } catch (error) {
    failure = (error as Error).message;
  }
  while (ready.length) yield ready.shift()!;
  if (failure)
    onProblem(
      problem(
        'AG078',
        '$',
        `${name} is damaged near byte ${bytes.toLocaleString('en')}: ${failure}.`,
      ),
    );
  else if (entry === undefined)
    onProblem(problem('AG078', '$', `${name} holds no file (or is cut off before its first one).`));
  else if (!finished)
    onProblem(
      problem(
        'AG078',
        '$',
        `${name} is cut off: the archive ends after ${bytes.toLocaleString('en')} bytes, in the middle of ${entry}. What came before the cut was read.`,
        'warning',
      ),
    );
}

/** A blob's bytes as they are read, with progress; aborting stops the reading. */
export async function* blobChunks(
  blob: Blob,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): AsyncGenerator<Uint8Array> {
  // Where Blob has no stream (older engines, jsdom), it is read in one piece.
  if (typeof blob.stream !== 'function') {
    const whole = new Uint8Array(await blob.arrayBuffer());
    onProgress(1);
    yield whole;
    return;
  }
  const reader = blob.stream().getReader();
  let loaded = 0;
  try {
    for (;;) {
      if (signal.aborted) throw new DOMException('Loading was cancelled', 'AbortError');
      const { done, value } = await reader.read();
      if (done) return;
      loaded += value.length;
      onProgress(blob.size ? loaded / blob.size : 1);
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
}
