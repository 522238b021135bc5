/* FollowTheMoney's model as we read it: the published schemata, their parents and edges. */

/** The parts of FollowTheMoney's published model (defaultModel.json) that we read. */
export interface FtmSchema {
  label: string;
  extends?: string[];
  abstract?: boolean;
  caption?: string[];
  edge?: { source: string; target: string; directed: boolean; label?: string; caption?: string[] };
  temporalExtent?: { start: string[]; end: string[] };
}
export interface FtmModel {
  schemata: Record<string, FtmSchema>;
}

let model: FtmModel | undefined;
/** The model once loaded (importText reads synchronously; the loader runs first). */
export const loaded = () => model;
/** Loads the model package on first use: 290 KB that no other format needs. */
export async function loadFtmModel(): Promise<FtmModel> {
  model ??= (await import('@alephdata/followthemoney/dist/defaultModel.json'))
    .default as unknown as FtmModel;
  return model;
}

/** The schema and its ancestors, nearest first. */
export function lineage(model: FtmModel, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n) || !model.schemata[n]) return;
    out.push(n);
    for (const parent of model.schemata[n]!.extends ?? []) visit(parent);
  };
  visit(name);
  return out;
}

export const inherited = <K extends keyof FtmSchema>(model: FtmModel, name: string, key: K) => {
  for (const n of lineage(model, name)) {
    const v = model.schemata[n]![key];
    if (v !== undefined) return v;
  }
  return undefined;
};
