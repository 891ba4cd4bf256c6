/** A fresh, uniquely named fake-indexeddb database per test. */
import { openSentinelDb, type SentinelDatabase } from '@/utils/store/db';

let counter = 0;

export async function freshDb(): Promise<SentinelDatabase> {
  counter++;
  return openSentinelDb(`test-${Date.now()}-${counter}`);
}
