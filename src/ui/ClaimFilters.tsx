import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import type { Reliability } from '../model/schema';
import { RELIABILITY } from '../model/vocabulary';
import { selectLabels, selectSourcesKnown } from '../store/selectors';
import { useAsserters } from './useAsserters';

/** "Only contested claims" and "only claims asserted by …". */
export function ClaimFilters() {
  const { t } = useTranslation();
  const filters = useGraph((s) => s.filters);
  const setOnlyContested = useGraph((s) => s.setOnlyContested);
  const setAssertedBy = useGraph((s) => s.setAssertedBy);
  const labels = useGraph(selectLabels);
  const asserters = useAsserters();
  const setMinSources = useGraph((s) => s.setMinSources);
  const setMinGrade = useGraph((s) => s.setMinGrade);
  // The source filters appear once some claim has a source to count.
  const { hasSources, graded } = useGraph(selectSourcesKnown);
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
      {hasSources && (
        <label className="path-end">
          <span>{t('story.minSources')}</span>
          <select
            value={filters.minSources}
            onChange={(e) => setMinSources(Number(e.target.value))}
          >
            <option value={0}>{t('story.any')}</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t('story.atLeast', { count: n })}
              </option>
            ))}
          </select>
        </label>
      )}
      {(graded || filters.minGrade) && (
        <label className="path-end">
          <span>{t('story.minGrade')}</span>
          <select
            value={filters.minGrade ?? ''}
            onChange={(e) => setMinGrade((e.target.value || null) as Reliability | null)}
          >
            <option value="">{t('story.any')}</option>
            {RELIABILITY.slice(0, 5).map((g) => (
              <option key={g} value={g}>
                {g === 'A'
                  ? t('story.gradeNames.A')
                  : t('story.gradeOrBetter', { grade: t(`story.gradeNames.${g}`) })}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
