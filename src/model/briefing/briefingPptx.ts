import { plainCaption } from '../caption';
import { footnoteLine, pictureAlt, type Briefing } from './briefing';

/** 16:9 in inches, as PowerPoint's default. */
const SLIDE = { w: 10, h: 5.625, margin: 0.4 };

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A briefing as PowerPoint: a slide per step — its title in the slide's title placeholder (what
 * screen readers announce), caption, picture with the visible claims as its alternative text,
 * "n / N" — and the numbered footnotes (quote, status, source) in the speaker notes.
 * pptxgenjs (MIT) is loaded by the caller's dynamic import of this module.
 */
export async function briefingPptx(briefing: Briefing): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = briefing.title;
  pptx.company = 'Actor Graph';
  const width = SLIDE.w - 2 * SLIDE.margin;
  pptx.defineSlideMaster({
    title: 'STEP',
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: SLIDE.margin, y: 0.2, w: width, h: 0.5 },
          text: '',
        },
      },
    ],
  });
  const count = briefing.pages.length;
  for (const [i, p] of briefing.pages.entries()) {
    const slide = pptx.addSlide({ masterName: 'STEP' });
    slide.addText(`${i + 1}. ${p.title}`, {
      placeholder: 'title',
      fontFace: 'Arial',
      fontSize: 22,
      bold: true,
      color: '1A1A1A',
    });
    let top = 0.75;
    if (p.caption) {
      slide.addText(plainCaption(p.caption), {
        x: SLIDE.margin,
        y: top,
        w: width,
        h: 0.5,
        fontFace: 'Arial',
        fontSize: 12,
        color: '333333',
        valign: 'top',
      });
      top += 0.55;
    }
    const room = { w: width, h: SLIDE.h - top - 0.35 };
    const scale = Math.min(room.w / p.width, room.h / p.height);
    const [w, h] = [p.width * scale, p.height * scale];
    slide.addImage({
      data: `image/png;base64,${base64(p.png)}`,
      x: SLIDE.margin + (room.w - w) / 2,
      y: top,
      w,
      h,
      altText: pictureAlt(p, briefing.words),
    });
    slide.addText(`${i + 1} / ${count}`, {
      x: SLIDE.w - SLIDE.margin - 1,
      y: SLIDE.h - 0.35,
      w: 1,
      h: 0.25,
      fontFace: 'Arial',
      fontSize: 9,
      color: '666666',
      align: 'right',
    });
    slide.addNotes(
      [
        plainCaption(p.caption ?? ''),
        ...p.claims.map(footnoteLine),
        p.dimmed ? briefing.words.dimmed(p.dimmed) : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
