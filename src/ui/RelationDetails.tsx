import { actorLabel, describeRelation, relationVerb } from '../model/describe';
import type { Relation } from '../model/schema';
import { statusOf, STATUS_WORDS } from '../model/status';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectTypeStyles, selectVisible } from '../store/selectors';
import { PropertyList } from './PropertyList';
import { LineSwatch } from './Swatches';

export function RelationDetails({ relation }: { relation: Relation }) {
  const index = useGraph(selectIndex);
  const types = useGraph(selectTypeStyles);
  const visible = useGraph(selectVisible);
  const selectActor = useGraph((s) => s.selectActor);
  const selectRelation = useGraph((s) => s.selectRelation);
  const type = types.get(relation.type);
  const status = statusOf(relation);
  const cameo = index.types.get(relation.type)?.cameo;
  const disputes = relation.disputes ? index.relations.get(relation.disputes) : undefined;
  const disputedBy = (index.disputedBy.get(relation.id) ?? []).flatMap(
    (id) => index.relations.get(id) ?? [],
  );

  const actorButton = (id: string) => (
    <button type="button" className="link" onClick={() => selectActor(id)}>
      {actorLabel(index, id)}
    </button>
  );
  const relationButton = (r: Relation) => (
    <li key={r.id}>
      <button type="button" className="link" onClick={() => selectRelation(r.id)}>
        {describeRelation(index, types, r)}
      </button>{' '}
      <span className="hint">({STATUS_WORDS[statusOf(r)].label})</span>
    </li>
  );

  return (
    <article aria-labelledby="details-heading">
      <h2 id="details-heading">{describeRelation(index, types, relation)}</h2>
      {!visible.relationIds.has(relation.id) && (
        <p className="notice">Hidden by the current filters.</p>
      )}
      <p className="direction">
        {actorButton(relation.source)}{' '}
        <span aria-hidden="true">{type?.directed === false ? '—' : '→'}</span>
        <span className="visually-hidden">{type?.directed === false ? 'and' : 'to'}</span>{' '}
        {actorButton(relation.target)}
      </p>
      <dl>
        <dt>Type</dt>
        <dd>
          <LineSwatch color={type?.color} status={status} /> {type?.label ?? relation.type}
          {relationVerb(relation, types) !== type?.label && ` — “${relationVerb(relation, types)}”`}
          {cameo && <span className="hint"> (CAMEO {cameo})</span>}
        </dd>
        <dt>Status</dt>
        <dd>
          <strong>{STATUS_WORDS[status].label}</strong>: {STATUS_WORDS[status].meaning}
        </dd>
        {relation.assertedBy && relation.assertedBy.length > 0 && (
          <>
            <dt>Asserted by</dt>
            <dd>
              <ol className="asserted-by" aria-label="Asserted by, nearest source first">
                {relation.assertedBy.map((id, i) => (
                  <li key={id}>
                    {i > 0 && <span className="hint">citing </span>}
                    {actorButton(id)}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {relation.date && (
          <>
            <dt>Date</dt>
            <dd>{relation.date}</dd>
          </>
        )}
        {relation.confidence !== undefined && (
          <>
            <dt>Confidence</dt>
            <dd>{Math.round(relation.confidence * 100)} %</dd>
          </>
        )}
      </dl>
      <h3>Evidence</h3>
      {relation.evidence.length === 0 ? (
        <p className="hint">No quote given for this relation.</p>
      ) : (
        <ul className="evidence" aria-label="Evidence quotes">
          {relation.evidence.map((ev, i) => (
            <li key={i}>
              <blockquote>{ev.quote}</blockquote>
              <span className="hint">
                characters {ev.start}–{ev.end}
              </span>
            </li>
          ))}
        </ul>
      )}
      {relation.note && (
        <>
          <h3>Note</h3>
          <p>{relation.note}</p>
        </>
      )}
      {disputes && (
        <>
          <h3>Disputes</h3>
          <ul aria-label="Disputes">{relationButton(disputes)}</ul>
        </>
      )}
      {disputedBy.length > 0 && (
        <>
          <h3>Disputed by</h3>
          <ul aria-label="Disputed by">{disputedBy.map(relationButton)}</ul>
        </>
      )}
      <PropertyList properties={relation.properties} />
    </article>
  );
}
