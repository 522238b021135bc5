import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectLabels, selectPath } from '../store/selectors';
import { PathEndPicker } from './PathEndPicker';

/** How much an actor's highlight spans, and the shortest path between two actors. */
export function HighlightPanel() {
  const { t } = useTranslation();
  const depth = useGraph((s) => s.neighbourhoodDepth);
  const setDepth = useGraph((s) => s.setNeighbourhoodDepth);
  const actors = useGraph((s) => s.dataset.actors);
  const ends = useGraph((s) => s.pathEnds);
  const setEnd = useGraph((s) => s.setPathEnd);
  const clearPath = useGraph((s) => s.clearPath);
  const selectRelation = useGraph((s) => s.selectRelation);
  const path = useGraph(selectPath);
  const index = useGraph(selectIndex);
  const labels = useGraph(selectLabels);
  // A new dataset mounts fresh pickers: inserting many options into a mounted select costs
  // React a sibling search per option.
  const datasetKey = useGraph((s) => s.datasetKey);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator();
    return actors
      .map((a) => ({ id: a.id, label: labels.actor(a.id) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [actors, labels]);

  const endPicker = (end: 'from' | 'to') => (
    <label className="path-end">
      <span aria-hidden="true">{t(`highlight.${end}`)}</span>
      <PathEndPicker
        key={datasetKey}
        actors={sorted}
        value={ends[end]}
        onChange={(id) => setEnd(end, id)}
        label={t(end === 'from' ? 'highlight.pathFrom' : 'highlight.pathTo')}
      />
    </label>
  );

  return (
    <section className="panel highlight-panel" aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('highlight.heading')}</h2>
      <fieldset>
        <legend>{t('highlight.depth')}</legend>
        {([1, 2] as const).map((d) => (
          <label key={d} className="filter-box">
            <input type="radio" name="depth" checked={depth === d} onChange={() => setDepth(d)} />
            {t('highlight.steps', { count: d })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('highlight.path')}</legend>
        {endPicker('from')}
        {endPicker('to')}
        {ends.from && ends.to && (
          <div aria-live="polite">
            {path && path.steps.length === 0 ? (
              <p className="hint">{t('highlight.samePath')}</p>
            ) : path ? (
              <ol className="path-steps" aria-label={t('highlight.shortestPath')}>
                {path.steps.map((id) => {
                  const r = index.relations.get(id);
                  return r ? (
                    <li key={id}>
                      <button type="button" className="link" onClick={() => selectRelation(id)}>
                        {labels.sentence(r)}
                      </button>
                    </li>
                  ) : null;
                })}
              </ol>
            ) : (
              <p className="hint">{t('highlight.noPath')}</p>
            )}
          </div>
        )}
        <button type="button" onClick={clearPath} disabled={!ends.from && !ends.to}>
          {t('highlight.clearPath')}
        </button>
      </fieldset>
    </section>
  );
}
