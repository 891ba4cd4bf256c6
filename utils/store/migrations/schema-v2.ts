/**
 * The schema of version 2, frozen: version 1's records, each review dated (`at`), the owner's
 * own business names, the derived stores (aggregates, day buckets) and the indexes the popup
 * and pruning need. Imports only the frozen version 1 schema. Never edit; a new version gets a
 * new file.
 */
import type { DBSchema } from 'idb';
import type { V1AlertRecord, V1BusinessRecord, V1ReviewRecord, V1SnapshotRecord } from './schema-v1';

export interface V2BusinessRecord extends V1BusinessRecord {
  displayName?: string;
}

export interface V2ReviewRecord extends V1ReviewRecord {
  /** `publishedAt`, else `firstSeenAt`. */
  at: number;
}

export interface V2AggregateRecord {
  businessKey: string;
  total: number;
  negatives: number;
  positives: number;
  unread: number;
  unanswered: number;
  ratingCounts: number[];
  ratingSum: number;
  ratingCount: number;
}

export interface V2DayRecord {
  businessKey: string;
  day: number;
  count: number;
  ratingSum: number;
  ratingCount: number;
  sentimentSum: number;
  sentimentCount: number;
  negatives: number;
}

export interface SchemaV2 extends DBSchema {
  businesses: { key: string; value: V2BusinessRecord; indexes: { byRole: string; byGroup: string; byLastChecked: number } };
  snapshots: { key: number; value: V1SnapshotRecord; indexes: { byBusiness: [string, number] } };
  reviews: {
    key: string;
    value: V2ReviewRecord;
    indexes: { byBusiness: string; byUnread: [string, number]; byBusinessAt: [string, number]; byBusinessSeen: [string, number] };
  };
  alerts: { key: string; value: V1AlertRecord; indexes: { byCreated: number; byBusiness: string } };
  aggregates: { key: string; value: V2AggregateRecord };
  days: { key: [string, number]; value: V2DayRecord };
}
