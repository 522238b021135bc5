import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/model/formats/importText';
import type { ImportStep } from '../../../src/model/validate';
import { readFixture } from '../../helpers';

const stepsOf = (name: string, text: string) => {
  const steps: ImportStep[] = [];
  const outcome = importText(name, text, { onStep: (s) => steps.push(s) });
  return { steps, outcome };
};

describe('reading a file reports its steps', () => {
  it('goes syntax → schema → references for our format', () => {
    const { steps, outcome } = stepsOf('small.json', readFixture('small.actor-graph.json'));
    expect(outcome.kind).toBe('dataset');
    expect(steps).toEqual(['parsing', 'validating', 'checking']);
  });

  it('goes through the same steps for a GEXF file', () => {
    const { steps, outcome } = stepsOf('m.gexf', readFixture('samples/graphology-v1_3.gexf'));
    expect(outcome.kind).toBe('dataset');
    expect(steps).toEqual(['parsing', 'validating', 'checking']);
  });

  it('stops at the step that failed', () => {
    const { steps, outcome } = stepsOf('broken.json', '{"format": "actor-graph", ');
    expect(outcome.kind).toBe('failed');
    expect(steps).toEqual(['parsing']);
  });
});
