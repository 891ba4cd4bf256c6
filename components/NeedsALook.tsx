import { useEffect, useRef, useState } from 'preact/hooks';
import { compareAttention } from '@/utils/reviews/rules';
import type { BusinessRole, ReviewRecord } from '@/utils/store/schema';
import { useMoveFocus } from './focus';
import { useI18n } from './i18n';
import type { ReplyTarget } from '@/utils/sites/reply-links';
import type { ViewTrust } from '@/utils/reputation/site-state';
import { ReviewItem } from './ReviewItem';

/** How many reviews "Needs a look" shows before "Show all N". */
export const ATTENTION_SHOWN = 5;

export interface NeedsALookProps {
  attention: ReviewRecord[];
  /** Negative reviews known at all: an empty list then means "all handled", not "none". */
  negatives: number;
  fallbackUrl: string;
  businessName: string;
  now: number;
  /** The figures are fresh (not a remembered view painted first): only then is anything read. */
  ready: boolean;
  /** The unread reviews now on screen: only these are read by opening the popup. */
  onDisplayed(reviewKeys: string[]): void;
  onMarkAllRead(): void;
  onDone(review: ReviewRecord, done: boolean): void;
  /** The businesses of the view, for the link to each review's reply page on the site. */
  replyTargets?: ReadonlyArray<ReplyTarget & { key: string; role?: BusinessRole }>;
  /** Not every site current: an empty list then says so, never "no negative reviews". */
  trust?: ViewTrust;
}

/** Every negative review to act on; opening the popup reads only those it displays. */
export function NeedsALook({
  attention: stored,
  negatives,
  fallbackUrl,
  businessName,
  now,
  ready,
  onDisplayed,
  onMarkAllRead,
  onDone,
  replyTargets,
  trust = 'current',
}: NeedsALookProps) {
  const t = useI18n();
  const [expanded, setExpanded] = useState(false);
  const [lastDone, setLastDone] = useState<ReviewRecord | null>(null);
  const reported = useRef(new Set<string>());
  // What was unread when this popup opened stays "New" and in place while it is open: reading a
  // review by showing it must not pull the next unread ones onto the screen (and read them too).
  const openedUnread = useRef(new Set<string>());
  if (ready) for (const r of stored) if (r.unread === 1) openedUnread.current.add(r.key);
  const attention = stored.map((r) => (r.unread !== 1 && openedUnread.current.has(r.key) ? { ...r, unread: 1 as const } : r)).sort(compareAttention);
  const shown = expanded ? attention : attention.slice(0, ATTENTION_SHOWN);
  const unreadShown = ready ? shown.filter((r) => r.unread === 1 && !reported.current.has(r.key)).map((r) => r.key) : [];
  const unreadKey = unreadShown.join('\n');
  useEffect(() => {
    if (unreadShown.length === 0) return;
    for (const key of unreadShown) reported.current.add(key);
    onDisplayed(unreadShown);
    // The keys' text stands for the list: a new render with the same unread reviews reports nothing.
  }, [unreadKey]);
  const anyUnread = attention.some((r) => r.unread === 1);
  // Buttons that leave when used hand focus on: Done to its Undo, Undo back to the review's Done,
  // "Show all" to the first review it showed. ("Mark all as read" stays: what was new stays marked new while the popup is open.)
  const moveFocus = useMoveFocus();
  const section = useRef<HTMLElement>(null);
  const title = () => section.current?.querySelector<HTMLElement>('#attention-title');
  const reviewItem = (key: string) =>
    [...(section.current?.querySelectorAll<HTMLElement>('[data-testid="review"]') ?? [])].find((li) => li.dataset.key === key);
  return (
    <section aria-labelledby="attention-title" ref={section}>
      <h2 id="attention-title" class="section-title" tabIndex={-1}>
        {t.t('popup.attention')}
      </h2>
      {lastDone ? (
        <p class="note" role="status" data-testid="done-note">
          {t.t('popup.doneNote', { author: lastDone.author })}{' '}
          <button
            type="button"
            class="link"
            data-testid="undo-done"
            onClick={() => {
              onDone(lastDone, false);
              setLastDone(null);
              moveFocus(title);
              const key = lastDone.key;
              moveFocus(() => reviewItem(key)?.querySelector<HTMLElement>('[data-testid="mark-done"]'));
            }}
          >
            {t.t('popup.undo')}
          </button>
        </p>
      ) : null}
      {attention.length === 0 ? (
        <p class="muted" data-testid="attention-empty">
          {trust !== 'current' ? t.t('state.attention.unchecked') : negatives > 0 ? t.t('popup.attention.allHandled') : t.t('popup.noNegatives')}
        </p>
      ) : (
        <>
          <ul class="reviews needs-now" data-testid="attention">
            {shown.map((review) => (
              <ReviewItem
                key={review.key}
                review={review}
                fallbackUrl={fallbackUrl}
                businessName={businessName}
                now={now}
                replyTarget={replyTargets?.find((b) => b.key === review.businessKey)}
                onDone={() => {
                  setLastDone(review);
                  onDone(review, true);
                  moveFocus(() => section.current?.querySelector<HTMLElement>('[data-testid="undo-done"]'));
                }}
              />
            ))}
          </ul>
          <p class="attention-actions">
            {!expanded && attention.length > ATTENTION_SHOWN ? (
              <button
                type="button"
                class="link"
                data-testid="show-all"
                onClick={() => {
                  setExpanded(true);
                  const next = attention[ATTENTION_SHOWN]?.key;
                  if (next) moveFocus(() => reviewItem(next));
                }}
              >
                {t.t('popup.attention.showAll', { n: attention.length })}
              </button>
            ) : null}{' '}
            {anyUnread ? (
              <button type="button" class="link" data-testid="mark-all-read" onClick={onMarkAllRead}>
                {t.t('popup.attention.markAllRead')}
              </button>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
