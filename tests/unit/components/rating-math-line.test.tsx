// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RatingMathLine } from '@/components/RatingMathLine';
import { ratingMath } from '@/utils/reputation/rating-math';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { renderUi } from '../../support/render';

afterEach(cleanup);

const math = [{ business: { key: 'yelp:golden-spoon', site: 'yelp' }, math: ratingMath(4.2, 1284)! }] as unknown as BusinessSummary['ratingMath'];

describe('the rating math line', () => {
  it('joins its two halves with the separator of the UI language', () => {
    renderUi(<RatingMathLine math={math} />, 'en');
    expect(screen.getByTestId('rating-math').textContent).toBe('Yelp 4.2★ from 1,284: one more 1★ shows 4.2★; 86 five-star reviews reach 4.3★');
    cleanup();
    renderUi(<RatingMathLine math={math} />, 'zh');
    const zh = screen.getByTestId('rating-math').textContent!;
    expect(zh).toContain('★；再有');
    expect(zh).not.toContain(';');
  });
});
