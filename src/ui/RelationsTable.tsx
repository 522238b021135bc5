import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../model/status';
import { selectedRelationIds } from '../store/graphStore';
import { useGraph } from '../store/StoreContext';
import { selectLabels, selectTypeStyles, selectVisible } from '../store/selectors';
import { LineSwatch } from './Swatches';

/** The visible relations as a table: the accessible twin of the canvas. */
export function RelationsTable() {
  const { t } = useTranslation();
  const visible = useGraph(selectVisible);
  const labels = useGraph(selectLabels);
  const types = useGraph(selectTypeStyles);
  const selected = useGraph(selectedRelationIds);
  const hovered = useGraph((s) => s.hovered);
  const selectRelation = useGraph((s) => s.selectRelation);
  const setHovered = useGraph((s) => s.setHovered);
  const body = useRef<HTMLTableSectionElement>(null);

  // A selection made elsewhere (graph, article) brings its row into view.
  useEffect(() => {
    const row = body.current?.querySelector<HTMLElement>('tr.selected');
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  // Arrow keys move between rows and select as they go, like a list box.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const buttons = body.current?.querySelectorAll<HTMLButtonElement>('button.row-select');
    const next = buttons?.[row + step];
    const relation = visible.relations[row + step];
    if (next && relation) {
      next.focus();
      selectRelation(relation.id);
    }
  };

  return (
    <section className="panel relations-table" aria-labelledby="relations-heading">
      <h2 id="relations-heading">
        {t('table.heading')}{' '}
        <span className="count">{t('table.visible', { count: visible.relations.length })}</span>
      </h2>
      <div className="table-scroll">
        <table aria-labelledby="relations-heading">
          <thead>
            <tr>
              <th scope="col">{t('table.source')}</th>
              <th scope="col">{t('table.relation')}</th>
              <th scope="col">{t('table.target')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.evidence')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {visible.relations.map((r, row) => {
              const isSelected = selected.includes(r.id);
              const status = statusOf(r);
              const classes = [
                isSelected && 'selected',
                hovered.includes(r.id) && 'hovered',
              ].filter(Boolean);
              return (
                <tr
                  key={r.id}
                  aria-selected={isSelected}
                  className={classes.join(' ') || undefined}
                  onClick={() => selectRelation(r.id)}
                  onMouseEnter={() => setHovered([r.id])}
                  onMouseLeave={() => setHovered([])}
                >
                  <td>{labels.actor(r.source)}</td>
                  <td>
                    <button
                      type="button"
                      className="link row-select"
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
                    <LineSwatch color={types.get(r.type)?.color} status={status} />{' '}
                    {t(`status.${status}`)}
                  </td>
                  <td className="quote-cell">{r.evidence[0] ? `„${r.evidence[0].quote}“` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
