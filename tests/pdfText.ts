import { unzlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** WinAnsiEncoding (PDF's Windows-1252): 0x80–0x9F differ from Latin-1. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const winAnsi = (byte: number) =>
  byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : String.fromCharCode(byte);

/** Every string a page shows: its content streams inflated, their hex strings decoded. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  let out = '';
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const filter = object.dict.lookup(PDFName.of('Filter'))?.toString() ?? '';
    let data = object.contents;
    try {
      data = filter.includes('FlateDecode') ? unzlibSync(data) : data;
    } catch {
      continue;
    }
    const content = new TextDecoder('latin1').decode(data);
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
      out += `${(m[1]!.match(/../g) ?? []).map((h) => winAnsi(parseInt(h, 16))).join('')}\n`;
  }
  return out;
}
