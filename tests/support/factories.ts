/** Small builders for records in unit tests. */
import { analyzeReview } from '@/utils/analysis';
import { DEFAULT_ALERT_SETTINGS } from '@/utils/alerts/rules';
import type { IngestInput } from '@/utils/store/ingest';
import type { CapturedBusiness, CapturedReview, LayoutHealth } from '@/utils/sites/types';

export const DAY = 86_400_000;

export const OK_HEALTH: LayoutHealth = { looksLikeReviewPage: true, cardsFound: 1, cardsRead: 1, selectors: {}, status: 'ok' };

export function business(overrides: Partial<CapturedBusiness> = {}): CapturedBusiness {
  return { siteBusinessId: 'biz-1', name: 'Cafe Uno', url: 'https://www.yelp.com/biz/cafe-uno', rating: 4.4, reviewCount: 120, ...overrides };
}

export function review(id: string, overrides: Partial<CapturedReview> = {}): CapturedReview {
  return { siteReviewId: id, author: `Author ${id}`, rating: 5, text: 'Lovely place, great coffee.', truncated: false, lang: 'en', ...overrides };
}

export function ingestInput(reviews: CapturedReview[], overrides: Partial<IngestInput> = {}): IngestInput {
  return {
    site: 'yelp',
    visitId: 'visit-1',
    business: business(),
    health: OK_HEALTH,
    reviews: reviews.map((r) => ({ review: r, analysis: analyzeReview({ text: r.text, title: r.title, rating: r.rating, langHint: r.lang }) })),
    now: Date.UTC(2026, 10, 20, 12),
    alertSettings: DEFAULT_ALERT_SETTINGS,
    ...overrides,
  };
}
