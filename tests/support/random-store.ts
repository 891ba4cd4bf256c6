/**
 * A seeded random store for property tests: a few businesses on different sites, some marked
 * mine or competitor, sometimes two joined as one place, each with a handful of visits (a
 * first visit that may be today or two months ago) bringing reviews of every star, age and
 * tone, some answered, with the site's header figures drifting between visits. The same seed
 * always gives the same store.
 */
import { ingestCapture } from '@/utils/store/ingest';
import { setBusinessRole, setGroup } from '@/utils/store/queries';
import type { SentinelDatabase } from '@/utils/store/db';
import type { CapturedReview, SiteId } from '@/utils/sites/types';
import { business, DAY, ingestInput, review } from './factories';

/** A small linear congruential generator: deterministic, good enough to vary test data. */
export function seededRandom(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const TEXTS: Array<{ text: string; lang: string }> = [
  { text: 'Wonderful dinner, friendly staff and the best tiramisu in town.', lang: 'en' },
  { text: 'Good food, a bit noisy on Friday night.', lang: 'en' },
  { text: 'We waited over an hour and the waiter was rude. Never again.', lang: 'en' },
  { text: 'Cold soup, dirty table, overpriced. Disappointing.', lang: 'en' },
  { text: 'Okay pizza, nothing special, service was fine.', lang: 'en' },
  { text: 'Ждали заказ больше часа, официант был груб.', lang: 'ru' },
  { text: 'Очень вкусно и уютно, обязательно вернёмся!', lang: 'ru' },
  { text: '服务很好，菜也很好吃，下次还来。', lang: 'zh' },
  { text: 'Slow service and the manager did not care.', lang: 'en' },
  { text: 'Lovely terrace, quick and friendly service.', lang: 'en' },
];

const SITES: readonly SiteId[] = ['yelp', 'google-maps', 'tripadvisor', 'trustpilot'];

export interface RandomStore {
  now: number;
  businessKeys: string[];
}

export async function randomStore(db: SentinelDatabase, seed: number, now: number): Promise<RandomStore> {
  const rnd = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const count = int(1, 4);
  const keys: string[] = [];
  let serial = 0;
  for (let i = 0; i < count; i++) {
    const site = SITES[i]!;
    const id = `biz-${seed}-${i}`;
    let rating = Math.round((3 + rnd() * 2) * 10) / 10;
    let reviewCount = int(5, 2000);
    // The first visit: today (a first look), a few days ago, or months ago.
    const firstVisitDaysAgo = pick([0, 0, 3, 13, 14, 20, 45, 60]);
    const visits = firstVisitDaysAgo === 0 ? 1 : int(1, 4);
    for (let v = 0; v < visits; v++) {
      const daysAgo = v === 0 ? firstVisitDaysAgo : Math.max(0, Math.floor(firstVisitDaysAgo * (1 - v / visits) - rnd()));
      const at = now - daysAgo * DAY - int(0, 3) * 3_600_000;
      const reviews: CapturedReview[] = [];
      for (let n = int(0, v === 0 ? 14 : 6); n > 0; n--) {
        const { text, lang } = pick(TEXTS);
        const age = v === 0 ? pick([0, 1, 2, 5, 8, 20, 40, 100, 200, 400]) : int(0, 3);
        const stars = rnd() < 0.1 ? undefined : int(1, 5);
        const extra: Partial<CapturedReview> = { text, lang, publishedAt: at - age * DAY, datePrecision: 'day' };
        if (stars !== undefined) extra.rating = stars;
        else delete extra.rating;
        if (rnd() < 0.25) extra.reply = { text: 'Thank you for telling us.' };
        const captured = review(`r${serial++}`, extra);
        if (stars === undefined) delete captured.rating;
        reviews.push(captured);
      }
      rating = Math.min(5, Math.max(1, Math.round((rating + (rnd() - 0.6) * 0.3) * 10) / 10));
      reviewCount += reviews.length + int(0, 5);
      await ingestCapture(
        db,
        ingestInput(reviews, {
          site,
          visitId: `${id}-v${v}`,
          now: at,
          business: business({ siteBusinessId: id, name: `Place ${seed}-${i}`, url: `https://example.invalid/${id}`, rating, reviewCount }),
          health: { looksLikeReviewPage: true, cardsFound: reviews.length, cardsRead: reviews.length, selectors: {}, status: 'ok' },
        }),
      );
    }
    const key = `${site}:${id}`;
    keys.push(key);
    const role = pick(['mine', 'mine', 'competitor', null] as const);
    if (role) await setBusinessRole(db, key, role);
  }
  // Sometimes the first two are the same place on two sites.
  if (keys.length >= 2 && rnd() < 0.5) await setGroup(db, keys.slice(0, 2), `place-${seed}`);
  return { now, businessKeys: keys };
}
