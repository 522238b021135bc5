import { t } from '../i18n/i18n';
import type { StatusKey } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { memoLast } from '../store/memo';
import { selectLabels } from '../store/selectors';
import type { GraphWords } from './elements';

const wordsOf = memoLast((labels: GraphWords['labels'], lng: string): GraphWords => ({
  labels,
  status: (status: StatusKey) => t(`status.${status}`, { lng }),
  disputedBadge: t('graph.disputedBadge', { lng }),
}));

/** The words the graph draws for the current dataset and language. */
export const graphWordsFor = (state: GraphState): GraphWords =>
  wordsOf(selectLabels(state), state.language);
