import { describe, expect, it } from 'vitest';
import { signalText } from '@/components/RiskPanel';
import { createTranslator } from '@/utils/i18n';
import type { RiskSignal } from '@/utils/reputation/risk';

const signal = (answered: number, count = 1): RiskSignal => ({
  code: 'urgent',
  severity: answered === count ? 'elevated' : 'high',
  count,
  answered,
  categories: ['fraud'],
  evidence: 'Charged twice and no refund.',
  reviewKeys: ['a'],
});

describe('the urgent risk line', () => {
  it('says the owner answered when every urgent review is answered, in each UI language', () => {
    expect(signalText(createTranslator('en'), signal(1))).toBe('1 urgent review (theft or fraud), answered: “Charged twice and no refund.”');
    expect(signalText(createTranslator('en'), signal(0))).toBe('1 urgent review (theft or fraud): “Charged twice and no refund.”');
    expect(signalText(createTranslator('en'), signal(1, 2))).toMatch(/^2 urgent reviews \(theft or fraud\), the latest/);
    expect(signalText(createTranslator('ru'), signal(1))).toContain('вы ответили');
    expect(signalText(createTranslator('zh'), signal(1))).toContain('均已回复');
  });
});
