import { describeRelation } from '../model/describe';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectPath, selectTypeStyles } from '../store/selectors';

/** How much an actor's highlight spans, and the shortest path between two actors. */
export function HighlightPanel() {
  const depth = useGraph((s) => s.neighbourhoodDepth);
  const setDepth = useGraph((s) => s.setNeighbourhoodDepth);
  const actors = useGraph((s) => s.dataset.actors);
  const ends = useGraph((s) => s.pathEnds);
  const setEnd = useGraph((s) => s.setPathEnd);
  const clearPath = useGraph((s) => s.clearPath);
  const selectRelation = useGraph((s) => s.selectRelation);
  const path = useGraph(selectPath);
  const index = useGraph(selectIndex);
  const types = useGraph(selectTypeStyles);
  const sorted = [...actors].sort((a, b) => a.label.localeCompare(b.label));

  const endSelect = (end: 'from' | 'to', label: string) => (
    <label className="path-end">
      <span aria-hidden="true">{label}</span>
      <select
        aria-label={`Path ${label.toLowerCase()}`}
        value={ends[end] ?? ''}
        onChange={(e) => setEnd(end, e.target.value || null)}
      >
        <option value="">—</option>
        {sorted.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="panel highlight-panel" aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">Highlight</h2>
      <fieldset>
        <legend>Around a selected actor</legend>
        {([1, 2] as const).map((d) => (
          <label key={d} className="filter-box">
            <input type="radio" name="depth" checked={depth === d} onChange={() => setDepth(d)} />
            {d === 1 ? '1 step' : '2 steps'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Path between two actors</legend>
        {endSelect('from', 'From')}
        {endSelect('to', 'To')}
        {ends.from && ends.to && (
          <div aria-live="polite">
            {path && path.steps.length === 0 ? (
              <p className="hint">Choose two different actors.</p>
            ) : path ? (
              <ol className="path-steps" aria-label="Shortest path">
                {path.steps.map((id) => {
                  const r = index.relations.get(id);
                  return r ? (
                    <li key={id}>
                      <button type="button" className="link" onClick={() => selectRelation(id)}>
                        {describeRelation(index, types, r)}
                      </button>
                    </li>
                  ) : null;
                })}
              </ol>
            ) : (
              <p className="hint">No connection between them under the current filters.</p>
            )}
          </div>
        )}
        <button type="button" onClick={clearPath} disabled={!ends.from && !ends.to}>
          Clear path
        </button>
      </fieldset>
    </section>
  );
}
