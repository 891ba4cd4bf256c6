/**
 * A store with a believable month of history for one restaurant, for view tests: a baseline
 * visit 40 days ago, then visits that bring new reviews (three negatives about waiting in the
 * last week, one in Russian), a falling site rating, and an owner reply on one of them.
 */
import { ingestCapture } from '@/utils/store/ingest';
import { loadBusinessSummary } from '@/utils/store/read-models';
import { setBusinessRole } from '@/utils/store/queries';
import type { BusinessSummary } from '@/utils/reputation/summary';
import type { SentinelDatabase } from '@/utils/store/db';
import type { CapturedReview } from '@/utils/sites/types';
import { freshDb } from './db';
import { business, DAY, ingestInput, review } from './factories';

export const SEED_NOW = Date.UTC(2026, 10, 20, 12);

const at = (daysAgo: number) => ({ publishedAt: SEED_NOW - daysAgo * DAY, datePrecision: 'day' as const });

export const BASELINE_REVIEWS: CapturedReview[] = [
  review('r1', { author: 'Maria G.', rating: 5, text: 'Wonderful pasta and friendly staff, we will be back!', ...at(60) }),
  review('r2', { author: 'Tom H.', rating: 4, text: 'Good food, a bit noisy on Friday night.', ...at(50) }),
  review('r3', { author: 'Lena K.', rating: 5, text: 'Best tiramisu in town. Lovely service.', ...at(45) }),
  review('r4', { author: 'Sam P.', rating: 2, text: 'Overpriced for what you get, the soup was cold.', ...at(48) }),
];

export const NEW_REVIEWS: CapturedReview[] = [
  review('n1', { author: 'Derek W.', rating: 1, text: 'We waited over an hour for our food and the waiter was rude.', ...at(2) }),
  review('n2', { author: 'Анна С.', rating: 1, lang: 'ru', text: 'Ждали заказ больше часа, официант был груб. Больше не придём.', ...at(4) }),
  review('n3', {
    author: 'Priya N.',
    rating: 2,
    text: 'Long wait for a table even with a reservation, slow service.',
    ...at(5),
    reply: { text: 'Priya, we are sorry: we were short-staffed that night.' },
  }),
  review('n4', { author: 'Jonas B.', rating: 5, text: 'Great pizza, quick and friendly.', ...at(6) }),
];

export async function seededStore(database?: SentinelDatabase): Promise<{ db: SentinelDatabase; summary: BusinessSummary; now: number }> {
  const db = database ?? (await freshDb());
  await ingestCapture(
    db,
    ingestInput(BASELINE_REVIEWS, { visitId: 'v1', now: SEED_NOW - 40 * DAY, business: business({ name: 'Trattoria Lucia', rating: 4.5, reviewCount: 212 }) }),
  );
  await setBusinessRole(db, 'yelp:biz-1', 'mine');
  await ingestCapture(
    db,
    ingestInput(NEW_REVIEWS, { visitId: 'v2', now: SEED_NOW - DAY, business: business({ name: 'Trattoria Lucia', rating: 4.3, reviewCount: 216 }) }),
  );
  const summary = (await loadBusinessSummary(db, 'yelp:biz-1', SEED_NOW))!;
  return { db, summary, now: SEED_NOW };
}
