import { useRef } from 'react';
import { openDatasetFile } from '../store/openDataset';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { SearchBox } from './SearchBox';

export function Toolbar() {
  const store = useGraphStoreApi();
  const title = useGraph((s) => s.dataset.title);
  const name = useGraph((s) => s.datasetName);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="toolbar">
      <h1>
        <span className="app-name">Actor Graph</span>
        <span className="dataset-title">{title}</span>
        <span className="hint dataset-name">{name}</span>
      </h1>
      <SearchBox />
      <div className="toolbar-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Open dataset file"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openDatasetFile(store, file);
          }}
        />
      </div>
    </header>
  );
}
