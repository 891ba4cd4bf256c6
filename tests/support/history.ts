/**
 * Four months of history for the end-to-end views, built in Node through the extension's own
 * store code and written out with its own "Export JSON": the owner's restaurant on Yelp and on
 * Google Maps (one group), and a competitor on Tripadvisor. Review texts come from the
 * sentiment dev sets, in their six languages. Everything is relative to `now`, so the popup
 * shows the same ages whenever the suite runs.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { DEFAULT_ALERT_SETTINGS } from '@/utils/alerts/rules';
import type { BusinessSummary } from '@/utils/reputation/summary';
import type { CapturedBusiness, CapturedReview, SiteId } from '@/utils/sites/types';
import { openSentinelDb, type SentinelDatabase } from '@/utils/store/db';
import { exportJson } from '@/utils/store/export';
import { ingestCapture } from '@/utils/store/ingest';
import { setBusinessRole, setGroup } from '@/utils/store/queries';
import { loadGroupSummary } from '@/utils/store/read-models';
import { ROOT } from './browser';

const DAY = 86_400_000;

interface Sample {
  text: string;
  lang: string;
  stars?: number;
}

function samples(): Sample[] {
  return ['en', 'en', 'ru', 'es', 'de', 'fr', 'zh'].flatMap((lang) =>
    readFileSync(join(ROOT, 'tests', 'sentiment', `${lang}.dev.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Sample)
      .filter((s) => s.stars !== undefined),
  );
}

/** A fixed pseudo-random sequence, so the history is the same on every run. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export const HISTORY = {
  lucia: {
    site: 'yelp' as SiteId,
    key: 'yelp:trattoria-lucia-austin',
    business: {
      siteBusinessId: 'trattoria-lucia-austin',
      name: 'Trattoria Lucia',
      url: 'https://www.yelp.com/biz/trattoria-lucia-austin',
      rating: 4.3,
      reviewCount: 486,
    },
  },
  luciaMaps: {
    site: 'google-maps' as SiteId,
    key: 'google-maps:0x8644b5a0:0x1f2e3d4c',
    business: {
      siteBusinessId: '0x8644b5a0:0x1f2e3d4c',
      name: 'Trattoria Lucia',
      url: 'https://www.google.com/maps/place/Trattoria+Lucia/@30.26,-97.74,17z',
      rating: 4.5,
      reviewCount: 1210,
    },
  },
  roma: {
    site: 'tripadvisor' as SiteId,
    key: 'tripadvisor:g30196-d4412',
    business: {
      siteBusinessId: 'g30196-d4412',
      name: 'Pizzeria Roma',
      url: 'https://www.tripadvisor.com/Restaurant_Review-g30196-d4412-Reviews-Pizzeria_Roma-Austin_Texas.html',
      rating: 4.1,
      reviewCount: 802,
    },
  },
};

type Place = (typeof HISTORY)[keyof typeof HISTORY];

async function visit(db: SentinelDatabase, place: Place, visitId: string, at: number, business: CapturedBusiness, reviews: CapturedReview[]): Promise<void> {
  await ingestCapture(db, {
    site: place.site,
    visitId,
    business,
    health: { looksLikeReviewPage: true, cardsFound: reviews.length, cardsRead: reviews.length, selectors: {}, status: 'ok' },
    reviews: reviews.map((review) => ({ review, analysis: analyzeReview({ text: review.text, rating: review.rating, langHint: review.lang }) })),
    now: at,
    alertSettings: DEFAULT_ALERT_SETTINGS,
  });
}

export interface History {
  file: string;
  /** The owner's group as the popup should show it at `now`. */
  summary: BusinessSummary;
  counts: { businesses: number; reviews: number };
}

export async function buildHistory(now: number): Promise<History> {
  const db = await openSentinelDb(`history-${now}-${Math.random()}`);
  const all = samples();
  const rnd = sequence(7);
  const pick = (wanted: (s: Sample) => boolean): Sample => {
    for (;;) {
      const s = all[Math.floor(rnd() * all.length)]!;
      if (wanted(s)) return s;
    }
  };
  const review = (place: Place, i: number, daysAgo: number, sample: Sample, replied = false): CapturedReview => ({
    siteReviewId: `${place.business.siteBusinessId.replace(/[^\w]/g, '')}-${i}`,
    author: ['Maria G.', 'Tom H.', 'Lena K.', 'Sam P.', 'Анна С.', 'Jonas B.', 'Priya N.', 'Lucía M.', 'Chloé D.', '王芳', 'Derek W.', 'Kenji T.'][i % 12]!,
    rating: sample.stars,
    text: sample.text,
    truncated: false,
    lang: sample.lang,
    publishedAt: now - daysAgo * DAY,
    datePrecision: 'day',
    ...(replied ? { reply: { text: 'Thank you for your feedback, we hope to welcome you again soon.' } } : {}),
  });

  // Baselines 120 days ago: what the pages showed then (mostly good, a few complaints).
  let n = 0;
  for (const place of [HISTORY.lucia, HISTORY.luciaMaps, HISTORY.roma]) {
    const older = Array.from({ length: 24 }, (_, k) =>
      review(
        place,
        n++,
        120 + k * 4,
        pick((s) => (rnd() < 0.8 ? (s.stars ?? 0) >= 4 : (s.stars ?? 5) <= 2)),
        rnd() < 0.6,
      ),
    );
    await visit(
      db,
      place,
      `${place.business.siteBusinessId}-baseline`.replace(/[^\w-]/g, ''),
      now - 120 * DAY,
      { ...place.business, rating: place.business.rating + 0.2 },
      older,
    );
  }
  await setBusinessRole(db, HISTORY.lucia.key, 'mine');
  await setBusinessRole(db, HISTORY.luciaMaps.key, 'mine');
  await setBusinessRole(db, HISTORY.roma.key, 'competitor');
  await setGroup(db, [HISTORY.lucia.key, HISTORY.luciaMaps.key], 'g-trattoria-lucia');

  // Weekly visits since: new reviews each time, the last weeks worse (waiting time), the rating slipping.
  for (let week = 16; week >= 1; week--) {
    for (const place of [HISTORY.lucia, HISTORY.luciaMaps, HISTORY.roma]) {
      const worse = place !== HISTORY.roma && week <= 2;
      const fresh = Array.from({ length: place === HISTORY.luciaMaps ? 2 : 3 }, () => {
        const bad = worse ? rnd() < 0.7 : rnd() < 0.15;
        const sample = pick((s) => (bad ? (s.stars ?? 5) <= 2 && (!worse || /wait|ждал|esper|wart|attend|等/i.test(s.text)) : (s.stars ?? 0) >= 4));
        return review(place, n++, (week - 1) * 7 + 1 + Math.floor(rnd() * 6), sample, !bad || rnd() < 0.3);
      });
      const drift = (16 - week) * (place === HISTORY.roma ? 0 : 0.0125);
      await visit(
        db,
        place,
        `${place.business.siteBusinessId}-w${week}`.replace(/[^\w-]/g, ''),
        now - (week - 1) * 7 * DAY - 2 * 3_600_000,
        { ...place.business, rating: Math.round((place.business.rating + 0.2 - drift) * 10) / 10 },
        fresh,
      );
    }
  }
  const { parts, counts } = await exportJson(db, { now, version: 'history' });
  const summary = (await loadGroupSummary(db, 'g-trattoria-lucia', now, HISTORY.lucia.key))!;
  db.close();
  return { file: parts.join(''), summary, counts: { businesses: counts.businesses, reviews: counts.reviews } };
}
