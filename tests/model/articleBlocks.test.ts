import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/model/articleBlocks';
import { segmentArticle } from '../../src/model/articleSegments';
import { generateDataset } from '../../src/model/generate';

describe('an article cut into blocks', () => {
  const d = generateDataset({ actors: 200, relations: 800, evidenced: 800, seed: 2 });
  const text = d.documents[0]!.text!;
  const segments = segmentArticle(text, d.relations, 'article');
  const blocks = articleBlocks(text, segments, 1000);

  it('covers the text exactly, block after block', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(text.length);
    blocks.forEach((b, i) => {
      if (i) expect(b.start).toBe(blocks[i - 1]!.end);
      expect(b.segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(
        text.slice(b.start, b.end),
      );
    });
  });

  it('never cuts a quote, and ends blocks after a sentence', () => {
    const marked = blocks.flatMap((b) => b.segments.filter((s) => s.relationIds.length));
    expect(marked).toEqual(segments.filter((s) => s.relationIds.length));
    for (const b of blocks.slice(0, -1)) expect(text.slice(b.end - 2, b.end)).toBe('. ');
    // About the asked size: a block ends at the first sentence end past it.
    for (const b of blocks.slice(0, -1)) expect(b.end - b.start).toBeGreaterThanOrEqual(1000);
    for (const b of blocks.slice(0, -1)) expect(b.end - b.start).toBeLessThan(1400);
  });

  it('ends a block at a line break when one is near, so paragraphs keep their shape', () => {
    const para = 'A sentence here. '.repeat(70) + '\n' + 'Another one. '.repeat(30);
    const cut = articleBlocks(para, [{ start: 0, end: para.length, relationIds: [] }], 1000);
    expect(cut.map((b) => para.slice(b.end - 1, b.end))[0]).toBe('\n');
  });

  it('keeps a short article in one block', () => {
    const short = articleBlocks('Short. Text.', [{ start: 0, end: 12, relationIds: [] }]);
    expect(short).toEqual([
      { start: 0, end: 12, segments: [{ start: 0, end: 12, relationIds: [] }] },
    ]);
  });
});
