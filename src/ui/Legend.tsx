import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import type { LineWidth } from '../store/viewSlice';
import {
  selectKindStyles,
  selectLabels,
  selectStatusesInUse,
  selectTypeStyles,
  selectHasMentions,
  selectWidthBy,
  selectWidthByMentions,
  selectWidthsVary,
} from '../store/selectors';
import { quadClassOf, QUAD_CLASSES } from '../model/events/quadClasses';
import { lazy, Suspense } from 'react';
import { KindSwatch, LineSwatch } from './Swatches';

// The measures' choices load after the page: the start-up budget is nearly spent.
const AppearanceLegend = lazy(() =>
  import('./AppearanceLegend').then((m) => ({ default: m.AppearanceLegend })),
);

/** Generated from the dataset: what each shape, colour, line style and mark means. */
export function Legend() {
  const { t } = useTranslation();
  const kinds = useGraph(selectKindStyles);
  const types = useGraph(selectTypeStyles);
  const labels = useGraph(selectLabels);
  const statuses = useGraph(selectStatusesInUse);
  const hasDisputes = useGraph((s) => s.dataset.relations.some((r) => r.disputes));
  const attribution = useGraph((s) => s.viewMode === 'attribution');
  const byCamp = useGraph((s) => s.actorColour === 'community');
  // Widths say something only when some line is wider: more sources, or more mentions.
  const widened = useGraph(selectWidthsVary);
  const hasMentions = useGraph(selectHasMentions);
  const setLineWidth = useGraph((s) => s.setLineWidth);
  const byMentions = useGraph(selectWidthByMentions);
  const widthBy = useGraph(selectWidthBy);
  // Types coloured by the quad class of their CAMEO root (event data): the legend says so once.
  const quadColours = useGraph((s) => {
    const coded = s.dataset.relationTypes.filter((ty) => ty.cameo);
    return (
      coded.length > 0 &&
      coded.every((ty) => ty.color === QUAD_CLASSES[quadClassOf(ty.cameo!.slice(0, 2))].color)
    );
  });
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <h3>{t('legend.actors')}</h3>
      <ul aria-label={t('filters.kinds')}>
        {[...kinds.values()].map((kind) => (
          <li key={kind.id}>
            {/* Coloured by camp, a kind is its shape only. */}
            <KindSwatch color={byCamp ? '#ffffff' : kind.color} shape={kind.shape} />
            {labels.kind(kind.id)}
          </li>
        ))}
      </ul>
      <Suspense fallback={null}>
        <AppearanceLegend />
      </Suspense>
      <h3>{t('legend.relations')}</h3>
      <ul aria-label={t('filters.types')}>
        {[...types.values()].map((type) => (
          <li key={type.id}>
            <LineSwatch color={type.color} undirected={!type.directed} />
            {labels.type(type.id)}
            {type.directed ? '' : ` ${t('legend.undirected')}`}
          </li>
        ))}
      </ul>
      {quadColours && (
        <>
          <p className="hint">{t('events.quadLegend')}</p>
          <ul aria-label={t('events.quadLegend')}>
            {Object.entries(QUAD_CLASSES).map(([n, q]) => (
              <li key={n}>
                <LineSwatch color={q.color} />
                {t(`events.quad${n}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('legend.statuses')}</h3>
      <ul aria-label={t('filters.statuses')}>
        {statuses.map((status) => (
          <li key={status}>
            <LineSwatch status={status} />
            <span>
              {t(`status.${status}`)}
              <span className="hint"> — {t(`status.meaning.${status}`)}</span>
            </span>
          </li>
        ))}
      </ul>
      <label className="line-width-choice">
        {t('events.lineWidth')}{' '}
        <select value={widthBy} onChange={(e) => setLineWidth(e.target.value as LineWidth)}>
          {hasMentions && <option value="mentions">{t('events.byMentions')}</option>}
          <option value="sources">{t('events.bySources')}</option>
          <option value="evidence">{t('events.byEvidence')}</option>
        </select>
      </label>
      {widened && (
        <>
          <h3>
            {t(
              byMentions
                ? 'events.mentions'
                : widthBy === 'evidence'
                  ? 'events.evidence'
                  : 'story.sources',
            )}
          </h3>
          <p className="width-legend">
            {[1, 2, 3].map((n) => (
              <span key={n}>
                <LineSwatch sources={n} />
                {byMentions ? ['1–9', '10–99', '100+'][n - 1] : n === 3 ? '3+' : n}
              </span>
            ))}
          </p>
          <p className="hint">
            {t(
              byMentions
                ? 'events.mentionsLegend'
                : widthBy === 'evidence'
                  ? 'events.evidenceLegend'
                  : 'story.widthLegend',
            )}
          </p>
        </>
      )}
      {(hasDisputes || attribution) && (
        <>
          <h3>{t('legend.marks')}</h3>
          <ul aria-label={t('legend.marks')}>
            {hasDisputes && (
              <li>
                <LineSwatch status="reported" double />
                {t('legend.disputed')}
              </li>
            )}
            {attribution && (
              <>
                <li>
                  <KindSwatch color="#ffffff" shape="tag" />
                  {t('legend.claim')}
                </li>
                <li>
                  <LineSwatch color="#5f5f5f" status="alleged" thin />
                  {t('legend.asserts')}
                </li>
              </>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
