/**
 * The owner's own stars, learned on the device (issue 14, point 3): per business, a `StarLearner`
 * (`../analysis/adapt.ts`) kept in the store `starLearning`. After a capture, the learner of that
 * business learns from its stored 1–2★ and 4–5★ reviews it has not learned from yet, oldest first,
 * and is saved in the same transaction that read them; before the next capture is analysed it is
 * loaded and adjusts the verdict of reviews without stars and of 3★ reviews (`analyzeReview`'s
 * `adaptation`). Never sent, never exported; "Delete all data" and deleting a business clear it,
 * an import rebuilds it from every stored review.
 */
import { StarLearner } from '../analysis/adapt';
import type { SentinelDatabase } from './db';
import type { ReviewRecord, StarLearningRecord } from './schema';

/** The text the learner reads: the title and the text, joined as `analyzeReview` joins them. */
function learnedText(review: Pick<ReviewRecord, 'title' | 'text'>): string {
  return [review.title, review.text].filter((part): part is string => Boolean(part && part.trim())).join('. ');
}

/** The stored learner of a business (a new one when nothing was learned yet). */
export async function loadStarLearner(db: SentinelDatabase, businessKey: string): Promise<StarLearner> {
  const record = await db.get('starLearning', businessKey);
  return record ? StarLearner.fromJSON(record.state) : new StarLearner();
}

/**
 * Learns from what `reviews` adds to `record` (reviews it learned from are skipped), oldest first.
 * Pure but for the learner's arithmetic; returns the next record, or undefined when nothing was learned.
 */
export function learnFrom(
  businessKey: string,
  record: StarLearningRecord | undefined,
  reviews: readonly ReviewRecord[],
  now: number,
): StarLearningRecord | undefined {
  const learned = new Set(record?.learned);
  const fresh = reviews.filter((r) => r.rating !== undefined && !learned.has(r.key)).sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  if (fresh.length === 0) return undefined;
  const learner = record ? StarLearner.fromJSON(record.state) : new StarLearner();
  // 3★ and unreadable reviews are remembered too, so they are not looked at again.
  for (const review of fresh) {
    learner.learn(learnedText(review), review.analysis.lang, review.rating!);
    learned.add(review.key);
  }
  return { businessKey, state: learner.toJSON(), learned: [...learned], updatedAt: now };
}

/** After a capture: the business's learner learns from its new star-rated reviews, in one transaction. */
export async function learnFromStoredStars(db: SentinelDatabase, businessKey: string, now: number): Promise<void> {
  const tx = db.transaction(['reviews', 'starLearning'], 'readwrite');
  const [record, reviews] = await Promise.all([
    tx.objectStore('starLearning').get(businessKey),
    tx.objectStore('reviews').index('byBusiness').getAll(businessKey),
  ]);
  const next = learnFrom(businessKey, record, reviews, now);
  if (next) await tx.objectStore('starLearning').put(next);
  await tx.done;
}

/** After an import: every learner learned again from scratch, from every stored review. */
export async function rebuildStarLearning(db: SentinelDatabase, now: number): Promise<void> {
  await db.clear('starLearning');
  for (const businessKey of await db.getAllKeys('businesses')) await learnFromStoredStars(db, businessKey, now);
}
