/**
 * A large "Export JSON" file built in Node for load tests: `businesses` × `perBusiness` reviews
 * of three years, with the records the store itself would hold (real analysis, content hashes,
 * alert states, replies, edits), header snapshots and alerts. Deterministic for a given `now`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '@/utils/analysis';
import { isNegativeReview } from '@/utils/reviews/rules';
import type { SiteId } from '@/utils/sites/types';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from '@/utils/store/export';
import { contentHash } from '@/utils/store/ingest';
import type { AlertRecord, BusinessRecord, ReviewRecord, SnapshotRecord } from '@/utils/store/schema';
import { fingerprintOf } from '@/utils/store/second-match';
import { ROOT } from './browser';

const DAY = 86_400_000;
const SITES: SiteId[] = ['google-maps', 'yelp', 'tripadvisor'];

interface Sample {
  text: string;
  lang: string;
  stars?: number;
}

function samples(): Sample[] {
  return ['en', 'ru', 'zh', 'es', 'de', 'fr'].flatMap((lang) =>
    readFileSync(join(ROOT, 'tests', 'sentiment', `${lang}.dev.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Sample),
  );
}

function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function businessOf(i: number, now: number): BusinessRecord {
  const site = SITES[i % SITES.length]!;
  const id = site === 'google-maps' ? `${10_000_000 + i}` : site === 'yelp' ? `BigLoad${String(i).padStart(15, '0')}` : `g30196-d${900_000 + i}`;
  const url =
    site === 'google-maps'
      ? `https://www.google.com/maps?cid=${id}`
      : site === 'yelp'
        ? `https://www.yelp.com/biz/load-test-business-${i}`
        : `https://www.tripadvisor.com/Restaurant_Review-g30196-d${900_000 + i}-Reviews-Load_Test_${i}-Austin_Texas.html`;
  const business: BusinessRecord = {
    key: `${site}:${id}`,
    site,
    siteBusinessId: id,
    name: `Load Test Business ${i}`,
    url,
    rating: 3.5 + (i % 15) / 10,
    reviewCount: 2_400 + i,
    firstSeenAt: now - 1_100 * DAY,
    lastCheckedAt: now - (i % 9) * DAY,
    baselineVisitId: `baseline-${i}`,
    baselineAt: now - 1_100 * DAY,
    lastVisitId: `visit-${i}-last`,
  };
  if (i % 10 === 0) business.role = 'mine';
  else if (i % 10 === 1) business.role = 'competitor';
  return business;
}

export function buildBigExport(options: { businesses: number; perBusiness: number; now: number }): ExportFile {
  const { now } = options;
  const all = samples();
  const rnd = sequence(2026);
  const businesses: BusinessRecord[] = [];
  const snapshots: SnapshotRecord[] = [];
  const reviews: ReviewRecord[] = [];
  const alerts: AlertRecord[] = [];
  const analyses = new Map<string, ReturnType<typeof analyzeReview>>();
  for (let b = 0; b < options.businesses; b++) {
    const business = businessOf(b, now);
    businesses.push(business);
    for (let v = 0; v < 12; v++) {
      snapshots.push({
        businessKey: business.key,
        visitId: `visit-${b}-${v}`,
        capturedAt: now - (11 - v) * 90 * DAY,
        rating: business.rating,
        reviewCount: business.reviewCount! - (11 - v) * 40,
      });
    }
    const alerted: string[] = [];
    for (let r = 0; r < options.perBusiness; r++) {
      const sample = all[Math.floor(rnd() * all.length)]!;
      const rating = sample.stars ?? 1 + Math.floor(rnd() * 5);
      const text = `${sample.text} ${all[Math.floor(rnd() * all.length)]!.text}`;
      const cacheKey = `${text}|${rating}|${sample.lang}`;
      let analysis = analyses.get(cacheKey);
      if (!analysis) {
        analysis = analyzeReview({ text, rating, langHint: sample.lang });
        analyses.set(cacheKey, analysis);
      }
      const publishedAt = now - Math.floor(rnd() * 1_095) * DAY - 12 * 3_600_000;
      const siteReviewId = business.site === 'tripadvisor' ? `${(b + 1) * 1_000_000 + r}` : `Ch${b.toString(36)}x${r.toString(36)}LoadTest`;
      const negative = isNegativeReview(rating, analysis) ? 1 : 0;
      const firstSeenAt = Math.max(publishedAt, business.firstSeenAt);
      const recent = now - publishedAt < 60 * DAY;
      const review: ReviewRecord = {
        key: `${business.site}:${siteReviewId}`,
        businessKey: business.key,
        site: business.site,
        siteReviewId,
        author: `Reviewer ${b}-${r}`,
        rating,
        text,
        truncated: false,
        lang: sample.lang,
        dateText: `${Math.round((now - publishedAt) / DAY)} days ago`,
        publishedAt,
        datePrecision: 'day',
        firstSeenAt,
        lastSeenAt: now - DAY,
        textHash: contentHash({ rating, text }),
        fingerprint: fingerprintOf({ author: `Reviewer ${b}-${r}`, text }),
        analysis,
        at: publishedAt,
        negative,
        alertState: negative && recent ? 'alerted' : publishedAt < business.baselineAt ? 'baseline' : 'quiet',
      };
      if (rnd() < 0.35)
        review.reply = {
          text: 'Thank you for taking the time to write; we hope to see you again soon.',
          dateText: 'a week ago',
          publishedAt: Math.min(publishedAt + 3 * DAY, now - 3_600_000),
          datePrecision: 'week',
        };
      if (negative && recent) {
        alerted.push(review.key);
        if (rnd() < 0.5) review.unread = 1;
      }
      if (r % 97 === 0)
        review.history = [
          { text: 'First version of the review, before the reviewer edited it.', rating: Math.max(1, rating - 1), changedAt: firstSeenAt + DAY },
        ];
      if (r % 53 === 0) review.url = business.site === 'yelp' ? `${business.url}?hrid=${siteReviewId}` : business.url;
      reviews.push(review);
    }
    if (alerted.length > 0)
      alerts.push({
        id: `alert-load-${b}`,
        businessKey: business.key,
        reviewKeys: alerted,
        url: business.url,
        createdAt: now - 2 * DAY,
        shownAt: now - 2 * DAY,
      });
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    generator: { name: 'Review Sentinel', version: 'load-test' },
    businesses,
    snapshots,
    reviews,
    alerts,
  };
}
