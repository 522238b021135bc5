import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import { selectCurrentMatch, selectLabels, selectSearchMatches } from '../store/selectors';

/**
 * Finds actors by label or alias in any language. Matches are marked and the current one
 * centred in the graph; nothing is hidden. Enter moves to the next match, Shift+Enter back.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const query = useGraph((s) => s.search.query);
  const current = useGraph((s) => s.search.current);
  const matches = useGraph(selectSearchMatches);
  const currentMatch = useGraph(selectCurrentMatch);
  const labels = useGraph(selectLabels);
  const setQuery = useGraph((s) => s.setSearchQuery);
  const move = useGraph((s) => s.moveSearchMatch);
  const selectActor = useGraph((s) => s.selectActor);
  const statusId = useId();

  const status = !query.trim()
    ? ''
    : matches.length === 0
      ? t('search.none')
      : t('search.position', {
          n: (current % matches.length) + 1,
          count: matches.length,
          name: currentMatch ? labels.actor(currentMatch) : '',
        });

  return (
    <div className="search" role="search">
      <input
        type="search"
        aria-label={t('search.label')}
        aria-describedby={statusId}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            move(e.shiftKey ? -1 : 1, matches.length);
          } else if (e.key === 'Escape' && query) {
            e.stopPropagation();
            setQuery('');
          }
        }}
      />
      <span id={statusId} className="search-status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        disabled={!currentMatch}
        onClick={() => currentMatch && selectActor(currentMatch)}
      >
        {t('search.showDetails')}
      </button>
    </div>
  );
}
