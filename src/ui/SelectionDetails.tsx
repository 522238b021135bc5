import type { Actor, Relation } from '../model/schema';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';

/** The selected relations in full (compact when several), or the selected actor. */
export default function SelectionDetails({
  relations,
  actor,
}: {
  relations: readonly Relation[];
  actor?: Actor;
}) {
  return (
    <>
      {relations.map((r) => (
        <RelationDetails key={r.id} relation={r} compact={relations.length > 1} />
      ))}
      {actor && <ActorDetails actor={actor} />}
    </>
  );
}
