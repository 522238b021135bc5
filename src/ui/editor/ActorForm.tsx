import { useTranslation } from '../../i18n/useTranslation';
import { deleteActor, updateActor } from '../../model/edit';
import type { Actor } from '../../model/schema';
import { useGraph, useGraphStoreApi } from '../../store/StoreContext';
import { CommitInput } from './CommitInput';

/** Edits an actor: labels per language, kind, aliases, description; or deletes it. */
export function ActorForm({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const kinds = useGraph((s) => s.dataset.actorKinds);
  const change = (patch: Partial<Actor>) =>
    store.getState().edit((d) => updateActor(d, actor.id, patch));
  return (
    <form className="edit-form" aria-label={t('edit.actor')} onSubmit={(e) => e.preventDefault()}>
      <h2>
        {t('edit.actor')}: {actor.label}
      </h2>
      <label>
        {t('edit.label')}
        <CommitInput
          label={t('edit.label')}
          value={actor.label}
          onCommit={(label) => change({ label })}
        />
      </label>
      <label>
        {t('edit.labelDe')}
        <CommitInput
          label={t('edit.labelDe')}
          value={actor.labels?.de ?? ''}
          onCommit={(v) => {
            const { de: _old, ...rest } = actor.labels ?? {};
            change({ labels: v ? { ...rest, de: v } : rest });
          }}
        />
      </label>
      <label>
        {t('edit.kind')}
        <select value={actor.kind} onChange={(e) => change({ kind: e.target.value })}>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
          {!kinds.some((k) => k.id === actor.kind) && (
            <option value={actor.kind}>{actor.kind}</option>
          )}
        </select>
      </label>
      <label>
        {t('edit.aliases')}
        <CommitInput
          label={t('edit.aliases')}
          value={(actor.aliases ?? []).join(', ')}
          onCommit={(v) =>
            change({
              aliases: v
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <label>
        {t('edit.description')}
        <CommitInput
          label={t('edit.description')}
          value={actor.description ?? ''}
          multiline
          onCommit={(description) => change({ description })}
        />
      </label>
      <button
        type="button"
        className="danger"
        onClick={() => {
          store.getState().clearSelection();
          store.getState().edit((d) => deleteActor(d, actor.id));
        }}
      >
        {t('edit.deleteActor')}
      </button>
    </form>
  );
}
