import { describeRelation } from '../model/describe';
import type { Actor } from '../model/schema';
import { statusOf, STATUS_WORDS } from '../model/status';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectKindStyles, selectTypeStyles, selectVisible } from '../store/selectors';
import { effectiveKind } from '../model/appearance';
import { PropertyList } from './PropertyList';
import { KindSwatch } from './Swatches';

export function ActorDetails({ actor }: { actor: Actor }) {
  const index = useGraph(selectIndex);
  const kinds = useGraph(selectKindStyles);
  const types = useGraph(selectTypeStyles);
  const visible = useGraph(selectVisible);
  const selectRelation = useGraph((s) => s.selectRelation);
  const kind = kinds.get(effectiveKind(kinds, actor.kind));
  const relations = (index.incident.get(actor.id) ?? []).flatMap(
    (id) => index.relations.get(id) ?? [],
  );

  return (
    <article aria-labelledby="details-heading">
      <h2 id="details-heading">{actor.label}</h2>
      {!visible.actorIds.has(actor.id) && <p className="notice">Hidden by the current filters.</p>}
      <dl>
        <dt>Kind</dt>
        <dd>
          {kind && <KindSwatch color={kind.color} shape={kind.shape} />} {kind?.label ?? actor.kind}
        </dd>
        {actor.aliases && actor.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        )}
        {actor.description && (
          <>
            <dt>Description</dt>
            <dd>{actor.description}</dd>
          </>
        )}
      </dl>
      <h3>Relations ({relations.length})</h3>
      <ul aria-label={`Relations of ${actor.label}`}>
        {relations.map((r) => (
          <li key={r.id} className={visible.relationIds.has(r.id) ? undefined : 'filtered-out'}>
            <button type="button" className="link" onClick={() => selectRelation(r.id)}>
              {describeRelation(index, types, r)}
            </button>{' '}
            <span className="hint">
              ({STATUS_WORDS[statusOf(r)].label}
              {visible.relationIds.has(r.id) ? '' : ', hidden by filters'})
            </span>
          </li>
        ))}
      </ul>
      <PropertyList properties={actor.properties} />
    </article>
  );
}
