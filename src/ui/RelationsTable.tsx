import { useRef, type KeyboardEvent } from 'react';
import { actorLabel, relationVerb } from '../model/describe';
import { statusOf, STATUS_WORDS } from '../model/status';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectTypeStyles, selectVisible } from '../store/selectors';
import { LineSwatch } from './Swatches';

/** The visible relations as a table: the accessible twin of the canvas. */
export function RelationsTable() {
  const visible = useGraph(selectVisible);
  const index = useGraph(selectIndex);
  const types = useGraph(selectTypeStyles);
  const selection = useGraph((s) => s.selection);
  const selectRelation = useGraph((s) => s.selectRelation);
  const body = useRef<HTMLTableSectionElement>(null);

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
        Relations <span className="count">({visible.relations.length} visible)</span>
      </h2>
      <div className="table-scroll">
        <table aria-labelledby="relations-heading">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Relation</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {visible.relations.map((r, row) => {
              const selected = selection?.kind === 'relation' && selection.id === r.id;
              const status = statusOf(r);
              return (
                <tr
                  key={r.id}
                  aria-selected={selected}
                  className={selected ? 'selected' : undefined}
                  onClick={() => selectRelation(r.id)}
                >
                  <td>{actorLabel(index, r.source)}</td>
                  <td>
                    <button
                      type="button"
                      className="link row-select"
                      aria-pressed={selected}
                      onClick={(e) => {
                        e.stopPropagation();
                        selectRelation(r.id);
                      }}
                      onKeyDown={(e) => onKeyDown(e, row)}
                    >
                      {relationVerb(r, types)}
                    </button>
                  </td>
                  <td>{actorLabel(index, r.target)}</td>
                  <td>
                    <LineSwatch color={types.get(r.type)?.color} status={status} />{' '}
                    {STATUS_WORDS[status].label}
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
