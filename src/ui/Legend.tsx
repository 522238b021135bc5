import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import {
  selectKindStyles,
  selectLabels,
  selectStatusesInUse,
  selectCorroborated,
  selectTypeStyles,
} from '../store/selectors';
import { KindSwatch, LineSwatch } from './Swatches';

/** Generated from the dataset: what each shape, colour, line style and mark means. */
export function Legend() {
  const { t } = useTranslation();
  const kinds = useGraph(selectKindStyles);
  const types = useGraph(selectTypeStyles);
  const labels = useGraph(selectLabels);
  const statuses = useGraph(selectStatusesInUse);
  const hasDisputes = useGraph((s) => s.dataset.relations.some((r) => r.disputes));
  const attribution = useGraph((s) => s.viewMode === 'attribution');
  // Widths say something only when some claim has more than one independent source.
  const corroborated = useGraph(selectCorroborated);
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <h3>{t('legend.actors')}</h3>
      <ul aria-label={t('filters.kinds')}>
        {[...kinds.values()].map((kind) => (
          <li key={kind.id}>
            <KindSwatch color={kind.color} shape={kind.shape} />
            {labels.kind(kind.id)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.relations')}</h3>
      <ul aria-label={t('filters.types')}>
        {[...types.values()].map((type) => (
          <li key={type.id}>
            <LineSwatch color={type.color} />
            {labels.type(type.id)}
            {type.directed ? '' : ` ${t('legend.undirected')}`}
          </li>
        ))}
      </ul>
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
      {corroborated && (
        <>
          <h3>{t('story.sources')}</h3>
          <p className="width-legend">
            {[1, 2, 3].map((n) => (
              <span key={n}>
                <LineSwatch sources={n} />
                {n === 3 ? '3+' : n}
              </span>
            ))}
          </p>
          <p className="hint">{t('story.widthLegend')}</p>
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
