import type { Confidence, SiteBasis } from '@/utils/reputation/confidence';
import { PROVISIONAL_BELOW, TREND_MIN_HISTORY_DAYS } from '@/utils/reputation/windows';
import type { Translator } from '@/utils/i18n';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';

/** "Yelp rating 4.3★ from 486 reviews", "Booking.com rating 8.6/10 from 1,284 reviews". */
export function siteBasisText(t: Translator, basis: SiteBasis): string | null {
  const rating =
    basis.scale !== undefined && basis.siteScore !== undefined
      ? `${t.number(basis.siteScore)}/${t.number(basis.scale)}`
      : basis.rating !== undefined
        ? `${t.number(basis.rating)}★`
        : undefined;
  if (rating === undefined) return null;
  const site = siteName(basis.site);
  return basis.reviewCount !== undefined ? t.t('popup.basisSite', { site, rating, n: basis.reviewCount }) : t.t('popup.basisSiteOnly', { site, rating });
}

/** What the score stands on, in one line: "From 128 reviews read; 8 on the page at the last visit; Yelp rating 4.2★ from 1,284 reviews". */
export function basisText(t: Translator, confidence: Confidence): string {
  const parts = [t.t('popup.basis', { n: confidence.read })];
  if (confidence.lastVisitRead !== undefined) parts.push(t.t('popup.basisLastVisit', { n: confidence.lastVisitRead }));
  for (const site of confidence.sites) {
    const text = siteBasisText(t, site);
    if (text) parts.push(text);
  }
  return t.join(parts, 'clauses');
}

/** Under the score: what it stands on, whether it is provisional, and why no trend is shown yet. */
export function ScoreBasis({ confidence, trendShown }: { confidence: Confidence; trendShown: boolean }) {
  const t = useI18n();
  return (
    <div class="score-basis">
      <p class="muted small" data-testid="score-basis">
        {basisText(t, confidence)}
      </p>
      {confidence.provisional ? (
        <p class="small provisional" data-testid="provisional">
          {t.t('popup.provisional', { min: PROVISIONAL_BELOW })}
        </p>
      ) : null}
      {!confidence.trends && !trendShown ? (
        <p class="muted small" data-testid="trend-later">
          {t.t('popup.trendLater', { days: TREND_MIN_HISTORY_DAYS, n: confidence.historyDays })}
        </p>
      ) : null}
    </div>
  );
}
