import { translate, uiLanguage } from '../i18n/i18n';
import type { Language } from '../model/labels';
import type { StatusKey } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { memoLast } from '../store/memo';
import { selectLabels } from '../store/selectors';
import type { GraphWords } from './elements';

// The UI language is part of the key: a language's catalogue may arrive after the switch,
// and the words must be taken again when it does.
const wordsOf = memoLast(
  (labels: GraphWords['labels'], lng: Language, _ui: Language): GraphWords => ({
    labels,
    status: (status: StatusKey) => translate(lng, `status.${status}`),
    disputedBadge: translate(lng, 'graph.disputedBadge'),
  }),
);

/** The words the graph draws for the current dataset and language. */
export const graphWordsFor = (state: GraphState): GraphWords =>
  wordsOf(selectLabels(state), state.language, uiLanguage());
