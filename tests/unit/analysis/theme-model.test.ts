import { describe, expect, it } from 'vitest';
import { analyzeReview, readWithWordLists } from '@/utils/analysis';
import { decodeWeights } from '@/utils/analysis/model';
import { POLARITY_FEATURES } from '@/utils/analysis/model/themes';
import { THEME_WEIGHTS } from '@/utils/analysis/model/weights/themes';
import { ANALYSIS_LANGUAGES, THEME_IDS, type ThemeId } from '@/utils/analysis/types';
import { encodeLanguage, themeLines, trainThemes, THEME_SEED } from '../../tools/train-themes';

function themes(text: string, langHint: string, rating?: number): Partial<Record<ThemeId, number>> {
  return Object.fromEntries(analyzeReview({ text, langHint, rating }).themes.map((t) => [t.theme, t.polarity]));
}

describe('the learned theme detector', () => {
  it('ships trained weights for every language', () => {
    for (const lang of ANALYSIS_LANGUAGES) {
      const w = THEME_WEIGHTS[lang]!;
      expect(w, lang).toBeDefined();
      const table = decodeWeights(w.hashed, THEME_IDS.length << w.bits);
      expect(w.bias).toHaveLength(THEME_IDS.length);
      expect(w.list).toHaveLength(THEME_IDS.length);
      expect(w.polarityBias).toHaveLength(THEME_IDS.length);
      expect(w.polarity).toHaveLength(POLARITY_FEATURES);
      expect(w.starBias).toHaveLength(THEME_IDS.length);
      expect(w.star).toHaveLength(POLARITY_FEATURES + 1);
      // Trained: hundreds of buckets of each theme carry a weight, of both signs, and a theme the word lists name counts for it.
      for (let t = 0; t < THEME_IDS.length; t++) {
        const part = table.subarray(t << w.bits, (t + 1) << w.bits);
        expect(part.filter((x) => x !== 0).length, `${lang} ${THEME_IDS[t]}`).toBeGreaterThan(100);
        expect(part.some((x) => x > 0) && part.some((x) => x < 0)).toBe(true);
        expect(w.list[t]).toBeGreaterThan(0);
      }
      // The review's verdict and the theme's own clause push its polarity the same way.
      expect(w.polarity[0]).toBeGreaterThan(0);
      expect(w.polarity[3]).toBeGreaterThan(0);
      // More stars, more praise: the stars' weight is positive in every language.
      expect(w.star[POLARITY_FEATURES]).toBeGreaterThan(0);
    }
  });

  it('is what `npm run train:themes` writes (French, retrained here with the same seed)', () => {
    const m = trainThemes(encodeLanguage('fr', themeLines('fr')), THEME_SEED);
    const shipped = THEME_WEIGHTS.fr!;
    expect(m.bias).toEqual(shipped.bias);
    expect(m.polarity).toEqual(shipped.polarity);
    expect(m.starBias).toEqual(shipped.starBias);
    expect(m.star).toEqual(shipped.star);
    expect(Array.from(m.table)).toEqual(Array.from(decodeWeights(shipped.hashed, THEME_IDS.length << shipped.bits)));
  }, 120_000);

  it('gives each theme of a mixed review the sign of its own clause', () => {
    expect(themes('The food was delicious, but the prices were outrageous.', 'en')).toMatchObject({ quality: 1, price: -1 });
    expect(themes('Lovely staff, but the room smelled of smoke.', 'en')).toMatchObject({ service: 1, cleanliness: -1 });
    expect(themes('Le serveur était adorable, par contre la salle était sale.', 'fr')).toMatchObject({ service: 1, cleanliness: -1 });
  });

  it('signs a theme the review names flatly by its stars, when it has them', () => {
    const text = 'Booked for an MOT at 8am, done and dusted by 9:15.';
    expect(themes(text, 'en', 5)).toMatchObject({ booking: 1 });
    expect(themes(text, 'en', 1)).toMatchObject({ booking: -1 });
    expect(themes('Ordered at 7:02, at my door 7:24 and still piping hot. Impressive.', 'en', 5)).toMatchObject({ waiting: 1 });
    expect(themes('Курьер приехал через 25 минут, роллы свежие, рис не развалился. Закажем ещё.', 'ru', 5)).toMatchObject({ waiting: 1, quality: 1 });
    // Half stars are read as the nearest whole star, and a rating that is no number as none.
    expect(themes(text, 'en', 4.6)).toEqual(themes(text, 'en', 5));
    expect(themes(text, 'en', Number.NaN)).toEqual(themes(text, 'en'));
  });

  it('keeps the sign of a theme’s own clause against the stars', () => {
    expect(themes('Great food, but we waited an hour for the mains.', 'en', 5)).toMatchObject({ quality: 1, waiting: -1 });
    expect(themes('The pasta was lovely. The waiter forgot our drinks twice.', 'en', 4)).toMatchObject({ quality: 1, service: -1 });
    expect(themes('Le personnel est adorable mais la musique est beaucoup trop forte.', 'fr', 4)).toMatchObject({ service: 1, ambience: -1 });
    expect(themes('Ждали заказ 50 минут, официант ни разу не подошёл.', 'ru', 1)).toMatchObject({ waiting: -1, service: -1 });
  });

  it('signs a theme the clause names without a verdict from what the review says of it', () => {
    // The word lists see "speakers" (ambience) but no valence in the clause.
    const text = 'We could barely hear each other over the speakers.';
    expect(readWithWordLists(text, 'en').result.themes).toEqual([{ theme: 'ambience', polarity: 0 }]);
    expect(themes(text, 'en')).toMatchObject({ ambience: -1 });
  });

  it('lists the themes in the order the review names them (reply drafts answer the first two)', () => {
    const found = analyzeReview({
      text: 'We waited forty minutes for a table, then the pasta came cold and the waiter shrugged it off.',
      langHint: 'en',
    }).themes;
    expect(found.map((t) => t.theme).slice(0, 2)).toEqual(['waiting', 'quality']);
  });

  // Sentences written for this test: a sum of money and no price word.
  it.each([
    ['Paid £380 for new brake pads and the squeal came back within a week.', 'en', 1],
    ['Zwei Cappuccino 11,80 €, dazu ein trockenes Croissant.', 'de', 2],
    ['Маникюр за 3 500 руб., через два дня всё облезло.', 'ru', 1],
    ['两碗面收了128元，面是坨的。', 'zh', 1],
  ] as Array<[string, string, number]>)('reads a sum of money as the price: %s', (text, lang, rating) => {
    expect(themes(text, lang, rating).price).toBe(-1);
  });

  it('reads no price into durations, counts and times', () => {
    expect(themes('We waited 45 minutes for 2 coffees at 7pm.', 'en', 2).price).toBeUndefined();
    expect(themes('Room 214 on the 3rd floor, quiet at night.', 'en', 5).price).toBeUndefined();
  });

  it('adds no theme to a short review on a word or two of its own', () => {
    expect(analyzeReview({ text: 'Meh.', langHint: 'en' }).themes).toEqual([]);
    expect(Object.keys(themes('Overpriced for what you get, the soup was cold.', 'en')).sort()).toEqual(['price', 'quality']);
    expect(Object.keys(themes('Ждали заказ больше часа, официант был груб.', 'ru')).sort()).toEqual(['service', 'waiting']);
  });

  it('does not read Russian praise of "expectations" (ожидания) as waiting time, and still reads the wait', () => {
    expect(themes('Ресторан превзошёл все наши ожидания, обязательно вернёмся.', 'ru').waiting).toBeUndefined();
    expect(themes('Ожидания оправдались полностью, спасибо повару!', 'ru').waiting).toBeUndefined();
    expect(themes('Время ожидания составило почти час, официанты бегали мимо.', 'ru')).toMatchObject({ waiting: -1 });
  });
});

describe('theme vocabulary in six languages (location, booking, cleanliness, ambience)', () => {
  const cases: Array<[string, string, Partial<Record<ThemeId, number>>]> = [
    ['en', 'They rescheduled my appointment twice without telling me.', { booking: -1 }],
    ['en', 'Our table was sticky and the floor was covered in napkins.', { cleanliness: -1 }],
    ['ru', 'Очень удобно добираться: остановка прямо у входа.', { location: 1 }],
    ['ru', 'На столах крошки, в углу мусор, официант нагрубил.', { cleanliness: -1 }],
    ['de', 'Die Musik war so laut, dass wir uns anschreien mussten.', { ambience: -1 }],
    ['de', 'Der Tisch war klebrig und überall lagen Krümel.', { cleanliness: -1 }],
    ['fr', 'Impossible de se garer, et l’adresse est mal indiquée.', { location: -1 }],
    ['fr', 'Des miettes partout sur la banquette et une odeur de friture.', { cleanliness: -1 }],
    ['es', 'Mesas pegajosas y la papelera del baño a rebosar.', { cleanliness: -1 }],
    ['zh', '地理位置很好，地铁站出口就到。', { location: 1 }],
    ['zh', '背景音乐太吵了，聊天都听不见。', { ambience: -1 }],
    ['zh', '桌上有灰尘，地上还有垃圾。', { cleanliness: -1 }],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => {
    expect(themes(text, lang)).toMatchObject(expected);
  });
});

describe('where it is, how one books and how long one waits, said as facts, carry the theme’s own sign', () => {
  const cases: Array<[string, string, Partial<Record<ThemeId, number>>]> = [
    ['en', 'Easy to find and parking was easy too.', { location: 1 }],
    ['en', 'Booked online, confirmed straight away.', { booking: 1 }],
    ['ru', 'Легко найти, парковка рядом.', { location: 1 }],
    ['ru', 'Так и не перезвонили, записаться не удалось.', { booking: -1 }],
    ['de', 'Parkhaus direkt nebenan, zentral gelegen.', { location: 1 }],
    ['de', 'Telefonisch nie erreichbar, niemand hat zurückgerufen.', { booking: -1 }],
    ['fr', 'Bien situé, on se gare facilement.', { location: 1 }],
    ['fr', 'Personne ne répond au téléphone.', { booking: -1 }],
    ['es', 'Muy bien ubicado y fácil de aparcar.', { location: 1 }],
    ['es', 'Nadie contesta al teléfono, nunca me llamaron.', { booking: -1 }],
    ['zh', '交通很方便，停车也方便。', { location: 1 }],
    ['zh', '电话一直打不通，预约不了。', { booking: -1 }],
    ['en', 'No wait at all on a Saturday, we were seated straight away.', { waiting: 1 }],
    ['ru', 'Приняли без очереди, хотя пришли без записи.', { waiting: 1 }],
    ['de', 'Ohne Wartezeit drangekommen, obwohl es voll war.', { waiting: 1 }],
    ['fr', 'Servis tout de suite malgré la foule du samedi.', { waiting: 1 }],
    ['es', 'Nos atendieron enseguida aunque el local estaba lleno.', { waiting: 1 }],
    ['zh', '周末去的，不用排队，很快就坐下了。', { waiting: 1 }],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => {
    expect(themes(text, lang)).toMatchObject(expected);
  });
});
