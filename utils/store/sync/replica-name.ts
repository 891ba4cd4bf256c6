/** The name of this browser's replica of one server's database (one replica per server and database). */
import { hashString } from '../../hash';

export const REPLICA_PREFIX = 'review-sentinel-sync-';

export function replicaName(serverDatabaseUrl: string): string {
  return `${REPLICA_PREFIX}${hashString(serverDatabaseUrl)}`;
}
