/**
 * Claims of theft and fraud that people tell as a story, with no word the phrases know: two facts
 * that, met within a sentence or the next one, make the claim. Each claim is a pair of cues per
 * language, found in any order:
 *
 * - a deposit kept: the deposit, and that it was kept, withheld or never returned ("Host kept our
 *   entire £300 deposit, no photos, no explanation");
 * - belongings gone: a valuable, and that it vanished ("left my watch on the nightstand … it was
 *   gone", "из бардачка пропал видеорегистратор"), unless the review says it turned up;
 * - paid in cash, then called unpaid ("Paid £25 cash … they said I had an unpaid balance");
 * - work paid for and not done: a part replaced, and the old one still there ("the old clutch is
 *   still in there", "ce sont toujours ceux d'origine", "还是旧的");
 * - a made-up sale: a discount, and that its "was" price is invented ("Der Streichpreis ist frei
 *   erfunden", "先涨价再打折");
 * - a discount for a good review (fake reviews): the review, the reward and the asking in one
 *   stretch ("напишите пять звёзд … дадим скидку 30%", "写五星好评…可以打八折");
 *
 * and discrimination told without the word:
 *
 * - a same-sex couple told apart: two men or two women, and a twin room or "a family place";
 * - refused, then someone else got it: "fully booked", and a colleague who called later and got
 *   it, with a name, an accent or a headscarf in view;
 * - refused for who they are: a person's trait (a wheelchair, a hijab, "Araber", "на коляске")
 *   next to a refusal ("not tonight", "vermieten wir nicht", "no aceptamos", "не обслуживаем");
 * - a slur at the door ("«moros no»", "вашим сюда нельзя");
 * - touched or propositioned by staff ("kept brushing my chest", "полез руками").
 *
 * Each claim holds up to a star rating (a deposit or a wallet lost is told in 4★ reviews of a
 * lovely stay; a sale or a repair claim in a 4★ review was praise with a grumble). Like the
 * billing claims it is a last resort, after the phrases, the model and the concepts, and shows its
 * evidence: the sentence with the second fact. Pure and synchronous; every pattern is linear.
 */
import type { AnalysisLanguage, UrgentCategory, UrgentSignal } from './types';
import { cueRegExp, sentencesOf } from './urgent-billing';

interface Claim {
  name: string;
  category: UrgentCategory;
  /** The highest star rating the claim holds in (reviews without stars always). */
  maxStars: number;
  /** Sentences the two facts may span: 1 (the same sentence) or 2 (it and the next). */
  window: 1 | 2;
  /** The two facts, per language; both within a sentence or two adjacent ones, in any order. */
  a: Partial<Record<AnalysisLanguage, string>>;
  b: Partial<Record<AnalysisLanguage, string>>;
  /** A third cue the same stretch must hold in the languages that name one (the asking, for a review bought with a discount). */
  also?: Partial<Record<AnalysisLanguage, string>>;
  /** Anywhere in the review, these undo the claim (the phone turned up, the deposit came back). */
  unless?: Partial<Record<AnalysisLanguage, string>>;
  /** A story of money or belongings that the business put right (RESOLVED) is no claim. */
  resolvable?: boolean;
}

const CLAIMS: readonly Claim[] = [
  {
    name: 'deposit kept',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    a: {
      en: '(?:security |damage )?deposit|bond',
      de: 'kaution|anzahlung',
      fr: 'caution|dépôt de garantie|acompte|arrhes',
      es: 'fianza|dep[oó]sito',
      ru: 'залог\\p{L}*',
      zh: '押金|定金|订金',
    },
    b: {
      en: "kept|keeping|withh[eo]ld\\p{L}*|won'?t (?:return|give (?:it )?back|refund)|(?:hasn'?t|haven'?t|has not|have not|never|not) (?:been )?(?:returned|refunded|given (?:it )?back|seen (?:it|a penny|a cent))|still (?:no|not|waiting|hasn'?t|haven'?t)|no (?:explanation|reason given)|without (?:any )?(?:explanation|reason)",
      de: 'einbehalten|behält|behielt|behalten|(?:immer )?noch nicht|nicht zurück\\p{L}*|nie zurück\\p{L}*|ohne (?:jede |jegliche )?(?:begründung|erklärung)|keine (?:begründung|erklärung)|bis heute nicht',
      fr: 'gard(?:é|ée|er|ent|ait)(?!\\p{L})|garde (?:la|les|notre|ma|mon|nos|toute|tout)(?!\\p{L})|encaiss\\p{L}*|conserv\\p{L}*|retenu\\p{L}*|jamais (?:été )?(?:rendu|remboursé|restitué)\\p{L}*|pas (?:été )?(?:rendu|remboursé|restitué)\\p{L}*|toujours pas|sans (?:aucune )?(?:justification|explication|raison)',
      es: 'qued(?:ó|aron|an|a) con|se (?:la|lo) qued\\p{L}*|no (?:nos |me )?(?:la |lo )?(?:devolvi\\p{L}*|devuelv\\p{L}*|ha devuelto|han devuelto|regres\\p{L}*)|nunca (?:nos |me )?(?:la |lo )?devolvi\\p{L}*|sigue sin|todavía (?:no|nada)|sin (?:ninguna )?(?:explicación|justificación|motivo)|retuv\\p{L}*',
      ru: 'не (?:вернул\\p{L}*|возвращ\\p{L}*|отдал\\p{L}*|отда[её]т|отдают)|удержал\\p{L}*|оставил\\p{L}* себе|до сих пор|так и не|без (?:объяснени|причин)\\p{L}*',
      zh: '不退|没退|没有退|扣了[\\d两三四五六七八九十百千]+|全扣|全部扣|扣光|不还|没还|到现在|至今|还没',
    },
    unless: {
      en: 'deposit (?:was |came )?(?:returned|refunded|back) (?:promptly|quickly|in full|the next|within)|got (?:the|our|my) deposit back|end of (?:lease|tenancy)|bond clean|as agreed|part of the (?:final )?(?:bill|payment|price)|(?:put )?towards the (?:bill|balance|rent)|deducted from the (?:bill|total)',
      de: 'kaution (?:kam |wurde )?(?:sofort |schnell |problemlos )?(?:zurück|erstattet)|endreinigung|wie vereinbart|verrechnet',
      fr: 'caution (?:a été )?(?:rendue|remboursée|restituée) (?:rapidement|aussitôt|le jour)|fin de bail|comme convenu|déduit',
      es: '(?:devolvieron|devolvió) (?:la fianza|el depósito) (?:enseguida|rápido|al momento)|limpieza (?:final|de fin)|como (?:acordamos|habíamos acordado|se acordó)|descontad\\p{L}*',
      ru: 'залог вернули (?:сразу|быстро)|как договаривались|зачли|зачтён|зачтен',
      zh: '押金(?:马上|很快|当场)退|按约定|抵扣|合理',
    },
  },
  {
    name: 'belongings gone',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 1,
    a: {
      en: "(?:my|our|his|her|wife's|husband's|dad's|mum's|mom's) (?:\\p{L}+ )?(?:phone|watch|ring|wallet|purse|bag|camera|glasses|cash|money)|laptop|macbook|ipad|tablet(?!\\p{L})|wallet|purse|passport|jewel\\p{L}*|necklace|earrings|airpods|headphones|sunglasses|ray-?bans?|handbag|dash ?cam|sat ?nav",
      de: 'laptop|macbook|ipad|tablet|handy|smartphone|geldbörse|portemonnaie|brieftasche|bargeld|reisepass|armbanduhr|(?:meine|seine|ihre) uhr(?!\\p{L})|schmuck|halskette|goldkette|ehering|ohrringe|kamera|airpods|kopfhörer|sonnenbrille|handtasche|sporttasche|navi(?!\\p{L})|dashcam',
      fr: "ordinateur|macbook|ipad|tablette|téléphone|portefeuille|porte-monnaie|espèces|passeport|montre|bijou\\p{L}*|bague|collier|boucles d'oreilles|appareil photo|airpods|écouteurs|lunettes de soleil|sac à main|carte bleue|carte bancaire|\\d+ ?€ (?:en liquide|dans)",
      es: 'portátil|laptop|macbook|ipad|tablet|celular|móvil|cartera|billetera|monedero|efectivo|pasaporte|reloj|joya\\p{L}*|anillo|collar|aretes|cámara|airpods|audífonos|auriculares|lentes|gafas de sol|bolso|\\d+ (?:pesos|euros|€)',
      ru: 'ноутбук|макбук|айпад|планшет|телефон|смартфон|айфон|кошел\\p{L}*|налич\\p{L}*|паспорт|часы(?! работы)|украшени\\p{L}*|кольц\\p{L}*|серьг\\p{L}*|цепочк\\p{L}*|фотоаппарат|наушник\\p{L}*|видеорегистратор|регистратор',
      zh: '电脑|笔记本|ipad|平板|手机|钱包|现金|护照|手表|首饰|项链|戒指|耳环|相机|耳机|墨镜|背包|手提包|行车记录仪',
    },
    b: {
      en: "(?:was|were|had|is|are) (?:all )?(?:gone|missing|taken)|went missing|(?:has|have|had) (?:gone|disappeared|vanished)|disappeared|vanished|wasn'?t there|weren'?t there|no longer there|nowhere to be found|stolen|stole|nicked|pinched",
      de: '(?:war|waren|ist|sind)(?: \\p{L}+){0,2} weg(?!\\p{L})|weg(?=\\s*[.,!;])|verschwunden|fehlt(?:e|en)?(?!\\p{L})|nicht mehr da|geklaut|gestohlen|entwendet',
      fr: 'disparu\\p{L}*|envolé\\p{L}*|manqu(?:ait|aient|e|ent)(?!\\p{L})|plus là|volé\\p{L}*|dérobé\\p{L}*|introuvable\\p{L}*',
      es: 'desapareci\\p{L}*|faltaba\\p{L}*|faltan|no estaba(?:n)?(?: (?:en|allí|ahí|dentro)|(?=\\s*[.,;!]|$))|ya no (?:estaba|había)(?:n)?(?! disponible)|robad\\p{L}*|robaron|se llevaron',
      ru: 'пропал\\p{L}*|исчез\\p{L}*|нет на месте|украл\\p{L}*|украден\\p{L}*|стащил\\p{L}*|вскрыт\\p{L}*|вскрыл\\p{L}*',
      zh: '不见了|没了|丢了|被偷(?!拍)|被盗|偷了|找不到',
    },
    unless: {
      en: 'photos|files|data(?!\\p{L})|contacts|thought (?:someone|somebody|they)|(?:it|they) (?:was|were) (?:in|under) (?:the|my)|found (?:it|them)|turned up|(?:it|they) was in my|handed (?:it|them) (?:back|in)|returned (?:it|them) to me|my (?:own )?(?:bad|mistake|fault)|false alarm',
      de: 'fotos|daten(?!\\p{L})|dateien|kontakte|wiedergefunden|gefunden|lag (?:im|in|unter|auf)|tauchte (?:wieder )?auf|mein fehler',
      fr: "photos|fichiers|données|contacts|retrouvé\\p{L}*|était dans (?:ma|mon)|m'(?:a|ont) été rendu\\p{L}*|fausse alerte",
      es: 'fotos|archivos|datos(?!\\p{L})|contactos|apareci(?:ó|eron)|lo encontr\\p{L}*|la encontr\\p{L}*|estaba en (?:mi|el coche)|me (?:lo|la) devolvieron',
      ru: 'фото\\p{L}*|файл\\p{L}*|данн\\p{L}*|контакт\\p{L}*|нашл(?:ась|ось|ись|и)|нашёл|нашел|нашла|оказал\\p{L}* (?:в|у|под)|вернули (?:мне|его|её)',
      zh: '相册|照片|聊天记录|数据|资料|找到了|找回|原来在|虚惊',
    },
  },
  {
    name: 'charged twice, not refunded',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    a: {
      en: '(?:charged|taken|took|billed|debited|ran (?:my|the) card)[^.!?]{0,30}(?:twice|double)|two (?:identical )?charges|double[- ]charged|charged double',
      de: 'zweimal|doppelt',
      fr: 'deux fois|en double',
      es: 'dos veces|duplicad\\p{L}*|por duplicado',
      ru: 'дважды|два раза|повторно',
      zh: '两次|重复扣|扣了两|多扣',
    },
    b: {
      en: "still (?:waiting|not|no|pending|there|hasn'?t|haven'?t)|(?:hasn'?t|haven'?t|has not|have not|not|never) (?:been )?(?:refunded|returned|reversed|come back|credited)|no refund|(?:both|they) (?:have )?(?:now )?cleared|won'?t refund|(?:not|stopped|never) (?:replied|replying|answering)",
      de: 'immer noch|noch immer|bis heute|nicht (?:erstattet|zurück\\p{L}*|gutgeschrieben)|antwortet (?:seit|nicht)|keine (?:antwort|erstattung|rückerstattung)',
      fr: 'toujours pas|jamais rembours\\p{L}*|pas (?:été )?rembours\\p{L}*|aucune réponse|ne répond\\p{L}*|toujours rien',
      es: 'todavía|aún no|sigo esperando|no (?:me |nos )?(?:lo |la |los )?(?:han )?devuel\\p{L}*|nadie (?:me )?responde|no contestan',
      ru: 'висит|до сих пор|так и не|не вернули|ждём|ждем|прошло (?:\\p{L}+ )?недел\\p{L}*|прошёл месяц|прошел месяц',
      zh: '还没退|至今|没退|一直没|到现在|不退|不给退',
    },
    also: {
      de: 'abgebucht|abbuchung|belastet|kreditkart\\p{L}*|abrechnung|€',
      fr: 'débit\\p{L}*|prélev\\p{L}*|factur\\p{L}*|relevé|€',
      es: 'cobr\\p{L}*|carg\\p{L}*|tarjeta|€|pesos',
      ru: 'списа\\p{L}*|снял\\p{L}*|карт\\p{L}*|₽|руб\\p{L}*',
      zh: '扣|收了|元|块',
    },
    unless: {
      en: 'refund (?:came|arrived|went through)|(?:got|get) (?:it|the money|my money) back|refunded (?:it )?(?:straight away|immediately|the same day|within)',
      de: 'sofort (?:erstattet|zurück)|geld (?:kam|ist) zurück|wurde (?:sofort |umgehend )?(?:erstattet|storniert)',
      fr: 'remboursé (?:aussitôt|rapidement|le jour même|tout de suite)|argent (?:est )?revenu',
      es: 'me (?:lo )?devolvieron (?:enseguida|al momento|rápido)|ya me devolvieron',
      ru: 'вернули (?:сразу|быстро|в тот же день)|деньги вернулись',
      zh: '当场退|马上退|很快退|已经退',
    },
  },
  {
    name: 'paid cash, called unpaid',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    a: {
      en: 'cash|atm receipt|paid (?:in full|at the (?:bar|counter|till|desk))',
      de: 'bar (?:bezahlt|gezahlt|gegeben)|in bar|bargeld|cash',
      fr: 'en (?:cash|espèces|liquide)|payé en|cash|espèces',
      es: 'efectivo|en mano|cash',
      ru: 'налич\\p{L}*|в руки',
      zh: '现金|给了(?:她|他)',
    },
    b: {
      en: "(?:walked out|left|leaving) without paying|unpaid|hadn'?t paid|had not paid|didn'?t pay|not paid|never (?:rang|rung|put) it (?:in|through)|didn'?t ring it|pocketed|outstanding balance",
      de: 'nicht bezahlt|(?:rechnung|betrag|zeche)[^.!?]{0,20}(?:noch )?offen|noch offen|nachzahlen|zeche geprellt|ohne zu (?:zahlen|bezahlen)|eingesteckt|steckt (?:es|das geld) ein',
      fr: "pas payé|impayé\\p{L}*|sans payer|réclam\\p{L}* (?:la note|l'addition|le paiement|le règlement)|pas passé (?:le ticket|en caisse)|empoch\\p{L}*",
      es: 'no (?:había|habíamos|hemos|he) pagado|sin pagar|reclam\\p{L}* el pago|nunca lo registr\\p{L}*|no lo registr\\p{L}*|se lo (?:quedó|guardó)',
      ru: 'не оплатил\\p{L}*|не оплачен\\p{L}*|неоплачен\\p{L}*|долг(?!\\p{L})|задолженн\\p{L}*|не пробил\\p{L}*|нет в базе|в базе (?:меня )?нет|в карман',
      zh: '催款|没收到(?:这笔|钱)|没付钱|未付|欠款|补交|补钱|没入账|揣兜|装进(?:自己)?口袋',
    },
  },
  {
    name: 'work paid for, not done',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: {
      en: 'as i asked|(?:gave|handed) (?:me )?the old (?:\\p{L}+ )?(?:back|in a box|in a bag)|in my boot|still (?:good|fine|ok)|no need',
      de: 'mitgegeben|noch gut|nicht nötig',
      fr: 'montré les anciennes|encore bons|encore bonnes|pas besoin',
      es: 'me enseñaron (?:las|los) viej|todavía estaban bien|no hacía falta',
      ru: 'отдали мне|ещё (?:походят|хорошие|нормальные)|еще (?:походят|хорошие|нормальные)|не нужно',
      zh: '给我装袋|还能用|不用换',
    },
    a: {
      en: 'replac\\p{L}*|new (?:\\p{L}+ ){0,2}(?:pads|rotors|discs|clutch|battery|tyres|tires|filters?|parts?|belt|brakes)|fitted|paid (?:[$£€]\\s?)?\\d',
      de: 'gewechselt|wechsel\\p{L}*|getauscht|ersetzt|neue[nrs]?(?!\\p{L})|erneuert|bezahlt',
      fr: 'chang(?:er|é|és|ée|ées)(?!\\p{L})|remplac\\p{L}*|neu(?:f|ve|fs|ves)(?!\\p{L})|payé',
      es: 'cambi(?:o|ar|aron|ó)(?!\\p{L})|reemplaz\\p{L}*|nuev[oa]s?(?!\\p{L})|pagué|cobraron',
      ru: 'замен\\p{L}*|поменял\\p{L}*|новы\\p{L}*|оплатил\\p{L}*|заплатил\\p{L}*',
      zh: '花了|付了|收了|写着换|账单|单子上',
    },
    b: {
      en: '(?:still|same) (?:\\p{L}+ ){0,2}(?:original|old|rusty|worn)|old (?:\\p{L}+ ){0,2}(?:is|are|was|were) still|(?:is|are|was|were) (?:still )?the (?:same|original|old)(?! price)|never (?:replaced|changed|fitted|touched) (?:it|them|the)|original from \\d{4}',
      de: '(?:ist|sind|war|waren) (?:noch )?(?:die |der |das )?(?:alten?|originale?|uralt)(?!\\p{L})|original von \\d{4}|noch (?:die|der|das) alten?(?!\\p{L})|nie (?:gewechselt|getauscht|ersetzt)',
      fr: "toujours (?:ceux|celles|celui|celle)(?!\\p{L})|ce sont (?:toujours )?(?:les mêmes|ceux|celles)(?!\\p{L})|(?:ceux|celles|pièces|toujours) d'origine|jamais (?:été )?(?:changé|remplacé)\\p{L}*",
      es: '(?:son|eran|siguen siendo) (?:los |las )?(?:originales|mismos|mismas|viejos|viejas)(?!\\p{L})|nunca (?:los |las |lo |la )?(?:cambiaron|reemplazaron)|original de fábrica|nunca existieron',
      ru: '(?:колодки|диски|фильтр\\p{L}*|ремень|масло|детал\\p{L}*|запчаст\\p{L}*|амортизатор\\p{L}*|свечи|пломб\\p{L}*)[^.!?,;]{0,25}(?:старые|старый|старая|те же|тот же|родные|заводские|только одна)|не меняли|не заменили|даже не трогали',
      zh: '还是旧的|还是原来的|还是原厂|根本没换|(?:都|也)没(?:有)?换|不是新的',
    },
  },
  {
    name: 'made-up sale',
    category: 'fraud',
    maxStars: 3,
    window: 2,
    unless: {
      en: 'really was|genuine|price history',
      de: 'wirklich|tatsächlich|echt(?:er|e)? rabatt',
      fr: 'vraiment|réellement',
      es: 'de verdad|realmente|costaba lo que',
      ru: 'действительно|настоящ\\p{L}*|следил',
      zh: '确实|一直关注',
    },
    a: {
      en: '\\d+ ?% off|sale(?!\\p{L})|discount\\p{L}*|rrp|was (?=[$£€]\\s?\\d)',
      de: '-?\\d+ ?%|streichpreis|angebot|rabatt|reduziert|statt',
      fr: '-?\\d+ ?%|soldé\\p{L}*|soldes|prix barré|promo\\p{L}*|réduction',
      es: '-?\\d+ ?%|descuento\\p{L}*|black friday|rebaja\\p{L}*|oferta|antes \\d',
      ru: 'скидк\\p{L}*|акци\\p{L}*|-?\\d+ ?%|было \\d|распродаж\\p{L}*',
      zh: '原价|现价|打折|折扣|五折|优惠|活动价|限时',
    },
    b: {
      en: "made[ -]up|invented|fake (?:sale|discount|price|'?was'?)|same price (?:it was|as (?:it was|before|last))|bogus|inflated (?:the )?(?:was|original)",
      de: 'erfunden|fake|(?:gleiche|gleichen|derselbe|denselben|selben) preis|normalpreis|verarsche|vorher (?:hochgesetzt|erhöht)',
      fr: 'inventé\\p{L}*|bidon|(?:le )?même prix|faux prix|fausse promo|gonfl\\p{L}*',
      es: 'mismo precio|inventad\\p{L}*|falso descuento|descuento falso|(?:subieron|suben|inflaron) (?:el )?precio|cachondeo|tomadura de pelo',
      ru: 'накрутил\\p{L}*|без всякой скидки|(?:та же|тот же|ту же|той же) цен\\p{L}*|липов\\p{L}*|фейков\\p{L}*|выдают за\\p{L}*',
      zh: '先涨价|一直(?:就)?卖|本来就卖|假折扣|虚假|涨价再',
    },
  },
  {
    name: 'discount for a good review',
    category: 'fraud',
    maxStars: 5,
    window: 2,
    a: {
      en: 'five[- ]stars?|5[- ]stars?|5★|good review|positive review|(?:a |the )?review',
      de: 'fünf sterne|5 sterne|5★|bewertung\\p{L}*|rezension',
      fr: 'cinq étoiles|5 étoiles|5★|avis(?!\\p{L})',
      es: 'cinco estrellas|5 estrellas|5★|reseña\\p{L}*|opinión',
      ru: 'отзыв\\p{L}*|пять звезд|пять звёзд|5 звезд|5 звёзд|5★|пят[её]рк\\p{L}*',
      zh: '好评|五星|点评|评价',
    },
    b: {
      en: '\\d+ ?% off|discount|free (?:\\p{L}+ )?(?:drink|dessert|coffee|meal|night|session)|voucher',
      de: 'rabatt|\\d+ ?%|gratis|umsonst|gutschein',
      fr: 'réduction|remise|\\d+ ?%|offert\\p{L}*|gratuit\\p{L}*',
      es: 'descuento|\\d+ ?%|gratis|invitamos|regal\\p{L}*',
      ru: 'скидк\\p{L}*|\\d+ ?%|бесплатн\\p{L}*|в подарок|подарим',
      zh: '打折|八折|九折|七折|免费|返现|抵扣|送(?:一|个|份|杯)',
    },
    also: {
      en: 'offer\\p{L}*|asked (?:us|me)|promised|if (?:we|i|you) (?:left|leave|wrote|write|post|posted|gave|give)|in (?:exchange|return)|wanted (?:us|me) to|told (?:us|me) to',
      de: 'angeboten|bot (?:uns|mir)|gebeten|wenn (?:wir|ich|man)|im gegenzug|dafür',
      fr: 'propos\\p{L}*|demandé|si (?:on|nous|je|vous) (?:laiss|mett|écri)\\p{L}*|en échange',
      es: 'ofrec\\p{L}*|pidi\\p{L}*|si (?:dejábamos|dejamos|ponemos|poníamos|escribimos|dejas|pones)|a cambio',
      ru: 'предлож\\p{L}*|попросил\\p{L}*|просил\\p{L}*|напишите|оставьте|поставьте|за (?:отзыв|пять|5)',
      zh: '可以|让我们|就送|就打|就给|写|发|刷',
    },
  },
  {
    name: 'a same-sex couple told apart',
    category: 'discrimination',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'by mistake|without a fuss|no problem|moved us (?:from|to)|upgraded',
      de: 'versehentlich|aus versehen|ohne aufpreis|problemlos|ohne probleme',
      fr: "par erreur|sans qu'on demande|sans problème|surclass",
      es: 'por error|sin problema|nos cambiaron',
      ru: 'по ошибке|без вопросов|без проблем',
      zh: '订错|二话不说|没问题|升级',
    },
    a: {
      en: 'two (?:men|women|guys|girls|lads)|gentlemen|same[- ]sex',
      de: 'zwei (?:frauen|männer|mädels|jungs)|gleichgeschlechtlich\\p{L}*',
      fr: 'deux (?:hommes|femmes|mecs|filles)|entre (?:hommes|femmes)',
      es: 'dos (?:hombres|mujeres|chicos|chicas)',
      ru: 'двое (?:мужчин|парней|девушек)|два (?:парня|мужчины)|две (?:девушки|женщины)',
      zh: '两个男|两个女|同性',
    },
    b: {
      en: 'twin|two (?:single )?beds|separate beds|single beds|(?:asked|told) (?:us|me) to (?:leave|stop|go)|family (?:place|restaurant|establishment)',
      de: 'einzelbett\\p{L}*|einzelzimmer|getrennte betten|so was|familienbetrieb|familienrestaurant',
      fr: 'lits (?:séparés|jumeaux|simples)|deux lits|chambres séparées|restaurant familial|faire ça ailleurs',
      es: 'dos camas|camas separadas|sitio familiar|lugar familiar|eso aquí no',
      ru: 'две кровати|раздельн\\p{L}* кроват\\p{L}*|не устраивать|семейн\\p{L}* (?:заведени|ресторан|кафе)\\p{L}*',
      zh: '双床|两张床|标间|这种|家庭餐厅',
    },
  },
  {
    name: 'refused, then someone else got it',
    category: 'discrimination',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'same answer|either|as well|also (?:got|told)|waiting list|for cancellations',
      de: 'auch (?:\\p{L}+ ){0,4}kein\\p{L}*|warteliste|genauso',
      fr: "non plus|liste d'attente|pareil",
      es: 'tampoco|lista de espera|lo mismo',
      ru: 'тоже|лист ожидания|так же',
      zh: '也是没有|也没有|记下我名字|有退房就通知',
    },
    a: {
      en: 'fully booked|no (?:longer )?(?:available|slots?|rooms?|tables?)|not available|unavailable|already (?:let|rented|taken|gone|booked)|no vacanc\\p{L}*',
      de: 'ausgebucht|nicht mehr (?:frei|verfügbar|zu haben)|vergeben|keine (?:termine|neuen patienten|zimmer|wohnung)|kein termin',
      fr: 'plus disponible|pas disponible|complet|déjà (?:loué|pris|réservé)|plus de place',
      es: 'ya (?:estaba|está) alquilad\\p{L}*|no (?:había|hay) (?:sitio|hueco|cita|disponibilidad)|complet\\p{L}*|no disponible|ocupad\\p{L}*',
      ru: 'уже сдан\\p{L}*|занят\\p{L}*|нет (?:мест|свободных|записи|номеров)|мест нет',
      zh: '满房|满了|没档期|没有位置|没位置|约满|没房',
    },
    b: {
      en: '(?:mate|friend|colleague|sister|brother|partner|husband|wife|coworker|flatmate)[^.!?]{0,80}(?:later|after)[^.!?]{0,60}(?:got|was (?:free|available)|available|booked|slot|offered)',
      de: '(?:kollege|kollegin|freund|freundin|schwester|bruder|partner\\p{L}*|mann|frau)[^.!?]{0,80}(?:später|danach|selben tag|gleichen tag)[^.!?]{0,60}(?:bekommen|frei|verfügbar|termin)|(?:später|selben tag|gleichen tag)[^.!?]{0,60}(?:kollege|kollegin|freund\\p{L}*|schwester|bruder)[^.!?]{0,60}(?:bekommen|frei|verfügbar|termin)',
      fr: '(?:collègue|ami|amie|sœur|frère|conjoint\\p{L}*|copain|copine|mari|femme)[^.!?]{0,80}(?:après|plus tard|rappel\\p{L}*)[^.!?]{0,60}(?:dispo\\p{L}*|libre|proposé|visite|obtenu)',
      es: '(?:pareja|amig\\p{L}*|compañer\\p{L}*|herman\\p{L}*|marido|mujer|novi\\p{L}*)[^.!?]{0,80}(?:después|más tarde|luego)[^.!?]{0,60}(?:libre|disponible|cita|hueco|consigui\\p{L}*)',
      ru: '(?:подруг\\p{L}*|друг\\p{L}*|коллег\\p{L}*|сестр\\p{L}*|брат\\p{L}*|муж\\p{L}*|жена)[^.!?]{0,80}(?:через|позже|потом)[^.!?]{0,60}(?:свобод\\p{L}*|записал\\p{L}*|есть|дали)',
      zh: '(?:朋友|同事|姐|妹|老公|老婆|男朋友|女朋友)[^。！？]{0,40}(?:查|打|问|订)[^。！？]{0,30}(?:还有|有房|能订|可以订|有位置|空着)',
    },
    also: {
      en: 'name|accent|surname|hijab|headscarf|turban|wheelchair|(?:my|her|his|their) age|voice',
      de: 'name\\p{L}*|akzent|kopftuch|alter(?!\\p{L})|rollstuhl|herkunft|\\(\\d{2}\\)',
      fr: 'nom(?!\\p{L})|accent|voile|foulard|fauteuil|âge',
      es: 'acento|apellido|nombre|velo|hiyab|silla de ruedas|edad',
      ru: 'фамили\\p{L}*|имя|имени|акцент\\p{L}*|хиджаб\\p{L}*|платк\\p{L}*|коляск\\p{L}*|возраст\\p{L}*|паспорт\\p{L}*',
      zh: '身份证|名字|口音|新疆|西藏|少数民族|轮椅|年纪|岁',
    },
  },
  {
    name: 'refused for who they are',
    category: 'discrimination',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'for everyone|to everyone|applies to all|for all guests|pets',
      de: 'für alle|steht (?:auch )?so auf der website|haustiere',
      fr: 'pour tout le monde|pour tous|animaux',
      es: 'para todos|mascotas',
      ru: 'для всех|животн\\p{L}*',
      zh: '对所有人|所有人都|宠物',
    },
    a: {
      en: 'muslims?|jewish|jews|hijab|headscarf|turban|kippah|wheelchair|disabled|blind|deaf|autistic|gay|lesbian|trans(?:gender)?|(?:asian|black|brown) (?:lads|guys|men|women|people|customers|friends?|family)|arabs?|immigrants?|foreigners?|guide dog|assistance dog|pregnant|(?:your|my|her|his) age|pensioners?|elderly',
      de: 'türk\\p{L}*|araber\\p{L}*|muslim\\p{L}*|kopftuch|turban|kippa|rollstuhl\\p{L}*|behindert\\p{L}*|gehörlos\\p{L}*|\\p{L}*führhund\\p{L}*|blindenhund|ausländer\\p{L}*|schwul\\p{L}*|lesb\\p{L}*|schwanger\\p{L}*',
      fr: 'arabe\\p{L}*|musulman\\p{L}*|voile|foulard|kippa|fauteuil roulant|handicap\\p{L}*|aveugle|sourd\\p{L}*|chien[- ]guide|étranger\\p{L}*|homo\\p{L}*|lesbienne\\p{L}*|enceinte|senior\\p{L}*|\\d{2} ans',
      es: 'árabes?|musulman\\p{L}*|velo|hiyab|silla de ruedas|minusválid\\p{L}*|discapacitad\\p{L}*|sord[oa]s?|cieg[oa]s?|extranjer\\p{L}*|gitan\\p{L}*|indígena|gay|lesbiana|embarazada|abuelit[oa]|ancian[oa]s?',
      ru: 'кавказ\\p{L}*|дагестан\\p{L}*|махачкал\\p{L}*|чечен\\p{L}*|нерусск\\p{L}*|приезж\\p{L}*|инвалид\\p{L}*|на коляске|колясочник\\p{L}*|хиджаб\\p{L}*|мусульман\\p{L}*|беремен\\p{L}*|вашим',
      zh: '新疆|西藏|维吾尔|回族|少数民族|黑人|外地人|外国人|轮椅|残疾|盲人|导盲犬|聋|孕妇|同性|女的|岁以上',
    },
    b: {
      en: "not tonight|(?:you|she|he|they|we)(?:'re| are)? not (?:allowed|welcome)|(?:we|they) (?:don'?t|do not|won'?t) (?:serve|take|allow|rent to|do) (?:people|your|you|them|that|this|their)|take (?:that|it) off|wouldn'?t (?:even )?(?:show|serve|let) (?:me|us|her|him)",
      de: '(?:vermieten|bedienen|nehmen|lassen|wollen) wir (?:\\p{L}+ ){0,2}nicht|wir (?:vermieten|bedienen|nehmen) (?:\\p{L}+ ){0,2}(?:nicht|keine)|nicht erwünscht|abgewiesen|abgewimmelt|richtig deutsch|nur stammgäste|nicht im weg',
      fr: "(?:on|nous) ne (?:sert|servons|prend|prenons|loue|louons|accepte|acceptons)|pas (?:les )?bienvenu\\p{L}*|refus\\p{L}*|pas d'assurance|vous pouvez bien monter",
      es: 'no (?:aceptamos|atendemos|alquilamos|servimos|admitimos|dejamos)|se neg(?:ó|aron) a|no (?:le|les|nos) dejaron (?:entrar|pasar)|junto al baño|no tiene tiempo para eso|esto no es un hospital',
      ru: 'нельзя|не пускаем|не обслуживаем|не сда[её]м|не для (?:вас|инвалидов|таких)|не пустил\\p{L}*|не больница',
      zh: '不做这种|不收|不接待|不让(?:进|住|我们)|不能进|不欢迎|别在大厅|占地方|看颜色就行',
    },
  },
  {
    name: 'a slur at the door',
    category: 'discrimination',
    maxStars: 4,
    window: 1,
    a: {
      es: '(?:moros?|negros?|gitanos?|sudacas?|panchitos?) no(?!\\p{L})',
      ru: '(?:вашим|черным|чёрным|кавказцам|нерусским) (?:сюда |тут |здесь )?(?:нельзя|не положено)',
    },
    b: { es: 'dij(?:o|eron)|solt(?:ó|aron)|«|"', ru: 'сказал\\p{L}*|«|"|:' },
  },
  {
    name: 'touched or propositioned by staff',
    category: 'discrimination',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'asked (?:before|first|if it was ok|permission)|permission|professional|checked the pressure',
      de: 'gefragt, ob|erlaubnis|professionell',
      fr: 'permission|demandé avant|professionnel\\p{L}*',
      es: 'permiso|profesional',
      ru: 'разрешени\\p{L}*|спросил\\p{L}*,? можно|профессионал\\p{L}*',
      zh: '先问|专业',
    },
    a: {
      en: '(?:kept|keep|started) (?:\\p{L}+ ){0,2}(?:touching|brushing|rubbing|stroking)|(?:touch|brush|grop|rubb|grabb)\\p{L}* (?:my|her) (?:chest|breasts?|bum|butt|bottom|thigh|legs?|backside)|comments? (?:on|about) (?:my|her) (?:body|bum|butt|figure|chest|breasts?)|anything ["‘“’]?extra|asked (?:if|whether) i (?:had|have) a (?:boyfriend|girlfriend)',
      de: 'begrapscht|betatscht|angegrapscht|(?:an (?:den|die|der) )?(?:po|brust|oberschenkel) (?:gefasst|angefasst)|hand (?:\\p{L}+ ){0,3}(?:oberschenkel|po)|bemerkungen über (?:meinen|meine) (?:körper|figur|po|brust)',
      fr: "(?:n'arrêtait pas de|sans arrêt) (?:me )?touch\\p{L}*|me touch\\p{L}* (?:la|les|le) (?:nuque|cuisse\\p{L}*|fesse\\p{L}*|poitrine|jambe\\p{L}*|seins)|si j'avais un copain|raccompagner chez moi|mains baladeuses",
      es: 'comentarios sobre (?:mi|el) (?:culo|cuerpo|pecho|escote|trasero|figura)|tocándome|me toc(?:ó|aba) (?:el|la|las|los) (?:culo|pecho|pierna\\p{L}*|muslo\\p{L}*|trasero)|manose\\p{L}*',
      ru: 'полез(?:ла)? руками|распускал\\p{L}* руки|комментировать (?:мою|её|ее) фигуру|куда не просили',
      zh: '不该碰的地方|动手动脚|特殊项目|特殊服务|摸我|往.{0,6}摸',
    },
    b: {
      en: '\\p{L}*therapist|masseu\\p{L}*|trainer|coach|instructor|hairdresser|barber|stylist|doctor|dentist|waiter|bartender|bouncer|staff|guy|man|he',
      de: 'masseur|trainer|friseur|arzt|kellner|mitarbeiter|typ|er',
      fr: 'coiffeur|masseur|kiné|prof|moniteur|serveur|médecin|il',
      es: 'profe\\p{L}*|entrenador|monitor|masajista|fisio|peluquero|camarero|médico|doctor|él',
      ru: 'массажист|тренер|мастер|парикмахер|врач|администратор|официант|инструктор|он',
      zh: '技师|教练|师傅|老师|服务员|医生|按摩|店员|男的',
    },
  },
];

/**
 * A fact said not to have happened ("Nobody offered us a discount for a review", "not a made-up
 * discount", "Цену не накрутили", "不是先涨价再打折") is no fact: a negator in the few words before a
 * cue, within its clause.
 */
const NEGATOR: Record<AnalysisLanguage, RegExp> = {
  en: /(?<!\p{L})(?:not|no|never|nobody|no one|didn'?t|wasn'?t|weren'?t|isn'?t|hasn'?t|haven'?t)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:nicht|kein\p{L}*|nie|niemand|niemals)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:pas|jamais|personne|aucun\p{L}*|rien)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:no|nunca|nadie|ningún|ninguna|nada de|jamás)(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:не|ни|никто|никогда|нет)(?!\p{L})/iu,
  zh: /不是|没有|从来没|从没|并没|并非|没让|没人/u,
};
const CLAUSE_END = /[,;:—–(（，；：«»“”"]|(?<!\p{L})(?:but|aber|mais|pero|но|а)(?!\p{L})|但/giu;
const NEGATION_REACH = 25;

/** The business put it right: the phone brought back, the deposit paid in full, the charge reversed, an apology. */
const RESOLVED: Record<AnalysisLanguage, RegExp> = {
  en: /turned out|(?:brought|handed|gave|sent|paid) (?:it|them) (?:back|to me)|(?<!not |never |n't )(?:it|they|deposit|money) (?:was|were|came) back|back in my account|in full|apologi[sz]\p{L}*|reversal|reversed|(?:had|'d) (?:put|kept|moved|taken|left) (?:it|them)|by mistake|in error|(?:that's|it's) the bank|bank's (?:fault|side)/iu,
  de: /brachte (?:es|sie|ihn)|gab (?:es|sie|ihn) (?:mir|uns)|zurückgegeben|entschuldigt\p{L}*|storniert|vollständig|aufgehoben|beleg gezeigt|quittung gezeigt|liegt an der bank/iu,
  fr: /(?:l'|les )avai(?:t|ent) (?:mis|rangé|gardé)\p{L}*|mis de côté|nous l'a (?:intégralement )?(?:rendue?|virée?)|excus\p{L}*|intégralement|lancé le remboursement|montré le reçu|par erreur|c'est la banque/iu,
  es: /(?:lo|la|los|las) había(?:n)? guardado|(?<!no )(?:nos |me )?(?:la |lo )?devolvi(?:ó|eron) entera|disculp\p{L}*|anularon|al ver el recibo|se había caído|recuper\p{L}*|por error|cosa del banco/iu,
  ru: /оказалось|(?<!не )принес\p{L}*|(?<!не )принёс\p{L}*|извинил\p{L}*|оформил\p{L}* возврат|по ошибке|вернули (?:всё|все|полностью|целиком)/iu,
  zh: /原来是|后来才知道|全额到账|撤销|道歉|没同步|帮我收|银行的问题/u,
};

/** The first match of `re` in `text` that no negator before it in its clause denies, or undefined. */
function affirmed(re: RegExp, text: string, lang: AnalysisLanguage): RegExpExecArray | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let lead = text.slice(Math.max(0, m.index - NEGATION_REACH), m.index);
    let cut = -1;
    for (const e of lead.matchAll(CLAUSE_END)) cut = e.index + e[0].length;
    if (cut >= 0) lead = lead.slice(cut);
    // A negator inside the cue is the cue's own ("never returned", "не вернули"): only what comes before counts.
    if (!NEGATOR[lang].test(lead)) {
      re.lastIndex = 0;
      return m;
    }
  }
  re.lastIndex = 0;
  return undefined;
}

interface CompiledClaim {
  claim: Claim;
  a: RegExp;
  b: RegExp;
  also?: RegExp;
  unless?: RegExp;
}

const compiled = new Map<AnalysisLanguage, CompiledClaim[]>();

function claimsFor(lang: AnalysisLanguage): CompiledClaim[] {
  let out = compiled.get(lang);
  if (!out) {
    const boundary = lang === 'zh' ? '' : '(?<![\\p{L}\\p{N}])';
    const re = (s: string | undefined, flags = 'iu'): RegExp | undefined => (s ? cueRegExp(s, boundary, flags) : undefined);
    out = [];
    for (const claim of CLAIMS) {
      const a = re(claim.a[lang], 'giu');
      const b = re(claim.b[lang], 'giu');
      if (!a || !b) continue;
      out.push({ claim, a, b, also: re(claim.also?.[lang]), unless: re(claim.unless?.[lang]) });
    }
    compiled.set(lang, out);
  }
  return out;
}

/** The first claim the review tells, or `undefined`. `cut` shortens the evidence sentence. */
export function claimUrgent(text: string, lang: AnalysisLanguage, cut: (sentence: string) => string, stars?: number): UrgentSignal | undefined {
  const claims = claimsFor(lang).filter((c) => stars === undefined || stars <= c.claim.maxStars);
  if (claims.length === 0) return undefined;
  const { sentences, lowered } = sentencesOf(text);
  const whole = text.toLowerCase();
  const resolved = RESOLVED[lang].test(whole);
  for (const c of claims) {
    if (c.unless?.test(whole) || (c.claim.resolvable && resolved)) continue;
    for (let i = 0; i < lowered.length; i++) {
      const window = c.claim.window === 2 && i + 1 < lowered.length ? [i, i + 1] : [i];
      const joined = window.map((k) => lowered[k]!).join(' ');
      const b = affirmed(c.b, joined, lang);
      if (!b || (c.also && !c.also.test(joined))) continue;
      // The two facts are two: "no cambiaron" is no replacement and its absence at once.
      if (!affirmed(c.a, joined.slice(0, b.index) + ' '.repeat(b[0].length) + joined.slice(b.index + b[0].length), lang)) continue;
      const at = window.find((k) => affirmed(c.b, lowered[k]!, lang)) ?? i;
      return { category: c.claim.category, evidence: cut(sentences[at]!) };
    }
  }
  return undefined;
}
