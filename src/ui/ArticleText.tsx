import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { segmentArticle } from '../model/articleSegments';
import { selectedRelationIds } from '../store/graphStore';
import { useGraph } from '../store/StoreContext';
import { selectTypeStyles } from '../store/selectors';

/** A light tint of a colour, for the background of a marked quote. */
const tint = (hex: string) => `${hex}33`;

/**
 * The article with every evidence span marked in its relation type's colour. Overlaps stack
 * one underline per relation; a click selects every relation quoted at that point.
 */
export function ArticleText({ text, language }: { text: string; language?: string }) {
  const relations = useGraph((s) => s.dataset.relations);
  const types = useGraph(selectTypeStyles);
  const selected = useGraph(selectedRelationIds);
  const hovered = useGraph((s) => s.hovered);
  const selectRelations = useGraph((s) => s.selectRelations);
  const setHovered = useGraph((s) => s.setHovered);
  const typeOf = useMemo(() => new Map(relations.map((r) => [r.id, r.type])), [relations]);
  const segments = useMemo(() => segmentArticle(text, relations), [text, relations]);
  const container = useRef<HTMLDivElement>(null);
  const setArticleSelection = useGraph((s) => s.setArticleSelection);

  // Selected words, as offsets into the article: the text before the selection, measured in
  // the DOM, has exactly the article's UTF-16 length (marks hold text only).
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
    if (end > start) setArticleSelection({ start, end });
  };

  // A selection made anywhere brings its quote into view, unless one is already visible.
  useEffect(() => {
    const box = container.current;
    if (!box || selected.length === 0) return;
    const marks = [...box.querySelectorAll<HTMLElement>('mark.selected')];
    if (marks.length === 0) return;
    const view = box.closest('.article-scroll')?.getBoundingClientRect();
    const inView = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      return view ? r.top >= view.top && r.bottom <= view.bottom : false;
    };
    if (!marks.some(inView)) marks[0]?.scrollIntoView?.({ block: 'center' });
  }, [selected]);

  return (
    <div
      ref={container}
      className="article-text"
      lang={language}
      onMouseUp={captureSelection}
      onKeyUp={captureSelection}
    >
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.relationIds.length === 0) return piece;
        const colors = [
          ...new Set(
            seg.relationIds.map((id) => types.get(typeOf.get(id) ?? '')?.color ?? '#777777'),
          ),
        ];
        const style: CSSProperties = {
          backgroundColor: tint(colors[0]!),
          boxShadow: colors.map((c, i) => `inset 0 -${3 * (i + 1)}px 0 ${c}`).join(', '),
          paddingBottom: `${3 * (colors.length - 1)}px`,
        };
        const isSelected = seg.relationIds.some((id) => selected.includes(id));
        const isHovered = seg.relationIds.some((id) => hovered.includes(id));
        const cls = [
          'evidence-mark',
          isSelected && 'selected',
          isHovered && 'hovered',
          seg.relationIds.length > 1 && 'overlap',
        ];
        return (
          <mark
            key={seg.start}
            className={cls.filter(Boolean).join(' ')}
            style={style}
            data-relations={seg.relationIds.join(' ')}
            data-start={seg.start}
            onClick={() => selectRelations(seg.relationIds)}
            onMouseEnter={() => setHovered(seg.relationIds)}
            onMouseLeave={() => setHovered([])}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
