import { useTranslation } from '../../i18n/useTranslation';
import { validateDataset } from '../../model/validate';
import type { GraphState } from '../../store/graphStore';
import { memoLast } from '../../store/memo';
import { useGraph } from '../../store/StoreContext';

const validationOf = memoLast(
  (dataset: GraphState['dataset']) => validateDataset(dataset).problems,
);

/** Every problem of the working dataset (live validation while editing). */
const selectValidation = (s: GraphState) => validationOf(s.dataset);

/** Problems of the working dataset, listed as you edit; they never block an edit. */
export function ValidationList() {
  const { t } = useTranslation();
  const problems = useGraph(selectValidation);
  return (
    <section className="validation" aria-labelledby="validation-heading" aria-live="polite">
      <h3 id="validation-heading">{t('edit.problems', { count: problems.length })}</h3>
      {problems.length === 0 ? (
        <p className="hint">{t('edit.noProblems')}</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
              <code>{p.code}</code> <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
