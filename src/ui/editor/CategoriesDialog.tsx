import { useTranslation } from '../../i18n/useTranslation';
import { deleteKind, deleteType, uniqueId, upsertKind, upsertType } from '../../model/edit';
import type { ActorKind, RelationType } from '../../model/schema';
import { useGraph, useGraphStoreApi } from '../../store/StoreContext';
import { selectKindStyles, selectTypeStyles } from '../../store/selectors';
import { Modal } from '../Modal';
import { CommitInput } from './CommitInput';

/** The lists of actor kinds and relation types: labels, colours, CAMEO codes, direction. */
export function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const kinds = useGraph((s) => s.dataset.actorKinds);
  const types = useGraph((s) => s.dataset.relationTypes);
  const kindColors = useGraph(selectKindStyles);
  const typeColors = useGraph(selectTypeStyles);
  const edit = store.getState().edit;
  const setKind = (k: ActorKind, patch: Partial<ActorKind>) =>
    edit((d) => upsertKind(d, { ...k, ...patch }));
  const setType = (ty: RelationType, patch: Partial<RelationType>) =>
    edit((d) => upsertType(d, { ...ty, ...patch }));
  const de = (labels: Record<string, string> | undefined, value: string) => {
    const { de: _old, ...rest } = labels ?? {};
    return value ? { ...rest, de: value } : rest;
  };
  return (
    <Modal title={t('edit.categories')} onClose={onClose}>
      <h3>{t('edit.kinds')}</h3>
      <table className="categories">
        <thead>
          <tr>
            <th scope="col">{t('edit.label')}</th>
            <th scope="col">{t('edit.labelDe')}</th>
            <th scope="col">{t('edit.color')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('edit.remove', { name: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.id}>
              <td>
                <CommitInput
                  label={`${t('edit.label')} ${k.id}`}
                  value={k.label}
                  onCommit={(label) => setKind(k, { label })}
                />
              </td>
              <td>
                <CommitInput
                  label={`${t('edit.labelDe')} ${k.id}`}
                  value={k.labels?.de ?? ''}
                  onCommit={(v) => setKind(k, { labels: de(k.labels, v) })}
                />
              </td>
              <td>
                <input
                  type="color"
                  aria-label={`${t('edit.color')} ${k.id}`}
                  value={kindColors.get(k.id)?.color ?? '#888888'}
                  onChange={(e) => setKind(k, { color: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => edit((d) => deleteKind(d, k.id))}
                  aria-label={t('edit.remove', { name: k.label })}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          edit((d) =>
            upsertKind(d, {
              id: uniqueId(
                t('edit.newKind'),
                d.actorKinds.map((k) => k.id),
              ),
              label: t('edit.newKind'),
            }),
          )
        }
      >
        {t('edit.addKind')}
      </button>
      <h3>{t('edit.types')}</h3>
      <table className="categories">
        <thead>
          <tr>
            <th scope="col">{t('edit.label')}</th>
            <th scope="col">{t('edit.labelDe')}</th>
            <th scope="col">{t('edit.color')}</th>
            <th scope="col">{t('edit.cameo')}</th>
            <th scope="col">{t('edit.directed')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('edit.remove', { name: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((ty) => (
            <tr key={ty.id}>
              <td>
                <CommitInput
                  label={`${t('edit.label')} ${ty.id}`}
                  value={ty.label}
                  onCommit={(label) => setType(ty, { label })}
                />
              </td>
              <td>
                <CommitInput
                  label={`${t('edit.labelDe')} ${ty.id}`}
                  value={ty.labels?.de ?? ''}
                  onCommit={(v) => setType(ty, { labels: de(ty.labels, v) })}
                />
              </td>
              <td>
                <input
                  type="color"
                  aria-label={`${t('edit.color')} ${ty.id}`}
                  value={typeColors.get(ty.id)?.color ?? '#555555'}
                  onChange={(e) => setType(ty, { color: e.target.value })}
                />
              </td>
              <td>
                <CommitInput
                  label={`${t('edit.cameo')} ${ty.id}`}
                  value={ty.cameo ?? ''}
                  size={5}
                  onCommit={(cameo) => setType(ty, cameo ? { cameo } : { cameo: undefined })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('edit.directed')} ${ty.id}`}
                  checked={ty.directed}
                  onChange={(e) => setType(ty, { directed: e.target.checked })}
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => edit((d) => deleteType(d, ty.id))}
                  aria-label={t('edit.remove', { name: ty.label })}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          edit((d) =>
            upsertType(d, {
              id: uniqueId(
                t('edit.newType'),
                d.relationTypes.map((x) => x.id),
              ),
              label: t('edit.newType'),
              directed: true,
            }),
          )
        }
      >
        {t('edit.addType')}
      </button>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('edit.close')}
        </button>
      </div>
    </Modal>
  );
}
