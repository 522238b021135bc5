import { lazy, Suspense, useEffect } from 'react';
import { measureOnDemand } from './measureOnDemand';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { timeCaption } from '../store/timeCaption';
import { viewSearch } from '../store/viewParams';
import { DetailsPanel } from '../ui/DetailsPanel';
import { GraphCanvas } from '../ui/GraphCanvas';
import { Legend } from '../ui/Legend';
import { NoticeBar } from '../ui/NoticeBar';
import { ProblemsAlert } from '../ui/ProblemsAlert';
import { useShortcuts } from './useShortcuts';

const Presentation = lazy(() => import('../ui/Presentation'));

/**
 * Embed mode (?embed=1): read-only, minimal chrome — the graph, its legend, details on click
 * and a link back to the full app — filling whatever iframe holds it.
 */
export function EmbedApp() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  useEffect(() => measureOnDemand(store), [store]);
  const title = useGraph((s) => s.dataset.title);
  const selected = useGraph((s) => s.selection !== null);
  const full = useGraph((s) => `${window.location.pathname}${viewSearch(s)}`);
  const when = useGraph(timeCaption);
  // Opened on a story's step (?story=…&step=…): its caption, with previous and next.
  const presenting = useGraph((s) => s.presenting !== null);
  useShortcuts(store);
  return (
    <div className="embed" aria-label={t('app.embedLabel')}>
      <header className="embed-bar">
        <h1>{title}</h1>
        {when && <span className="embed-time">{when}</span>}
        <a href={full} target="_blank" rel="noopener">
          {t('app.openFull')} ↗
        </a>
      </header>
      <NoticeBar />
      <ProblemsAlert />
      <main className="embed-graph">
        <GraphCanvas readOnly />
        <details className="embed-legend">
          <summary>{t('legend.heading')}</summary>
          <Legend />
        </details>
        {selected && (
          <aside className="embed-details" aria-label={t('details.region')}>
            <DetailsPanel />
          </aside>
        )}
        {presenting && (
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        )}
      </main>
    </div>
  );
}
