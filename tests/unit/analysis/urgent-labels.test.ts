import { describe, expect, it } from 'vitest';
import { joinLabels, type Label } from '../../tools/join-urgent-labels';

const SETS: Record<string, string[]> = {
  final: [
    JSON.stringify({ text: 'Lovely pasta, friendly staff.', lang: 'en', stars: 5 }),
    JSON.stringify({ text: 'My son had hives an hour after the dessert.', lang: 'en', stars: 2 }),
  ],
  'round-8': [JSON.stringify({ text: 'Slow service but nice view.', lang: 'en', stars: 3 })],
  'round-9': [JSON.stringify({ text: 'They kept our deposit for no reason.', lang: 'en', stars: 1 })],
};

const label = (id: string, urgent: boolean, category: Label['category'] = null, evidence: string | null = null): Label => ({
  id,
  urgent,
  category,
  evidence,
  borderline: false,
});

describe('joining the urgency labels of ordinary reviews', () => {
  it('puts final and round 8 in the evaluation files and round 9 in the training files, with the stars and the source id', () => {
    const { out, problems } = joinLabels(
      'en',
      [
        label('final:en:1', false),
        label('final:en:2', true, 'health', 'had hives'),
        label('round-8:en:1', false),
        label('round-9:en:1', true, 'fraud', 'kept our deposit'),
      ],
      (set) => SETS[set]!,
    );
    expect(problems).toEqual([]);
    expect(out.ordinary.map((l) => [l.source, l.urgent, l.category, l.stars])).toEqual([
      ['final:en:1', false, null, 5],
      ['final:en:2', true, 'health', 2],
      ['round-8:en:1', false, null, 3],
    ]);
    expect(out['ordinary-train']).toEqual([
      {
        text: 'They kept our deposit for no reason.',
        lang: 'en',
        urgent: true,
        category: 'fraud',
        evidence: 'kept our deposit',
        near_miss: false,
        stars: 1,
        source: 'round-9:en:1',
        borderline: false,
      },
    ]);
  });

  it('refuses evidence that is not in the text, an unknown line, another language and a line labelled twice; reports unlabelled lines', () => {
    const { out, problems } = joinLabels(
      'en',
      [
        label('final:en:2', true, 'health', 'allergic reaction'),
        label('final:en:9', false),
        label('final:de:1', false),
        label('round-8:en:1', false),
        label('round-8:en:1', false),
      ],
      (set) => SETS[set]!,
    );
    expect(out.ordinary.map((l) => l.source)).toEqual(['round-8:en:1']);
    expect(problems).toEqual([
      'final:en:2: evidence is not a substring of the text',
      'final:en:9: no such line',
      'final:de:1: not an id of en',
      'round-8:en:1: labelled twice',
      'final:en: 1 of 2 lines unlabelled',
      'round-9:en: 1 of 1 lines unlabelled',
    ]);
  });
});
