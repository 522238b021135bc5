import codebook from '../../../data/event-codes/cameo-event-codes.tsv?raw';

/**
 * The CAMEO event codebook (data/event-codes/), bundled as data: 20 root codes and their 3- and
 * 4-digit sub-codes. GDELT codes every event with one of them.
 */
let codes: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (codes) return codes;
  codes = new Map();
  for (const line of codebook.split(/\r?\n/).slice(1)) {
    const [code, description] = line.split('\t');
    if (code && description) codes.set(code.trim(), description.trim());
  }
  return codes;
}

/** The codebook's description of a code ("0231" → "Appeal for economic aid"), if it has one. */
export const cameoName = (code: string): string | undefined => table().get(code);

/** A root code's name as a relation type label: "CONSULT" → "Consult". */
export function rootLabel(root: string): string {
  const name = cameoName(root) ?? `CAMEO ${root}`;
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export { quadClassOf, QUAD_CLASSES } from './quadClasses';
