import type { Segment } from './articleSegments';

/** A stretch of the article drawn as one block: whole segments, so no quote is ever cut. */
export interface ArticleBlock {
  start: number;
  end: number;
  /** Its segments, the first and last possibly cut short at the block's ends (plain text only). */
  segments: Segment[];
}

/** Where a block may end after `from`: after a line break, else after a sentence. */
function breakAfter(text: string, from: number, to: number, reach: number): number {
  const newline = text.indexOf('\n', from);
  if (newline !== -1 && newline < to && newline - from < reach) return newline + 1;
  for (let i = from; i < to - 1; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '…') && /\s/.test(text[i + 1]!)) return i + 2;
  }
  return -1;
}

/**
 * Cuts a long article into blocks of about `size` characters, so that the panel can draw only
 * the blocks in view in full (their quotes marked) and leave the rest to the browser as plain
 * text it need not lay out. A block ends only inside unquoted text, after a line break where
 * one is near (so paragraphs look as they are), else after a sentence.
 */
export function articleBlocks(
  text: string,
  segments: readonly Segment[],
  size = 1200,
): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let current: ArticleBlock = { start: 0, end: 0, segments: [] };
  const close = (at: number) => {
    current.end = at;
    blocks.push(current);
    current = { start: at, end: at, segments: [] };
  };
  for (const segment of segments) {
    if (segment.relationIds.length > 0) {
      current.segments.push(segment);
      continue;
    }
    let from = segment.start;
    for (;;) {
      const due = Math.max(from, current.start + size);
      const cut = due < segment.end ? breakAfter(text, due, segment.end, size) : -1;
      if (cut === -1 || cut >= segment.end) {
        current.segments.push({ start: from, end: segment.end, relationIds: [] });
        break;
      }
      current.segments.push({ start: from, end: cut, relationIds: [] });
      close(cut);
      from = cut;
    }
  }
  if (current.segments.length) close(text.length);
  return blocks;
}
