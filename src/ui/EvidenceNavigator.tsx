import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { selectQuotedCount } from '../store/selectors';
import { readingPosition, walkEvidence } from '../store/walkEvidence';

/** Previous / next evidence in reading order ([ and ] do the same from anywhere). */
export function EvidenceNavigator() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const count = useGraph(selectQuotedCount);
  const position = useGraph(readingPosition);
  return (
    <div className="evidence-nav" role="group" aria-label={t('article.walkHint')}>
      <button
        type="button"
        onClick={() => walkEvidence(store, -1)}
        disabled={count === 0}
        aria-keyshortcuts="["
        aria-label={t('article.prev')}
        title={`${t('article.prev')} ([)`}
      >
        ‹
      </button>
      <span className="hint" aria-live="polite">
        {position >= 0 ? t('article.position', { n: position + 1, count }) : `— / ${count}`}
      </span>
      <button
        type="button"
        onClick={() => walkEvidence(store, 1)}
        disabled={count === 0}
        aria-keyshortcuts="]"
        aria-label={t('article.next')}
        title={`${t('article.next')} (])`}
      >
        ›
      </button>
    </div>
  );
}
