// The benchmark's anchor: bare Cytoscape on the same graph with the same colours, labels and
// arrows, and nothing else (no store, no panels). Served by scripts/bench.ts.
import cytoscape from '/cytoscape/cytoscape.esm.min.mjs';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
let cy;

window.bare = {
  /** The instance, for the zoom-and-pan frame rate. */
  get cy() {
    return cy;
  },
  /** The same colours as the app: its palette is handed in by the bench. */
  async load(text, palette) {
    const d = JSON.parse(text);
    const kindColor = new Map(d.actorKinds.map((k, i) => [k.id, palette[i % palette.length]]));
    const typeColor = new Map(d.relationTypes.map((t, i) => [t.id, palette[i % palette.length]]));
    const elements = [
      ...d.actors.map((a) => ({
        data: { id: `a:${a.id}`, label: a.label, color: kindColor.get(a.kind) },
        position: a.position,
      })),
      ...d.relations.map((r) => ({
        data: {
          id: `r:${r.id}`,
          source: `a:${r.source}`,
          target: `a:${r.target}`,
          label: r.type,
          type: r.type,
          color: typeColor.get(r.type),
        },
      })),
    ];
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements,
      layout: { name: 'preset' },
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            label: 'data(label)',
            'font-size': 12,
            width: 30,
            height: 30,
          },
        },
        {
          selector: 'edge',
          style: {
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 10,
          },
        },
        { selector: '.hidden', style: { display: 'none' } },
        { selector: '.faded', style: { opacity: 0.15 } },
      ],
    });
    await frame();
  },
  async hideHalf(types) {
    const hide = new Set(types);
    cy.batch(() =>
      cy
        .edges()
        .filter((e) => hide.has(e.data('type')))
        .addClass('hidden'),
    );
    await frame();
  },
  async highlight(id) {
    const node = cy.$id(`a:${id}`);
    const near = node.closedNeighborhood();
    cy.batch(() => cy.elements().not(near).addClass('faded'));
    await frame();
  },
  /** A relation selected (a table row clicked in the app): it and its actors stay bright. */
  async highlightRelation(id) {
    const edge = cy.$id(`r:${id}`);
    const near = edge.union(edge.connectedNodes());
    cy.batch(() => {
      cy.elements('.faded').removeClass('faded');
      cy.elements().not(near).addClass('faded');
    });
    await frame();
  },
  async png() {
    await cy.png({ output: 'blob-promise', full: true, scale: 1 });
  },
};
window.bareReady = true;
