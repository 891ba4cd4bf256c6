import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { URGENT_EVIDENCE_LENGTH } from '@/utils/analysis/types';
import { decodeSparse, modelEvidence, modelUrgent, sentencesOf, urgentFeatures, urgentLogits, urgentModel } from '@/utils/analysis/urgent-model';
import { URGENT_WEIGHTS, type UrgentWeights } from '@/utils/analysis/urgent-weights';
import { ROOT } from '../../support/browser';

/** A hand-made model: one feature per category, so what it says follows from the weights alone. */
function tinyModel(): UrgentWeights {
  const bits = 16;
  const mask = (1 << bits) - 1;
  const bucket = (text: string) => urgentFeatures(text, 'en', bits)[0]! & mask;
  // "w:<word>" is the first feature of a one-word text.
  const entries = (index: number, value: number) => {
    const bytes: number[] = [];
    let gap = index + 1;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, value & 0xff);
    return Buffer.from(bytes).toString('base64');
  };
  return {
    bits,
    thresholds: [0, 0, 0, 0],
    scale: 0.2,
    bias: [-2, -2, -2, -2],
    rule: [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ],
    sparse: [entries(bucket('vomiting'), 127), '', '', entries(bucket('overcharged'), 127)],
  };
}

describe('the learned half of the urgent detector', () => {
  it('decodes its sparse int8 weights exactly', () => {
    const bytes = Buffer.from([3, 5, 0x81, 0x01, 0xfe]).toString('base64');
    const table = decodeSparse(bytes, 256);
    // Gap 3 → index 2 = 5; gap 129 → index 131 = −2.
    expect(table[2]).toBe(5);
    expect(table[131]).toBe(-2);
    expect([...table].filter((v) => v !== 0)).toHaveLength(2);
    expect(() => decodeSparse(Buffer.from([0x80, 0x04, 1]).toString('base64'), 256)).toThrow(/out of range/);
  });

  it('says urgent only above its threshold, in the category that weighs most, with the sentence that made it', () => {
    const model = urgentModel(tinyModel());
    const text = 'Lovely terrace and friendly staff. Two hours later the whole table was vomiting, vomiting all night. We will be back for the cake.';
    expect(modelUrgent(text, 'en', model)).toEqual({ category: 'health', evidence: 'Two hours later the whole table was vomiting, vomiting all night.' });
    expect(modelUrgent('Lovely terrace and friendly staff.', 'en', model)).toBeUndefined();
    const logits = urgentLogits(model, urgentFeatures('overcharged', 'en', 16), undefined);
    expect(logits[3]).toBeGreaterThan(0);
    expect(logits[0]).toBeLessThan(0);
  });

  it('holds each category to its own threshold; a category left to the phrases never fires', () => {
    const health = urgentModel({ ...tinyModel(), thresholds: [99, 0, 0, 0] });
    expect(modelUrgent('Two hours later the whole table was vomiting.', 'en', health)).toBeUndefined();
    expect(modelUrgent('They overcharged and overcharged.', 'en', health)?.category).toBe('fraud');
  });

  it('counts a repeated feature once, so a text that repeats itself weighs no more; the stars are one more feature', () => {
    const once = urgentFeatures('The wait was endless and the soup was cold.', 'en', 16);
    const repeated = urgentFeatures('The wait was endless and the soup was cold. '.repeat(2300), 'en', 16);
    // Only the pair of words across the repeat ("cold. The") is new.
    expect(repeated.slice(0, once.length)).toEqual(once);
    expect(repeated.length).toBeLessThanOrEqual(once.length + 1);
    const rated = urgentFeatures('The wait was endless and the soup was cold.', 'en', 16, 4);
    expect(rated).toHaveLength(once.length + 1);
    expect(urgentFeatures('The wait was endless and the soup was cold.', 'en', 16, 1)).not.toEqual(rated);
    expect(analyzeReview({ text: 'The wait was endless and the soup was cold. '.repeat(2300), rating: 1, langHint: 'en' }).urgent).toBeUndefined();
  });

  it('reads a model trained on sentences sentence by sentence, its evidence the sentence that fired', () => {
    const model = urgentModel({ ...tinyModel(), sentences: true });
    const text = 'Lovely terrace and friendly staff, great cake and a view of the river all afternoon. Then vomiting.';
    expect(sentencesOf(text)).toEqual(['Lovely terrace and friendly staff, great cake and a view of the river all afternoon.', 'Then vomiting.']);
    expect(modelUrgent(text, 'en', model)).toEqual({ category: 'health', evidence: 'Then vomiting.' });
  });

  it('cuts long evidence at a word edge', () => {
    const model = urgentModel(tinyModel());
    const long = `After the dinner my husband started vomiting ${'and could not stop for hours '.repeat(5)}`;
    const evidence = modelEvidence(model, long, 'en', 'health');
    expect(evidence.length).toBeLessThanOrEqual(URGENT_EVIDENCE_LENGTH);
    expect(long.startsWith(evidence)).toBe(true);
    expect(evidence.endsWith(' ')).toBe(false);
  });

  it('reads Chinese by characters and marks what a negator reaches', () => {
    const plain = urgentFeatures('吃完拉肚子', 'zh', 16);
    const negated = urgentFeatures('没有拉肚子', 'zh', 16);
    expect(plain.length).toBeGreaterThan(4);
    expect(negated.length).toBeGreaterThan(plain.length);
    expect(urgentFeatures('no bugs at all', 'en', 16).length).toBeGreaterThan(urgentFeatures('bugs at all', 'en', 16).length);
  });

  it('ships within its budget: at most 15 KB gzipped with its code, and fast on a hostile text', () => {
    const source = ['utils/analysis/urgent-model.ts', 'utils/analysis/urgent-weights.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    expect(gzipSync(source).length).toBeLessThan(15 * 1024);
    expect(URGENT_WEIGHTS.sparse).toHaveLength(4);
    expect(URGENT_WEIGHTS.thresholds).toHaveLength(4);
    const hostile = 'поножовщина '.repeat(800) + '食物中毒'.repeat(1000) + ' Lebensmittelvergiftung'.repeat(300);
    const started = performance.now();
    analyzeReview({ text: hostile });
    modelUrgent(hostile, 'ru');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps the phrases’ finding and evidence when they find one; ordinary reviews stay unmarked', () => {
    const phrase = analyzeReview({ text: 'My son had an allergic reaction after the dessert and we ended up in the ER.', langHint: 'en' });
    expect(phrase.urgent?.category).toBe('health');
    expect(phrase.urgent?.evidence).toContain('allergic reaction');
    for (const text of ['Great coffee, friendly barista, a bit loud on Saturdays.', 'Отличный кофе, приветливый бариста.', '咖啡很好喝，服务也很好。'])
      expect(analyzeReview({ text }).urgent).toBeUndefined();
  });
  it('drops the model’s guess on a text that reads as praise, and a phrase’s on a 5★ thank-you; keeps a phrase’s finding below 5★', () => {
    // The model alone once called this 5★ review "fraud".
    expect(analyzeReview({ text: 'Amazing views from the rooftop! 🌅', rating: 5, langHint: 'en' }).urgent).toBeUndefined();
    expect(analyzeReview({ text: 'I bought a second one for my wife.', langHint: 'en' }).urgent).toBeUndefined();
    const praised = analyzeReview({ text: 'Great pizza and lovely staff, but my daughter got food poisoning that night.', rating: 4, langHint: 'en' });
    expect(praised.urgent?.category).toBe('health');
    // A 5★ thank-you for handling an incident is praise, not an incident to answer.
    const thanks = 'THEY OPENED UP EARLY JUST FOR MY SON’S EPIPEN!!! HEROES!!!';
    expect(analyzeReview({ text: thanks, langHint: 'en' }).urgent?.category).toBe('health');
    expect(analyzeReview({ text: thanks, rating: 5, langHint: 'en' }).urgent).toBeUndefined();
    expect(analyzeReview({ text: 'Лучший ветеринар! Айдар спас нашу овчарку после отравления. Спасибо!', rating: 5, langHint: 'ru' }).urgent).toBeUndefined();
  });
  it('leaves ordinary complaints to the negative alert: a hair in the soup, a wrong bill, a long wait are not urgent', () => {
    for (const text of [
      'Found a hair in the soup, the manager shrugged.',
      'The waiter was rude and the bill was wrong twice.',
      'Waited over an hour for cold pasta and nobody apologised.',
      'Dirty tables, sticky menus, and the food came out cold.',
    ])
      expect(analyzeReview({ text, rating: 1 }).urgent, text).toBeUndefined();
  });
});
