import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import {
  DEFAULT_SNAPSHOT,
  loadSnapshots,
  type GraphSizes,
  type SnapshotOptions,
} from '../graph/api';
import { selectVisible } from '../store/selectors';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { download } from './download';
import { Modal } from './Modal';

type Size = { width: number; height: number; fits: boolean } | null;

/** Footnotes start ticked when they fit a page or two; thousands would make no picture. */
const FOOTNOTES_BY_DEFAULT = 100;

/**
 * PNG/SVG snapshot for a briefing: area, scale, background, and optionally title, source
 * line, legend and numbered footnotes. The exact pixel size is shown before export.
 */
export function SnapshotDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const datasetTitle = useGraph((s) => s.dataset.title);
  const visibleRelations = useGraph((s) => selectVisible(s).relations.length);
  const [options, setOptions] = useState<SnapshotOptions>({
    ...DEFAULT_SNAPSHOT,
    title: datasetTitle,
    footnotes: visibleRelations <= FOOTNOTES_BY_DEFAULT,
  });
  const [size, setSize] = useState<Size>(null);
  // The graph does not change while the dialog is open: its measured sizes hold.
  const measured = useRef<GraphSizes>(new Map());
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    const handle = setTimeout(() => {
      void loadSnapshots()
        .then((s) => s.snapshotSize(store.getState(), options, measured.current))
        .then((s) => live && setSize(s))
        .catch(
          (error: unknown) => live && setMessage(t('snapshot.failed', { reason: String(error) })),
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(handle);
    };
  }, [options, store, t]);

  const run = async (what: 'png' | 'svg' | 'copy') => {
    setMessage('');
    setProgress(0);
    const name =
      (options.title || datasetTitle).replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80) || 'snapshot';
    try {
      const snapshots = await loadSnapshots();
      const state = store.getState();
      if (what === 'svg') {
        download(`${name}.svg`, await snapshots.snapshotSvg(state, options), 'image/svg+xml');
      } else {
        const blob = await snapshots.snapshotPng(state, options, setProgress);
        if (what === 'png') download(`${name}.png`, blob, 'image/png');
        else {
          await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
          setMessage(t('snapshot.copied'));
        }
      }
    } catch (error) {
      const reason = String((error as Error).message ?? error);
      setMessage(t('snapshot.failed', { reason }));
    } finally {
      setProgress(null);
    }
  };

  const set = (patch: Partial<SnapshotOptions>) => setOptions({ ...options, ...patch });
  const check = (key: 'source' | 'legend' | 'footnotes', label: string) => (
    <label className="filter-box">
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => set({ [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  const busy = progress !== null;
  const tooLarge = size !== null && !size.fits;

  return (
    <Modal title={t('snapshot.title')} onClose={onClose}>
      <div className="snapshot-form">
        <label className="path-end">
          {t('snapshot.titleLabel')}
          <input
            type="text"
            value={options.title ?? ''}
            onChange={(e) => set({ title: e.target.value })}
          />
        </label>
        <fieldset>
          <legend>{t('snapshot.scope')}</legend>
          {(['whole', 'view'] as const).map((scope) => (
            <label key={scope} className="filter-box">
              <input
                type="radio"
                name="snapshot-scope"
                checked={options.scope === scope}
                onChange={() => set({ scope })}
              />
              {t(`snapshot.${scope}`)}
            </label>
          ))}
        </fieldset>
        <label className="path-end">
          {t('snapshot.scale')}
          <select value={options.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="path-end">
          {t('snapshot.background')}
          <select
            value={options.background}
            onChange={(e) => set({ background: e.target.value as SnapshotOptions['background'] })}
          >
            <option value="white">{t('snapshot.white')}</option>
            <option value="transparent">{t('snapshot.transparent')}</option>
          </select>
        </label>
        {check('source', t('snapshot.includeSource'))}
        {check('legend', t('snapshot.includeLegend'))}
        {check('footnotes', t('snapshot.includeFootnotes'))}
        <p
          aria-live="polite"
          className={tooLarge ? 'notice' : 'snapshot-size'}
          data-testid="snapshot-size"
        >
          {size === null
            ? t('snapshot.measuring')
            : tooLarge
              ? t('snapshot.tooLarge', { width: size.width, height: size.height })
              : t('snapshot.size', { width: size.width, height: size.height })}
        </p>
        {busy && <progress aria-label={t('snapshot.rendering')} value={progress} max={1} />}
        {message && <p role="status">{message}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('snapshot.close')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('svg')}>
          {t('snapshot.svg')}
        </button>
        <button type="button" disabled={busy || tooLarge} onClick={() => void run('copy')}>
          {t('snapshot.copy')}
        </button>
        <button type="button" disabled={busy || tooLarge} onClick={() => void run('png')}>
          {t('snapshot.png')}
        </button>
      </div>
    </Modal>
  );
}
