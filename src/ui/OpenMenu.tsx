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

const ACCEPT =
  '.json,.jsonl,.cyjs,.graphml,.gexf,.csv,.tsv,.txt,.xml,.zip,application/json,text/csv,application/xml,application/zip';

/** Open: a file, pasted text, or one of the bundled datasets; or add a file to this story. */
export function OpenMenu({ bundled }: { bundled: readonly BundledDataset[] }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const items: MenuItem[] = [
    { label: t('toolbar.openFile'), onSelect: () => fileInput.current?.click() },
    { label: t('toolbar.paste'), onSelect: () => setPasting(true) },
    { label: t('merge.add'), onSelect: () => addInput.current?.click() },
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
        accept={ACCEPT}
        aria-label={t('toolbar.openFileLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void openSource(store, { kind: 'files', files });
        }}
      />
      <input
        ref={addInput}
        type="file"
        accept={ACCEPT}
        aria-label={t('merge.addLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void openSource(store, { kind: 'files', files }, {}, 'add');
        }}
      />
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
    </MenuButton>
  );
}
