import { useTranslation } from '../i18n/useTranslation';
import {
  campColour,
  CAMP_COLOURS,
  selectSizeMax,
  sizeRangeLabel,
  sizeRanges,
} from '../store/actorMarks';
import { selectBrokers, selectLabels } from '../store/selectors';
import { useGraph } from '../store/StoreContext';
import { ACTOR_SIZES, type ActorSize } from '../store/viewSlice';
import { KindSwatch } from './Swatches';

/**
 * The actors' size and colour by a measure of the network, chosen here (carried in links
 * and snapshots), and what they mean: five sizes with the values they stand for, the camps
 * with their size and best-connected member.
 */
export function AppearanceLegend() {
  const { t } = useTranslation();
  const size = useGraph((s) => s.actorSize);
  const colour = useGraph((s) => s.actorColour);
  const setSize = useGraph((s) => s.setActorSize);
  const setColour = useGraph((s) => s.setActorColour);
  const result = useGraph((s) => s.measures.result);
  const measuring = useGraph((s) => s.measures.progress !== null);
  const max = useGraph(selectSizeMax);
  const labels = useGraph(selectLabels);
  const camps = result?.communities ?? [];
  const brokers = useGraph((s) => s.showBrokers);
  const collapsedCamps = useGraph((s) => s.collapsedCamps);
  const collapse = useGraph((s) => s.setCampsCollapsed);
  const setBrokers = useGraph((s) => s.setShowBrokers);
  const brokerCount = useGraph((s) => selectBrokers(s)?.actorIds.size ?? 0);
  return (
    <div className="appearance">
      <label>
        {t('appearance.size')}{' '}
        <select value={size} onChange={(e) => setSize(e.target.value as ActorSize)}>
          {ACTOR_SIZES.map((m) => (
            <option key={m} value={m}>
              {t(`appearance.by.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('appearance.colour')}{' '}
        <select
          value={colour}
          onChange={(e) => setColour(e.target.value === 'community' ? 'community' : 'kind')}
        >
          <option value="kind">{t('appearance.byKind')}</option>
          <option value="community">{t('appearance.byCamp')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={brokers} onChange={(e) => setBrokers(e.target.checked)} />{' '}
        {t('appearance.brokers')}
      </label>
      {brokers && result && !brokerCount && <p className="hint">{t('appearance.noBrokers')}</p>}
      {measuring && <p className="hint">{t('actors.measuring')}</p>}
      {size !== 'none' && result && (
        <ul
          className="size-legend"
          aria-label={t('appearance.sizeLegend', { measure: t(`appearance.by.${size}`) })}
        >
          {sizeRanges(max).map((r, k) => (
            <li key={r.size}>
              <span
                className="size-dot"
                aria-hidden="true"
                style={{ width: r.size / 3, height: r.size / 3 }}
              />
              {sizeRangeLabel(r, k)}
            </li>
          ))}
        </ul>
      )}
      {colour === 'community' && camps.length > 0 && (
        <div className="camp-actions">
          <button
            type="button"
            onClick={() =>
              collapse(
                camps.map((c) => c.id),
                true,
              )
            }
          >
            {t('appearance.collapseAll')}
          </button>
          <button
            type="button"
            disabled={!collapsedCamps.length}
            onClick={() => collapse(collapsedCamps, false)}
          >
            {t('appearance.expandAll')}
          </button>
        </div>
      )}
      {colour === 'community' && camps.length > 0 && (
        <ul aria-label={t('appearance.campLegend')}>
          {camps.slice(0, CAMP_COLOURS).map((c) => {
            const name = t('appearance.camp', {
              n: c.id + 1,
              hub: labels.actor(c.hub),
              count: c.size,
            });
            const closed = collapsedCamps.includes(c.id);
            return (
              <li key={c.id}>
                <KindSwatch color={campColour(c.id)} shape="ellipse" />
                {name}{' '}
                <button
                  type="button"
                  className="link"
                  aria-pressed={closed}
                  aria-label={t(closed ? 'appearance.expand' : 'appearance.collapse', {
                    camp: name,
                  })}
                  onClick={() => collapse([c.id], !closed)}
                >
                  {t(closed ? 'appearance.expandShort' : 'appearance.collapseShort')}
                </button>
              </li>
            );
          })}
          {camps.length > CAMP_COLOURS && (
            <li>
              <KindSwatch color={campColour(CAMP_COLOURS)} shape="ellipse" />
              {t('appearance.otherCamps', { count: camps.length - CAMP_COLOURS })}
            </li>
          )}
        </ul>
      )}
      {result?.sampled && (size === 'betweenness' || colour === 'community') && (
        <p className="hint">{t('actors.sampled')}</p>
      )}
    </div>
  );
}
