import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '@/utils/i18n';
import { callsForOwner, reviewDate } from '@/utils/reviews/rules';
import { ownerReplyUrl, type ReplyTarget } from '@/utils/sites/reply-links';
import type { BusinessRole } from '@/utils/store/schema';
import type { ReviewRecord } from '@/utils/store/schema';
import { httpsUrl } from '@/utils/urls';
import { useI18n } from './i18n';
import { useLazy } from './deferred';
import { useMoveFocus } from './focus';
import { SiteScore } from './SiteScore';
import { Stars } from './Stars';
import { UrgentNote } from './UrgentNote';
import { siteName } from '@/utils/sites/names';

/** When the review was written, as precisely as known. */
export function reviewWhen(t: Translator, review: ReviewRecord, now: number): string {
  if (review.publishedAt === undefined) return review.dateText ?? t.ago(review.firstSeenAt, now);
  return review.datePrecision === 'exact' ? t.ago(review.publishedAt, now) : t.agoDays(reviewDate(review), now);
}

export interface ReviewItemProps {
  review: ReviewRecord;
  fallbackUrl: string;
  businessName: string;
  now: number;
  /** Inside another list (risk evidence): no reply drafting, shorter text. */
  compact?: boolean;
  /** The review's business, for the link to the site's own reply page (Yandex Business, 2GIS's account), and whose it is. */
  replyTarget?: ReplyTarget & { role?: BusinessRole };
  /** "Needs a look" only: the owner handled it (it leaves the list, stays in the history). */
  onDone?: () => void;
}

export function ReviewItem({ review, fallbackUrl, businessName, now, compact = false, replyTarget, onDone }: ReviewItemProps) {
  const t = useI18n();
  const [drafting, setDrafting] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [clamped, setClamped] = useState(false);
  const textRef = useRef<HTMLParagraphElement>(null);
  // A closed draft gives focus back to the button that opened it.
  const draftButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useMoveFocus();
  const closeDraft = (): void => {
    setDrafting(false);
    moveFocus(() => draftButton.current);
  };
  // A long review is cut to a few lines; only one that is really cut gets "Show the whole review".
  useLayoutEffect(() => {
    const el = textRef.current;
    if (el && !expanded) setClamped(el.scrollHeight > el.clientHeight + 1);
  }, [review.text, expanded]);
  const drafts = useLazy(drafting ? () => import('./ReplyDraft') : null);
  const href = httpsUrl(review.url) ?? httpsUrl(fallbackUrl);
  // Where the owner answers it: the site's own business tools (Booking's extranet, Trustpilot Business, Yandex Business, 2GIS's account).
  const target: ReplyTarget = replyTarget ?? { siteBusinessId: review.businessKey.slice(review.site.length + 1), url: fallbackUrl };
  // A competitor's review is not the owner's to answer: no draft, no reply link. An answered one needs no draft.
  const competitor = replyTarget?.role === 'competitor';
  const replyHref = !compact && !competitor ? httpsUrl(ownerReplyUrl(review.site, target, review.siteReviewId)) : undefined;
  const mayDraft = !compact && !competitor && callsForOwner(review) && !review.reply;
  const textId = `text-${review.key.replace(/[^\w-]/g, '_')}${compact ? '-c' : ''}`;
  const themes = review.analysis.themes.filter((hit) => hit.polarity !== 0);
  return (
    <li
      class={`review${review.unread ? ' unread' : ''}${review.analysis.urgent ? ' urgent' : ''}${compact ? ' compact' : ''}`}
      data-testid="review"
      data-key={review.key}
      tabIndex={-1}
    >
      <div class="review-head">
        {review.scale !== undefined && review.siteScore !== undefined ? (
          <SiteScore score={review.siteScore} scale={review.scale} word={review.scoreWord} />
        ) : (
          <Stars rating={review.rating} />
        )}
        <span class="review-author" dir="auto">
          {review.author}
        </span>
        {review.unread ? (
          <span class="chip chip-new" data-testid={review.alertState === 'recent' ? 'recent-unseen' : undefined}>
            {review.alertState === 'recent' ? t.t('popup.recentUnseen') : t.t('popup.new')}
          </span>
        ) : null}
        <span class="review-site" data-testid="review-site">
          {siteName(review.site)}
        </span>
        <span class="muted review-date">{reviewWhen(t, review, now)}</span>
      </div>
      {review.analysis.urgent ? <UrgentNote urgent={review.analysis.urgent} lang={review.lang} /> : null}
      {review.title ? (
        <p class="review-title" dir="auto">
          {review.title}
        </p>
      ) : null}
      <p id={textId} ref={textRef} class={`review-text${expanded ? ' expanded' : ''}`} dir="auto" lang={review.lang}>
        {review.text}
      </p>
      {clamped || expanded ? (
        <button
          type="button"
          class="link review-more"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded(!expanded)}
          data-testid="review-more"
        >
          {expanded ? t.t('review.less') : t.t('review.more')}
        </button>
      ) : null}
      {themes.length > 0 ? (
        <ul class="themes" data-testid="review-themes">
          {themes.map((hit) => (
            <li key={hit.theme} class={`chip ${hit.polarity < 0 ? 'chip-bad' : 'chip-ok'}`}>
              <span aria-hidden="true">{hit.polarity < 0 ? '− ' : '+ '}</span>
              <span class="visually-hidden">{hit.polarity < 0 ? t.t('theme.polarity.negative') : t.t('theme.polarity.positive')} </span>
              {t.t(`theme.${hit.theme}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="review-foot">
        <span class="review-flags">
          <span class={`chip ${review.reply ? 'chip-ok' : 'chip-warn'}`}>{review.reply ? t.t('popup.replied') : t.t('popup.unanswered')}</span>
          {review.history?.length ? <span class="chip">{t.t('popup.edited')}</span> : null}
          {review.translated ? <span class="chip">{t.t('popup.translated')}</span> : null}
        </span>
        <span class="review-actions">
          {mayDraft && !drafting ? (
            <button
              ref={draftButton}
              type="button"
              class="link"
              aria-label={t.t('reply.draftFor', { author: review.author })}
              onClick={() => setDrafting(true)}
              data-testid="draft-reply"
            >
              {t.t('reply.draft')}
            </button>
          ) : null}
          {!compact && replyHref ? (
            <a
              class="link"
              href={replyHref}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t.t('popup.replyOnFor', { site: siteName(review.site), author: review.author })}
              data-testid="reply-on-site"
            >
              {t.t('popup.replyOn', { site: siteName(review.site) })}
            </a>
          ) : null}
          {onDone ? (
            <button
              type="button"
              class="link"
              onClick={onDone}
              aria-label={t.t('popup.doneFor', { author: review.author })}
              title={t.t('popup.doneLabel')}
              data-testid="mark-done"
            >
              {t.t('popup.done')}
            </button>
          ) : null}
          {href ? (
            <a
              class="link"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t.t('popup.openFor', { site: siteName(review.site), author: review.author })}
            >
              {t.t('popup.open')}
            </a>
          ) : null}
        </span>
      </div>
      {drafting && drafts ? <drafts.ReplyDraft review={review} businessName={businessName} onClose={closeDraft} /> : null}
    </li>
  );
}
