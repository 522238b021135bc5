import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { actorPositions } from '../graph/api';
import { applyMerge } from '../model/applyMerge';
import { proposeMerge, type MatchDecision } from '../model/merge';
import { placeNear } from '../model/placeNear';
import type { PendingMerge } from '../store/sessionSlice';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { selectLabels } from '../store/selectors';
import { Modal } from './Modal';
import { ROW_HEIGHT, useRowWindow } from './useRowWindow';

/**
 * The review before a dataset is added to this story: what comes in, each actor that looks
 * like one already here (same actor, keep apart, or merge into another), and everything the
 * merge will rename or find in disagreement. Nothing changes until "Add to story"; one undo
 * takes the whole merge back.
 */
export default function MergeDialog() {
  const pending = useGraph((s) => s.pendingMerge);
  return pending ? <MergeReview pending={pending} /> : null;
}

function MergeReview({ pending }: { pending: PendingMerge }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const current = useGraph((s) => s.dataset);
  const labels = useGraph(selectLabels);
  const setPendingMerge = useGraph((s) => s.setPendingMerge);
  const proposal = useMemo(() => proposeMerge(current, pending.incoming), [current, pending]);
  const [decisions, setDecisions] = useState(() => new Map<string, MatchDecision>());
  const preview = useMemo(
    () => applyMerge(current, pending.incoming, decisions, proposal),
    [current, pending, decisions, proposal],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(proposal.matches.length, scroller);
  const byLabel = useMemo(
    () => new Map(current.actors.map((a) => [labels.actor(a.id), a.id])),
    [current, labels],
  );
  const incomingLabel = useMemo(
    () => new Map(pending.incoming.actors.map((a) => [a.id, a.label])),
    [pending],
  );
  const decide = (id: string, d: MatchDecision) =>
    setDecisions((before) => new Map(before).set(id, d));
  const close = () => setPendingMerge(null);
  const apply = () => {
    const { dataset: merged, report } = applyMerge(current, pending.incoming, decisions, proposal);
    // The added actors appear beside the actors of the story they relate to.
    const known = actorPositions() ?? new Map();
    const fresh = new Set(merged.actors.slice(current.actors.length).map((a) => a.id));
    const near = placeNear(merged, fresh, known);
    const dataset = near.size
      ? {
          ...merged,
          actors: merged.actors.map((a) => {
            const p = near.get(a.id);
            return p ? { ...a, position: p } : a;
          }),
        }
      : merged;
    const state = store.getState();
    state.edit(() => dataset);
    state.setNotice(
      t('merge.done', {
        name: pending.name,
        documents: report.documents,
        actors: report.actorsAdded,
        relations: report.relationsAdded,
        merged: report.relationsMerged,
      }),
      true,
    );
    close();
  };
  const notes = [...pending.problems.map((p) => p.message), ...preview.report.notes];
  return (
    <Modal title={t('merge.title', { name: pending.name })} onClose={close}>
      <p>
        {t('merge.summary', {
          documents: proposal.counts.documents,
          actors: proposal.counts.actors,
          relations: proposal.counts.relations,
        })}
      </p>
      <h3 id="merge-matches">{t('merge.matches')}</h3>
      {proposal.matches.length === 0 ? (
        <p className="hint">{t('merge.noMatches')}</p>
      ) : (
        <div className="merge-scroll" ref={scroller}>
          <table aria-labelledby="merge-matches" aria-rowcount={proposal.matches.length + 1}>
            <thead>
              <tr>
                <th scope="col">{t('merge.incoming')}</th>
                <th scope="col">{t('merge.existing')}</th>
                <th scope="col">{t('merge.decisionHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.padTop > 0 && <tr aria-hidden="true" style={{ height: rows.padTop }} />}
              {proposal.matches.slice(rows.first, rows.last).map((m, i) => {
                const d = decisions.get(m.incoming) ?? 'accept';
                const name = incomingLabel.get(m.incoming) ?? m.incoming;
                const choice = typeof d === 'string' ? d : 'into';
                return (
                  <tr
                    key={m.incoming}
                    aria-rowindex={rows.first + i + 2}
                    style={{ height: ROW_HEIGHT }}
                  >
                    <td>{name}</td>
                    <td>
                      {labels.actor(m.existing)}{' '}
                      <span className="hint">
                        ({t('merge.by', { how: t(m.by === 'id' ? 'merge.byId' : 'merge.byName') })})
                      </span>
                    </td>
                    <td>
                      <select
                        aria-label={t('merge.decision', { name })}
                        value={choice}
                        onChange={(e) =>
                          decide(
                            m.incoming,
                            e.target.value === 'into'
                              ? { into: m.existing }
                              : (e.target.value as 'accept' | 'reject'),
                          )
                        }
                      >
                        <option value="accept">{t('merge.accept')}</option>
                        <option value="reject">{t('merge.reject')}</option>
                        <option value="into">{t('merge.into')}</option>
                      </select>
                      {choice === 'into' && (
                        <input
                          list="merge-actors"
                          aria-label={t('merge.into')}
                          defaultValue={typeof d === 'string' ? '' : labels.actor(d.into)}
                          onChange={(e) => {
                            const id = byLabel.get(e.target.value);
                            if (id) decide(m.incoming, { into: id });
                          }}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
              {rows.padBottom > 0 && <tr aria-hidden="true" style={{ height: rows.padBottom }} />}
            </tbody>
          </table>
          <datalist id="merge-actors">
            {[...byLabel.keys()].slice(0, 5000).map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
        </div>
      )}
      {notes.length > 0 && (
        <>
          <h3 id="merge-notes">{t('merge.conflicts')}</h3>
          <ul className="merge-notes" aria-labelledby="merge-notes">
            {notes.slice(0, 200).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
            {notes.length > 200 && <li>… +{notes.length - 200}</li>}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={close}>
          {t('merge.cancel')}
        </button>
        <button type="button" className="primary" onClick={apply}>
          {t('merge.apply')}
        </button>
      </div>
    </Modal>
  );
}
