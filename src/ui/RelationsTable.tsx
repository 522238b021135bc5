import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { statusOf } from '../model/status';
import { selectedRelationIds } from '../store/graphStore';
import { useGraph } from '../store/StoreContext';
import { gradeLabel, type Support } from '../model/corroboration';
import type { Relation } from '../model/schema';
import { selectLabels, selectSupport, selectTypeStyles, selectVisible } from '../store/selectors';
import { LineSwatch } from './Swatches';
import { useArrowRows } from './useArrowRows';
import { bringRowIntoView, useRowWindow } from './useRowWindow';

/** The visible relations as a table: the accessible twin of the canvas. */
export function RelationsTable() {
  const { t } = useTranslation();
  const visible = useGraph(selectVisible);
  const support = useGraph(selectSupport);
  const [order, setOrder] = useState<SourceOrder>('none');
  const relations = useMemo(
    () => sortBySources(visible.relations, support, order),
    [visible.relations, support, order],
  );
  const labels = useGraph(selectLabels);
  const documents = useGraph((s) => s.dataset.documents);
  // A GDELT day has tens of thousands of documents: rows look theirs up by id.
  const documentById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const quoteCell = (r: Relation) => {
    const ev = r.evidence[0];
    if (!ev) return '—';
    if (ev.quote.trim()) return `„${ev.quote}“`;
    const doc = documentById.get(ev.document ?? '');
    return t('details.codedCell', { source: doc?.publisher ?? doc?.title ?? ev.document ?? '—' });
  };
  const types = useGraph(selectTypeStyles);
  const selected = useGraph(selectedRelationIds);
  const hovered = useGraph((s) => s.hovered);
  const selectRelation = useGraph((s) => s.selectRelation);
  const setHovered = useGraph((s) => s.setHovered);
  const body = useRef<HTMLTableSectionElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(relations.length, scroller);

  // A selection made elsewhere (graph, article) brings its row into view; after an arrow key,
  // the newly selected row's button takes the focus (it may only now be rendered).
  useEffect(() => {
    const index = relations.findIndex((r) => selected.includes(r.id));
    bringRowIntoView(scroller.current, body.current, index, rows.windowed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection moves the view
  }, [selected]);
  const onKeyDown = useArrowRows(body, relations.length, (row) =>
    selectRelation(relations[row]!.id),
  );

  return (
    <section className="panel relations-table" aria-labelledby="relations-heading">
      <h2 id="relations-heading">
        {t('table.heading')}{' '}
        <span className="count">{t('table.visible', { count: visible.relations.length })}</span>
      </h2>
      <div className="table-scroll" ref={scroller}>
        <table
          aria-labelledby="relations-heading"
          aria-rowcount={visible.relations.length + 1}
          className={rows.windowed ? 'windowed' : undefined}
        >
          <thead>
            <tr>
              <th scope="col">{t('table.source')}</th>
              <th scope="col">{t('table.relation')}</th>
              <th scope="col">{t('table.target')}</th>
              <th scope="col">{t('table.status')}</th>
              <th
                scope="col"
                aria-sort={
                  order === 'none' ? 'none' : order === 'most' ? 'descending' : 'ascending'
                }
              >
                <button
                  type="button"
                  className="link"
                  onClick={() => setOrder(NEXT_ORDER[order])}
                  title={t('story.widthLegend')}
                >
                  {t('story.sources')} {order === 'most' ? '▼' : order === 'fewest' ? '▲' : '↕'}
                </button>
              </th>
              <th scope="col">{t('table.evidence')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.padTop > 0 && <tr aria-hidden="true" style={{ height: rows.padTop }} />}
            {relations.slice(rows.first, rows.last).map((r, i) => {
              const row = rows.first + i;
              const isSelected = selected.includes(r.id);
              const status = statusOf(r);
              const classes = [
                isSelected && 'selected',
                hovered.includes(r.id) && 'hovered',
              ].filter(Boolean);
              return (
                <tr
                  key={r.id}
                  aria-rowindex={row + 2}
                  aria-selected={isSelected}
                  className={classes.join(' ') || undefined}
                  onClick={(e) => {
                    selectRelation(r.id);
                    // The row's button takes the focus, so the arrow keys go on from here.
                    e.currentTarget.querySelector<HTMLButtonElement>('button.row-select')?.focus();
                  }}
                  onMouseEnter={() => setHovered([r.id])}
                  onMouseLeave={() => setHovered([])}
                >
                  <td>{labels.actor(r.source)}</td>
                  <td>
                    <button
                      type="button"
                      className="link row-select"
                      data-row={row}
                      aria-pressed={isSelected}
                      onClick={(e) => {
                        e.stopPropagation();
                        selectRelation(r.id);
                      }}
                      onKeyDown={(e) => onKeyDown(e, row)}
                    >
                      {labels.verb(r)}
                    </button>
                  </td>
                  <td>{labels.actor(r.target)}</td>
                  <td>
                    <LineSwatch
                      color={types.get(r.type)?.color}
                      status={status}
                      undirected={types.get(r.type)?.directed === false}
                    />{' '}
                    {t(`status.${status}`)}
                  </td>
                  <td className="sources-cell">{sourcesCell(support.get(r.id))}</td>
                  <td className="quote-cell">{quoteCell(r)}</td>
                </tr>
              );
            })}
            {rows.padBottom > 0 && <tr aria-hidden="true" style={{ height: rows.padBottom }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type SourceOrder = 'none' | 'most' | 'fewest';
const NEXT_ORDER: Record<SourceOrder, SourceOrder> = {
  none: 'most',
  most: 'fewest',
  fewest: 'none',
};

const sourceCount = (support: ReadonlyMap<string, Support>, id: string) =>
  support.get(id)?.sources.length ?? 0;

/** Dataset order, or by independent sources (ties keep dataset order). */
function sortBySources(
  relations: readonly Relation[],
  support: ReadonlyMap<string, Support>,
  order: SourceOrder,
): readonly Relation[] {
  if (order === 'none') return relations;
  const sign = order === 'most' ? -1 : 1;
  return relations
    .map((r, i) => ({ r, i, n: sourceCount(support, r.id) }))
    .sort((a, b) => sign * (a.n - b.n) || a.i - b.i)
    .map((x) => x.r);
}

/** "2 · B1": independent sources and the best grade among them. */
function sourcesCell(s: Support | undefined): string {
  if (!s || !s.sources.length) return '—';
  // Grades are single letters: compared as character codes, best (A) first.
  const rank = (x: { reliability?: string; credibility?: number }) =>
    (x.reliability ?? 'Z').charCodeAt(0) * 10 + (x.credibility ?? 9);
  const best = s.sources.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const grade = gradeLabel(best);
  return grade ? `${s.sources.length} · ${grade}` : String(s.sources.length);
}
