import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { openSource, type Source } from '../io/openSource';
import { useGraphStoreApi } from '../store/StoreContext';
import { MenuButton, type MenuItem } from './MenuButton';
import { PasteDialog } from './PasteDialog';

export interface BundledDataset {
  id: string;
  title: string;
  source: () => Source | Promise<Source>;
}

/** Open: a file, pasted text, or one of the bundled datasets. */
export function OpenMenu({ bundled }: { bundled: readonly BundledDataset[] }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const items: MenuItem[] = [
    { label: t('toolbar.openFile'), onSelect: () => fileInput.current?.click() },
    { label: t('toolbar.paste'), onSelect: () => setPasting(true) },
    ...bundled.map((b, i) => ({
      label: b.title,
      onSelect: () =>
        void Promise.resolve(b.source()).then((source) =>
          openSource(store, { ...source, origin: { kind: 'bundled', id: b.id } }),
        ),
      ...(i === 0 ? { group: t('toolbar.bundled') } : {}),
    })),
  ];
  return (
    <MenuButton label={t('toolbar.open')} items={items}>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".json,.cyjs,.graphml,.gexf,.csv,.tsv,.txt,.xml,application/json,text/csv,application/xml"
        aria-label={t('toolbar.openFileLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void openSource(store, { kind: 'files', files });
        }}
      />
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
    </MenuButton>
  );
}
