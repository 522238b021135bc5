import type { Dataset } from './schema';
import { problem, type Problem } from './problem';

/**
 * The largest distance from the origin a stored position may have. The format allows any
 * number, but a canvas cannot draw an actor at ±1e308 (it vanished while the legend still
 * counted it), and no layout of a news story needs more than a few thousand units.
 */
export const MAX_COORDINATE = 1e7;

const far = (v: number) => !Number.isFinite(v) || Math.abs(v) > MAX_COORDINATE;

/**
 * Drops stored positions out of drawing range, so those actors are laid out instead of drawn
 * nowhere, and says which (a warning at the first one's path, naming up to ten).
 */
export function dropFarPositions(dataset: Dataset): { dataset: Dataset; problems: Problem[] } {
  const farOnes: number[] = [];
  dataset.actors.forEach((a, i) => {
    if (a.position && (far(a.position.x) || far(a.position.y))) farOnes.push(i);
  });
  if (farOnes.length === 0) return { dataset, problems: [] };
  const names = farOnes.slice(0, 10).map((i) => JSON.stringify(dataset.actors[i]!.id));
  const more = farOnes.length > 10 ? ` and ${farOnes.length - 10} more` : '';
  const actors = dataset.actors.map((a, i) => {
    if (!farOnes.includes(i)) return a;
    const { position: _far, ...rest } = a;
    return rest;
  });
  return {
    dataset: { ...dataset, actors },
    problems: [
      problem(
        'AG051',
        `$.actors[${farOnes[0]}].position`,
        `${farOnes.length === 1 ? 'A position lies' : `${farOnes.length} positions lie`} beyond ±${MAX_COORDINATE.toExponential()} (actors ${names.join(', ')}${more}); they are laid out instead.`,
        'warning',
      ),
    ],
  };
}
