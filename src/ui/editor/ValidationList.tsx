import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { validateDataset } from '../../model/validate';
import type { GraphState } from '../../store/graphStore';
import { memoLast } from '../../store/memo';
import { useGraph } from '../../store/StoreContext';
import { whenIdle } from '../whenIdle';

const validationOf = memoLast(
  (dataset: GraphState['dataset']) => validateDataset(dataset).problems,
);

/**
 * Problems of the working dataset, listed as you edit; they never block an edit. Validating a
 * 20,000-actor dataset takes a tenth of a second, so it runs once the edit has been painted,
 * not inside it; until then the list shows what it showed before.
 */
export function ValidationList() {
  const { t } = useTranslation();
  const dataset = useGraph((s) => s.dataset);
  const [problems, setProblems] = useState<ReturnType<typeof validationOf> | null>(null);
  useEffect(() => whenIdle(() => setProblems(validationOf(dataset))), [dataset]);
  return (
    <section className="validation" aria-labelledby="validation-heading" aria-live="polite">
      <h3 id="validation-heading">
        {problems ? t('edit.problems', { count: problems.length }) : t('edit.checking')}
      </h3>
      {problems?.length === 0 && <p className="hint">{t('edit.noProblems')}</p>}
      {problems && problems.length > 0 && (
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
