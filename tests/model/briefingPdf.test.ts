import { PDFDocument } from 'pdf-lib';
import { pdfText as textOf } from '../pdfText';
import { briefingPdf } from '../../src/model/briefingPdf';

// A 1 × 1 PNG.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('the briefing PDF', () => {
  it('has a page per step and one of sources, its words as searchable text', async () => {
    const quote = '„Angeblich hat Russland von China militärische Hilfe erbeten.“';
    const bytes = await briefingPdf(
      'Military aid',
      [
        { title: 'The actors', png: PNG, width: 1, height: 1, footnotes: [] },
        {
          title: 'The request',
          caption: 'Russia **asked** China',
          png: PNG,
          width: 1,
          height: 1,
          footnotes: [`1. Russia requests military aid from China — alleged: ${quote}`],
        },
      ],
      ['Article — example.org, 2022-03-14, grade B'],
    );
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe('Military aid');
    const text = await textOf(bytes);
    expect(text).toContain('2. The request');
    expect(text).toContain('Russia asked China');
    expect(text).toContain('militärische Hilfe');
    expect(text).toContain('„Angeblich');
    expect(text).toContain('Sources');
    expect(text).toContain('grade B');
  });

  it('writes characters the font lacks as "?" instead of failing', async () => {
    const bytes = await briefingPdf(
      '東京',
      [{ title: '東京 and Kyiv', png: PNG, width: 1, height: 1, footnotes: [] }],
      [],
    );
    expect(await textOf(bytes)).toContain('?? and Kyiv');
  });
});
