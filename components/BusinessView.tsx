import type { TabState } from '@/utils/background/tab-state';
import type { BusinessSummary } from '@/utils/reputation/summary';
import type { BusinessRole } from '@/utils/store/schema';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';
import { ReviewItem, safeHref } from './ReviewItem';
import { ScoreCard } from './ScoreCard';
import { PageHealthNote } from './PageHealthNote';

export interface BusinessViewProps {
  summary: BusinessSummary;
  tab?: TabState;
  now: number;
  onSetRole(role: BusinessRole | null): void;
}

export function BusinessView({ summary, tab, now, onSetRole }: BusinessViewProps) {
  const t = useI18n();
  const { business } = summary;
  const href = safeHref(business.url);
  return (
    <div class="business">
      <header class="business-head">
        <div>
          <h1 class="business-name" dir="auto" data-testid="business-name">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {business.name}
              </a>
            ) : (
              business.name
            )}
          </h1>
          <p class="muted" data-testid="freshness">
            {t.t('popup.lastChecked', { site: siteName(business.site), ago: t.ago(business.lastCheckedAt, now) })}
          </p>
        </div>
        {business.role ? <span class={`role role-${business.role}`}>{t.t(`popup.role.${business.role}`)}</span> : null}
      </header>
      {tab && tab.businessKey === business.key ? <PageHealthNote tab={tab} /> : null}
      <ScoreCard score={summary.score} />
      <ul class="stats">
        <li data-testid="known">{t.t('popup.known', { n: summary.total })}</li>
        <li data-testid="negative-share">{t.t('popup.negativeShare', { share: t.percent(summary.negativeShare) })}</li>
        {business.rating !== undefined ? (
          <li data-testid="site-rating">
            {business.reviewCount !== undefined
              ? t.t('popup.siteRating', { rating: t.number(business.rating), n: business.reviewCount })
              : t.t('popup.siteRatingOnly', { rating: t.number(business.rating) })}
          </li>
        ) : null}
      </ul>
      {summary.unread > 0 ? (
        <p class="alert-line" role="status" data-testid="unread">
          {t.t('popup.unread', { n: summary.unread })}
        </p>
      ) : null}
      <section aria-labelledby="attention-title">
        <h2 id="attention-title" class="section-title">
          {t.t('popup.attention')}
        </h2>
        {summary.attention.length === 0 ? (
          <p class="muted">{t.t('popup.noNegatives')}</p>
        ) : (
          <ul class="reviews">
            {summary.attention.map((review) => (
              <ReviewItem key={review.key} review={review} fallbackUrl={business.url} now={now} />
            ))}
          </ul>
        )}
      </section>
      <div class="role-buttons">
        <button type="button" class={business.role === 'mine' ? 'primary' : ''} aria-pressed={business.role === 'mine'} onClick={() => onSetRole(business.role === 'mine' ? null : 'mine')}>
          {t.t('popup.mine')}
        </button>
        <button
          type="button"
          class={business.role === 'competitor' ? 'primary' : ''}
          aria-pressed={business.role === 'competitor'}
          onClick={() => onSetRole(business.role === 'competitor' ? null : 'competitor')}
        >
          {t.t('popup.competitor')}
        </button>
      </div>
    </div>
  );
}
