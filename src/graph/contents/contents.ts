import type { ElementDefinition } from 'cytoscape';
import type { Point } from '../../model/geometry';
import type { DrawingMode } from '../mode';

/** An element's data as our element definitions carry it (see elements.ts). */
export type ElementData = Record<string, unknown>;

/** Per relation element id: independent sources (absent: 1), and the disputed ones. */
export interface ClaimMarks {
  sources: ReadonlyMap<string, number>;
  disputed: ReadonlySet<string>;
}

/** An actor as drawn: its element id, where it is, and its data (label, colour, shape…). */
export interface ActorSpot {
  id: string;
  position: Point;
  data: ElementData;
}

/** A relation as drawn: its element id, its end actors' element ids and its data. */
export interface RelationSpot {
  id: string;
  source: string;
  target: string;
  data: ElementData;
}

/**
 * What the graph holds and shows, asked the same way in every drawing mode (mode.ts). Every
 * id is an element id (ids.ts). In `full` and `lean` mode Cytoscape holds every element
 * (cytoscapeContents.ts); in `overview` mode the actors and relations live as definitions and
 * Cytoscape holds only those kept for a reason (overviewContents.ts). Nobody else needs to
 * know which: the highlight layer, level of detail, snapshots, claims, search, drags and events
 * all ask here.
 */
export interface GraphContents {
  readonly mode: DrawingMode;

  /** An actor's position, held by Cytoscape or not; null for an unknown id. */
  position(id: string): Point | null;
  /** A relation's end actors; null for an unknown id. */
  ends(id: string): { source: string; target: string } | null;
  /** The relations touching an actor, shown or hidden. */
  relationsAround(actorId: string): readonly string[];
  /** Whether the filters hide this actor or relation (or the group it belongs to). */
  isHidden(id: string): boolean;
  /**
   * Calls `visit` for every actor the filters leave shown. Claims and compound groups are not
   * actors here: Cytoscape draws them in every mode.
   */
  eachShownActor(visit: (actor: ActorSpot) => void): void;
  /** Calls `visit` for every relation shown (its actors shown too). */
  eachShownRelation(visit: (relation: RelationSpot) => void): void;
  /**
   * A fresh definition of an element, with its classes, to draw it in another instance (the
   * highlight layer, a snapshot); null if unknown.
   */
  definition(id: string): ElementDefinition | null;
  /** Every actor's position, shown or hidden (to save a layout). */
  positions(): Map<string, Point>;

  /**
   * The dataset's elements, replacing the last ones by diff. Every actor carries its position;
   * those in `moved` are put there even if already placed (the data moved them). `fresh`: a
   * new dataset, not an edit of the last one — nothing is kept from before.
   */
  setElements(
    defs: readonly ElementDefinition[],
    change: { moved: ReadonlySet<string>; fresh: boolean },
  ): void;
  /** New labels (a language switch), nothing else changed. */
  setLabels(labels: ReadonlyMap<string, string>): void;
  /** The actors and relations the filters hide (all others are shown). */
  setHidden(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void;
  /**
   * What the chosen time says of each relation: how many independent sources it has (1 when
   * left out; its line width) and whether a claim known by then disputes it. Kept in the
   * relation's data as `sources` and `disputed`, so copies (highlight, snapshot) draw them too.
   */
  setClaimMarks(marks: ClaimMarks): void;
  /**
   * How a measure draws each actor (by element id): its size and colour, kept in its data as
   * `size` and `color` so copies (highlight, snapshot) draw them too. Actors not named go back
   * to the look's size and their kind's colour (`kindColor`).
   */
  setActorMarks(marks: ActorMarks): void;
  /** The actors matching the search, ringed. */
  setSearchMatches(ids: ReadonlySet<string>): void;
  /** The actors matching the search, as last set. */
  searchMatches(): ReadonlySet<string>;
  /**
   * Keeps these elements on Cytoscape for a reason (replacing that reason's last list), so
   * that they can carry a class, be drawn in detail or answer the pointer. Only the overview
   * mode keeps anything off Cytoscape; elsewhere this changes nothing.
   */
  keep(reason: string, ids: Iterable<string>): void;
  /** Moves actors (a layout's result); ids not given stay. */
  moveActors(positions: ReadonlyMap<string, Point>): void;
  /** Hears every change of what is shown or where (elements, filters, matches, moves). */
  onChange(listener: () => void): () => void;
  /** Takes every element this contents put on Cytoscape off it, and stops listening. */
  clear(): void;
}

/** An actor's size (graph units) and colour by a measure; absent: the look's and its kind's. */
export type ActorMarks = ReadonlyMap<string, { size?: number; color?: string }>;

/** Writes an actor's marks into its data through `write` (only what differs). */
export function updateActorMarks(
  data: Record<string, unknown>,
  marks: ActorMarks,
  id: string,
  write: (key: string, value: unknown) => void,
): void {
  const mark = marks.get(id);
  const size = mark?.size;
  if (data.size !== size) write('size', size);
  const color = mark?.color ?? data.kindColor;
  if (color !== undefined && data.color !== color) write('color', color);
}
