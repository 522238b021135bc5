import { STATUS_WORDS } from '../model/status';
import { useGraph } from '../store/StoreContext';
import { selectKindStyles, selectStatusesInUse, selectTypeStyles } from '../store/selectors';
import { KindSwatch, LineSwatch } from './Swatches';

/** Generated from the dataset: what each shape, colour and line style means. */
export function Legend() {
  const kinds = useGraph(selectKindStyles);
  const types = useGraph(selectTypeStyles);
  const statuses = useGraph(selectStatusesInUse);
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <h3>Actors</h3>
      <ul aria-label="Actor kinds">
        {[...kinds.values()].map((kind) => (
          <li key={kind.id}>
            <KindSwatch color={kind.color} shape={kind.shape} />
            {kind.label}
          </li>
        ))}
      </ul>
      <h3>Relations</h3>
      <ul aria-label="Relation types">
        {[...types.values()].map((type) => (
          <li key={type.id}>
            <LineSwatch color={type.color} />
            {type.label}
            {type.directed ? '' : ' (undirected)'}
          </li>
        ))}
      </ul>
      <h3>Status (line style)</h3>
      <ul aria-label="Statuses">
        {statuses.map((status) => (
          <li key={status} title={STATUS_WORDS[status].meaning}>
            <LineSwatch status={status} />
            <span>
              {STATUS_WORDS[status].label}
              <span className="hint"> — {STATUS_WORDS[status].meaning}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
