import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { RelationsTable } from './RelationsTable';

const ActorsTable = lazy(() => import('./ActorsTable'));

type Tab = 'relations' | 'actors';
const TABS: Tab[] = ['relations', 'actors'];

/** The tables under the graph, as tabs: the relations shown, and the actors measured. */
export function TablesPanel() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('relations');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // Arrow keys move between the tabs (and show them), as the ARIA tabs pattern has it.
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    buttons.current[TABS.indexOf(next)]?.focus();
  };
  return (
    <div className="tables-panel">
      <div role="tablist" aria-label={t('actors.tables')} className="table-tabs">
        {TABS.map((id, i) => (
          <button
            key={id}
            ref={(el) => void (buttons.current[i] = el)}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onKeyDown}
          >
            {t(id === 'relations' ? 'table.heading' : 'actors.heading')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'relations' ? (
          <RelationsTable />
        ) : (
          <Suspense fallback={null}>
            <ActorsTable />
          </Suspense>
        )}
      </div>
    </div>
  );
}
