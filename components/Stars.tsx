import { useI18n } from './i18n';

/** Star rating shown as ★ glyphs (☆ for the missing ones, so they read apart without colour) with an accessible label. */
export function Stars({ rating }: { rating?: number }) {
  const { number } = useI18n();
  if (rating === undefined) return null;
  const full = Math.round(rating);
  return (
    <span class="stars" role="img" aria-label={`${number(rating)} / 5`}>
      <span aria-hidden="true">{'★'.repeat(full)}</span>
      <span aria-hidden="true" class="stars-empty">
        {'☆'.repeat(5 - full)}
      </span>
    </span>
  );
}
