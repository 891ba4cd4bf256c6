/**
 * The schema of version 3, frozen: version 2's records, each review with its `fingerprint` (the
 * normalised author and text start the second match looks up) and the index over it. Imports only
 * the frozen earlier schemas. Never edit; a new version gets a new file.
 */
import type { DBSchema } from 'idb';
import type { V1AlertRecord, V1SnapshotRecord } from './schema-v1';
import type { V2AggregateRecord, V2BusinessRecord, V2DayRecord, V2ReviewRecord } from './schema-v2';

export interface V3ReviewRecord extends V2ReviewRecord {
  /** Normalised author, "|", the first 32 letters and digits of the text (see `v3.ts`). */
  fingerprint: string;
}

export interface SchemaV3 extends DBSchema {
  businesses: { key: string; value: V2BusinessRecord; indexes: { byRole: string; byGroup: string; byLastChecked: number } };
  snapshots: { key: number; value: V1SnapshotRecord; indexes: { byBusiness: [string, number] } };
  reviews: {
    key: string;
    value: V3ReviewRecord;
    indexes: {
      byBusiness: string;
      byUnread: [string, number];
      byBusinessAt: [string, number];
      byBusinessSeen: [string, number];
      byFingerprint: [string, string];
    };
  };
  alerts: { key: string; value: V1AlertRecord; indexes: { byCreated: number; byBusiness: string } };
  aggregates: { key: string; value: V2AggregateRecord };
  days: { key: [string, number]; value: V2DayRecord };
}
