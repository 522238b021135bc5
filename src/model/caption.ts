/**
 * A story step's caption: a small Markdown of **strong**, *emphasis* and [links](https://…).
 * Nothing else is interpreted: markup stays text, and a link that is not http(s)
 * (`javascript:`) stays text too. One reading for the screen (ui/Caption.tsx) and for the
 * briefing files' plain words.
 */
export type CaptionToken =
  { kind: 'text' | 'strong' | 'em'; text: string } | { kind: 'link'; text: string; href: string };

const TOKEN = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A paragraph of a caption as its tokens, in order. */
export function captionTokens(text: string): CaptionToken[] {
  const out: CaptionToken[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'em', text: m[2] });
    else if (/^https?:\/\//i.test(m[4]!)) out.push({ kind: 'link', text: m[3]!, href: m[4]! });
    else out.push({ kind: 'text', text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** A caption as plain words: emphasis dropped, a link as "text (address)". */
export const plainCaption = (caption: string) =>
  caption
    .split('\n')
    .map((line) =>
      captionTokens(line)
        .map((t) => (t.kind === 'link' ? `${t.text} (${t.href})` : t.text))
        .join(''),
    )
    .join('\n');
