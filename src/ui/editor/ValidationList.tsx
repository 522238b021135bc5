import { useTranslation } from 'react-i18next';
import { useGraph } from '../../store/StoreContext';
import { selectValidation } from '../../store/selectors';

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
