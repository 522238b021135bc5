import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { LANGUAGES, type Language } from '../model/labels';
import { useGraph } from '../store/StoreContext';
import { ExportMenu } from './ExportMenu';
import { OpenMenu, type BundledDataset } from './OpenMenu';
import { SearchBox } from './SearchBox';

// Dialogs load when first opened: they are not part of the start-up JavaScript.
const SnapshotDialog = lazy(() =>
  import('./SnapshotDialog').then((m) => ({ default: m.SnapshotDialog })),
);
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function Toolbar({ bundled = [] }: { bundled?: readonly BundledDataset[] }) {
  const { t } = useTranslation();
  const title = useGraph((s) => s.dataset.title);
  const name = useGraph((s) => s.datasetName);
  const language = useGraph((s) => s.language);
  const setLanguage = useGraph((s) => s.setLanguage);
  const panels = useGraph((s) => s.panels);
  const togglePanel = useGraph((s) => s.togglePanel);
  const editing = useGraph((s) => s.editing);
  const setEditing = useGraph((s) => s.setEditing);
  const [snapshot, setSnapshot] = useState(false);
  const [sharing, setSharing] = useState(false);

  return (
    <header className="toolbar">
      <h1>
        <span className="app-name">{t('app.name')}</span>
        <span className="dataset-title">{title}</span>
        <span className="hint dataset-name">{name}</span>
      </h1>
      <SearchBox />
      <div className="toolbar-actions">
        <div role="group" aria-label={t('app.panels')} className="panel-toggles">
          <button
            type="button"
            aria-pressed={panels.sidebar}
            onClick={() => togglePanel('sidebar')}
          >
            {t('app.showSidebar')}
          </button>
          <button
            type="button"
            aria-pressed={panels.article}
            onClick={() => togglePanel('article')}
          >
            {t('app.showArticle')}
          </button>
        </div>
        <select
          aria-label={t('app.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {t(`app.languageNames.${lang}`)}
            </option>
          ))}
        </select>
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {t('edit.toggle')}
        </button>
        <OpenMenu bundled={bundled} />
        <ExportMenu />
        <button type="button" onClick={() => setSnapshot(true)}>
          {t('snapshot.button')}
        </button>
        {snapshot && (
          <Suspense fallback={null}>
            <SnapshotDialog onClose={() => setSnapshot(false)} />
          </Suspense>
        )}
        <button type="button" onClick={() => setSharing(true)}>
          {t('share.button')}
        </button>
        {sharing && (
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setSharing(false)} />
          </Suspense>
        )}
      </div>
    </header>
  );
}
