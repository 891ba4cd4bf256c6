/**
 * "Same place as…": joining a business with the same place on other sites. The rules live here,
 * not in the options page: a business joins the other's group (or both start a new one), and a
 * group left with a single member is no group.
 */
import type { SentinelDatabase } from './db';
import { stampOwnerChange } from './queries';

/** Joins `key` with `other` (null: takes `key` out of its group). Returns whether anything changed. */
export async function setSamePlace(
  db: SentinelDatabase,
  key: string,
  other: string | null,
  newGroupId: () => string = () => `g-${crypto.randomUUID()}`,
  now = Date.now(),
): Promise<boolean> {
  const tx = db.transaction('businesses', 'readwrite');
  const self = await tx.store.get(key);
  if (!self) {
    await tx.done;
    return false;
  }
  if (other === null) {
    if (!self.group) {
      await tx.done;
      return false;
    }
    const { group, ...rest } = self;
    await tx.store.put(stampOwnerChange(rest, 'group', now));
    // A group of one is no group.
    const remaining = (await tx.store.index('byGroup').getAll(group)).filter((b) => b.key !== key);
    if (remaining.length === 1) {
      const { group: _single, ...alone } = remaining[0]!;
      await tx.store.put(stampOwnerChange(alone, 'group', now));
    }
    await tx.done;
    return true;
  }
  const target = other === key ? undefined : await tx.store.get(other);
  if (!target) {
    await tx.done;
    return false;
  }
  const group = target.group ?? self.group ?? newGroupId();
  // Sync resolves the owner's choices by the latest change: both carry this one's time.
  if (self.group !== group) await tx.store.put(stampOwnerChange({ ...self, group }, 'group', now));
  if (target.group !== group) await tx.store.put(stampOwnerChange({ ...target, group }, 'group', now));
  await tx.done;
  return true;
}
