import type { BusinessSummary } from '@/utils/reputation/summary';
import { siteName } from '@/utils/sites/names';
import { useI18n } from './i18n';

/** What one more 1★ does to each site's displayed rating, and how many 5★ reach the next tenth. */
export function RatingMathLine({ math }: { math: BusinessSummary['ratingMath'] }) {
  const t = useI18n();
  if (math.length === 0) return null;
  return (
    <section aria-labelledby="math-title">
      <h2 id="math-title" class="section-title">
        {t.t('math.title')}
      </h2>
      <ul class="math" data-testid="rating-math">
        {math.map(({ business, math: m }) =>
          m.scale !== undefined ? (
            <li key={business.key}>
              {t.t('math.oneLowest', {
                site: siteName(business.site),
                rating: t.number(m.rating),
                scale: m.scale,
                count: t.number(m.count),
                after: t.number(m.afterOneStar),
              })}
              {t.t('punct.clauses')}
              {m.fiveStarsToNextTenth !== undefined && m.nextTenth !== undefined
                ? t.t('math.topScores', { n: m.fiveStarsToNextTenth, scale: m.scale, next: t.number(m.nextTenth) })
                : t.t('math.top')}
            </li>
          ) : (
            <li key={business.key}>
              {t.t('math.oneStar', { site: siteName(business.site), rating: t.number(m.rating), count: t.number(m.count), after: t.number(m.afterOneStar) })}
              {t.t('punct.clauses')}
              {m.fiveStarsToNextTenth !== undefined && m.nextTenth !== undefined
                ? t.t('math.fiveStars', { n: m.fiveStarsToNextTenth, next: t.number(m.nextTenth) })
                : t.t('math.top')}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
