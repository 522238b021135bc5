import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** One page of a briefing: a step's picture with its words. */
export interface BriefingPage {
  title: string;
  caption?: string;
  /** The step's picture as PNG, and its size in pixels. */
  png: Uint8Array;
  width: number;
  height: number;
  /** Numbered footnotes of the claims the picture shows: quote, source, date, grade, address. */
  footnotes: string[];
}

/** A4 landscape, in points. */
const PAGE = { width: 842, height: 595, margin: 36 };
const SIZE = { title: 16, text: 9.5, small: 8 };

/** Text the standard font can write: characters it lacks become "?" rather than an error. */
function writable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/\r/g, '')]
    .map((c) => (c === '\n' || known.has(c.codePointAt(0)!) ? c : '?'))
    .join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** A caption's small Markdown as plain words: **x**, *x* and [x](url) → x (url). */
const plain = (caption: string) =>
  caption
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)');

/**
 * A briefing as PDF: a page per step — title, caption, the picture and the numbered footnotes
 * of its claims, continued on further pages when long — and a last page listing every source.
 * All words are text (selectable and searchable), in Helvetica.
 */
export async function briefingPdf(
  title: string,
  pages: readonly BriefingPage[],
  sources: readonly string[],
  headings = { sources: 'Sources' },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Actor Graph');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const lines = (text: string, size: number, f = font) => {
    for (const line of wrap(f, writable(f, text), size, width)) {
      if (y - size < PAGE.margin) newPage();
      page.drawText(line, {
        x: PAGE.margin,
        y: y - size,
        size,
        font: f,
        color: rgb(0.1, 0.1, 0.1),
      });
      y -= size * 1.35;
    }
  };
  for (const [i, p] of pages.entries()) {
    newPage();
    lines(`${i + 1}. ${p.title}`, SIZE.title, bold);
    if (p.caption) lines(plain(p.caption), SIZE.text);
    y -= 4;
    const image = await pdf.embedPng(p.png);
    // The picture takes what the words leave, at least half the page.
    const room = Math.max(PAGE.height / 2, y - PAGE.margin - 60);
    const scale = Math.min(width / p.width, room / p.height);
    const [w, h] = [p.width * scale, p.height * scale];
    page!.drawImage(image, { x: PAGE.margin + (width - w) / 2, y: y - h, width: w, height: h });
    y -= h + 8;
    for (const note of p.footnotes) lines(note, SIZE.small);
  }
  newPage();
  lines(headings.sources, SIZE.title, bold);
  for (const s of sources) lines(s, SIZE.small);
  return pdf.save({ useObjectStreams: false });
}
