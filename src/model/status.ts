import type { Relation, Status } from './schema';
import { STATUSES } from './vocabulary';

/** A relation's status, with "unspecified" for an absent one (it has its own legend entry). */
export type StatusKey = Status | 'unspecified';

export const STATUS_KEYS: readonly StatusKey[] = [...STATUSES, 'unspecified'];

export const statusOf = (relation: Relation): StatusKey => relation.status ?? 'unspecified';
