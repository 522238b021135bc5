import { lazy, Suspense, useEffect, useState, type CSSProperties } from 'react';
import { measureOnDemand } from './measureOnDemand';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { DocumentReader } from '../ui/DocumentReader';
import { selectDatedAxes } from '../store/selectors';
import { DropZone } from '../ui/DropZone';
import { LoadingStatus } from '../ui/LoadingStatus';
import { NoticeBar } from '../ui/NoticeBar';
import { DetailsPanel } from '../ui/DetailsPanel';
import { FilterPanel } from '../ui/FilterPanel';
import { GraphCanvas } from '../ui/GraphCanvas';
import { HighlightPanel } from '../ui/HighlightPanel';
import { Legend } from '../ui/Legend';
import { ProblemsAlert } from '../ui/ProblemsAlert';
import { UnreadableWorkNotice } from '../ui/UnreadableWorkNotice';
import { TablesPanel } from '../ui/TablesPanel';
import { Splitter } from '../ui/Splitter';
import { Toolbar } from '../ui/Toolbar';
import { BUNDLED } from './bundledDatasets';
import { loadNumber, saveNumber } from '../io/persist';
import { useShortcuts } from './useShortcuts';
import { useStagedReveal } from './useStagedReveal';

// The edit bar (and the editing it does) loads when editing starts.
const EditBar = lazy(() => import('../ui/editor/EditBar').then((m) => ({ default: m.EditBar })));
// The CSV columns dialog loads when a CSV needs its columns chosen.
const StoryPanel = lazy(() => import('../ui/StoryPanel'));
const Presentation = lazy(() => import('../ui/Presentation'));
const EventsDialog = lazy(() =>
  import('../ui/EventsDialog').then((m) => ({ default: m.EventsDialog })),
);
const CsvColumnsDialog = lazy(() =>
  import('../ui/CsvColumnsDialog').then((m) => ({ default: m.CsvColumnsDialog })),
);
// The merge review loads when a dataset is added to the story.
const MergeDialog = lazy(() => import('../ui/MergeDialog'));
// The timeline loads only for a story with dates.
const Timeline = lazy(() => import('../ui/Timeline').then((m) => ({ default: m.Timeline })));

const RIGHT_WIDTH_KEY = 'actor-graph.rightWidth';

export function App() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  useEffect(() => measureOnDemand(store), [store]);
  const panels = useGraph((s) => s.panels);
  const editing = useGraph((s) => s.editing);
  const pendingCsv = useGraph((s) => s.pendingCsv !== null);
  const pendingEvents = useGraph((s) => s.pendingEvents !== null);
  const presenting = useGraph((s) => s.presenting !== null);
  const pendingMerge = useGraph((s) => s.pendingMerge !== null);
  const timeline = useGraph((s) => {
    const a = selectDatedAxes(s);
    return a.published || a.occurred;
  });
  const [rightWidth, setRightWidth] = useState(() => loadNumber(RIGHT_WIDTH_KEY, 420));
  useShortcuts(store);
  // The graph comes first; the panels around it right after, in the background, in two steps.
  const shown = useStagedReveal(2);
  const [sidePanels, rightPanels] = [shown >= 1, shown >= 2];

  const layout = { '--right-width': `${rightWidth}px` } as CSSProperties;
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <Toolbar bundled={BUNDLED} />
      {editing && (
        <Suspense fallback={null}>
          <EditBar />
        </Suspense>
      )}
      <LoadingStatus />
      <NoticeBar />
      <UnreadableWorkNotice />
      <ProblemsAlert />
      <div className={`workspace${panels.sidebar ? '' : ' no-sidebar'}`} style={layout}>
        {panels.sidebar && (
          <aside className="sidebar" aria-label={t('filters.heading')}>
            {sidePanels && (
              <>
                <Suspense fallback={null}>
                  <StoryPanel />
                </Suspense>
                <FilterPanel />
                <HighlightPanel />
                <Legend />
              </>
            )}
          </aside>
        )}
        <main className={timeline ? 'center with-timeline' : 'center'}>
          <GraphCanvas />
          {timeline && (
            <Suspense fallback={null}>
              <Timeline />
            </Suspense>
          )}
          {sidePanels && <TablesPanel />}
        </main>
        <Splitter
          label={t('article.resize')}
          value={rightWidth}
          min={300}
          max={900}
          onChange={(w) => {
            setRightWidth(w);
            saveNumber(RIGHT_WIDTH_KEY, w);
          }}
        />
        <aside
          className={`right${panels.article ? '' : ' no-article'}`}
          aria-label={t('details.region')}
        >
          {rightPanels && panels.article && <DocumentReader />}
          {rightPanels && <DetailsPanel />}
        </aside>
      </div>
      <DropZone />
      {pendingMerge && (
        <Suspense fallback={null}>
          <MergeDialog />
        </Suspense>
      )}
      {pendingCsv && (
        <Suspense fallback={null}>
          <CsvColumnsDialog />
        </Suspense>
      )}
      {presenting && (
        <Suspense fallback={null}>
          <Presentation />
        </Suspense>
      )}
      {pendingEvents && (
        <Suspense fallback={null}>
          <EventsDialog />
        </Suspense>
      )}
    </div>
  );
}
