import { hasLanguage, translate } from '../i18n/i18n';
import type { Language } from '../model/labels';
import type { StatusKey } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { memoLast } from '../store/memo';
import { selectLabels } from '../store/selectors';
import type { GraphWords } from './elements';

// Whether the language's texts are there is part of the key: they may arrive after the
// switch (English stands in meanwhile), and the words must be taken again when they do.
const wordsOf = memoLast(
  (labels: GraphWords['labels'], lng: Language, _loaded: boolean): GraphWords => ({
    labels,
    status: (status: StatusKey) => translate(lng, `status.${status}`),
    disputedBadge: translate(lng, 'graph.disputedBadge'),
  }),
);

/** The words the graph draws for the current dataset and language. */
export const graphWordsFor = (state: GraphState): GraphWords =>
  wordsOf(selectLabels(state), state.language, hasLanguage(state.language));
