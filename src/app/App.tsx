import { useEffect } from 'react';
import { useGraph } from '../store/StoreContext';
import { DetailsPanel } from '../ui/DetailsPanel';
import { FilterPanel } from '../ui/FilterPanel';
import { GraphCanvas } from '../ui/GraphCanvas';
import { Legend } from '../ui/Legend';
import { ProblemsAlert } from '../ui/ProblemsAlert';
import { RelationsTable } from '../ui/RelationsTable';
import { Toolbar } from '../ui/Toolbar';

export function App() {
  const clearSelection = useGraph((s) => s.clearSelection);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  return (
    <div className="app">
      <Toolbar />
      <ProblemsAlert />
      <div className="workspace">
        <aside className="sidebar" aria-label="Filters and legend">
          <FilterPanel />
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
