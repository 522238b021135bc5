import type { ActorKind } from '../schema';

/**
 * Actor kinds for event data, from CAMEO's actor type codes (GDELT's Actor1Type1Code): a
 * dozen readable kinds rather than forty codes. An actor with a country and no type is the
 * country itself; with neither, "unknown".
 */
export const EVENT_KINDS: readonly ActorKind[] = [
  { id: 'country', label: 'Country', color: '#0072B2', shape: 'ellipse' },
  { id: 'government', label: 'Government', color: '#332288', shape: 'round-rectangle' },
  { id: 'military', label: 'Military or police', color: '#661100', shape: 'diamond' },
  { id: 'armed-group', label: 'Rebels or armed group', color: '#D55E00', shape: 'triangle' },
  { id: 'igo', label: 'International organisation', color: '#009E73', shape: 'hexagon' },
  { id: 'ngo', label: 'NGO', color: '#44AA99', shape: 'octagon' },
  { id: 'media', label: 'Media', color: '#CC79A7', shape: 'star' },
  { id: 'business', label: 'Business', color: '#999933', shape: 'rectangle' },
  { id: 'civil-society', label: 'Civil society', color: '#E69F00', shape: 'pentagon' },
  { id: 'person', label: 'Person', color: '#882255', shape: 'ellipse' },
  { id: 'unknown', label: 'Unknown', color: '#888888', shape: 'barrel' },
];

const BY_TYPE: Record<string, string> = {
  GOV: 'government',
  LEG: 'government',
  JUD: 'government',
  SPY: 'government',
  PTY: 'government',
  ELI: 'government',
  MIL: 'military',
  COP: 'military',
  REB: 'armed-group',
  INS: 'armed-group',
  SEP: 'armed-group',
  UAF: 'armed-group',
  CRM: 'armed-group',
  IGO: 'igo',
  NGO: 'ngo',
  NGM: 'ngo',
  MED: 'media',
  BUS: 'business',
  MNC: 'business',
  CVL: 'civil-society',
  REF: 'civil-society',
  LAB: 'civil-society',
  EDU: 'civil-society',
  HLH: 'civil-society',
  AGR: 'civil-society',
  OPP: 'civil-society',
  MOD: 'civil-society',
  RAD: 'civil-society',
  REL: 'civil-society',
  ENV: 'civil-society',
  HRI: 'civil-society',
  DEV: 'civil-society',
  SET: 'civil-society',
};

/** The kind of a GDELT actor from its type code, else from a bare type code as its code. */
export function kindOfCameoActor(type: string, country: string, code: string): string {
  const kind = BY_TYPE[type] ?? BY_TYPE[code.slice(-3)];
  if (kind) return kind;
  return country || /^[A-Z]{3}$/.test(code) ? 'country' : 'unknown';
}
