import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type Problem } from '../problem';

export type XmlNode = Record<string, unknown>;

/** Elements that may repeat, so they always parse as arrays. */
const LISTS = new Set([
  'key',
  'graph',
  'node',
  'edge',
  'data',
  'attribute',
  'attvalue',
  'nodes',
  'edges',
  'NodeLabel',
  'EdgeLabel',
  'attributes',
  'port',
  'hyperedge',
  'endpoint',
  'default',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Namespaces are dropped: real Gephi files carry a malformed viz namespace (three slashes).
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  textNodeName: '#text',
  isArray: (name) => LISTS.has(name),
});

/** Parsed XML and its warnings, or why it is not well-formed. */
export type XmlResult =
  { ok: true; root: XmlNode; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Entities a file declares in its DOCTYPE are never expanded (an "XML bomb" nests them a
 * billion times; an external one reads files): their references stay in the text as written.
 * Said once, at the first declaration, so that `&lol9;` in a label is not a mystery.
 */
function entityWarnings(text: string): Problem[] {
  const declared = [...text.matchAll(/<!ENTITY\s+(%\s*)?([^\s>]+)/g)];
  if (declared.length === 0) return [];
  const first = declared[0]!;
  const line = text.slice(0, first.index).split('\n').length;
  const names = [...new Set(declared.map((m) => m[2]!))].slice(0, 10).join(', ');
  const p = problem(
    'AG068',
    '$',
    `The file declares entities (${names}); they are not expanded, and their references are kept as written (&${declared[0]![2]};).`,
    'warning',
  );
  return [
    { ...p, line, column: 1 + (first.index! - text.lastIndexOf('\n', first.index! - 1) - 1) },
  ];
}

/** Parses XML with fast-xml-parser; not well-formed XML is reported at its line and column. */
export function parseXml(text: string): XmlResult {
  const check = XMLValidator.validate(text);
  if (check !== true) {
    const { line, col, msg } = check.err;
    const p = problem('AG007', '$', `The XML is not well-formed: ${msg}`);
    return { ok: false, problems: [{ ...p, line, column: col }] };
  }
  try {
    return { ok: true, root: parser.parse(text) as XmlNode, problems: entityWarnings(text) };
  } catch (error) {
    // The validator lets a few malformed processing instructions through; the parser does not.
    return {
      ok: false,
      problems: [
        problem(
          'AG007',
          '$',
          `The XML is not well-formed: ${String((error as Error).message ?? error)}`,
        ),
      ],
    };
  }
}

export const list = (v: unknown): XmlNode[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]) as XmlNode[];
export const attr = (el: XmlNode | undefined, name: string): string | undefined => {
  const v = el?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
};
/** An element's own text (mixed content included), or the string it parsed to. */
export const text = (el: unknown): string => {
  if (typeof el === 'string') return el;
  if (el && typeof el === 'object' && typeof (el as XmlNode)['#text'] === 'string')
    return (el as XmlNode)['#text'] as string;
  return '';
};

/** Typed attribute values as GraphML and GEXF declare them. */
export function typedValue(raw: string, type: string | undefined): unknown {
  switch ((type ?? 'string').toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte':
    case 'bigdecimal':
    case 'biginteger': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}
