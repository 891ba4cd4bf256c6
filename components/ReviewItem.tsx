import type { ReviewRecord } from '@/utils/store/schema';
import { reviewDate } from '@/utils/reputation/summary';
import { useI18n } from './i18n';
import { Stars } from './Stars';

/** Only http(s) links are ever rendered; anything else from a page is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function ReviewItem({ review, fallbackUrl, now }: { review: ReviewRecord; fallbackUrl: string; now: number }) {
  const t = useI18n();
  const href = safeHref(review.url) ?? safeHref(fallbackUrl);
  const when =
    review.publishedAt === undefined
      ? (review.dateText ?? t.ago(review.firstSeenAt, now))
      : review.datePrecision === 'exact'
        ? t.ago(review.publishedAt, now)
        : t.agoDays(reviewDate(review), now);
  return (
    <li class={`review${review.unread ? ' unread' : ''}`} data-testid="review">
      <div class="review-head">
        <Stars rating={review.rating} />
        <span class="review-author" dir="auto">
          {review.author}
        </span>
        <span class="muted review-date">{when}</span>
      </div>
      {review.title ? (
        <p class="review-title" dir="auto">
          {review.title}
        </p>
      ) : null}
      <p class="review-text" dir="auto">
        {review.text}
      </p>
      <div class="review-foot">
        <span class={`chip ${review.reply ? 'chip-ok' : 'chip-warn'}`}>{review.reply ? t.t('popup.replied') : t.t('popup.unanswered')}</span>
        {href ? (
          <a class="link" href={href} target="_blank" rel="noopener noreferrer">
            {t.t('popup.open')}
          </a>
        ) : null}
      </div>
    </li>
  );
}
