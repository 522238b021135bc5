import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { CsvColumns } from '../model/formats/parseCsv';
import { openSource } from '../io/openSource';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { Modal } from './Modal';

/** Asks which columns of a CSV hold source, target, type and label, showing its first rows. */
export function CsvColumnsDialog() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const pending = useGraph((s) => s.pendingCsv);
  const setPending = useGraph((s) => s.setPendingCsv);
  const [columns, setColumns] = useState<Partial<CsvColumns>>({});
  const [nodesCsv, setNodesCsv] = useState<string | undefined>(pending?.nodesCsv);
  if (!pending) return null;
  const { header } = pending;
  const close = () => {
    setPending(null);
    setColumns({});
  };
  const choose = (field: keyof CsvColumns, label: string, optional: boolean) => (
    <label className="path-end">
      {label}
      <select
        value={columns[field] ?? ''}
        onChange={(e) => setColumns({ ...columns, [field]: e.target.value || undefined })}
      >
        <option value="">{optional ? t('load.csvNone') : '—'}</option>
        {header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  const ready = columns.source && columns.target && columns.source !== columns.target;
  return (
    <Modal title={t('load.csvTitle')} onClose={close}>
      <p>{t('load.csvHint', { name: pending.name })}</p>
      {choose('source', t('load.csvSource'), false)}
      {choose('target', t('load.csvTarget'), false)}
      {choose('type', t('load.csvType'), true)}
      {choose('label', t('load.csvLabel'), true)}
      <label className="path-end">
        {t('load.csvNodes')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={async (e) => setNodesCsv(await e.target.files?.[0]?.text())}
        />
      </label>
      <h3>{t('load.csvPreview')}</h3>
      <div className="table-scroll csv-preview">
        <table>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pending.preview.map((row, i) => (
              <tr key={i}>
                {header.map((h) => (
                  <td key={h}>{row[h]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-actions">
        <button type="button" onClick={close}>
          {t('load.close')}
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => {
            const chosen = columns as CsvColumns;
            close();
            void openSource(
              store,
              { kind: 'text', name: pending.name, text: pending.text },
              { csvColumns: chosen, ...(nodesCsv ? { nodesCsv } : {}) },
              pending.purpose,
            );
          }}
        >
          {t('load.csvOpen')}
        </button>
      </div>
    </Modal>
  );
}
