import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { mountGraph, type MountedGraph } from '../graph/mountGraph';
import { useGraphStoreApi } from '../store/StoreContext';
import { ViewModeSwitch } from './ViewModeSwitch';

/**
 * Hosts the single Cytoscape instance: created once on mount, destroyed on unmount
 * (StrictMode mounts twice in dev, so the cleanup is real). React never re-renders it;
 * store subscriptions inside mountGraph drive it.
 */
export function GraphCanvas({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<MountedGraph | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const mounted = mountGraph(container.current, store);
    graph.current = mounted;
    return () => {
      mounted.destroy();
      graph.current = null;
    };
  }, [store]);
  return (
    <div className="graph-area">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={t('graph.label')}
        data-testid="graph-canvas"
      />
      <div className="graph-controls" role="group" aria-label={t('graph.controls')}>
        {!readOnly && <ViewModeSwitch />}
        <button
          type="button"
          onClick={() => graph.current?.zoomBy(1.25)}
          aria-label={t('graph.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => graph.current?.zoomBy(0.8)}
          aria-label={t('graph.zoomOut')}
        >
          −
        </button>
        <button type="button" onClick={() => graph.current?.fit()}>
          {t('graph.fit')}
        </button>
      </div>
    </div>
  );
}
