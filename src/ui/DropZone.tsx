import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { openSource } from '../io/openSource';
import { useGraphStoreApi } from '../store/StoreContext';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));

/**
 * Files dropped anywhere on the window open as a graph; so does text pasted while no field
 * has focus (Ctrl+V with JSON, GraphML, GEXF or CSV on the clipboard).
 */
export function DropZone() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void openSource(store, { kind: 'files', files });
    };
    const paste = (e: ClipboardEvent) => {
      if (typingIn(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      void openSource(store, { kind: 'text', name: t('load.pasted'), text });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, [store, t]);
  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('load.drop')}</p>
    </div>
  ) : null;
}
