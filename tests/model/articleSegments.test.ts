import { describe, expect, it } from 'vitest';
import { safeHttpUrl, segmentArticle } from '../../src/model/articleSegments';
import type { Relation } from '../../src/model/schema';

const rel = (id: string, ...spans: [number, number][]): Relation => ({
  id,
  source: 'a',
  target: 'b',
  type: 't',
  evidence: spans.map(([start, end]) => ({ document: 'doc', quote: '', start, end })),
});

const pieces = (text: string, relations: Relation[]) =>
  segmentArticle(text, relations, 'doc').map((s) => [
    text.slice(s.start, s.end),
    s.relationIds.join('+'),
  ]);

describe('segmentArticle', () => {
  it('cuts overlapping and nested quotes into runs that know every covering relation', () => {
    const text = 'Alpha asked Beta for help.';
    expect(
      pieces(text, [rel('outer', [0, 26]), rel('inner', [6, 16]), rel('tail', [12, 21])]),
    ).toEqual([
      ['Alpha ', 'outer'],
      ['asked ', 'outer+inner'],
      ['Beta', 'outer+inner+tail'],
      [' for ', 'outer+tail'],
      ['help.', 'outer'],
    ]);
  });

  it('keeps offsets exact across umlauts, „typographic quotes“ and dashes', () => {
    const text = 'China nennt das „Fake News“ – die Beziehungen zum Außenministerium';
    const quote = '„Fake News“ – die';
    const start = text.indexOf(quote);
    const umlaut = text.indexOf('Außen');
    const segs = pieces(text, [
      rel('q', [start, start + quote.length]),
      rel('u', [umlaut, umlaut + 5]),
    ]);
    expect(segs).toContainEqual([quote, 'q']);
    expect(segs).toContainEqual(['Außen', 'u']);
    expect(segs.map(([t]) => t).join('')).toBe(text);
  });

  it('lists a relation once even if two of its quotes touch, and ignores spans outside the text', () => {
    const text = 'abcdef';
    expect(pieces(text, [rel('r', [0, 3], [2, 4], [5, 99])])).toEqual([
      ['ab', 'r'],
      ['c', 'r'],
      ['d', 'r'],
      ['ef', ''],
    ]);
  });
});

describe('safeHttpUrl', () => {
  it('lets only http(s) through', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
