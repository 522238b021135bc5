import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { pdfText as textOf } from '../../pdfText';
import { briefingPdf } from '../../../src/model/briefing/briefingPdf';
import { BRIEFING, QUOTE, page } from './briefingFixture';

/** The structure tree's elements in reading order: type and, for figures, the alternative. */
function structure(pdf: PDFDocument): { type: string; alt?: string }[] {
  const out: { type: string; alt?: string }[] = [];
  const visit = (node: unknown) => {
    const dict = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (!(dict instanceof PDFDict) || dict.get(PDFName.of('Type'))?.toString() === '/MCR') return;
    const type = dict.get(PDFName.of('S'))?.toString().slice(1);
    const alt = dict.get(PDFName.of('Alt'));
    if (type) out.push({ type, ...(alt instanceof PDFHexString ? { alt: alt.decodeText() } : {}) });
    const kids = dict.lookup(PDFName.of('K'));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) visit(k);
  };
  visit(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  return out;
}

describe('the briefing PDF', () => {
  it('has a page per step and one of sources, its words as searchable text', async () => {
    const bytes = await briefingPdf(BRIEFING);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe('Military aid');
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect(width).toBeGreaterThan(height); // A4 landscape by default
    const text = await textOf(bytes);
    expect(text).toContain('2. The request');
    expect(text).toContain('Russia asked China');
    expect(text.replace(/\s+/g, ' ')).toContain('militärische Hilfe');
    expect(text).toContain('Sources');
    expect(text).toContain('grade B');
    // The request step highlights: the claims it does not cite are counted.
    expect(text).toContain('3 more claims are drawn dimmed.');
  });

  it('is tagged: headings, the claims as a table with a header row, the picture described', async () => {
    const pdf = await PDFDocument.load(await briefingPdf(BRIEFING));
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(
      pdf.context.obj(true),
    );
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en)');
    const tree = structure(pdf);
    expect(tree.filter((e) => e.type === 'H1')).toHaveLength(3); // two steps and the sources
    // One table, for the step with a claim: a header row of five and one row of five.
    expect(tree.filter((e) => e.type === 'Table')).toHaveLength(1);
    expect(tree.filter((e) => e.type === 'TR')).toHaveLength(2);
    expect(tree.filter((e) => e.type === 'TH')).toHaveLength(5);
    expect(tree.filter((e) => e.type === 'TD')).toHaveLength(5);
    const figures = tree.filter((e) => e.type === 'Figure');
    expect(figures).toHaveLength(2);
    expect(figures[1]!.alt).toContain('Graph of 2 actors and 4 claims.');
    expect(figures[1]!.alt).toContain('1. Russia requests military aid from China (alleged)');
  });

  it('continues a long claims table on further pages, its header repeated as decoration', async () => {
    const claims = Array.from({ length: 60 }, (_, i) => ({
      n: i + 1,
      claim: `Actor ${i} accuses actor ${i + 1}`,
      status: 'reported',
      quote: QUOTE,
      source: `https://example.org/${'very-long-address-without-spaces-'.repeat(4)}${i}`,
    }));
    const bytes = await briefingPdf({ ...BRIEFING, pages: [page('Everyone', { claims })] });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(2);
    const tree = structure(pdf);
    expect(tree.filter((e) => e.type === 'TR')).toHaveLength(61);
    expect(tree.filter((e) => e.type === 'TH')).toHaveLength(5);
    const text = await textOf(bytes);
    expect(text).toContain('Actor 59 accuses actor 60');
  });

  it('writes Letter portrait when asked', async () => {
    const pdf = await PDFDocument.load(
      await briefingPdf(BRIEFING, { paper: 'letter', orientation: 'portrait' }),
    );
    expect([pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()]).toEqual([612, 792]);
  });

  it('writes characters the font lacks as "?" instead of failing', async () => {
    const bytes = await briefingPdf({ ...BRIEFING, title: '東京', pages: [page('東京 and Kyiv')] });
    expect(await textOf(bytes)).toContain('?? and Kyiv');
  });
});
