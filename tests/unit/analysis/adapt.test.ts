import { describe, expect, it } from 'vitest';
import { ADAPT_BITS, ADAPT_MIN_REVIEWS, StarLearner } from '@/utils/analysis/adapt';

// Reviews in an owner's own vocabulary: "the zorblat" is a dish the word lists and the model have
// never seen; in this owner's 1–2★ reviews it is what people complain about.
const complaint = (i: number): string => `Ordered the zorblat again, table ${i}. Zorblat every time.`;
const praise = (i: number): string => `Lovely evening at table ${i}, the staff were great.`;

function trained(n: number): StarLearner {
  const learner = new StarLearner();
  for (let i = 0; i < n; i++) {
    learner.learn(complaint(i), 'en', 1 + (i % 2));
    learner.learn(praise(i), 'en', 4 + (i % 2));
  }
  return learner;
}

describe('learning from the owner’s stars', () => {
  it('leaves 3★ reviews, empty texts and undetermined languages out', () => {
    const learner = new StarLearner();
    expect(learner.learn('It was fine.', 'en', 3)).toBe(false);
    expect(learner.learn('   ', 'en', 5)).toBe(false);
    expect(learner.learn('Great!', 'und', 5)).toBe(false);
    expect(learner.learn('Great!', 'en', 5)).toBe(true);
    expect(learner.count('en')).toBe(1);
  });

  it(`says nothing until a language has ${ADAPT_MIN_REVIEWS} star-rated reviews`, () => {
    const learner = trained(ADAPT_MIN_REVIEWS / 2 - 1);
    expect(learner.ready('en')).toBe(false);
    expect(learner.logit(complaint(999), 'en')).toBeUndefined();
    learner.learn(complaint(1000), 'en', 1);
    learner.learn(praise(1000), 'en', 5);
    expect(learner.ready('en')).toBe(true);
    expect(learner.ready('ru')).toBe(false);
  });

  it('learns the owner’s vocabulary: a new review about the zorblat leans negative after learning', () => {
    const before = trained(ADAPT_MIN_REVIEWS);
    const fresh = new StarLearner();
    for (let i = 0; i < ADAPT_MIN_REVIEWS; i++) fresh.learn(praise(i), 'en', 5);
    const text = 'Had the zorblat tonight.';
    expect(before.logit(text, 'en')!).toBeLessThan(fresh.logit(text, 'en')!);
    expect(before.logit(text, 'en')!).toBeLessThan(0);
  });

  it('keeps bounded memory and survives a JSON round trip with the same verdicts', () => {
    const learner = trained(300);
    const state = learner.toJSON();
    const json = JSON.stringify(state);
    expect(json.length).toBeLessThan(((4 << ADAPT_BITS) * 4) / 3 + 200);
    expect(JSON.stringify(trained(ADAPT_MIN_REVIEWS).toJSON()).length).toBe(json.length);
    const restored = StarLearner.fromJSON(JSON.parse(json) as typeof state);
    expect(restored.count('en')).toBe(600);
    for (const text of ['Had the zorblat tonight.', 'Lovely staff.']) expect(restored.logit(text, 'en')).toBe(learner.logit(text, 'en'));
  });
});
