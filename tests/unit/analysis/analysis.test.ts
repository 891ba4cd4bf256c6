import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import { detectLanguage } from '@/utils/analysis/detect';
import type { SentimentLabel, ThemeId } from '@/utils/analysis/types';

function label(text: string, langHint?: string): SentimentLabel {
  return analyzeReview({ text, langHint }).label;
}

function themes(text: string, langHint?: string): Record<string, number> {
  return Object.fromEntries(analyzeReview({ text, langHint }).themes.map((t) => [t.theme, t.polarity]));
}

type Case = [string, SentimentLabel];

const HARD_CASES: Record<string, Case[]> = {
  en: [
    ['Not very good.', 'negative'],
    ['Not bad at all!', 'positive'],
    ['The food was fine but the service was painfully slow.', 'negative'],
    ['Service was a bit slow, but the food made up for it. Delicious!', 'positive'],
    ['We waited 45 minutes.', 'negative'],
    ['The food was cold.', 'negative'],
    ['Ice cold beer and a great patio.', 'positive'],
    ['Overpriced.', 'negative'],
    ['Never again.', 'negative'],
    ["Won't be back.", 'negative'],
    ['Charged us twice and nobody called back.', 'negative'],
    ['Yeah, right, "fresh" fish. It smelled like it was a week old.', 'negative'],
    ['Oh wonderful, our food arrived cold again. Thanks for nothing.', 'negative'],
    ['😍😍', 'positive'],
    ['👎', 'negative'],
    ['Although the room was small, it was spotless and the bed was comfy.', 'positive'],
    ['We had to ask for water three times.', 'negative'],
    ['I would not recommend this place.', 'negative'],
    ['Highly recommend!', 'positive'],
  ],
  ru: [
    ['Не советую.', 'negative'],
    ['Ждали час, еда холодная.', 'negative'],
    ['Очень вкусная пицца!', 'positive'],
    ['Вкусно, но очень дорого и официант нахамил.', 'negative'],
    ['Обслуживание медленное, зато еда отличная.', 'positive'],
    ['Не очень вкусно.', 'negative'],
    ['Совсем не плохо!', 'positive'],
    ['Холодное пиво и отличная музыка.', 'positive'],
    ['Суп принесли холодным.', 'negative'],
    ['Больше ни ногой!', 'negative'],
    ['Ну да, «свежая» рыба. Воняла.', 'negative'],
    ['Персонал вежливый, номера чистые 👍', 'positive'],
  ],
  zh: [
    ['再也不来了。', 'negative'],
    ['等了一个多小时才上菜。', 'negative'],
    ['菜很好吃，服务也很热情！', 'positive'],
    ['菜是好吃，但是服务太差了。', 'negative'],
    ['虽然有点贵，但是真的很好吃。', 'positive'],
    ['不好吃。', 'negative'],
    ['冰啤酒很好喝。', 'positive'],
    ['汤是凉的。', 'negative'],
    ['環境很好，服務人員很親切。', 'positive'],
    ['等了四十分鐘，餐點還是冷的，不會再來。', 'negative'],
  ],
  es: [
    ['No lo recomiendo.', 'negative'],
    ['Esperamos una hora y la comida llegó fría.', 'negative'],
    ['¡Todo riquísimo!', 'positive'],
    ['La comida está rica, pero el servicio es pésimo.', 'negative'],
    ['El servicio fue lento, pero la comida estaba deliciosa.', 'positive'],
    ['No muy bueno.', 'negative'],
    ['Nada mal.', 'positive'],
    ['Cerveza fría y buena música.', 'positive'],
    ['Nunca más.', 'negative'],
  ],
  de: [
    ['Nicht zu empfehlen.', 'negative'],
    ['Wir haben eine Stunde gewartet.', 'negative'],
    ['Sehr lecker!', 'positive'],
    ['Das Essen ist lecker, aber der Service ist katastrophal.', 'negative'],
    ['Der Service war langsam, aber das Essen war köstlich.', 'positive'],
    ['Nicht sehr gut.', 'negative'],
    ['Gar nicht schlecht.', 'positive'],
    ['Kaltes Bier, gute Musik.', 'positive'],
    ['Die Suppe war kalt.', 'negative'],
    ['Nie wieder!', 'negative'],
  ],
  fr: [
    ['Je ne le recommande pas.', 'negative'],
    ['Nous avons attendu une heure.', 'negative'],
    ['Tout était délicieux !', 'positive'],
    ['La cuisine est bonne, mais le service est catastrophique.', 'negative'],
    ['Le service était lent, mais la cuisine était délicieuse.', 'positive'],
    ["Ce n'est pas bon.", 'negative'],
    ['Pas mal du tout.', 'positive'],
    ['Bière fraîche et bonne musique.', 'positive'],
    ['La soupe était froide.', 'negative'],
    ['Plus jamais !', 'negative'],
  ],
};

describe('sentiment in six languages: the hard cases', () => {
  for (const [lang, cases] of Object.entries(HARD_CASES)) {
    it.each(cases)(`${lang}: %s → %s`, (text, expected) => {
      const result = analyzeReview({ text, langHint: lang });
      expect(result.lang).toBe(lang);
      expect(result.label).toBe(expected);
      expect(result.score).toBeGreaterThanOrEqual(-1);
      expect(result.score).toBeLessThanOrEqual(1);
    });
  }
});

describe('what the engine reads between the words', () => {
  it('reads single quotation marks as scare quotes, and a stray quote mark taints nothing after its sentence', () => {
    expect(label("Yeah, 'fresh' sushi that tasted like it had been sitting out all day.", 'en')).toBe('negative');
    expect(label("The waiters' tips go to the kitchen too. Lovely staff, great food.", 'en')).toBe('positive');
    expect(label('He said "we are full. The pasta was wonderful and the staff lovely.', 'en')).toBe('positive');
  });

  it('reads "never … so" as emphasis, not as a negation', () => {
    expect(label("I've never been treated so badly at a hotel.", 'en')).toBe('negative');
    expect(label('Never had such a wonderful dinner.', 'en')).toBe('positive');
    expect(label("Je n'ai jamais été aussi mal traité dans un hôtel.", 'fr')).toBe('negative');
  });

  it('does not turn round a phrase that carries its own negation', () => {
    expect(label("Bien situé, mais les murs sont en papier et on n'a pas dormi.", 'fr')).toBe('negative');
    expect(label('Buena ubicación, pero no pegamos ojo en toda la noche.', 'es')).toBe('negative');
    expect(label("The steak was tough and the manager didn't even apologize.", 'en')).toBe('negative');
  });

  it('knows that worth it, unforgettable and honest work are praise, in every language', () => {
    expect(label('Pricey, but worth every penny.', 'en')).toBe('positive');
    expect(label('Дорого, но оно того стоит.', 'ru')).toBe('positive');
    expect(label('Caro, pero vale cada euro.', 'es')).toBe('positive');
    expect(label('Teuer, aber jeden Cent wert.', 'de')).toBe('positive');
    expect(label('Cher, mais ça vaut chaque centime.', 'fr')).toBe('positive');
    expect(label('来了好多年了，从来没有失望过。', 'zh')).toBe('positive');
  });

  it('reads facts an owner takes as bad or good news, with no sentiment word in them', () => {
    expect(label('Elevator was out of order for our whole stay.', 'en')).toBe('negative');
    expect(label('Sent three emails about my deposit. Never heard back.', 'en')).toBe('negative');
    expect(label('They quoted me $80 and then the bill came to $210.', 'en')).toBe('negative');
    expect(label('Утром не было горячей воды, два дня подряд.', 'ru')).toBe('negative');
    expect(label('关于押金发了三封邮件，一直没有回复。', 'zh')).toBe('negative');
    expect(label('Añadieron un cargo por servicio a la cuenta sin avisarnos.', 'es')).toBe('negative');
    expect(label('Der Aufzug war den ganzen Aufenthalt außer Betrieb.', 'de')).toBe('negative');
    expect(label("Pas d'eau chaude le matin, deux jours de suite.", 'fr')).toBe('negative');
    expect(label("We've already booked our next stay.", 'en')).toBe('positive');
    expect(label('Запомнили моё имя после первого же визита.', 'ru')).toBe('positive');
    expect(label('Me arreglaron la cremallera gratis mientras esperaba.', 'es')).toBe('positive');
  });

  it('reads dry cake as a complaint and a dry wine as none', () => {
    expect(themes('The cake was dry.', 'en')).toMatchObject({ quality: -1 });
    expect(label('A crisp, dry white wine with dinner.', 'en')).not.toBe('negative');
  });
});

describe('what the score responds to', () => {
  it('reads "no signal" when the text carries none', () => {
    expect(label('We went on a Tuesday.', 'en')).toBe('none');
    expect(label('', 'en')).toBe('none');
    expect(analyzeReview({ text: '' }).score).toBe(0);
  });

  it('counts ALL CAPS and "!!!" as emphasis', () => {
    const plain = analyzeReview({ text: 'The service was terrible.', langHint: 'en' }).score;
    expect(analyzeReview({ text: 'The service was TERRIBLE.', langHint: 'en' }).score).toBeLessThan(plain);
    expect(analyzeReview({ text: 'The service was terrible!!!', langHint: 'en' }).score).toBeLessThan(plain);
    const good = analyzeReview({ text: 'Great pasta.', langHint: 'en' }).score;
    expect(analyzeReview({ text: 'Great pasta!!!', langHint: 'en' }).score).toBeGreaterThan(good);
  });

  it('weighs the clause after "but" more than the one before', () => {
    const a = analyzeReview({ text: 'The food was great but the service was slow.', langHint: 'en' }).score;
    const b = analyzeReview({ text: 'The service was slow but the food was great.', langHint: 'en' }).score;
    expect(a).toBeLessThan(b);
  });

  it('flags stars the text contradicts', () => {
    expect(analyzeReview({ text: 'Terrible service, cold food, never again.', rating: 5, langHint: 'en' }).contradiction).toBe(true);
    expect(analyzeReview({ text: 'Great food! Only complaint: we waited 45 minutes for a table.', rating: 5, langHint: 'en' }).contradiction).toBe(true);
    expect(analyzeReview({ text: 'Absolutely wonderful, best meal of my life.', rating: 1, langHint: 'en' }).contradiction).toBe(true);
    expect(analyzeReview({ text: 'Absolutely wonderful, best meal of my life.', rating: 5, langHint: 'en' }).contradiction).toBe(false);
    expect(analyzeReview({ text: 'Cold food and a rude waiter.', rating: 1, langHint: 'en' }).contradiction).toBe(false);
  });
});

describe('complaint and praise themes, per clause, with polarity', () => {
  const cases: Array<[string, string, Partial<Record<ThemeId, number>>]> = [
    ['en', 'The waiter was rude and we waited an hour. The bathroom was filthy.', { service: -1, waiting: -1, cleanliness: -1 }],
    ['en', 'Overpriced for tiny portions, but parking was easy.', { price: -1, location: 1 }],
    ['en', 'Lovely atmosphere, the music was perfect. They lost our reservation though.', { ambience: 1, booking: -1 }],
    ['en', 'The steak was overcooked and bland.', { quality: -1 }],
    ['ru', 'Официант нахамил, ждали час. Зато в зале уютно.', { service: -1, waiting: -1, ambience: 1 }],
    ['ru', 'Грязные полотенца и дорого.', { cleanliness: -1, price: -1 }],
    ['zh', '服务员态度很差，等了一个小时。', { service: -1, waiting: -1 }],
    ['zh', '价格便宜，环境很温馨。', { price: 1, ambience: 1 }],
    ['es', 'El camarero fue muy amable, pero la cuenta era carísima.', { service: 1, price: -1 }],
    ['es', 'No había aparcamiento y el baño estaba sucio.', { cleanliness: -1 }],
    ['de', 'Die Bedienung war unfreundlich und das Zimmer schmutzig.', { service: -1, cleanliness: -1 }],
    ['de', 'Tolle Lage, direkt an der U-Bahn.', { location: 1 }],
    ['fr', 'Le serveur était désagréable et la salle bruyante.', { service: -1, ambience: -1 }],
    ['fr', 'Le prix est raisonnable et la réservation a été facile.', { price: 1 }],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => {
    const found = themes(text, lang);
    for (const [theme, polarity] of Object.entries(expected)) expect(found[theme], `${theme} in "${text}"`).toBe(polarity);
  });
});

describe('language detection', () => {
  it.each([
    ['Очень вкусно', undefined, 'ru'],
    ['很好吃', undefined, 'zh'],
    ['環境很好', 'zh-Hant', 'zh'],
    ['The food was great and the staff were friendly', undefined, 'en'],
    ['La comida estaba muy rica y el servicio fue excelente', undefined, 'es'],
    ['Das Essen war sehr lecker und der Service war gut', undefined, 'de'],
    ['Le repas était très bon et le service était parfait', undefined, 'fr'],
    ['La comida estaba muy rica y el servicio fue excelente', 'en', 'es'],
    ['Top notch!', 'de', 'de'],
    ['美味しいです', undefined, 'und'],
    ['Дуже смачно, рекомендую їх', undefined, 'und'],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(detectLanguage(text, hint)).toBe(expected);
  });
});
