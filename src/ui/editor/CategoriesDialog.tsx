import { useTranslation } from '../../i18n/useTranslation';
import { deleteKind, deleteType, uniqueId, upsertKind, upsertType } from '../../model/edit';
import type { ActorKind, RelationType } from '../../model/schema';
import { useGraph, useGraphStoreApi } from '../../store/StoreContext';
import { selectKindStyles, selectTypeStyles } from '../../store/selectors';
import { Modal } from '../Modal';
import { CategoryCells, RemoveCell } from './CategoryCells';
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
              <CategoryCells
                category={k}
                color={kindColors.get(k.id)?.color ?? '#888888'}
                onChange={(patch) => setKind(k, patch)}
              />
              <RemoveCell name={k.label} onRemove={() => edit((d) => deleteKind(d, k.id))} />
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
              <CategoryCells
                category={ty}
                color={typeColors.get(ty.id)?.color ?? '#555555'}
                onChange={(patch) => setType(ty, patch)}
              />
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
              <RemoveCell name={ty.label} onRemove={() => edit((d) => deleteType(d, ty.id))} />
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
