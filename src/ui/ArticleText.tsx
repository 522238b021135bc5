import {
  memo,
  useEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { articleBlocks, type ArticleBlock } from '../model/articleBlocks';
import { segmentArticle, type Segment } from '../model/articleSegments';
import { quotesIn } from '../model/documents';
import { selectedRelationIds } from '../store/graphStore';
import { useGraph } from '../store/StoreContext';
import { selectTypeStyles } from '../store/selectors';
import { useBlocksInView } from './useBlocksInView';

/** A light tint of a colour, for the background of a marked quote. */
const tint = (hex: string) => `${hex}33`;

/** Articles with more quotes than this, or longer, are drawn in blocks, in full only in view. */
const BLOCKS_FROM_QUOTES = 400;
const BLOCKS_FROM_CHARACTERS = 60_000;
const NONE: readonly string[] = [];

interface MarkLook {
  text: string;
  colorOf: (relationId: string) => string;
  selected: readonly string[];
  hovered: readonly string[];
}

/** One stretch of text: plain, or a quote marked in its relation type's colour. */
function piece(seg: Segment, look: MarkLook): ReactNode {
  const content = look.text.slice(seg.start, seg.end);
  if (seg.relationIds.length === 0) return content;
  const colors = [...new Set(seg.relationIds.map(look.colorOf))];
  const style: CSSProperties = {
    backgroundColor: tint(colors[0]!),
    boxShadow: colors.map((c, i) => `inset 0 -${3 * (i + 1)}px 0 ${c}`).join(', '),
    paddingBottom: `${3 * (colors.length - 1)}px`,
  };
  const cls = [
    'evidence-mark',
    seg.relationIds.some((id) => look.selected.includes(id)) && 'selected',
    seg.relationIds.some((id) => look.hovered.includes(id)) && 'hovered',
    seg.relationIds.length > 1 && 'overlap',
  ];
  return (
    <mark
      key={seg.start}
      className={cls.filter(Boolean).join(' ')}
      style={style}
      data-relations={seg.relationIds.join(' ')}
      data-start={seg.start}
    >
      {content}
    </mark>
  );
}

/**
 * A block of a long article: its quotes marked while it is near the view, plain text (which the
 * browser need not even lay out, `content-visibility: auto`) while it is not.
 */
const Block = memo(function Block({
  block,
  live,
  look,
}: {
  block: ArticleBlock;
  live: boolean;
  look: MarkLook;
}) {
  // About 48 characters a line in the panel: the height the browser assumes until it draws it.
  const lines = Math.ceil((block.end - block.start) / 48);
  return (
    <div
      className="article-block"
      data-start={block.start}
      style={{ containIntrinsicSize: `auto ${(lines * 1.95).toFixed(1)}em` }}
    >
      {live
        ? block.segments.map((seg) => piece(seg, look))
        : look.text.slice(block.start, block.end)}
    </div>
  );
});

/**
 * The article with every evidence span marked in its relation type's colour. Overlaps stack
 * one underline per relation; a click selects every relation quoted at that point. A long
 * article (tens of thousands of quotes) is drawn in blocks, in full only near the view.
 */
export function ArticleText({
  documentId,
  text,
  language,
}: {
  documentId: string;
  text: string;
  language?: string;
}) {
  const relations = useGraph((s) => s.dataset.relations);
  const types = useGraph(selectTypeStyles);
  const selected = useGraph(selectedRelationIds);
  const hovered = useGraph((s) => s.hovered);
  const selectRelations = useGraph((s) => s.selectRelations);
  const setHovered = useGraph((s) => s.setHovered);
  const setArticleSelection = useGraph((s) => s.setArticleSelection);
  const container = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () => segmentArticle(text, relations, documentId),
    [text, relations, documentId],
  );
  const blocks = useMemo(() => {
    const quotes = segments.reduce((n, s) => n + (s.relationIds.length ? 1 : 0), 0);
    const long = quotes > BLOCKS_FROM_QUOTES || text.length > BLOCKS_FROM_CHARACTERS;
    return long ? articleBlocks(text, segments) : null;
  }, [text, segments]);
  const live = useBlocksInView(container, blocks !== null);
  const colorOf = useMemo(() => {
    const typeOf = new Map(relations.map((r) => [r.id, r.type]));
    return (id: string) => types.get(typeOf.get(id) ?? '')?.color ?? '#777777';
  }, [relations, types]);
  const look: MarkLook = { text, colorOf, selected, hovered };
  // Blocks out of view draw no marks: a selection or hover does not re-render them.
  const plainLook = useMemo(
    () => ({ text, colorOf, selected: NONE, hovered: NONE }),
    [text, colorOf],
  );
  const pendingScroll = useRef(false);

  // Selected words, as offsets into the article: the text before the selection, measured in
  // the DOM, has exactly the article's UTF-16 length (marks and blocks hold text only).
  const captureSelection = () => {
    const box = container.current;
    const sel = window.getSelection();
    if (!box || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    if (end > start) setArticleSelection({ document: documentId, start, end });
  };

  // One listener for every quote: a click selects the relations quoted there, the pointer on
  // a quote lights them up.
  const quoteOf = (event: MouseEvent) =>
    (event.target as HTMLElement).closest?.('mark[data-relations]')?.getAttribute('data-relations');
  const onClick = (event: MouseEvent) => {
    const ids = quoteOf(event);
    if (ids) selectRelations(ids.split(' '));
  };
  const onMouseOver = (event: MouseEvent) => {
    const ids = quoteOf(event);
    if (ids) setHovered(ids.split(' '));
  };
  const onMouseOut = (event: MouseEvent) => {
    const to = event.relatedTarget as HTMLElement | null;
    if (
      quoteOf(event) &&
      to?.closest?.('mark[data-relations]') !== (event.target as HTMLElement).closest('mark')
    )
      setHovered([]);
  };

  // A selection made anywhere brings its quote into view, unless one is already visible.
  const scrollToSelection = (): boolean => {
    const box = container.current;
    const marks = [...(box?.querySelectorAll<HTMLElement>('mark.selected') ?? [])];
    if (marks.length === 0) return false;
    const view = box?.closest('.article-scroll')?.getBoundingClientRect();
    const inView = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      return view ? r.top >= view.top && r.bottom <= view.bottom : false;
    };
    if (!marks.some(inView)) marks[0]?.scrollIntoView?.({ block: 'center' });
    return true;
  };
  useEffect(() => {
    if (selected.length === 0 || scrollToSelection() || !blocks) return;
    // Its block is drawn as plain text: brought into view, it draws its marks, and then the
    // quote itself is brought into view (below).
    const at = Math.min(
      ...relations
        .filter((r) => selected.includes(r.id))
        .flatMap((r) => quotesIn(r, documentId).map((e) => e.start)),
    );
    const block = blocks.find((b) => at >= b.start && at < b.end);
    if (!block) return;
    pendingScroll.current = true;
    container.current
      ?.querySelector(`.article-block[data-start="${block.start}"]`)
      ?.scrollIntoView?.({ block: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection moves the view
  }, [selected]);
  useEffect(() => {
    if (pendingScroll.current && scrollToSelection()) pendingScroll.current = false;
  });

  return (
    // The quotes' keyboard twin is the relations table and the reading-order buttons.
    <div
      ref={container}
      className="article-text"
      lang={language}
      onMouseUp={captureSelection}
      onKeyUp={captureSelection}
      onClick={onClick}
      onMouseOver={onMouseOver}
      onMouseOut={onMouseOut}
    >
      {blocks
        ? blocks.map((block) => {
            const near = live.has(block.start);
            return (
              <Block key={block.start} block={block} live={near} look={near ? look : plainLook} />
            );
          })
        : segments.map((seg) => piece(seg, look))}
    </div>
  );
}
