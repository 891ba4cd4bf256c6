import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { analyzeReview } from '@/utils/analysis';
import { URGENT_EVIDENCE_LENGTH, type AnalysisLanguage, type UrgentCategory } from '@/utils/analysis/types';
import { detectUrgent, firstChars } from '@/utils/analysis/urgent';
import type { CapturePageMessage } from '@/utils/messages';
import { EXPORT_FORMAT_VERSION, exportJson } from '@/utils/store/export';
import { closeDb, getDb } from '@/utils/store/db';
import { ingestCapture } from '@/utils/store/ingest';
import { validateExportFile } from '@/utils/store/import-file';
import { freshDb } from '../../support/db';
import { business, ingestInput, OK_HEALTH, review } from '../../support/factories';

type Case = [lang: AnalysisLanguage, text: string, category: UrgentCategory, evidence: string];

/** One review per category and language, each in words the development set does not use. */
const URGENT: Case[] = [
  ['en', 'Lovely decor, but my wife and I both got food poisoning from the mussels and spent Sunday in bed.', 'health', 'got food poisoning'],
  ['en', 'We asked for our deposit back three times. My lawyer will be writing to you this week.', 'legal', 'My lawyer will be writing'],
  ['en', 'The doorman told my cousin to go back to his own country and would not let us in.', 'discrimination', 'go back to his own country'],
  ['en', 'Somebody at the front desk stole the cash from my jacket while it hung in the cloakroom.', 'fraud', 'stole the cash'],
  ['ru', 'Вчера ужинали, а ночью у мужа началась рвота и температура.', 'health', 'началась рвота'],
  ['ru', 'Раз по-хорошему не понимаете, подаём иск, документы уже у юриста.', 'legal', 'подаём иск'],
  ['ru', 'Менеджер отпускал расистские шутки про моих друзей из Казахстана.', 'discrimination', 'расистские шутки'],
  ['ru', 'Из сумки в гардеробе украли кошелёк, персонал только развёл руками.', 'fraud', 'украли кошелёк'],
  ['zh', '昨晚吃完烤鱼，半夜开始上吐下泻，今天还在输液。', 'health', '上吐下泻'],
  ['zh', '押金拖了两个月不退，我准备去法院起诉了。', 'legal', '起诉'],
  ['zh', '保安看我是外地口音就区别对待，不让我进门。', 'discrimination', '区别对待'],
  ['zh', '寄存的行李箱被人撬开，里面的钱包被偷了。', 'fraud', '被偷了'],
  ['es', 'Pedí el pollo y por la noche tenía diarrea y vómitos, ojo con este sitio.', 'health', 'diarrea'],
  ['es', 'No devolvieron la fianza, así que ya está en manos de mi abogada.', 'legal', 'mi abogada'],
  ['es', 'El portero nos dijo que no entrábamos por ser marroquíes. Vergonzoso.', 'discrimination', 'por ser marroquíes'],
  ['es', 'Nos robaron la maleta del maletero del coche en su parking vigilado.', 'fraud', 'Nos robaron la maleta'],
  ['de', 'Zwei Stunden nach dem Essen hatte meine Tochter Durchfall und Fieber.', 'health', 'Durchfall'],
  ['de', 'Da keine Antwort kam, haben wir jetzt die Verbraucherzentrale eingeschaltet.', 'legal', 'Verbraucherzentrale'],
  ['de', 'Der Chef hat meine Kollegin vor allen Gästen sexuell belästigt.', 'discrimination', 'sexuell belästigt'],
  ['de', 'Im Umkleideraum wurde mir die Uhr aus der Tasche geklaut.', 'fraud', 'geklaut'],
  ['fr', 'Deux heures après le repas, mon mari a vomi et il a eu de la fièvre toute la nuit.', 'health', 'a vomi'],
  ['fr', 'Sans réponse de votre part, nous porterons plainte auprès de la gendarmerie.', 'legal', 'porterons plainte'],
  ['fr', 'Le gérant a tenu des propos racistes envers mon ami sénégalais.', 'discrimination', 'propos racistes'],
  ['fr', "Le garagiste m'a fait une fausse facture avec des pièces jamais changées.", 'fraud', 'fausse facture'],
];

/** Round 10: discrimination and fraud as people report them, in words of none of the labelled sets. */
const REPORTED: Case[] = [
  ['en', 'The host sat a straight couple behind us at once and told us there were no tables.', 'discrimination', 'straight couple behind us'],
  ['en', 'Two weeks later my statement still shows two charges for the same haircut.', 'fraud', 'two charges for the same'],
  ['ru', 'Администратор спросила, откуда я на самом деле, и сказала, что мест нет.', 'discrimination', 'откуда я на самом деле'],
  ['ru', 'Залог так и не вернули, хотя квартиру сдали идеально чистой.', 'fraud', 'Залог так и не вернули'],
  ['es', 'El camarero le dijo a mi amiga que no atendemos a gente como ella.', 'discrimination', 'no atendemos a gente como'],
  ['es', 'Nos cobraron dos veces la misma cena y nadie lo arregla.', 'fraud', 'cobraron dos veces'],
  ['de', 'Der Vermieter wollte wissen, ob ich überhaupt Papiere habe, und legte auf.', 'discrimination', 'ob ich überhaupt Papiere habe'],
  ['de', 'Am Ende wurde uns der Betrag doppelt abgebucht, und niemand meldet sich.', 'fraud', 'doppelt abgebucht'],
  ['fr', "Le vigile nous a dit qu'on ne sert pas les gens comme vous ici.", 'discrimination', 'on ne sert pas les gens comme'],
  ['fr', 'Trois mois après le départ, caution jamais rendue et aucune réponse.', 'fraud', 'caution jamais rendue'],
  ['zh', '押金到现在还不退，客服一直推脱。', 'fraud', '押金到现在还不退'],
  ['zh', '保安说外国人不能进，把我们拦在门口。', 'discrimination', '外国人不能'],
];

/** The near misses, negations and mentions that are not incidents. */
const NOT_URGENT: Array<[AnalysisLanguage, string]> = [
  ['en', 'Great curry, but the music was killing me.'],
  ['en', 'A robbery at these prices, twelve dollars for a juice.'],
  ['en', "I'd sue for how good this cake is."],
  ['en', 'The police station is next door, so it feels safe at night.'],
  ['en', 'The dentist was painless and very patient with my son.'],
  ['en', 'Allergy-friendly menu, every dish has its allergens listed.'],
  ['en', 'No bugs at all, the room was spotless.'],
  ['en', 'Nobody got sick even though we had the raw oysters.'],
  ['en', "They handled my son's allergy perfectly."],
  ['ru', 'Криминально вкусно, возьмите десерт.'],
  ['ru', 'Убийственные цены, но кофе отличный.'],
  ['ru', 'Никаких тараканов, всё чисто.'],
  ['ru', 'Никто не отравился, рыба свежайшая.'],
  ['zh', '价格简直是抢钱，不过味道还行。'],
  ['zh', '笑死我了，老板太有意思了。'],
  ['zh', '没有蟑螂，后厨很干净。'],
  ['zh', '没人拉肚子，海鲜很新鲜。'],
  ['es', 'Me muero de lo rico que estaba todo.'],
  ['es', 'Ni una cucaracha, todo impecable.'],
  ['es', 'Un robo con estos precios, pero el sitio es bonito.'],
  ['de', 'Tödlich langweilig, die Musik, aber das Essen war gut.'],
  ['de', 'Keine Kakerlaken, keine Mäuse, alles blitzsauber.'],
  ['de', 'Das Gericht des Tages war hervorragend.'],
  ['fr', 'Une tuerie ce burger !'],
  ['fr', 'Aucun cafard, la cuisine est impeccable.'],
  ['fr', "Toast à l'avocat et œuf poché, parfait."],
];

describe('urgent reviews', () => {
  it.each(URGENT)('%s: finds %s', (lang, text, category, evidence) => {
    const urgent = analyzeReview({ text, langHint: lang }).urgent;
    expect(urgent?.category).toBe(category);
    // The evidence is the review's own words (as written, not lower-cased) around what was found.
    expect(urgent!.evidence).toContain(evidence);
    expect(text).toContain(urgent!.evidence);
    expect(urgent!.evidence.length).toBeLessThanOrEqual(URGENT_EVIDENCE_LENGTH);
  });

  it.each(REPORTED)('%s: finds as reported %s', (lang, text, category, evidence) => {
    const urgent = analyzeReview({ text, langHint: lang, rating: 1 }).urgent;
    expect(urgent?.category).toBe(category);
    expect(urgent!.evidence).toContain(evidence);
    expect(text).toContain(urgent!.evidence);
  });

  it('lets a fraud claim give way to a lawyer or a court, not to the police (read as a whole word, not inside another)', () => {
    expect(detectUrgent('The deposit was never returned, so my lawyer is taking them to court.', 'en')?.category).toBe('legal');
    expect(detectUrgent('My wallet was stolen from the locker and I reported it to the police.', 'en')?.category).toBe('fraud');
    expect(detectUrgent('Залог так и не вернули, подали исковое заявление в суд.', 'ru')?.category).toBe('legal');
    expect(detectUrgent('Caution jamais rendue, mon avocat saisit le tribunal.', 'fr')?.category).toBe('legal');
    expect(detectUrgent('Залог так и не вернули, написали заявление в полицию.', 'ru')?.category).toBe('fraud');
  });

  it("leaves ordinary sentences in the words of the round-10 phrases alone (a reviewer's probes)", () => {
    const ordinary: Array<[AnalysisLanguage, string]> = [
      ['en', 'Staff speak English or Spanish.'],
      ['en', "They don't serve black pudding any more."],
      ['en', 'As a gay couple we felt so welcome, the other guests were lovely too.'],
      ['en', "We're planning to have kids' birthday party here again."],
      ['en', "They seated us in the corner so we're not in the way of the waiters."],
      ['en', 'This club is not for people my age, too loud.'],
      ['en', 'She kept rubbing my shoulders during the wash.'],
      ['en', 'The straight guys in front of us were loud.'],
      ['en', "I've been coming here for years and they never changed the recipe."],
      ['en', 'The original battery is still in, they only replaced the screen as asked.'],
      ['en', "We didn't get change for the parking meter but the staff helped."],
      ['en', 'Our deposit was kept as part of the final bill, as agreed.'],
      ['en', 'Honest garage: quoted £80 and the bill came to £80.'],
      ['es', 'Tengo papeles del seguro y los aceptaron sin problema.'],
      ['fr', "Pour les étrangers c'est pratique, menu en anglais."],
      ['fr', 'Devis de 200 euros, facture de 200 euros. Honnête.'],
      ['de', 'Mitten im Essen fehlte plötzlich der Strom.'],
      ['de', 'Aus dem Zimmer fehlte nur der Föhn, den haben sie sofort gebracht.'],
      ['de', 'Kostenvoranschlag über 300 Euro, die Rechnung war am Ende 290. Fair.'],
      ['ru', 'Сдачу не вернули сразу, принесли через минуту.'],
      ['zh', '老人不能吃太辣，推荐了清淡的菜。'],
      ['zh', '冰根本没加。'],
      ['zh', '押金扣了一点清洁费，合理。'],
      ['zh', '找零没给硬币，直接微信转账了。'],
      ['zh', '房间里少了一瓶水，前台马上补了。'],
    ];
    for (const [lang, text] of ordinary)
      for (const rating of [undefined, 3, 5]) expect(analyzeReview({ text, langHint: lang, rating }).urgent, `${text} (${rating ?? 'no'}★)`).toBeUndefined();
  });

  it('cuts the evidence from the text as written, odd spaces included', () => {
    const cases: Array<[AnalysisLanguage, string]> = [
      ['en', 'Great view.  But   a cockroach ran across the table and my wife screamed.'],
      ['fr', 'Belle vue\u00a0; mais nous avons vu des cafards dans la chambre\u00a0! Incroyable.'],
    ];
    for (const [lang, text] of cases) {
      const urgent = analyzeReview({ text, langHint: lang, rating: 4 }).urgent;
      expect(urgent?.category, text).toBe('health');
      expect(text).toContain(urgent!.evidence);
    }
  });

  it('leaves ordinary bills, waits and refunds put right alone', () => {
    for (const text of [
      'They said twenty minutes and we waited sixty, the pasta was cold.',
      'The bill was wrong, the waiter fixed it straight away.',
      'The deposit came back within a week, no questions asked.',
      'Great haircut, the barber knows what he is doing.',
    ])
      expect(analyzeReview({ text, langHint: 'en', rating: 2 }).urgent, text).toBeUndefined();
  });

  it.each(NOT_URGENT)('%s: leaves alone "%s"', (lang, text) => {
    const analysis = analyzeReview({ text, langHint: lang });
    expect(analysis.lang).toBe(lang);
    expect(analysis.urgent).toBeUndefined();
    // Absent, not undefined: stored and exported analyses of ordinary reviews keep their shape.
    expect('urgent' in analysis).toBe(false);
  });

  it('tells an incident from a mention: the allergic reaction fires, the handled allergy does not', () => {
    expect(analyzeReview({ text: "They handled my son's allergy perfectly." }).urgent).toBeUndefined();
    expect(analyzeReview({ text: 'My son had an allergic reaction to the dessert.' }).urgent).toEqual({
      category: 'health',
      evidence: 'My son had an allergic reaction to the dessert',
    });
    // A negator before the trigger, one after it, and a clause that turns the negation off.
    expect(analyzeReview({ text: 'We did not find a single cockroach.' }).urgent).toBeUndefined();
    expect(analyzeReview({ text: 'Клопов нет, номер чистый.', langHint: 'ru' }).urgent).toBeUndefined();
    expect(analyzeReview({ text: 'No apology, and then I found a cockroach in the rice.' }).urgent?.category).toBe('health');
    expect(analyzeReview({ text: 'Not an hour later I was vomiting.' }).urgent?.category).toBe('health');
  });

  it('cuts long evidence at word edges around the trigger and keeps Traditional Chinese and ё as written', () => {
    const text =
      'We had been looking forward to this dinner for weeks because friends had recommended it so warmly and the menu looked wonderful and then my daughter had an allergic reaction to the sesame dressing that nobody had mentioned on the menu or when we asked about it';
    const urgent = analyzeReview({ text }).urgent!;
    expect(urgent.category).toBe('health');
    expect(urgent.evidence).toContain('allergic reaction');
    expect(urgent.evidence.length).toBeLessThanOrEqual(URGENT_EVIDENCE_LENGTH);
    expect(text).toContain(urgent.evidence);
    expect(text).toMatch(new RegExp(`(^|\\s)${urgent.evidence}(\\s|$)`));

    expect(analyzeReview({ text: '孩子吃完甜點後出現過敏反應，嘴巴都腫了。', langHint: 'zh' }).urgent).toEqual({
      category: 'health',
      evidence: '孩子吃完甜點後出現過敏反應，嘴巴都腫了',
    });
    expect(analyzeReview({ text: 'Нашёл таракана в супе.', langHint: 'ru' }).urgent).toEqual({ category: 'health', evidence: 'Нашёл таракана в супе' });
  });

  it('calls a health finding reported to an authority legal, but keeps theft reported to the police theft', () => {
    expect(detectUrgent('Mould in the shower and mouse droppings in the kitchen. I have reported them to the council with photos.', 'en')?.category).toBe(
      'legal',
    );
    expect(detectUrgent('Schimmel an der Duschwand, Mäusekot in der Küche. Gesundheitsamt ist informiert.', 'de')?.category).toBe('legal');
    expect(detectUrgent('Someone went through my locker and my cash is gone. The police came and I gave a statement.', 'en')?.category).toBe('fraud');
  });

  it('reads no incident into a web address, and still finds one written beside it', () => {
    expect(detectUrgent('=HYPERLINK("http://evil.example/steal","Click for a refund")', 'en')).toBeUndefined();
    expect(detectUrgent('Menu at www.example.com/food-poisoning-free-kitchen, very tasty.', 'en')).toBeUndefined();
    const found = detectUrgent('See https://example.com/photos — they stole my wallet from the coat rack.', 'en');
    expect(found?.category).toBe('fraud');
    expect(found?.evidence).toContain('stole my wallet');
  });

  it('leaves price jokes, stolen minutes and anti-fraud slogans alone', () => {
    for (const [lang, text] of [
      ['de', 'Verletzt hat mich nur die Preiserhöhung: 12 € mehr im Monat.'],
      ['ru', 'Травмировали меня только ценой — подняли на 1 500 ₽ в месяц.'],
      ['fr', 'Vingt minutes de ma vie volées dans la file, mais la voiture brille.'],
      ['zh', '官网说“防诈骗安全预订”，其实就是个难用的网站。'],
      ['en', 'The waiter was a bit of a thief with the portion sizes — three ravioli for £16.'],
    ] as const)
      expect(detectUrgent(text, lang), text).toBeUndefined();
  });

  it('finishes a 20,000-character hostile text quickly', () => {
    const hostile = [
      // Many rule starts, no sentence end: the gaps must stay bounded.
      'charged '.repeat(2500),
      'because my '.repeat(1800),
      'no no no not never '.repeat(1000),
      'a'.repeat(20_000),
      '拉'.repeat(20_000),
      'отравл '.repeat(2800),
      ('refused ' + 'x '.repeat(30)).repeat(300),
    ].map((t) => t.slice(0, 20_000));
    for (const lang of ['en', 'ru', 'zh'] as const) detectUrgent('warm up', lang);
    for (const text of hostile) {
      const started = performance.now();
      for (const lang of ['en', 'ru', 'zh', 'es', 'de', 'fr'] as const) detectUrgent(text, lang);
      // Linear patterns take 5-80 ms here (more on a loaded 2-core machine); a backtracking one takes
      // minutes. The bound only catches the second: speed is measured by `npm run bench:analysis`.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it('knows where every pattern can start, so each word tries only its own rules', () => {
    expect([...firstChars('(got|get) sick')!].sort()).toEqual(['g']);
    expect([...firstChars('(the )?police')!].sort()).toEqual(['p', 't']);
    expect([...firstChars("i'd sue")!].sort()).toEqual(['i']);
    expect(firstChars('_lawyer')).toBeUndefined();
    // Every language compiles (a pattern that could start anywhere would throw).
    for (const lang of ['en', 'ru', 'zh', 'es', 'de', 'fr'] as const) expect(detectUrgent('.', lang)).toBeUndefined();
  });
});

describe('urgent reviews in the store', () => {
  it('reaches the stored review through a capture, and only for the urgent one', async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    background.main();
    await new Promise((r) => setTimeout(r, 20));
    const page = 'https://www.yelp.com/biz/cafe-uno';
    const message: CapturePageMessage = {
      type: 'capture:page',
      visitId: 'v1',
      site: 'yelp',
      pageUrl: page,
      health: OK_HEALTH,
      capture: {
        site: 'yelp',
        business: business({ name: 'Café Uno' }),
        reviews: [review('calm'), review('sick', { rating: 1, text: 'Saw a rat run across the dining room floor while we ate.' })],
        health: OK_HEALTH,
        pageLang: 'en',
      },
    };
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0, url: page }, () => undefined);
    const db = await getDb();
    expect((await db.get('reviews', 'yelp:sick'))!.analysis.urgent).toEqual({
      category: 'health',
      evidence: 'Saw a rat run across the dining room floor while we ate',
    });
    expect('urgent' in (await db.get('reviews', 'yelp:calm'))!.analysis).toBe(false);
    await closeDb();
  });

  it('survives export and import, and an import with a made-up category loses that review', async () => {
    const db = await freshDb();
    await ingestCapture(db, ingestInput([review('r1', { rating: 1, text: 'They charged my card twice on purpose and called it a deposit.' }), review('r2')]));
    const file = JSON.parse((await exportJson(db, { now: Date.UTC(2026, 10, 21), version: '1' })).parts.join('')) as {
      reviews: Array<{ siteReviewId: string; analysis: { urgent?: { category: string; evidence: string } } }>;
    };
    const imported = validateExportFile(file, Date.UTC(2026, 10, 21), EXPORT_FORMAT_VERSION);
    if (!imported.ok) throw new Error(imported.reason);
    const byId = new Map(imported.value.reviews.map((r) => [r.siteReviewId, r]));
    expect(byId.get('r1')!.analysis.urgent).toEqual({ category: 'fraud', evidence: 'They charged my card twice on purpose and called it a deposit' });
    expect(byId.get('r2')!.analysis.urgent).toBeUndefined();

    file.reviews.find((r) => r.siteReviewId === 'r1')!.analysis.urgent = { category: 'murder', evidence: 'x' };
    const tampered = validateExportFile(file, Date.UTC(2026, 10, 21), EXPORT_FORMAT_VERSION);
    if (!tampered.ok) throw new Error(tampered.reason);
    expect(tampered.value.reviews.map((r) => r.siteReviewId)).toEqual(['r2']);
  });
});
