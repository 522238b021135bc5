import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { fillStandalone } from '../io/standalone';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { viewSearch } from '../store/viewParams';
import { download } from './download';
import { Modal } from './Modal';

/** Link to the view, iframe embed code, and the standalone HTML for graphs a link cannot carry. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const current = useGraph((s) => s);
  const [message, setMessage] = useState('');
  // A link, an embed or the standalone file can open on a story step, presented.
  const stories = current.dataset.stories ?? [];
  const [opening, setOpening] = useState(current.presenting);
  const openingStory = stories.find((x) => x.id === opening?.storyId);
  const state = { ...current, presenting: openingStory ? opening : null };
  const base = `${window.location.origin}${window.location.pathname}`;
  const link = `${base}${viewSearch(state)}`;
  const embedUrl = `${base}${viewSearch(state, { embed: '1' })}`;
  const embedCode = `<iframe src="${embedUrl.replace(/"/g, '&quot;')}" width="800" height="500" style="border:0" title="${state.dataset.title.replace(/"/g, '&quot;')}" loading="lazy"></iframe>`;
  const local = state.origin.kind === 'local';

  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setMessage(t('share.copied'));
  };
  const standalone = async () => {
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}standalone.html`);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const html = fillStandalone(await response.text(), {
        ...store.getState(),
        presenting: state.presenting,
      });
      const name = state.datasetName.replace(/(\.actor-graph)?\.[a-z0-9]+$/i, '') || 'graph';
      download(`${name}.html`, html, 'text/html');
    } catch (error) {
      setMessage(
        t('share.standaloneFailed', { reason: String((error as Error).message ?? error) }),
      );
    }
  };

  return (
    <Modal title={t('share.title')} onClose={onClose}>
      {stories.length > 0 && (
        <div className="share-opening">
          <label>
            {t('share.openOn')}{' '}
            <select
              value={openingStory?.id ?? ''}
              onChange={(e) =>
                setOpening(e.target.value ? { storyId: e.target.value, step: 0 } : null)
              }
            >
              <option value="">{t('share.thisView')}</option>
              {stories.map((x) => (
                <option key={x.id} value={x.id}>
                  {t('share.story', { title: x.title })}
                </option>
              ))}
            </select>
          </label>
          {openingStory && (
            <label>
              {' '}
              {t('share.step')}{' '}
              <input
                type="number"
                min={1}
                max={openingStory.steps.length}
                value={(opening?.step ?? 0) + 1}
                onChange={(e) => {
                  const n = Math.round(Number(e.target.value));
                  if (n >= 1 && n <= openingStory.steps.length)
                    setOpening({ storyId: openingStory.id, step: n - 1 });
                }}
              />
            </label>
          )}
        </div>
      )}
      {local ? (
        <p className="notice">{t('share.local')}</p>
      ) : (
        <>
          <label className="share-field">
            {t('share.link')}
            <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => void copy(link)}>
            {t('share.copyLink')}
          </button>
          <label className="share-field">
            {t('share.embed')}
            <textarea readOnly rows={3} value={embedCode} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => void copy(embedCode)}>
            {t('share.copyEmbed')}
          </button>
        </>
      )}
      <p className="hint">{t('share.standaloneHint')}</p>
      <button type="button" onClick={() => void standalone()}>
        {t('share.standalone')}
      </button>
      {message && <p role="status">{message}</p>}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
    </Modal>
  );
}
