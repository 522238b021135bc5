import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ExportFormat } from '../io/exportFiles';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { download } from './download';
import { MenuButton } from './MenuButton';

const FORMATS: [ExportFormat, string][] = [
  ['json', 'toolbar.exportJson'],
  ['json-visible', 'toolbar.exportJsonVisible'],
  ['graphml', 'toolbar.exportGraphml'],
  ['gexf', 'toolbar.exportGexf'],
  ['csv', 'toolbar.exportCsv'],
  ['jsonld', 'toolbar.exportJsonLd'],
];

const BriefingDialog = lazy(() => import('./briefing/BriefingDialog'));

/** Export the graph (or the visible subgraph) in our format or for other tools. */
export function ExportMenu() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const story = useGraph((s) => s.presenting?.storyId ?? s.dataset.stories?.[0]?.id);
  const [briefingOf, setBriefingOf] = useState<string | null>(null);
  const briefing = story
    ? [{ label: t('stories.briefing'), onSelect: () => setBriefingOf(story) }]
    : [];
  return (
    <>
      <MenuButton
        label={t('toolbar.export')}
        items={[
          ...FORMATS.map(([format, key]) => ({
            label: t(key),
            onSelect: async () => {
              // The exporters load on first use, not with the page.
              const { exportFiles } = await import('../io/exportFiles');
              const { files, problems } = exportFiles(store.getState(), format);
              for (const f of files) download(f.name, f.text, f.type);
              // The whole graph in our format is a save: the browser's copy is no longer needed.
              if (format === 'json') {
                store.getState().markSaved();
                const { browserWork } = await import('../io/browserWork');
                await browserWork().clear(store);
              }
              if (problems.length)
                store.getState().reportProblems(files[0]!.name, problems, 'export');
            },
          })),
          ...briefing,
        ]}
      />
      {briefingOf && (
        <Suspense fallback={null}>
          <BriefingDialog storyId={briefingOf} onClose={() => setBriefingOf(null)} />
        </Suspense>
      )}
    </>
  );
}
