import { useEffect } from 'react';
import { useGraphStoreApi } from '../store/StoreContext';
import { DetailsPanel } from '../ui/DetailsPanel';
import { FilterPanel } from '../ui/FilterPanel';
import { GraphCanvas } from '../ui/GraphCanvas';
import { HighlightPanel } from '../ui/HighlightPanel';
import { Legend } from '../ui/Legend';
import { ProblemsAlert } from '../ui/ProblemsAlert';
import { RelationsTable } from '../ui/RelationsTable';
import { Toolbar } from '../ui/Toolbar';

export function App() {
  const store = useGraphStoreApi();
  useEffect(() => {
    // Escape clears the selection first, then the path and the search.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const s = store.getState();
      if (s.selection) return s.clearSelection();
      s.clearPath();
      s.setSearchQuery('');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="app">
      <Toolbar />
      <ProblemsAlert />
      <div className="workspace">
        <aside className="sidebar" aria-label="Filters and legend">
          <FilterPanel />
          <HighlightPanel />
          <Legend />
        </aside>
        <main className="center">
          <GraphCanvas />
          <RelationsTable />
        </main>
        <aside className="details" aria-label="Selection details">
          <DetailsPanel />
        </aside>
      </div>
    </div>
  );
}
