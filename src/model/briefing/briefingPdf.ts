import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { plainCaption } from '../caption';
import { pictureAlt, type Briefing, type Orientation, type Paper } from './briefing';
import { PdfTags } from './pdfTags';

export interface PdfLayout {
  paper: Paper;
  orientation: Orientation;
}

export const DEFAULT_LAYOUT: PdfLayout = { paper: 'a4', orientation: 'landscape' };

/** Portrait sizes in points. */
const PAPERS: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const MARGIN = 36;
const SIZE = { title: 16, heading: 11, text: 9.5, small: 8 };
const INK = rgb(0.1, 0.1, 0.1);
const RULE = rgb(0.75, 0.75, 0.75);
/** The claims table's columns as shares of the line: No., claim, status, quote, source. */
const COLUMNS = [0.05, 0.25, 0.09, 0.33, 0.28];

const characterSets = new WeakMap<PDFFont, Set<number>>();

/** Text the standard font can write: characters it lacks become "?" rather than an error. */
function writable(font: PDFFont, text: string): string {
  let known = characterSets.get(font);
  if (!known) characterSets.set(font, (known = new Set(font.getCharacterSet())));
  return [...text.replace(/\r/g, '')]
    .map((c) => (c === '\n' || known.has(c.codePointAt(0)!) ? c : '?'))
    .join('');
}

/** Lines of at most `width` points; a word longer than a line (an address) is cut. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const para of writable(font, text).split('\n')) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const next = line ? `${line} ${word}` : word;
      if (!fits(next) && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A briefing as a tagged PDF: a page per step — its title, caption and picture, then its
 * claims as a table (number, claim, status, quote, source) continued on further pages when
 * long — and a last page listing every source. All words are text in Helvetica; headings,
 * paragraphs, the table and the picture's text alternative are in the structure tree.
 */
export async function briefingPdf(
  briefing: Briefing,
  layout: PdfLayout = DEFAULT_LAYOUT,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(briefing.title, { showInWindowTitleBar: true });
  pdf.setLanguage(briefing.language);
  pdf.setCreator('Actor Graph');
  const tags = new PdfTags(pdf);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [short, long] = PAPERS[layout.paper];
  const [pageWidth, pageHeight] =
    layout.orientation === 'landscape' ? [long, short] : [short, long];
  const width = pageWidth - 2 * MARGIN;
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([pageWidth, pageHeight]);
    y = pageHeight - MARGIN;
  };
  const lead = (size: number) => size * 1.3;
  const draw = (line: string, x: number, top: number, size: number, f: PDFFont) =>
    page.drawText(line, { x, y: top - size, size, font: f, color: INK });

  /** A paragraph or heading as one element, its lines marked page by page. */
  const block = (type: string, text: string, size: number, f = font) => {
    const element = tags.element(type);
    for (const line of wrap(f, text, size, width)) {
      if (y - lead(size) < MARGIN) newPage();
      tags.mark(page, element, () => draw(line, MARGIN, y, size, f));
      y -= lead(size);
    }
  };

  const table = (rows: string[][], headings: string[]) => {
    const element = tags.element('Table');
    const widths = COLUMNS.map((share) => share * width);
    const size = SIZE.small;
    const cellLines = (cells: string[], f: PDFFont) =>
      cells.map((c, i) => wrap(f, c, size, widths[i]! - 4));
    const drawRow = (lines: string[][], f: PDFFont, row?: PDFRef, cellType = 'TD') => {
      let x = MARGIN;
      lines.forEach((cell, i) => {
        const paint = () => cell.forEach((l, k) => draw(l, x, y - 2 - k * lead(size), size, f));
        if (row) tags.mark(page, tags.element(cellType, row), paint);
        else tags.artifact(page, paint);
        x += widths[i]!;
      });
      y -= Math.max(...lines.map((c) => c.length)) * lead(size) + 4;
      tags.artifact(page, () =>
        page.drawLine({
          start: { x: MARGIN, y: y + 1 },
          end: { x: MARGIN + width, y: y + 1 },
          thickness: 0.4,
          color: RULE,
        }),
      );
    };
    const head = cellLines(headings, bold);
    // The header row is structure once; repeated on a continuation page it is decoration.
    drawRow(head, bold, tags.element('TR', element), 'TH');
    for (const cells of rows) {
      const lines = cellLines(cells, font);
      const height = Math.max(...lines.map((c) => c.length)) * lead(size) + 4;
      if (y - height < MARGIN) {
        newPage();
        drawRow(head, bold);
      }
      drawRow(lines, font, tags.element('TR', element));
    }
  };

  const { words } = briefing;
  for (const [i, p] of briefing.pages.entries()) {
    newPage();
    block('H1', `${i + 1}. ${p.title}`, SIZE.title, bold);
    if (p.caption) block('P', plainCaption(p.caption), SIZE.text);
    y -= 4;
    const image = await pdf.embedPng(p.png);
    // The picture takes what the words leave, at least 45 % of the page.
    const room = Math.max(pageHeight * 0.45, y - MARGIN - (p.claims.length ? 80 : 0));
    const scale = Math.min(width / p.width, room / p.height, 1);
    const [w, h] = [p.width * scale, p.height * scale];
    tags.mark(page, tags.element('Figure', undefined, pictureAlt(p, words)), () =>
      page.drawImage(image, { x: MARGIN + (width - w) / 2, y: y - h, width: w, height: h }),
    );
    y -= h + 10;
    if (!p.claims.length) continue;
    if (y - 60 < MARGIN) newPage();
    block('H2', words.claims, SIZE.heading, bold);
    table(
      p.claims.map((c) => [String(c.n), c.claim, c.status, c.quote && `„${c.quote}“`, c.source]),
      [words.number, words.claim, words.status, words.quote, words.source],
    );
    if (p.dimmed) block('P', words.dimmed(p.dimmed), SIZE.small);
  }
  newPage();
  block('H1', words.sources, SIZE.title, bold);
  for (const s of briefing.sources) block('P', s, SIZE.small);
  tags.finish();
  return pdf.save({ useObjectStreams: false });
}
