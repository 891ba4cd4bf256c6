/** The text of a browser notification for new negative reviews. Pure. */
import type { Translator } from '../i18n';
import { plainText, starString } from '../text';

export interface NotifiedReview {
  author: string;
  rating?: number;
  text: string;
  title?: string;
}

export interface NotificationText {
  title: string;
  message: string;
}

/** One review: its stars, author and text. Several: a grouped notification listing the first few. */
export function buildNotification(t: Translator, businessName: string, reviews: readonly NotifiedReview[]): NotificationText {
  const business = plainText(businessName, 60);
  const first = reviews[0];
  if (!first) return { title: plainText(t.t('app.name')), message: business };
  if (reviews.length === 1) {
    const title = first.rating !== undefined ? t.t('notify.one.title', { stars: first.rating, business }) : t.t('notify.one.titleNoStars', { business });
    const body = [first.title, first.text].filter(Boolean).join(' — ');
    return { title: plainText(title, 120), message: plainText(`${plainText(first.author, 40)}: ${body}`, 240) };
  }
  const lines = reviews.slice(0, 3).map((r) => {
    const stars = r.rating !== undefined ? `${starString(r.rating)} ` : '';
    return plainText(`${stars}${plainText(r.author, 30)}: ${r.title ?? r.text}`, 80);
  });
  if (reviews.length > 3) lines.push(t.t('notify.many.more', { n: reviews.length - 3 }));
  return { title: plainText(t.t('notify.many.title', { n: reviews.length, business }), 120), message: lines.join('\n') };
}
