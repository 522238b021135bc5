import { useTranslation } from '../i18n/useTranslation';
import { effectiveKind } from '../model/appearance';
import type { Actor } from '../model/schema';
import { statusOf } from '../model/status';
import { useGraph } from '../store/StoreContext';
import { selectIndex, selectKindStyles, selectLabels, selectVisible } from '../store/selectors';
import { PropertyList } from './PropertyList';
import { KindSwatch } from './Swatches';

export function ActorDetails({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const index = useGraph(selectIndex);
  const kinds = useGraph(selectKindStyles);
  const labels = useGraph(selectLabels);
  const visible = useGraph(selectVisible);
  const selectRelation = useGraph((s) => s.selectRelation);
  const kindId = effectiveKind(kinds, actor.kind);
  const kind = kinds.get(kindId);
  const relations = (index.incident.get(actor.id) ?? []).flatMap(
    (id) => index.relations.get(id) ?? [],
  );
  const name = labels.actor(actor.id);

  return (
    <article aria-labelledby="actor-heading">
      <h2 id="actor-heading">{name}</h2>
      {!visible.actorIds.has(actor.id) && <p className="notice">{t('details.hidden')}</p>}
      <dl>
        <dt>{t('details.kind')}</dt>
        <dd>
          {kind && <KindSwatch color={kind.color} shape={kind.shape} />} {labels.kind(kindId)}
        </dd>
        {actor.aliases && actor.aliases.length > 0 && (
          <>
            <dt>{t('details.aliases')}</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        )}
        {actor.description && (
          <>
            <dt>{t('details.description')}</dt>
            <dd>{actor.description}</dd>
          </>
        )}
      </dl>
      <h3>{t('details.relationsCount', { count: relations.length })}</h3>
      <ul aria-label={t('details.relationsOf', { name })}>
        {relations.map((r) => {
          const shown = visible.relationIds.has(r.id);
          return (
            <li key={r.id} className={shown ? undefined : 'filtered-out'}>
              <button type="button" className="link" onClick={() => selectRelation(r.id)}>
                {labels.sentence(r)}
              </button>{' '}
              <span className="hint">
                ({t(`status.${statusOf(r)}`)}
                {shown ? '' : `, ${t('details.hiddenByFilters')}`})
              </span>
            </li>
          );
        })}
      </ul>
      <PropertyList properties={actor.properties} />
    </article>
  );
}
