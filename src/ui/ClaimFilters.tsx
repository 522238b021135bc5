import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import { selectLabels } from '../store/selectors';
import { useAsserters } from './useAsserters';

/** "Only contested claims" and "only claims asserted by …". */
export function ClaimFilters() {
  const { t } = useTranslation();
  const filters = useGraph((s) => s.filters);
  const setOnlyContested = useGraph((s) => s.setOnlyContested);
  const setAssertedBy = useGraph((s) => s.setAssertedBy);
  const labels = useGraph(selectLabels);
  const asserters = useAsserters();
  return (
    <fieldset>
      <legend>{t('filters.claims')}</legend>
      <label className="filter-box">
        <input
          type="checkbox"
          checked={filters.onlyContested}
          onChange={(e) => setOnlyContested(e.target.checked)}
        />
        <span className="filter-label">{t('filters.onlyContested')}</span>
      </label>
      <label className="path-end">
        <span>{t('filters.assertedBy')}</span>
        <select
          value={filters.assertedBy ?? ''}
          onChange={(e) => setAssertedBy(e.target.value || null)}
          disabled={asserters.length === 0}
        >
          <option value="">{t('filters.anyone')}</option>
          {asserters.map((id) => (
            <option key={id} value={id}>
              {labels.actor(id)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
