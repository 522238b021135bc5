import type { ReactNode } from 'react';
import { captionTokens } from '../model/caption';

/** A step's caption (model/caption.ts), built as React nodes, never as HTML. */
export function Caption({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{inline(para)}</p>
      ))}
    </>
  );
}

/** A paragraph's tokens as React nodes. */
export function inline(text: string): ReactNode[] {
  return captionTokens(text).map((token, key) =>
    token.kind === 'strong' ? (
      <strong key={key}>{token.text}</strong>
    ) : token.kind === 'em' ? (
      <em key={key}>{token.text}</em>
    ) : token.kind === 'link' ? (
      <a key={key} href={token.href} target="_blank" rel="noopener noreferrer">
        {token.text}
      </a>
    ) : (
      token.text
    ),
  );
}
