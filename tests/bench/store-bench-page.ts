/// <reference types="vite/client" />
/**
 * Runs inside the benchmark build of the extension (entrypoints/bench, built with RS_BENCH=1),
 * on the extension's own IndexedDB, with the extension's own store and analysis code. The
 * Node side (store-bench.ts) drives it through `window.rsBench`.
 */
import { analyzeReview } from '@/utils/analysis';
import { writeTabView } from '@/utils/background/tab-views';
import { DEFAULT_ALERT_SETTINGS } from '@/utils/alerts/rules';
import { ratingMath } from '@/utils/reputation/rating-math';
import { computeRisk } from '@/utils/reputation/risk';
import { computeScore, scoreInputFromReviews } from '@/utils/reputation/score';
import { toRiskReview, toScoredReview } from '@/utils/reputation/summary';
import { trendSeries } from '@/utils/reputation/trends';
import { chartModel } from '@/utils/views/chart';
import type { CapturedReview } from '@/utils/sites/types';
import { applyToAggregate, emptyAggregate } from '@/utils/store/contributions';
import { getDb } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { clearAll, getBusiness } from '@/utils/store/queries';
import { loadBusinessSummary } from '@/utils/store/read-models';
import type { ReviewRecord } from '@/utils/store/schema';
import de from '../sentiment/de.dev.jsonl?raw';
import en from '../sentiment/en.dev.jsonl?raw';
import es from '../sentiment/es.dev.jsonl?raw';
import fr from '../sentiment/fr.dev.jsonl?raw';
import ru from '../sentiment/ru.dev.jsonl?raw';
import zh from '../sentiment/zh.dev.jsonl?raw';

const DAY = 86_400_000;
const TEXTS = [en, en, en, ru, es, de, fr, zh].flatMap((file) =>
  file
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; lang: string; stars?: number }),
);

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function syntheticReview(business: number, index: number, now: number, rnd: () => number): CapturedReview {
  const sample = TEXTS[Math.floor(rnd() * TEXTS.length)]!;
  const daysAgo = Math.floor(rnd() * 3 * 365);
  const rating = sample.stars ?? 1 + Math.floor(rnd() * 5);
  // Real reviews run longer than one sentence: two samples make about 100 characters.
  const text = `${sample.text} ${TEXTS[Math.floor(rnd() * TEXTS.length)]!.text}`;
  return {
    siteReviewId: `b${business}-r${index}`,
    author: `Reviewer ${business}-${index}`,
    rating,
    text,
    truncated: false,
    lang: sample.lang,
    dateText: `${daysAgo} days ago`,
    publishedAt: now - daysAgo * DAY,
    datePrecision: 'day',
    reply: rnd() < 0.3 ? { text: 'Thank you for your feedback, we hope to see you again soon.' } : undefined,
  };
}

function analysed(reviews: CapturedReview[]) {
  return reviews.map((review) => ({ review, analysis: analyzeReview({ text: review.text, rating: review.rating, langHint: review.lang }) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function usage(): Promise<number> {
  const estimate = await navigator.storage.estimate();
  return estimate.usage ?? 0;
}

export interface SeedResult {
  businesses: number;
  reviews: number;
  seconds: number;
  usageBytes: number;
  averageTextBytes: number;
  averageRecordBytes: number;
}

/** Seeds `businesses` × `perBusiness` reviews through the real ingest path, 200 per capture. */
async function seed(businesses: number, perBusiness: number): Promise<SeedResult> {
  const db = await getDb();
  await clearAll(db);
  const before = await usage();
  const now = Date.now();
  const rnd = random(42);
  const started = performance.now();
  let textBytes = 0;
  let recordBytes = 0;
  const encoder = new TextEncoder();
  for (let b = 0; b < businesses; b++) {
    for (let start = 0; start < perBusiness; start += 200) {
      const reviews = Array.from({ length: Math.min(200, perBusiness - start) }, (_, i) => syntheticReview(b, start + i, now, rnd));
      for (const r of reviews) textBytes += encoder.encode(r.text).length;
      await ingestCapture(db, {
        site: 'google-maps',
        visitId: `seed-${b}`,
        business: {
          siteBusinessId: `${1000 + b}`,
          name: `Bench Business ${b}`,
          url: `https://www.google.com/maps?cid=${1000 + b}`,
          rating: 4.2,
          reviewCount: perBusiness,
        },
        health: { looksLikeReviewPage: true, cardsFound: reviews.length, cardsRead: reviews.length, selectors: {}, status: 'ok' },
        reviews: analysed(reviews),
        now: now - DAY,
        alertSettings: DEFAULT_ALERT_SETTINGS,
      });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const all = await db.getAll('reviews');
  for (const r of all) recordBytes += encoder.encode(JSON.stringify(r)).length - encoder.encode(r.text).length;
  // Let the database settle before measuring its size on disk.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    businesses,
    reviews: all.length,
    seconds,
    usageBytes: (await usage()) - before,
    averageTextBytes: textBytes / all.length,
    averageRecordBytes: recordBytes / all.length,
  };
}

/** The summary the way a store without aggregates would compute it: read every review of the business. */
async function naiveSummary(businessKey: string, now: number) {
  const db = await getDb();
  const business = (await getBusiness(db, businessKey))!;
  const reviews: ReviewRecord[] = await db.getAllFromIndex('reviews', 'byBusiness', businessKey);
  const snapshots = await db.getAllFromIndex('snapshots', 'byBusiness', IDBKeyRange.bound([businessKey, -Infinity], [businessKey, Infinity]));
  const negatives = reviews.filter((r) => r.negative === 1).length;
  const score = computeScore(scoreInputFromReviews(reviews.map(toScoredReview), { snapshots, siteRating: business.rating, now }));
  const recent = reviews.filter((r) => now - r.at <= 90 * DAY);
  const risk = computeRisk({
    recent: recent.map(toRiskReview),
    buckets: scoreInputFromReviews(reviews.map(toScoredReview), { snapshots, now }).buckets,
    snapshots,
    now,
    lastCheckedAt: business.lastCheckedAt,
  });
  return { total: reviews.length, negatives, score, risk, math: ratingMath(business.rating, business.reviewCount) };
}

export interface MeasureResult {
  /** Daily series and SVG geometry of a year, for a business with three years of reviews. */
  chartMs: number;
  summaryMs: number;
  naiveSummaryMs: number;
  sameScore: boolean;
  ingestMs: number;
  naiveIngestMs: number;
}

/** Median timings over `rounds` businesses / captures. */
async function measure(businesses: number, rounds: number): Promise<MeasureResult> {
  const db = await getDb();
  const now = Date.now();
  const summary: number[] = [];
  const naive: number[] = [];
  const chart: number[] = [];
  let sameScore = true;
  for (let i = 0; i < rounds; i++) {
    const key = `google-maps:${1000 + ((i * 7) % businesses)}`;
    let t = performance.now();
    const fast = await loadBusinessSummary(db, key, now);
    summary.push(performance.now() - t);
    t = performance.now();
    const slow = await naiveSummary(key, now);
    naive.push(performance.now() - t);
    if (fast?.score.score !== slow.score.score || fast.total !== slow.total || fast.negatives !== slow.negatives) sameScore = false;
    t = performance.now();
    chartModel(trendSeries(fast!.buckets, fast!.snapshots, 365, now), 365);
    chart.push(performance.now() - t);
  }
  // Ingest: a capture of 50 cards — 40 exactly as stored, 10 new — into a business with its full history.
  const rnd = random(7);
  const ingest: number[] = [];
  const naiveIngest: number[] = [];
  const asCaptured = (r: ReviewRecord): CapturedReview => ({
    siteReviewId: r.siteReviewId,
    author: r.author,
    rating: r.rating,
    text: r.text,
    truncated: r.truncated,
    lang: r.lang,
    dateText: r.dateText,
    publishedAt: r.publishedAt,
    datePrecision: r.datePrecision,
    reply: r.reply,
  });
  const capture = async (b: number, round: number, fresh: number) => {
    const businessKey = `google-maps:${1000 + b}`;
    const stored: ReviewRecord[] = await db.getAllFromIndex('reviews', 'byBusiness', businessKey, 40 * (round + 1));
    return {
      site: 'google-maps' as const,
      visitId: `measure-${round}-${fresh}`,
      business: {
        siteBusinessId: `${1000 + b}`,
        name: `Bench Business ${b}`,
        url: `https://www.google.com/maps?cid=${1000 + b}`,
        rating: 4.2,
        reviewCount: 2000,
      },
      health: { looksLikeReviewPage: true, cardsFound: 50, cardsRead: 50, selectors: {}, status: 'ok' as const },
      reviews: analysed([...stored.slice(-40).map(asCaptured), ...Array.from({ length: 10 }, (_, k) => syntheticReview(b, fresh + round * 10 + k, now, rnd))]),
      now,
      alertSettings: DEFAULT_ALERT_SETTINGS,
    };
  };
  for (let i = 0; i < rounds; i++) {
    const b = (i * 3) % businesses;
    const fast = await capture(b, i, 100_000);
    const slow = await capture(b, i, 200_000);
    let t = performance.now();
    await ingestCapture(db, fast);
    ingest.push(performance.now() - t);
    // Without maintained aggregates, every capture would re-read the business's reviews to recount them.
    t = performance.now();
    await ingestCapture(db, slow);
    const all: ReviewRecord[] = await db.getAllFromIndex('reviews', 'byBusiness', `google-maps:${1000 + b}`);
    const recount = all.reduce((aggregate, r) => applyToAggregate(aggregate, r, 1), emptyAggregate(`google-maps:${1000 + b}`));
    await db.put('aggregates', recount);
    naiveIngest.push(performance.now() - t);
  }
  return {
    chartMs: median(chart),
    summaryMs: median(summary),
    naiveSummaryMs: median(naive),
    sameScore,
    ingestMs: median(ingest),
    naiveIngestMs: median(naiveIngest),
  };
}

/** What the background does after a tab's capture: prepare the popup's view of its business. */
async function prepareTabView(tabId: number, businessKey: string): Promise<void> {
  await writeTabView(tabId, businessKey, Date.now());
}

declare global {
  interface Window {
    rsBench: { seed: typeof seed; measure: typeof measure; prepareTabView: typeof prepareTabView; ready: boolean };
  }
}

window.rsBench = { seed, measure, prepareTabView, ready: true };
document.body.textContent = 'Review Sentinel benchmark page: driven by npm run bench:store.';
