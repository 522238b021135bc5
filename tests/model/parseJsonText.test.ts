import { describe, expect, it } from 'vitest';
import { importText } from '../../src/model/formats/importText';
import { lineColumn, parseJsonText } from '../../src/model/parseJsonText';
import { readFixture } from '../helpers';

describe('parseJsonText', () => {
  it('places a syntax error at its line and column', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'AG001', line: 3, column: 8 });
    expect(result.problems[0]?.message).toBe('JSON syntax error: value expected.');
  });

  it('rejects trailing commas and comments like JSON.parse does', () => {
    expect(parseJsonText('{"a": 1,}').ok).toBe(false);
    expect(parseJsonText('{"a": 1 /* c */}').ok).toBe(false);
  });

  it('says an empty file is empty', () => {
    const r = parseJsonText('  \n');
    expect(!r.ok && r.problems[0]?.code).toBe('AG002');
  });

  it('counts columns in UTF-16 units after multibyte characters', () => {
    expect(lineColumn('„ä“\nxy', 6)).toEqual({ line: 2, column: 3 });
  });

  it('loads a valid file end to end', () => {
    const r = importText('small.json', readFixture('small.actor-graph.json'));
    expect(r.kind === 'dataset' && r.dataset.title).toBe('Small test graph');
  });
});
