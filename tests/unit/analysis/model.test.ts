import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeReview, readWithWordLists } from '@/utils/analysis';
import { MODEL_WEIGHTS, WEIGHT_LEVELS, decodeWeights, encodeWeights, modelFor } from '@/utils/analysis/model';
import { DENSE_FEATURES, hashedFeatures } from '@/utils/analysis/model/features';
import { ANALYSIS_LANGUAGES, type AnalysisLanguage } from '@/utils/analysis/types';
import { DEFAULT_SEED, encode, quantise, train, trainingData, trainLanguage, HYPER, BITS } from '../../tools/train-sentiment';
import { ROOT } from '../../support/browser';

describe('the learned model', () => {
  it('ships trained weights for every language, with the analysis version bumped past the word-lists-only one', () => {
    expect(ANALYSIS_VERSION).toBeGreaterThanOrEqual(4);
    for (const lang of ANALYSIS_LANGUAGES) {
      const { weights, table } = modelFor(lang);
      expect(weights.lang).toBe(lang);
      expect(weights.dense).toHaveLength(DENSE_FEATURES);
      expect(table).toHaveLength(1 << weights.bits);
      // Trained, not empty: thousands of buckets carry a weight, both signs, and the word lists' score counts.
      const nonZero = table.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
      expect(nonZero).toBeGreaterThan(5_000);
      expect(table.some((w) => w > WEIGHT_LEVELS / 2)).toBe(true);
      expect(table.some((w) => w < -WEIGHT_LEVELS / 2)).toBe(true);
      expect(table.every((w) => Math.abs(w) <= WEIGHT_LEVELS)).toBe(true);
      expect(weights.dense[0]).toBeGreaterThan(0.5);
    }
  });

  // Lines of the training rounds that the word lists read the wrong way round. The shipped model
  // was fit on them, so this shows the verdict is the model's, not that it generalises (the
  // figures on rounds it had not seen are in tests/sentiment/ROUNDS.md).
  const LISTS_WRONG: Array<[AnalysisLanguage, string, 'positive' | 'negative']> = [
    ['en', "Not once did I feel rushed, and I'm someone who normally can't sit in a dentist's chair without shaking.", 'positive'],
    ['ru', 'Спасибо, что хоть клопов не было. Хотя, может, они просто спали.', 'negative'],
    ['zh', '店员态度极差，问个药放在哪里都爱答不理，好像欠她钱一样。', 'negative'],
    ['es', 'Gracias por la experiencia gastronómica de comerme un flan congelado por dentro. Innovador, la verdad.', 'negative'],
    ['de', 'Ich kann wirklich nichts Negatives sagen, und ich bin sonst eher die Meckertante.', 'positive'],
    ['fr', 'Massage californien divin, j’en suis ressortie sur un petit nuage.', 'positive'],
  ];
  for (const [lang, text, gold] of LISTS_WRONG)
    it(`${lang}: reads "${text.slice(0, 40)}…" as ${gold} where the word lists alone do not`, () => {
      const { result } = readWithWordLists(text, lang);
      expect(result.raw > 0 ? 'positive' : 'negative').not.toBe(gold);
      const analysis = analyzeReview({ text, langHint: lang });
      expect(analysis.lang).toBe(lang);
      expect(analysis.label).toBe(gold);
    });

  it('keeps "not bad" apart from "bad": a negated word and its pieces are other features', () => {
    const { tokens, pack } = readWithWordLists('not bad', 'en');
    const negated = new Set(hashedFeatures('en', tokens, pack.negators, pack.pack.negationScope, BITS));
    const plain = readWithWordLists('bad', 'en');
    const bare = hashedFeatures('en', plain.tokens, plain.pack.negators, plain.pack.pack.negationScope, BITS);
    expect(bare.filter((f) => negated.has(f))).toEqual([]);
  });

  it('trains the same weights from the same seed, and other weights from another seed', () => {
    const data = trainingData('de')
      .slice(0, 300)
      .map((e) => encode('de', e));
    const a = quantise(train(data, BITS, { ...HYPER, seed: 7 }));
    const b = quantise(train(data, BITS, { ...HYPER, seed: 7 }));
    const c = quantise(train(data, BITS, { ...HYPER, seed: 8 }));
    expect(Buffer.from(a.table).equals(Buffer.from(b.table))).toBe(true);
    expect(a.dense).toEqual(b.dense);
    expect(Buffer.from(a.table).equals(Buffer.from(c.table))).toBe(false);
  });

  it('the committed weights are what `npm run train:sentiment` writes from the data in the repository', () => {
    const { module } = trainLanguage('fr', DEFAULT_SEED);
    expect(module).toBe(readFileSync(join(ROOT, 'utils', 'analysis', 'model', 'weights', 'fr.ts'), 'utf8'));
    expect(MODEL_WEIGHTS.fr.hashed).toHaveLength(1 << BITS);
  });

  it('stores a weight a character and reads back the same weights; a damaged table is refused', () => {
    const table = Int8Array.from([0, 1, -1, WEIGHT_LEVELS, -WEIGHT_LEVELS, 7, -19]);
    const encoded = encodeWeights(table);
    expect(encoded).toHaveLength(table.length);
    expect([...decodeWeights(encoded, table.length)]).toEqual([...table]);
    expect(() => encodeWeights(Int8Array.from([WEIGHT_LEVELS + 1]))).toThrow();
    expect(() => decodeWeights(encoded.slice(1), table.length)).toThrow();
    expect(() => decodeWeights(`${encoded.slice(1)}!`, table.length)).toThrow();
    expect(() => decodeWeights(`${encoded.slice(1)}é`, table.length)).toThrow();
  });
});
