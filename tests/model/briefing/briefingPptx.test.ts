import { strFromU8, unzipSync } from 'fflate';
import { briefingPptx } from '../../../src/model/briefing/briefingPptx';
import { BRIEFING, QUOTE } from './briefingFixture';

/** The PowerPoint's parts by name, as text. */
async function parts(briefing = BRIEFING): Promise<Record<string, string>> {
  const files = unzipSync(await briefingPptx(briefing));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const slides = (p: Record<string, string>) =>
  Object.keys(p).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));

describe('the briefing as PowerPoint', () => {
  it('has a slide per step, titled in its title placeholder', async () => {
    const p = await parts();
    expect(slides(p)).toHaveLength(2);
    expect(p['ppt/presentation.xml']).toBeDefined();
    expect(p['docProps/core.xml']).toContain('<dc:title>Military aid</dc:title>');
    const second = p['ppt/slides/slide2.xml']!;
    expect(second).toMatch(/<p:ph\s[^>]*type="title"/);
    expect(second).toContain('2. The request');
    expect(second).toContain('Russia asked China');
    expect(second).toContain('2 / 2');
  });

  it('puts the footnotes in the speaker notes and the claims in the picture’s alt text', async () => {
    const p = await parts();
    const notes = p['ppt/notesSlides/notesSlide2.xml']!;
    expect(notes).toContain(QUOTE);
    expect(notes).toContain('1. Russia requests military aid from China — alleged');
    expect(notes).toContain('grade B');
    expect(notes).toContain('3 more claims are drawn dimmed.');
    const picture = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(p['ppt/slides/slide2.xml']!)?.[1];
    expect(picture).toContain('Graph of 2 actors and 4 claims.');
    expect(picture).toContain('Russia requests military aid from China (alleged)');
  });

  it('keeps markup in the data as text', async () => {
    const p = await parts({
      ...BRIEFING,
      pages: [
        { ...BRIEFING.pages[0]!, title: '<b>x</b> & "y"', caption: '<script>alert(1)</script>' },
      ],
    });
    const slide = p['ppt/slides/slide1.xml']!;
    expect(slide).not.toContain('<script>');
    expect(slide).toContain('&lt;script&gt;');
    expect(slide).toContain('&lt;b&gt;x&lt;/b&gt; &amp; ');
  });
});
