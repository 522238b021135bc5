import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import {
  selectCounts,
  selectKindStyles,
  selectLabels,
  selectStatusesInUse,
  selectTypeStyles,
} from '../store/selectors';
import { ClaimFilters } from './ClaimFilters';
import { KindSwatch, LineSwatch } from './Swatches';

interface FilterBoxProps {
  label: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
  swatch: ReactNode;
}

function FilterBox({ label, count, checked, onToggle, swatch }: FilterBoxProps) {
  const { t } = useTranslation();
  return (
    <label className="filter-box">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      {swatch}
      <span className="filter-label">{label}</span>
      <span className="count" aria-label={t('filters.visibleCount', { count })}>
        {count}
      </span>
    </label>
  );
}

/** Kind, type, status and claim filters; each count is what stays visible under the other filters. */
export function FilterPanel() {
  const { t } = useTranslation();
  const types = useGraph(selectTypeStyles);
  const kinds = useGraph(selectKindStyles);
  const labels = useGraph(selectLabels);
  const counts = useGraph(selectCounts);
  const statuses = useGraph(selectStatusesInUse);
  const filters = useGraph((s) => s.filters);
  const toggleKind = useGraph((s) => s.toggleKind);
  const toggleType = useGraph((s) => s.toggleType);
  const toggleStatus = useGraph((s) => s.toggleStatus);
  const resetFilters = useGraph((s) => s.resetFilters);
  const active =
    filters.hiddenTypes.length +
    filters.hiddenStatuses.length +
    filters.hiddenKinds.length +
    Number(filters.onlyContested) +
    Number(filters.assertedBy !== null);

  return (
    <section className="panel filter-panel" aria-labelledby="filters-heading">
      <div className="panel-heading">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        <button type="button" onClick={resetFilters} disabled={active === 0}>
          {t('filters.reset')}
        </button>
      </div>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {[...kinds.values()].map((kind) => (
          <FilterBox
            key={kind.id}
            label={labels.kind(kind.id)}
            count={counts.kinds[kind.id] ?? 0}
            checked={!filters.hiddenKinds.includes(kind.id)}
            onToggle={() => toggleKind(kind.id)}
            swatch={<KindSwatch color={kind.color} shape={kind.shape} />}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.types')}</legend>
        {[...types.values()].map((type) => (
          <FilterBox
            key={type.id}
            label={labels.type(type.id)}
            count={counts.types[type.id] ?? 0}
            checked={!filters.hiddenTypes.includes(type.id)}
            onToggle={() => toggleType(type.id)}
            swatch={<LineSwatch color={type.color} undirected={!type.directed} />}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.statuses')}</legend>
        {statuses.map((status) => (
          <FilterBox
            key={status}
            label={t(`status.${status}`)}
            count={counts.statuses[status]}
            checked={!filters.hiddenStatuses.includes(status)}
            onToggle={() => toggleStatus(status)}
            swatch={<LineSwatch status={status} />}
          />
        ))}
      </fieldset>
      <ClaimFilters />
    </section>
  );
}
