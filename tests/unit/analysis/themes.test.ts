import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';

function themes(text: string, langHint: string): Record<string, number> {
  return Object.fromEntries(analyzeReview({ text, langHint }).themes.map((t) => [t.theme, t.polarity]));
}

describe('themes you can act on', () => {
  it('reads excess ("too", "trop", "слишком") as a complaint about what it qualifies', () => {
    expect(themes('La musique est beaucoup trop forte.', 'fr')).toMatchObject({ ambience: -1 });
    expect(themes('The music was way too loud all night.', 'en')).toMatchObject({ ambience: -1 });
    expect(themes('Музыка слишком громкая, разговаривать невозможно.', 'ru')).toMatchObject({ ambience: -1 });
    expect(analyzeReview({ text: 'La musique est beaucoup trop forte.', langHint: 'fr' }).label).toBe('negative');
  });

  it('reads size words on money as "expensive" and tiny portions as a complaint', () => {
    expect(themes('Tiny portions, huge prices.', 'en')).toMatchObject({ price: -1 });
    expect(themes('Des prix exorbitants pour des portions minuscules.', 'fr')).toMatchObject({ price: -1 });
    expect(themes('Цены высокие, порции крошечные.', 'ru')).toMatchObject({ price: -1 });
  });

  it('gives a theme its sentence’s tone when its own clause says nothing either way', () => {
    expect(themes('We got our mains 70 minutes after ordering. Starters never showed up at all.', 'en')).toMatchObject({ waiting: -1 });
    expect(themes('Sat down within 10 minutes, the cut is spot on and the lads are brilliant.', 'en').waiting).not.toBe(-1);
  });

  it('reads a short wait told in Russian as praise of the waiting time, and a long one as a complaint', () => {
    expect(themes('Ждали недолго, очень довольны.', 'ru')).toMatchObject({ waiting: 1 });
    expect(themes('Ждали заказ всего 10 минут, очень довольны.', 'ru')).toMatchObject({ waiting: 1 });
    expect(themes('Ждали заказ 40 минут, официант ни разу не подошёл.', 'ru')).toMatchObject({ waiting: -1 });
  });
});
