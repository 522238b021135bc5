/*
 * Actor and relation ids are separate namespaces in our format; Cytoscape has one.
 * Prefixes keep an actor "x" and a relation "x" apart.
 */
export const actorElementId = (actorId: string) => `a:${actorId}`;
export const relationElementId = (relationId: string) => `r:${relationId}`;
export const isActorElementId = (id: string) => id.startsWith('a:');
export const modelIdOf = (elementId: string) => elementId.slice(2);
