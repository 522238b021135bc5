import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { mountGraph, type MountedGraph } from '../graph/api';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
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
  // The renderer is chosen when Cytoscape is created: switching it (rare, by hand) re-creates
  // the instance; nothing else does.
  const renderer = useGraph((s) => s.renderer);
  const setRenderer = useGraph((s) => s.setRenderer);
  // Mounted before the browser paints: the page's first picture already holds the graph,
  // rather than an empty frame painted first and the graph a frame later.
  useLayoutEffect(() => {
    if (!container.current) return;
    const mounted = mountGraph(container.current, store);
    graph.current = mounted;
    return () => {
      mounted.destroy();
      graph.current = null;
    };
  }, [store, renderer]);
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
        {!readOnly && (
          <button
            type="button"
            aria-pressed={renderer === 'webgl'}
            title={t('graph.webglHint')}
            onClick={() => setRenderer(renderer === 'webgl' ? 'canvas' : 'webgl')}
          >
            {t('graph.webgl')}
          </button>
        )}
      </div>
    </div>
  );
}
