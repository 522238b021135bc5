// @vitest-environment node
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { readGdeltFiles } from '../../src/io/readEvents';
import { importInput } from '../../src/io/importInput';
import { importText } from '../../src/model/formats/importText';

const events = readFileSync('tests/fixtures/events/gdelt-events-20170701.export.CSV');
const NAME = '20170701234500.export.CSV.zip';
const zipped = zipSync({ '20170701234500.export.CSV': new Uint8Array(events) });
const never = new AbortController().signal;

/** A blob-like file of `size` bytes made up as it is read, counting what was pulled. */
function madeUpFile(head: string, fill: number, size: number) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(1 << 20).fill(fill);
  const first = strToU8(head);
  const file = {
    size,
    slice: (start: number, end: number) => new Blob([first.slice(start, end)]),
    stream: () => {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = sent === 0 ? first : chunk;
          if (sent >= size) return controller.close();
          sent += next.length;
          pulled.bytes += next.length;
          controller.enqueue(next);
        },
      });
    },
  };
  return { file: file as unknown as Blob, pulled };
}

describe('streaming event files', () => {
  it('reads a zipped GDELT export as GDELT publishes it, the same as the plain file', async () => {
    const read = await readGdeltFiles(NAME, new Blob([zipped]), undefined, {}, never, () => {});
    const plain = importText('x.export.CSV', events.toString('utf8'));
    expect(plain.kind === 'dataset' && read.dataset!.relations).toEqual(
      plain.kind === 'dataset' && plain.dataset.relations,
    );
  });

  it('opens a zip through the import path, recognised by its content', async () => {
    const result = await importInput(
      importText,
      { name: 'events.zip', input: new Blob([zipped]), options: {} },
      never,
      () => {},
    );
    expect(result.outcome.kind === 'dataset' && result.outcome.format).toBe('gdelt');
  });

  it('keeps what came before the cut of a truncated zip and names the cut', async () => {
    const cut = zipped.slice(0, Math.floor(zipped.length * 0.6));
    const read = await readGdeltFiles(NAME, new Blob([cut]), undefined, {}, never, () => {});
    const damage = read.problems.find((p) => p.code === 'AG078')!;
    expect(damage.message).toMatch(
      /is cut off: the archive ends after [\d,]+ bytes, in the middle of 20170701234500\.export\.CSV/,
    );
  });

  it('reports a zip whose data is garbage, never hanging', async () => {
    const bad = zipped.slice();
    bad.fill(0x41, 60, bad.length - 30);
    const read = await readGdeltFiles(NAME, new Blob([bad]), undefined, {}, never, () => {});
    expect(read.dataset).toBeUndefined();
    expect(read.problems.some((p) => p.code === 'AG078' && p.severity === 'error')).toBe(true);
  });

  it('stops at the first megabyte of a 1 GB line, with its place, without reading on', async () => {
    const row = events.toString('utf8').split('\n')[0]!.slice(0, 60);
    const { file, pulled } = madeUpFile(row, 0x78, 1 << 30);
    const read = await readGdeltFiles('day.export.CSV', file, undefined, {}, never, () => {});
    expect(read.dataset).toBeUndefined();
    expect(read.problems[0]).toMatchObject({
      code: 'AG077',
      line: 1,
      column: (1 << 20) + 1,
      severity: 'error',
    });
    expect(pulled.bytes).toBeLessThan(4 << 20);
  });

  it('stops when cancelled', async () => {
    const { file } = madeUpFile(events.toString('utf8'), 0x0a, 1 << 30);
    const controller = new AbortController();
    const reading = readGdeltFiles(
      'day.export.CSV',
      file,
      undefined,
      {},
      controller.signal,
      (f) => {
        if (f > 0.001) controller.abort();
      },
    );
    await expect(reading).rejects.toThrow('cancelled');
  });

  it('turns binary garbage into a placed failure, not a crash', async () => {
    const garbage = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    const text = new TextDecoder().decode(garbage);
    const result = await importInput(
      importText,
      { name: 'blob.bin', input: text, options: {} },
      never,
      () => {},
    );
    expect(result.outcome.kind).toBe('failed');
    expect(result.outcome.kind === 'failed' && result.outcome.problems[0]!.code).toBe('AG005');
  });
});
