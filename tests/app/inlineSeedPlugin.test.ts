import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor } from 'vite';
import { inlineSeed } from '../../scripts/inlineSeedPlugin';
import { seedPath } from '../helpers';

const blockFor = (file: string) => {
  const hook = inlineSeed(file).transformIndexHtml as () => HtmlTagDescriptor[];
  return hook()[0]!;
};

describe('the seed carried inside the page', () => {
  it('is a JSON data block holding the seed unchanged', () => {
    const block = blockFor(seedPath);
    expect(block.attrs).toEqual({ type: 'application/json', id: 'actor-graph-seed' });
    const seed = JSON.parse(block.children as string) as { actors: unknown[] };
    expect(seed.actors.length).toBeGreaterThan(10);
  });

  it('cannot end early when a quote contains "</script>"', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.json');
    const quote = 'He wrote </script><script>alert(1)</script> in the piece.';
    writeFileSync(file, JSON.stringify({ quote }));
    const children = blockFor(file).children as string;
    expect(children.toLowerCase()).not.toContain('</script');
    expect((JSON.parse(children) as { quote: string }).quote).toBe(quote);
  });
});
