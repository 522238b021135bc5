import { useTranslation } from '../../i18n/useTranslation';
import type { Actor, Relation } from '../../model/schema';
import { ActorForm } from './ActorForm';
import { RelationForm } from './RelationForm';
import { ValidationList } from './ValidationList';

/** The details panel while editing: the selection's form and the live validation. */
export default function EditorDetails({ actor, relation }: { actor?: Actor; relation?: Relation }) {
  const { t } = useTranslation();
  return (
    <>
      {actor ? (
        <ActorForm key={actor.id} actor={actor} />
      ) : relation ? (
        <RelationForm key={relation.id} relation={relation} />
      ) : (
        <p className="hint">{t('edit.hint')}</p>
      )}
      <ValidationList />
    </>
  );
}
