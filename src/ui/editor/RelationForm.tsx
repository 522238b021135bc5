import { useTranslation } from '../../i18n/useTranslation';
import { addEvidence, deleteRelation, removeEvidence, updateRelation } from '../../model/edit';
import { STATUSES, type Relation } from '../../model/schema';
import { useGraph, useGraphStoreApi } from '../../store/StoreContext';
import { selectLabels } from '../../store/selectors';
import { CommitInput } from './CommitInput';

/** An interval in ISO 8601's own notation, `start/end`. */
const occurredText = (o: Relation['occurred']) =>
  o === undefined ? '' : typeof o === 'string' ? o : `${o.start}/${o.end}`;

function parseOccurred(text: string): Relation['occurred'] {
  const [start, end] = text.trim().split('/');
  if (!start) return undefined;
  return end ? { start, end } : start;
}

/** Edits a relation: ends, type, status, wording, attribution, dispute, date, note and evidence. */
export function RelationForm({ relation }: { relation: Relation }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const actors = useGraph((s) => s.dataset.actors);
  const types = useGraph((s) => s.dataset.relationTypes);
  const relations = useGraph((s) => s.dataset.relations);
  const labels = useGraph(selectLabels);
  const selection = useGraph((s) => s.articleSelection);
  const documents = useGraph((s) => s.dataset.documents);
  const text = documents.find((d) => d.id === selection?.document)?.text;
  const change = (patch: Partial<Relation>) =>
    store.getState().edit((d) => updateRelation(d, relation.id, patch));
  const actorSelect = (key: 'source' | 'target') => (
    <label>
      {t(`edit.${key}`)}
      <select value={relation[key]} onChange={(e) => change({ [key]: e.target.value })}>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {labels.actor(a.id)}
          </option>
        ))}
      </select>
    </label>
  );
  const selected = selection && text ? text.slice(selection.start, selection.end) : '';
  return (
    <form
      className="edit-form"
      aria-label={t('edit.relation')}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>{labels.sentence(relation)}</h2>
      {actorSelect('source')}
      {actorSelect('target')}
      <label>
        {t('edit.type')}
        <select value={relation.type} onChange={(e) => change({ type: e.target.value })}>
          {types.map((ty) => (
            <option key={ty.id} value={ty.id}>
              {labels.type(ty.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('edit.status')}
        <select
          value={relation.status ?? ''}
          onChange={(e) => change({ status: (e.target.value || undefined) as Relation['status'] })}
        >
          <option value="">{t('status.unspecified')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('edit.wording')}
        <CommitInput
          label={t('edit.wording')}
          value={relation.label ?? ''}
          onCommit={(label) => change({ label: label || undefined })}
        />
      </label>
      <label>
        {t('edit.assertedBy')}
        <select
          multiple
          size={Math.min(5, actors.length)}
          value={relation.assertedBy ?? []}
          onChange={(e) =>
            change({ assertedBy: [...e.target.selectedOptions].map((o) => o.value) })
          }
        >
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {labels.actor(a.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('edit.disputes')}
        <select
          value={relation.disputes ?? ''}
          onChange={(e) => change({ disputes: e.target.value || undefined })}
        >
          <option value="">{t('edit.none')}</option>
          {relations
            .filter((r) => r.id !== relation.id)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {labels.sentence(r)}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('edit.date')}
        <CommitInput
          label={t('edit.date')}
          value={occurredText(relation.occurred)}
          onCommit={(text) => change({ occurred: parseOccurred(text) })}
        />
      </label>
      <label>
        {t('edit.note')}
        <CommitInput
          label={t('edit.note')}
          value={relation.note ?? ''}
          multiline
          onCommit={(note) => change({ note: note || undefined })}
        />
      </label>
      <fieldset>
        <legend>{t('edit.evidence')}</legend>
        <ol className="evidence-edit">
          {relation.evidence.map((ev, i) => (
            <li key={`${ev.document}-${ev.start}-${ev.end}-${i}`}>
              <q>{ev.quote}</q>{' '}
              <button
                type="button"
                aria-label={t('edit.removeEvidence', { n: i + 1 })}
                onClick={() => store.getState().edit((d) => removeEvidence(d, relation.id, i))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <p className="hint">
          {selected
            ? t('edit.selected', {
                quote: selected.length > 80 ? `${selected.slice(0, 79)}…` : selected,
              })
            : t('edit.attachHint')}
        </p>
        <button
          type="button"
          disabled={!selected}
          onClick={() => {
            const s = store.getState();
            if (!s.articleSelection) return;
            const { document, start, end } = s.articleSelection;
            s.edit((d) => addEvidence(d, relation.id, document, start, end));
            s.setArticleSelection(null);
            window.getSelection()?.removeAllRanges();
          }}
        >
          {t('edit.attach')}
        </button>
      </fieldset>
      <button
        type="button"
        className="danger"
        onClick={() => {
          store.getState().clearSelection();
          store.getState().edit((d) => deleteRelation(d, relation.id));
        }}
      >
        {t('edit.deleteRelation')}
      </button>
    </form>
  );
}
