import { useI18n } from './i18n';

/**
 * A score on the site's own scale, as the site shows it: Booking's "9.0 Superb", "10", "5.0
 * Disappointing". The word comes from the page, never from a table here.
 */
export function SiteScore({ score, scale, word }: { score: number; scale: number; word?: string }) {
  const { number } = useI18n();
  const shown = number(score, { minimumFractionDigits: score >= scale ? 0 : 1, maximumFractionDigits: 1 });
  return (
    <span class="site-score" role="img" aria-label={`${shown} / ${number(scale)}${word ? ` ${word}` : ''}`} data-testid="site-score">
      <span class="site-score-badge" aria-hidden="true">
        {shown}
      </span>
      {word ? (
        <span class="site-score-word" aria-hidden="true" dir="auto">
          {word}
        </span>
      ) : null}
    </span>
  );
}
