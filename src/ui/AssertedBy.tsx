import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Relation } from '../model/schema';

/** Who asserts a claim, nearest source first ("media, citing anonymous officials"). */
export function AssertedBy({
  relation,
  actorButton,
}: {
  relation: Relation;
  actorButton: (id: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const chain = relation.assertedBy ?? [];
  if (chain.length === 0) return <span className="hint">{t('details.voice')}</span>;
  return (
    <ol className="asserted-by" aria-label={t('details.assertedByList')}>
      {chain.map((id, i) => (
        <li key={id}>
          {i > 0 && <span className="hint">{t('details.citing')} </span>}
          {actorButton(id)}
        </li>
      ))}
    </ol>
  );
}
