import type { ExtractResult, LayoutHealth, SiteAdapter } from './types';

/** Declares a site adapter. Extraction is wrapped so that a bug on a strange page yields no capture, never an exception. */
export function defineSite(adapter: SiteAdapter): SiteAdapter {
  const extract = adapter.extract;
  return {
    ...adapter,
    extract(doc, url, now): ExtractResult {
      try {
        return extract(doc, url, now);
      } catch {
        return { capture: null, health: emptyHealth('layout-changed', true) };
      }
    },
  };
}

export function emptyHealth(status: LayoutHealth['status'], looksLikeReviewPage: boolean): LayoutHealth {
  return { looksLikeReviewPage, cardsFound: 0, cardsRead: 0, selectors: {}, status };
}

/** The health status that follows from what the page showed. */
export function healthStatus(looksLikeReviewPage: boolean, cardsFound: number, cardsRead: number, expectsReviews: boolean): LayoutHealth['status'] {
  if (!looksLikeReviewPage) return 'not-a-review-page';
  if (cardsRead > 0) return 'ok';
  if (cardsFound > 0 || expectsReviews) return 'layout-changed';
  return 'no-reviews';
}
