import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import type { AnalysisLanguage } from '@/utils/analysis/types';
import { conceptBits, conceptUrgent, sentenceBits } from '@/utils/analysis/urgent-concepts';
import { cutEvidence } from '@/utils/analysis/urgent-evidence';

// Sentences written for this test: a trait of the person and how they were treated, in one sentence.
const TOLD: Array<[AnalysisLanguage, string]> = [
  ['en', 'The host glanced at my mum in her wheelchair and suddenly every table was reserved, then he ignored us.'],
  ['ru', 'Охранник увидел, что мой друг таджик, и весь вечер ходил за ним и оскорблял его.'],
  ['de', 'Als die Kellnerin das Kopftuch meiner Schwester sah, hat sie uns einfach ignoriert.'],
  ['fr', 'Le videur a regardé mon ami maghrébin et nous a refoulés sans un mot.'],
  ['es', 'El portero miró a mi primo gitano y le negaron la entrada sin explicación.'],
  ['zh', '店员看我朋友坐轮椅，直接拒绝我们进去。'],
];

// Ordinary sentences that share a word with the lists, without an incident.
const ORDINARY: Array<[AnalysisLanguage, string]> = [
  ['en', 'The transmission was touched up and the bill matched the quote.'],
  ['en', 'My grandma loved the soup. The waiter asked if we wanted dessert.'],
  ['ru', 'Бабушке очень понравилось, официант был вежлив.'],
  ['de', 'Barrierefreier Eingang, der Rollstuhl passte problemlos durch die Tür.'],
  ['fr', 'La couleur est superbe, la coiffeuse a pris son temps.'],
  ['es', 'Mi abuela disfrutó mucho, el camarero fue muy atento.'],
  ['zh', '无障碍通道很方便，轮椅可以直接进。'],
];

describe('urgent concepts: a trait and how the person was treated, in one sentence', () => {
  it.each(TOLD)('reads a %s account of discrimination that names no trigger phrase', (lang, text) => {
    const found = conceptUrgent(text, lang, cutEvidence);
    expect(found?.category).toBe('discrimination');
    expect(text).toContain(found!.evidence);
  });

  it.each(ORDINARY)('leaves an ordinary %s review alone: %s', (lang, text) => {
    expect(conceptUrgent(text, lang, cutEvidence)).toBeUndefined();
    expect(conceptUrgent(text, lang, cutEvidence, 2)).toBeUndefined();
  });

  it('takes a 3★ review and one without stars, never a 4★ or 5★ one', () => {
    const [lang, text] = TOLD[0]!;
    expect(conceptUrgent(text, lang, cutEvidence, 3)?.category).toBe('discrimination');
    expect(conceptUrgent(text, lang, cutEvidence, 4)).toBeUndefined();
    expect(conceptUrgent(text, lang, cutEvidence, 5)).toBeUndefined();
  });

  it('needs both in the same sentence', () => {
    const text = 'My brother uses a wheelchair. The staff ignored our table for an hour because they were busy with a party.';
    expect(sentenceBits(text, 'en') & 3).toBe(3);
    expect(conceptUrgent(text, 'en', cutEvidence)).toBeUndefined();
  });

  it('matches words by their stem, and a dotted entry only as the whole word', () => {
    expect(conceptBits('refused', 'en')).toBe(conceptBits('refusing', 'en'));
    expect(conceptBits('trans', 'en') & 1).toBe(1);
    expect(conceptBits('transmission', 'en') & 1).toBe(0);
  });

  it('makes the whole analysis read such a review as urgent, its evidence in its own words', () => {
    const text = 'Food was fine. ' + TOLD[3]![1];
    const analysis = analyzeReview({ text, langHint: 'fr', rating: 1 });
    expect(analysis.urgent?.category).toBe('discrimination');
    expect(text).toContain(analysis.urgent!.evidence);
  });
});
