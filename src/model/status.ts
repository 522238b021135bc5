import { STATUSES, type Relation, type Status } from './schema';

/** A relation's status, with "unspecified" for an absent one (it has its own legend entry). */
export type StatusKey = Status | 'unspecified';

export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, 'unspecified'];

export const statusOf = (relation: Relation): StatusKey => relation.status ?? 'unspecified';

export const STATUS_WORDS: Record<StatusKey, { label: string; meaning: string }> = {
  reported: { label: 'reported', meaning: 'A source says it happened.' },
  alleged: { label: 'alleged', meaning: 'Claimed, contested or unverified.' },
  confirmed: { label: 'confirmed', meaning: 'Confirmed by the parties or independent sources.' },
  denied: { label: 'denied', meaning: 'The article says it did not happen.' },
  hypothetical: { label: 'hypothetical', meaning: 'Imagined or conditional.' },
  unspecified: { label: 'unspecified', meaning: 'The dataset gives no status.' },
};
