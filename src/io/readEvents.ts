import { GdeltImport, type EventImportOptions } from '../model/events/gdeltImport';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import { blobChunks, isZip, unzipFirst, type Chunks } from './unzipStream';

/** Decodes chunks of UTF-8 text as they come, a character split between chunks kept whole. */
async function decode(chunks: Chunks, push: (text: string) => void, stop: () => boolean) {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    push(decoder.decode(chunk, { stream: true }));
    if (stop()) return;
  }
  push(decoder.decode());
}

async function bytesOf(
  blob: Blob,
  name: string,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
  problems: Problem[],
): Promise<Chunks> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  const chunks = blobChunks(blob, signal, onProgress);
  return isZip(head) ? unzipFirst(chunks, name, (p) => problems.push(p)) : chunks;
}

/**
 * Streams a GDELT events file — plain or zipped as GDELT publishes it — and its mentions
 * through the aggregator: the page's memory holds the aggregate, never the file. Progress
 * goes by bytes read; aborting stops at the next chunk.
 */
export async function readGdeltFiles(
  name: string,
  events: Blob,
  mentions: (Blob & { name?: string }) | undefined,
  options: EventImportOptions,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<{ dataset?: Dataset; problems: Problem[] }> {
  const reader = new GdeltImport(name, options);
  const archive: Problem[] = [];
  const total = events.size + (mentions?.size ?? 0);
  const stop = () => reader.done || signal.aborted;
  await decode(
    await bytesOf(events, name, signal, (f) => onProgress((f * events.size) / total), archive),
    (text) => reader.push(text),
    stop,
  );
  reader.endEvents();
  if (mentions && !stop())
    await decode(
      await bytesOf(
        mentions,
        mentions.name ?? 'mentions',
        signal,
        (f) => onProgress((events.size + f * mentions.size) / total),
        archive,
      ),
      (text) => reader.pushMentions(text),
      stop,
    );
  if (signal.aborted) throw new DOMException('Loading was cancelled', 'AbortError');
  const read = reader.finish();
  if (!archive.length) return read;
  // A cut-off archive still gives the events read before the cut, with the damage named.
  return { ...read, problems: [...archive, ...read.problems] };
}
