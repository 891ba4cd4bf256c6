/** The text of a browser notification for new negative (or urgent) reviews. Pure. */
import type { ReviewAnalysis } from '../analysis/types';
import type { Translator } from '../i18n';
import { isUrgentReview } from '../reviews/rules';
import { plainText, starString } from '../text';
import { urgentCategoriesText } from './urgent-text';

export interface NotifiedReview {
  author: string;
  rating?: number;
  text: string;
  title?: string;
  analysis?: Pick<ReviewAnalysis, 'urgent'>;
}

export interface NotificationText {
  title: string;
  message: string;
}

/**
 * One review: its stars, author and text. Several: a grouped notification listing the first few.
 * When any is urgent the title says so, with the category in words, and urgent reviews are listed first.
 */
export function buildNotification(t: Translator, businessName: string, given: readonly NotifiedReview[]): NotificationText {
  const business = plainText(businessName, 60);
  const reviews = [...given].sort((a, b) => Number(isUrgentReview(b.analysis)) - Number(isUrgentReview(a.analysis)));
  const first = reviews[0];
  if (!first) return { title: plainText(t.t('app.name')), message: business };
  const urgent = reviews.flatMap((r) => (r.analysis?.urgent ? [r.analysis.urgent.category] : []));
  const category = urgent.length > 0 ? urgentCategoriesText(t, urgent) : undefined;
  if (reviews.length === 1) {
    const title = category
      ? first.rating !== undefined
        ? t.t('notify.urgent.one', { category, stars: first.rating, business })
        : t.t('notify.urgent.oneNoStars', { category, business })
      : first.rating !== undefined
        ? t.t('notify.one.title', { stars: first.rating, business })
        : t.t('notify.one.titleNoStars', { business });
    const body = [first.title, first.text].filter(Boolean).join(' — ');
    return { title: plainText(title, 120), message: plainText(`${plainText(first.author, 40)}: ${body}`, 240) };
  }
  const lines = reviews.slice(0, 3).map((r) => {
    const stars = r.rating !== undefined ? `${starString(r.rating)} ` : '';
    return plainText(`${stars}${plainText(r.author, 30)}: ${r.title ?? r.text}`, 80);
  });
  if (reviews.length > 3) lines.push(t.t('notify.many.more', { n: reviews.length - 3 }));
  const title = category ? t.t('notify.urgent.many', { category, n: reviews.length, business }) : t.t('notify.many.title', { n: reviews.length, business });
  return { title: plainText(title, 120), message: lines.join('\n') };
}
