/**
 * The one notification of a business's first visit when negatives were written in the week
 * before it: "3 recent negative reviews of Trattoria Lucia from the last 7 days", the first few
 * listed. Pure.
 */
import type { Translator } from '../i18n';
import { plainText, starString } from '../text';
import type { NotificationText, NotifiedReview } from './notification';

export function buildRecentSummary(t: Translator, businessName: string, reviews: readonly NotifiedReview[]): NotificationText {
  const business = plainText(businessName, 60);
  const lines = reviews.slice(0, 3).map((r) => {
    const stars = r.rating !== undefined ? `${starString(r.rating)} ` : '';
    return plainText(`${stars}${plainText(r.author, 30)}: ${r.title ?? r.text}`, 80);
  });
  if (reviews.length > 3) lines.push(t.t('notify.many.more', { n: reviews.length - 3 }));
  return { title: plainText(t.t('notify.recent.title', { n: reviews.length, business }), 120), message: lines.join('\n') };
}
