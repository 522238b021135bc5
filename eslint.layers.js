import { dirname, relative, resolve } from 'node:path';

/*
 * The layers of src/ and which may import which (docs/architecture.md): imports point one way,
 * model ← store ← graph/io ← ui ← app, at any depth of folders. `graph/api` is the one door from
 * the UI into the graph. Packages a layer must not use are listed apart.
 */
const MAY_IMPORT = {
  model: ['model'],
  i18n: ['i18n', 'model'],
  store: ['store', 'model', 'i18n'],
  io: ['io', 'store', 'model', 'i18n'],
  graph: ['graph', 'store', 'model', 'i18n'],
  ui: ['ui', 'store', 'model', 'i18n', 'io', 'graph/api'],
  app: ['app', 'ui', 'io', 'graph', 'store', 'model', 'i18n'],
};
const PACKAGES_BANNED = {
  model: ['react', 'react-dom', 'zustand', 'zundo', 'cytoscape'],
  store: ['cytoscape'],
  io: ['cytoscape', 'react', 'react-dom'],
  graph: ['react', 'react-dom'],
  ui: ['cytoscape'],
};

const layerOf = (path) => path.split('/')[0];

/** Whether a module path under src/ ("graph/api.ts") is one an allowance ("graph/api") covers. */
const covers = (allowance, target) =>
  target === allowance ||
  target.startsWith(`${allowance}/`) ||
  target.replace(/\.(tsx?|jsx?)$/, '') === allowance;

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of src/ pointing one way' },
    schema: [],
  },
  create(context) {
    const src = resolve(context.cwd, 'src');
    const file = relative(src, context.filename).split('\\').join('/');
    if (file.startsWith('..')) return {};
    const layer = layerOf(file);
    const allowed = MAY_IMPORT[layer];
    if (!allowed) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value.split('?')[0];
      if (spec.startsWith('.')) {
        const target = relative(src, resolve(dirname(context.filename), spec))
          .split('\\')
          .join('/');
        if (target.startsWith('..')) return;
        if (allowed.some((a) => covers(a, target))) return;
        const door =
          layerOf(target) === 'graph' && layer === 'ui' ? ' (only through src/graph/api.ts)' : '';
        context.report({
          node: source,
          message: `src/${layer} must not import src/${target}${door}: imports point model ← store ← graph/io ← ui ← app.`,
        });
        return;
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if ((PACKAGES_BANNED[layer] ?? []).includes(pkg))
        context.report({ node: source, message: `src/${layer} must not import ${pkg}.` });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { layers: rule } };
