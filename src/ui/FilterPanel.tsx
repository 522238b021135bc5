import type { ReactNode } from 'react';
import { STATUS_WORDS } from '../model/status';
import { useGraph } from '../store/StoreContext';
import {
  selectCounts,
  selectKindStyles,
  selectStatusesInUse,
  selectTypeStyles,
} from '../store/selectors';
import { KindSwatch, LineSwatch } from './Swatches';

interface FilterBoxProps {
  label: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
  swatch: ReactNode;
}

function FilterBox({ label, count, checked, onToggle, swatch }: FilterBoxProps) {
  return (
    <label className="filter-box">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      {swatch}
      <span className="filter-label">{label}</span>
      <span className="count" aria-label={`${count} visible`}>
        {count}
      </span>
    </label>
  );
}

/** Relation type and status filters; each count is what stays visible under the other filters. */
export function FilterPanel() {
  const types = useGraph(selectTypeStyles);
  const kinds = useGraph(selectKindStyles);
  const toggleKind = useGraph((s) => s.toggleKind);
  const counts = useGraph(selectCounts);
  const statuses = useGraph(selectStatusesInUse);
  const filters = useGraph((s) => s.filters);
  const toggleType = useGraph((s) => s.toggleType);
  const toggleStatus = useGraph((s) => s.toggleStatus);
  const resetFilters = useGraph((s) => s.resetFilters);
  const active =
    filters.hiddenTypes.length + filters.hiddenStatuses.length + filters.hiddenKinds.length;

  return (
    <section className="panel filter-panel" aria-labelledby="filters-heading">
      <div className="panel-heading">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={resetFilters} disabled={active === 0}>
          Reset filters
        </button>
      </div>
      <fieldset>
        <legend>Actor kinds</legend>
        {[...kinds.values()].map((kind) => (
          <FilterBox
            key={kind.id}
            label={kind.label}
            count={counts.kinds[kind.id] ?? 0}
            checked={!filters.hiddenKinds.includes(kind.id)}
            onToggle={() => toggleKind(kind.id)}
            swatch={<KindSwatch color={kind.color} shape={kind.shape} />}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Relation types</legend>
        {[...types.values()].map((type) => (
          <FilterBox
            key={type.id}
            label={type.label}
            count={counts.types[type.id] ?? 0}
            checked={!filters.hiddenTypes.includes(type.id)}
            onToggle={() => toggleType(type.id)}
            swatch={<LineSwatch color={type.color} />}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {statuses.map((status) => (
          <FilterBox
            key={status}
            label={STATUS_WORDS[status].label}
            count={counts.statuses[status]}
            checked={!filters.hiddenStatuses.includes(status)}
            onToggle={() => toggleStatus(status)}
            swatch={<LineSwatch status={status} />}
          />
        ))}
      </fieldset>
    </section>
  );
}
