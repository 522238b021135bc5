// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rule's messages for a file at this place with this source. */
async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'layers/layers').map((m) => m.message);
}

describe('the layers of src/, enforced by lint', () => {
  it('refuses cytoscape in the UI', async () => {
    const problems = await layerProblems(
      'src/ui/Bad.tsx',
      "import cytoscape from 'cytoscape';\nexport const x = cytoscape;\n",
    );
    expect(problems).toEqual(['src/ui must not import cytoscape.']);
  });

  it('refuses the store in a parser, however deep its folder', async () => {
    const problems = await layerProblems(
      'src/model/formats/bad.ts',
      "import { createGraphStore } from '../../store/graphStore';\nexport const x = createGraphStore;\n",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/model must not import src/store/graphStore');
  });

  it('lets the UI into the graph only through its facade', async () => {
    const inner = await layerProblems(
      'src/ui/Bad.tsx',
      "import { fitGraph } from '../graph/viewport';\nexport const x = fitGraph;\n",
    );
    expect(inner[0]).toContain('only through src/graph/api.ts');
    const door = await layerProblems(
      'src/ui/editor/Good.tsx',
      "import { actorPositions } from '../../graph/api';\nexport const x = actorPositions;\n",
    );
    expect(door).toEqual([]);
  });

  it('keeps the graph and the store from importing upwards, dynamic imports included', async () => {
    expect(
      await layerProblems('src/graph/bad.ts', "export const x = () => import('../ui/Toolbar');\n"),
    ).toHaveLength(1);
    expect(
      await layerProblems('src/store/bad.ts', "export { openSource } from '../io/openSource';\n"),
    ).toHaveLength(1);
  });
});
