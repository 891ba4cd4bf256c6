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
 * - marked delivered, never came ("angeblich zugestellt … niemand hat geklingelt", "显示已送达…根本没收到");
 * - belongings held until paid more: one fact ("иначе не открою багажник", "sonst kommen die Möbel
 *   nicht raus", "不加钱就不卸货");
 * - used sold as new: refurbished, second-hand or someone else's iCloud, and "brand new", "sealed",
 *   "precintado";
 * - short weight: weighed at home, and the shortfall ("en casa … eran 720 gramos", "回家一称…只有");
 * - a note swapped for a fake: one fact ("me hizo el cambiazo", "假钞");
 * - fuel charged though the car went back full ("a $65 refuelling fee when I brought it back full",
 *   "ticket de la station à l'appui");
 *
 * and, from `urgent-discrimination.ts`, discrimination and harassment told without the word.
 *
 * Each claim holds up to a star rating (a deposit or a wallet lost is told in 4★ reviews of a
 * lovely stay; a sale or a repair claim in a 4★ review was praise with a grumble). Like the
 * billing claims it is a last resort, after the phrases, the model and the concepts, and shows its
 * evidence: the sentence with the second fact. Pure and synchronous; every pattern is linear.
 */
import type { AnalysisLanguage, UrgentCategory, UrgentSignal } from './types';
import { cueRegExp, sentencesOf } from './urgent-billing';
import { DISCRIMINATION_CLAIMS } from './urgent-discrimination';
import { jokingOr } from './urgent-cues';

export interface Claim {
  name: string;
  category: UrgentCategory;
  /** The highest star rating the claim holds in (reviews without stars always). */
  maxStars: number;
  /** Sentences the two facts may span: 1 (the same sentence), 2 (it and the next) or 3. */
  window: 1 | 2 | 3;
  /** The two facts, per language; both within the window, in any order. A claim without `b` is one fact. */
  a: Partial<Record<AnalysisLanguage, string>>;
  b?: Partial<Record<AnalysisLanguage, string>>;
  /** A third cue the same stretch must hold in the languages that name one (the asking, for a review bought with a discount). */
  also?: Partial<Record<AnalysisLanguage, string>>;
  /** Anywhere in the review, these undo the claim (the phone turned up, the deposit came back). */
  unless?: Partial<Record<AnalysisLanguage, string>>;
  /** A story of money or belongings that the business put right (RESOLVED) is no claim. */
  resolvable?: boolean;
  /** In a review without stars or of 4★ or more, the claim stands only if the review also complains (COMPLAINT). */
  needs?: 'complaint';
  /** How far before a cue (in characters, within its clause) a negator denies it; NEGATION_REACH unless set. */
  reach?: number;
}

const FRAUD_CLAIMS: readonly Claim[] = [
  {
    name: 'deposit kept',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    a: {
      en: '(?:security |damage )?deposit|bond',
      de: 'kaution|anzahlung|reservierungsgebühr|bearbeitungsgebühr',
      fr: 'caution|dépôt (?:de (?:garantie|sécurité|\\d)|pour)|acompte|arrhes|garantie(?: de loyer)?',
      es: 'fianza|dep[oó]sito',
      ru: 'залог~',
      zh: '押金|定金|订金',
    },
    b: {
      en: "kept(?= (?:the |our |my )?(?:whole |entire |full )?(?:£|€|\\$)?\\d)|kept(?= (?:the (?:whole |entire |full )?(?:deposit|bond|money|lot)|our|my|all|every|it(?! open)))|keeping (?:the|our|my|it)|withh[eo]ld~|won'?t (?:return|give (?:it )?back|refund)|(?:hasn'?t|haven'?t|has not|have not|never|not) (?:been )?(?:returned|refunded|given (?:it )?back|seen (?:it|a penny|a cent))|still (?:no|not|waiting|hasn'?t|haven'?t)|no (?:explanation|reason given)|without (?:any )?(?:explanation|reason)|(?:it'?s|it has) (?:now )?been @2(?:weeks|months)|gone (?:completely )?silent|nobody (?:answers|replies|responds|gets back)",
      de: "einbehalten|behält|behielt|behalten|(?:immer )?noch nicht|nicht zurück~|nie zurück~|ohne (?:jede |jegliche )?(?:begründung|erklärung)|keine (?:begründung|erklärung)|bis heute nicht|jetzt sind es @2(?:wochen|monate)|(?:antwortet|reagiert|meldet sich) @3nicht|niemand (?:antwortet|meldet sich|reagiert)|geld gibt'?s nicht zurück|nicht erstattungsfähig",
      fr: "(?:a|ont|avait|avaient) gardé (?:la|l'|les|notre|nos|ma|mon|toute|tout|\\d)|garde (?:la|les|notre|ma|mon|nos|toute|tout)#|encaiss~|conserv~|retenu~|jamais (?:été )?(?:rendu|remboursé|restitué)~|pas (?:été )?(?:rendu|remboursé|restitué)~|toujours pas|toujours rien|sans (?:aucune )?(?:justification|explication|raison)|ça fait @3(?:semaines?|mois)|m'a bloqué~|(?:ne )?répond plus|personne ne (?:me |nous )?répond~|gard(?:e|é|ait) \\d|sans une seule photo|refuse de (?:me |nous )?(?:le |la |les )?rendre",
      es: 'qued(?:ó|aron|an|a) con|se (?:la|lo) qued~|no (?:nos |me )?(?:la |lo )?(?:devolvi~|devuelv~|ha devuelto|han devuelto|regres~)|nunca (?:nos |me )?(?:la |lo )?devolvi~|sigue sin|todavía (?:no|nada)|no contesta|me ha bloqueado|me bloque(?:ó|aron)|han pasado|sin (?:ninguna )?(?:explicación|justificación|motivo)|retuv~|ya van @2(?:semanas|meses)|nadie (?:contesta|responde)|me tienen bloquead~|se (?:quedan|quedaron|queda|quedó) (?:los|las|el|la)|retien~',
      ru: 'не (?:вернул~|возвращ~|отдал~|отда[её]т|отдаст|отдают)|удержал~|оставил~ себе|до сих пор|так и не|без (?:объяснени|причин)~|(?:в whatsapp|в вотсапе|в ватсапе|везде|меня|нас) заблокировал~|заблокировал~ (?:меня|нас)|на звонки не отвеча~|прошл~ (?:\\p{L}+ )?(?:недел|месяц)~|уже (?:\\p{L}+ )?(?:недел|месяц)~|никто не (?:отвечает|перезванивает)',
      zh: '不退|没退|没有退|扣了[\\d两三四五六七八九十百千]+|全扣|全部扣|扣光|不还|没还|到现在|至今|还没|(?:一个|两个|三个|几个)多?月了|拉黑|没人(?:回|接|理)',
    },
    unless: {
      en: 'deposit (?:was |came )?(?:returned|refunded|back) (?:promptly|quickly|in full|the next|within)|got (?:the|our|my) deposit back|end of (?:lease|tenancy)|bond clean|as agreed|part of the (?:final )?(?:bill|payment|price)|(?:put )?towards the (?:bill|balance|rent)|deducted from the (?:bill|total)',
      de: 'kaution (?:kam |wurde )?(?:sofort |schnell |problemlos )?(?:zurück|erstattet)|endreinigung|wie vereinbart|verrechnet|im vertrag|laut vertrag|bis zur abreise|bis zum auszug',
      fr: 'caution (?:a été )?(?:rendue|remboursée|restituée) (?:rapidement|aussitôt|le jour)|fin de bail|comme convenu|déduit',
      es: '(?:devolvieron|devolvió) (?:la fianza|el depósito) (?:enseguida|rápido|al momento)|limpieza (?:final|de fin)|como (?:acordamos|habíamos acordado|se acordó)|descontad~ de la (?:factura|cuenta|estancia)|en el contrato|hasta la entrega de llaves',
      ru: 'пока не (?:провер|осмотр|посмотр)~|залог вернули (?:сразу|быстро)|как договаривались|зачли|зачтён|зачтен|по договору|как и положено',
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
      en: "(?:my|our|his|her|wife's|husband's|dad's|mum's|mom's) (?:\\p{L}+ )?(?:phone|watch|ring|wallet|purse|bag|camera|glasses|cash|money)|laptop|macbook|ipad|tablet#|wallet|purse|passport|jewel~|necklace|earrings|airpods|headphones|sunglasses|ray-?bans?|handbag|dash ?cam|sat ?nav|(?:£|\\$|€)?\\d+ in cash|the (?:cash|watch|money|jewellery|jewelry|ring|laptop|camera)|suitcase|luggage|rolex|seiko|omega|cartier|engagement ring",
      de: 'koffer#|gepäck#|laptop|macbook|ipad|tablet|handy|smartphone|geldbörse|portemonnaie|brieftasche|bargeld|reisepass|armbanduhr|(?:meine|seine|ihre) uhr#|schmuck|halskette|goldkette|ehering|ohrringe|kamera|airpods|kopfhörer|sonnenbrille|handtasche|sporttasche|navi#|dashcam|\\d+ ?(?:euro|€|franken|chf) aus',
      fr: "valise|bagages|ordinateur|macbook|ipad|tablette|téléphone|bracelet|gourmette|portefeuille|porte-monnaie|espèces|passeport|montre|bijou~|bague|collier|boucles d'oreilles|appareil photo|airpods|écouteurs|lunettes de soleil|sac à main|carte bleue|carte bancaire|\\d+ ?€ (?:en liquide|dans)",
      es: 'maleta|valija|equipaje|portátil|laptop|macbook|ipad|tablet|celular|móvil|cartera|billetera|monedero|efectivo|pasaporte|reloj|joya~|anillo|collar|aretes|cámara|airpods|audífonos|auriculares|lentes|gafas de sol|bolso|\\d+ (?:pesos|euros|€)|\\d+ dólares|dólares|notebook|platería',
      ru: 'чемодан~|багаж~|ноутбук|макбук|айпад|планшет|телефон|смартфон|айфон|кошел~|налич~|паспорт|часы(?! работы)|украшени~|кольц~|серьг~|цепочк~|фотоаппарат|наушник~|видеорегистратор|регистратор|\\d[\\d\\s]* ?(?:₽|руб~)',
      zh: '行李|电脑|笔记本|ipad|平板|手机|钱包|现金|护照|手表|首饰|项链|戒指|耳环|相机|耳机|墨镜|背包|手提包|行车记录仪',
    },
    b: {
      en: "(?:was|were|had|is|are) (?:all )?(?:gone|missing|taken)|went missing|(?:has|have|had) (?:gone|disappeared|vanished)|disappeared|vanished|wasn'?t there|weren'?t there|no longer there|nowhere to be found|stolen|stole|nicked|pinched|(?:was|were) empty|drove (?:off|away) with",
      de: '(?:war|waren|ist|sind)(?: \\p{L}+){0,2} weg#|weg(?=\\s*[.,!;])|verschwunden|fehlt(?:e|en)?#|nicht mehr da|(?:weggefahren|davongefahren|abgehauen) mit|mit @3(?:weggefahren|davongefahren)|geklaut|gestohlen|entwendet|(?:war|waren) leer',
      fr: "disparu~|envolé~|(?:n'était|n'étaient) plus (?:dans|sur)|manqu(?:ait|aient|e|ent)#|plus là|reparti avec|parti avec|volé~|dérobé~|introuvable~|(?:était|étaient) vides?",
      es: 'desapareci~|faltaba~|faltan|no estaba(?:n)?(?: (?:en|allí|ahí|dentro)|(?=\\s*[.,;!]|$))|ya no (?:estaba|había)(?:n)?(?! disponible)|robad~|robaron|se llevaron|se fue con|arrancó con|estaba(?:n)? vac[ií][oa]s?',
      ru: 'уехал (?:вместе )?с|укатил с|пропал~|исчез~|нет на месте|украл~|украден~|стащил~|вскрыт~|вскрыл~|(?:был~|оказал~) пуст~',
      zh: '开走了|拉走了|不见了|没了|丢了|被偷(?!拍)|被盗|偷了|找不到|空了|是空的',
    },
    unless: {
      en: 'photos|files|data#|contacts|thought (?:someone|somebody|they)|(?:it|they) (?:was|were) (?:in|under) (?:the|my)|found (?:it|them)|turned up|(?:it|they) was in my|handed (?:it|them) (?:back|in)|returned (?:it|them) to me|my (?:own )?(?:bad|mistake|fault)|false alarm|stress|worries|signal',
      de: 'dachte (?:schon|erst)|fotos|daten#|dateien|kontakte|wiedergefunden|gefunden|lag (?:im|in|unter|auf)|tauchte (?:wieder )?auf|mein fehler|stress|sorgen|füße hoch',
      fr: "photos|fichiers|données|contacts|retrouvé~|était dans (?:ma|mon)|m'(?:a|ont) été rendu~|fausse alerte|stress|soucis|réseau",
      es: 'fotos|archivos|datos#|contactos|apareci(?:ó|eron)|lo encontr~|la encontr~|estaba en (?:mi|el coche)|me (?:lo|la) devolvieron|estrés|preocupaciones|dolor',
      ru: 'фото~|файл~|данн~|контакт~|нашл(?:ась|ось|ись|и)|нашёл|нашел|нашла|оказал~ (?:в|у|под)|вернули (?:мне|его|её)|тревог~|стресс~|усталост~',
      zh: '相册|照片|聊天记录|数据|资料|找到了|找回|原来在|虚惊|信号|烦恼',
    },
  },
  {
    name: 'charged twice, not refunded',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    a: {
      en: '(?:charged|taken|took|billed|debited|ran (?:my|the) card)[^.!?]{0,30}(?:twice|double)|(?:payment|charge|transaction|direct debit) @2(?:went through|came out|went out|appeared) twice|two (?:identical )?(?:charges|payments)|double[- ]charged|charged double|two (?:[$£€]\\s?\\d+(?:[.,]\\d+)? )?charges',
      de: 'zweimal|doppelt|ein zweites mal|zweite(?:s|n)? mal',
      fr: 'deux fois|en double|une deuxième fois|une seconde fois|deux (?:débits|prélèvements)',
      es: 'dos veces|duplicad~|por duplicado|una segunda vez|otra vez el (?:mismo )?(?:cargo|importe)|volvieron a cobrar|los dos cargos',
      ru: 'дважды|два раза|повторно|второй раз|два платежа|ещё раз|еще раз|обе операции|две (?:одинаков~ )?(?:операци|списани|платеж|платёж|транзакци)~',
      zh: '两次|重复扣|扣了两|多扣|两笔|重新付了一次',
    },
    b: {
      en: "still (?:waiting|not|no|pending|there|hasn'?t|haven'?t)|(?:hasn'?t|haven'?t|has not|have not|not|never) (?:been )?(?:refunded|returned|reversed|come back|credited)|no refund|(?:both|they) (?:have )?(?:now )?cleared|won'?t refund|(?:not|stopped|never) (?:replied|replying|answering)|(?:it'?s|it has) been @2(?:days|weeks|months)|rings out|goes (?:straight )?to voicemail|nothing back",
      de: 'immer noch|noch immer|bis heute|nicht (?:erstattet|zurück~|gutgeschrieben)|antwortet (?:seit|nicht)|keine (?:antwort|erstattung|rückerstattung)',
      fr: 'toujours pas|semaines plus tard|jamais rembours~|pas (?:été )?rembours~|aucune réponse|ne répond~|toujours rien|pas (?:leur|notre) problème',
      es: 'todavía|aún no|sigo esperando|no (?:me |nos )?(?:lo |la |los )?(?:han )?devuel~|nadie (?:me )?responde|no contestan|ya van @2(?:días|semanas|meses)|sin mi dinero',
      ru: 'висит|до сих пор|так и не|не вернули|ждём|ждем|прошло (?:\\p{L}+ )?недел~|прошёл месяц|прошел месяц|уже (?:\\p{L}+ )?(?:день|дня|дней|недел~|месяц~)|ожидайте',
      zh: '还没退|至今|没退|一直没|到现在|不退|不给退|一分钱没退',
    },
    also: {
      de: 'abgebucht|abbuchung|belastet|kreditkart~|abrechnung|€',
      fr: 'débit~|prélev~|factur~|relevé|€',
      es: 'cobr~|carg~|tarjeta|€|pesos',
      ru: 'списа~|снял~|карт~|₽|руб~',
      zh: '扣|收了|元|块',
    },
    unless: {
      en: 'realis~|realiz~|my (?:own )?(?:mistake|fault)|refund (?:came|arrived|went through)|(?:got|get) (?:it|the money|my money) back|refunded (?:it )?(?:straight away|immediately|the same day|within)',
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
      ru: 'налич~|в руки',
      zh: '现金|给了(?:她|他)',
    },
    b: {
      en: "(?:walked out|left|leaving) without paying|unpaid|hadn'?t paid|had not paid|didn'?t pay|not paid|never (?:rang|rung|put) it (?:in|through)|didn'?t ring it|pocketed|outstanding balance",
      de: 'nicht bezahlt|(?:rechnung|betrag|zeche)[^.!?]{0,20}(?:noch )?offen|noch offen|nachzahlen|zeche geprellt|ohne zu (?:zahlen|bezahlen)|eingesteckt|steckt (?:es|das geld) ein',
      fr: "pas payé|impayé~|sans payer|réclam~ (?:la note|l'addition|le paiement|le règlement)|pas passé (?:le ticket|en caisse)|empoch~",
      es: 'no (?:había|habíamos|hemos|he) pagado|sin pagar|reclam~ el pago|nunca lo registr~|no lo registr~|se lo (?:quedó|guardó)',
      ru: 'не оплатил~|не оплачен~|неоплачен~|долг#|задолженн~|не пробил~|нет в базе|в базе (?:меня )?нет|в карман',
      zh: '催款|没收到(?:这笔|钱)|没付钱|未付|欠款|补交|补钱|没入账|揣兜|装进(?:自己)?口袋',
    },
  },
  {
    name: 'work paid for, not done',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 3,
    unless: {
      en: 'as i asked|at first i (?:was|thought)|i was wrong|(?:gave|handed) (?:me )?the old (?:\\p{L}+ )?(?:back|in a box|in a bag)|in my boot|still (?:good|fine|ok)|no need',
      de: 'mitgegeben|noch gut|nicht nötig|gemessen|reichen noch|gezeigt,? dass',
      fr: "montré les anciennes|encore bons|encore bonnes|pas besoin|je n'avais demandé que|normal#",
      es: 'me enseñaron (?:las|los) viej|todavía estaban bien|no hacía falta|me enseñ~ (?:las|los) (?:viej|usad|cambiad)|con el calibre|todavía (?:sirven|aguantan)',
      ru: 'сам попросил|по моей просьбе|отдали мне|ещё (?:походят|хорошие|нормальные)|еще (?:походят|хорошие|нормальные)|не нужно|замерил~|запаса хватает|показал~,? что',
      zh: '给我装袋|还能用|不用换',
    },
    a: {
      en: 'replac~|invoice|for @2(?:pads|discs|brakes|clutch|cambelt|timing belt)|new @2(?:pads|rotors|discs|clutch|battery|tyres|tires|filters?|parts?|belt|brakes)|fitted|paid(?= for (?:it|them|the (?:\\p{L}+ )?(?:job|work|parts?|repair))| (?:[$£€]\\s?)?\\d)|needed @3(?:pads|rotors|discs|clutch|battery|belt|tyres|tires|filters?)',
      de: 'gewechselt|~wechsel~|getauscht|ersetzt|neue[nrs]?#|erneuert|bezahlt|machen lassen|rechnung',
      fr: 'chang(?:er|é|és|ée|ées|ement)#|remplac~|neu(?:f|ve|fs|ves)#|payé|factur~',
      es: 'cambi(?:o|ar|aron|ó)#|reemplaz~|nuev[oa]s?#|pagué|cobraron',
      ru: 'замен~|поменял~|менял~|новы~|оплатил~|заплатил~|отдал#',
      zh: '花了|付了|收了|写着换|账单|单子上|工单',
    },
    b: {
      en: "nothing(?:'s| had been| was| has been) (?:been )?(?:replaced|changed|done|touched)|(?:clearly |obviously )?never (?:been )?touched|same (?:lip|lipped|rust|rusty)#|(?:still|same) @2(?:original|old|rusty|worn)|old @2(?:is|are|was|were) still|(?:is|are|was|were) (?:still )?the (?:same|original|old)(?! price)|never (?:replaced|changed|fitted|touched) (?:it|them|the)|original from \\d{4}|(?:the )?original ones|the originals|still the (?:old|original) ones?",
      de: '(?:ist|sind|war|waren) (?:\\p{L}+ )?(?:noch )?(?:die |der |das )?(?:alten?|originale?|uralt)#|original von \\d{4}|noch (?:die|der|das) alten?#|nie @2(?:gewechselt|getauscht|ersetzt)|gar ?nichts @2(?:getauscht|gewechselt|gemacht)|(?:ist|sind|war|waren) nie im leben neu|klebt noch (?:der|ein) aufkleber|nie offen|(?:kleber|siegel|aufkleber) @4(?:komplett |völlig )?unberührt',
      fr: "toujours (?:ceux|celles|celui|celle)#|ce sont (?:toujours )?(?:les mêmes|ceux|celles)#|(?:ceux|celles|pièces|toujours) d'origine|jamais (?:été )?(?:changé|remplacé)~|(?:sont|étaient) (?:toujours )?les mêmes(?! prix)|pas touché~|jamais (?:été )?fait~|toujours (?:mes|les|ses) (?:vieux|vieilles|anciens|anciennes)|toujours l'ancien~|toujours en place|exactement le même (?:chiffre|pourcentage|niveau)",
      es: '(?:son|eran|siguen siendo) (?:los |las )?(?:originales|mismos|mismas|viejos|viejas|de siempre)#|(?:el|la) mism[oa] (?:escalón|desgaste|óxido)|nunca (?:los |las |lo |la )?(?:cambiaron|reemplazaron)|original de fábrica|nunca existieron|desgaste de años',
      ru: 'стоят старые|(?:колодки|диски|стойк~|рычаг~|подшипник~|сцеплени~|аккумулятор~|фильтр~|ремень|масло|детал~|запчаст~|амортизатор~|свечи|пломб~)[^.!?,;]{0,25}(?:старые|старый|старая|те же|тот же|родные|заводские|только одна)|не меняли|не заменили|даже не трогали',
      zh: '还是旧的|还是原来的|还是原厂|根本没换|(?:都|也)没(?:有)?换|不是新的|还是原车(?:的|那套)?|还是[^，。]{0,6}旧的|还是去年|(?:内存|硬盘|配件|零件|芯片)[^，。]{0,10}(?:变成|被换|不一样)|牌子都不一样',
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
      ru: 'действительно|настоящ~|следил',
      zh: '确实|一直关注',
    },
    a: {
      en: '\\d+ ?% off|sale#|discount~|rrp|was (?=[$£€]\\s?\\d)',
      de: '-?\\d+ ?%|streichpreis|angebot|rabatt|reduziert|statt',
      fr: '-?\\d+ ?%|soldé~|soldes|prix barré|promo~|réduction',
      es: '-?\\d+ ?%|descuento~|black friday|rebaja~|oferta|antes \\d',
      ru: 'скидк~|акци~|-?\\d+ ?%|было \\d|распродаж~',
      zh: '原价|现价|打折|折扣|五折|优惠|活动价|限时',
    },
    b: {
      en: "made[ -]up|invented|fake (?:sale|discount|price|'?was'?)|same price (?:it was|as (?:it was|before|last))|bogus|inflated (?:the )?(?:was|original)",
      de: 'erfunden|fake|(?:gleiche|gleichen|derselbe|denselben|selben) preis|normalpreis|verarsche|vorher (?:hochgesetzt|erhöht)',
      fr: 'inventé~|bidon|(?:le )?même prix|faux prix|fausse promo|gonfl~',
      es: 'mismo precio|inventad~|falso descuento|descuento falso|(?:subieron|suben|inflaron) (?:el )?precio|cachondeo|tomadura de pelo',
      ru: 'накрутил~|без всякой скидки|(?:та же|тот же|ту же|той же) цен~|липов~|фейков~|выдают за~',
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
      de: 'fünf sterne|5 sterne|5★|bewertung~|rezension',
      fr: 'cinq étoiles|5 étoiles|5★|avis#',
      es: 'cinco estrellas|5 estrellas|5★|reseña~|opinión',
      ru: 'отзыв~|пять звезд|пять звёзд|5 звезд|5 звёзд|5★|пят[её]рк~',
      zh: '好评|五星|点评|评价',
    },
    b: {
      en: '\\d+ ?% off|discount|free (?:\\p{L}+ )?(?:drink|dessert|coffee|meal|night|session)|voucher',
      de: 'rabatt|\\d+ ?%|gratis|umsonst|gutschein|aufs haus|geschenkt|spendier~',
      fr: "réduction|remise|\\d+ ?%|offert~|gratuit~|enlev~|bon (?:de \\d+|d'achat)",
      es: 'descuento|\\d+ ?%|gratis|invitamos|regal~',
      ru: 'скидк~|\\d+ ?%|бесплатн~|в подарок|подарим',
      zh: '打折|八折|九折|七折|免费|返现|抵扣|送(?:一|个|份|杯)',
    },
    also: {
      en: 'offer~|asked (?:us|me)|promised|if (?:we|i|you) (?:left|leave|wrote|write|post|posted|gave|give)|in (?:exchange|return)|wanted (?:us|me) to|told (?:us|me) to',
      de: 'angeboten|bot (?:uns|mir)|gebeten|wenn (?:wir|ich|man)|im gegenzug|dafür',
      fr: 'propos~|demandé|si (?:on|nous|je|vous) (?:laiss|mett|écri|chang|modifi)~|en échange',
      es: 'ofrec~|pidi~|si (?:dejábamos|dejamos|ponemos|poníamos|escribimos|dejas|pones)|a cambio|déjanos|dejadnos|mándanos',
      ru: 'предлож~|попросил~|просил~|напишите|оставьте|поставьте|за (?:отзыв|пять|5)',
      zh: '可以|让我们|就送|就打|就给|写|发|刷',
    },
  },
  {
    name: 'counterfeit sold as genuine',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 3,
    unless: {
      en: 'fake (?:leather|fur|plants?|flowers?|grass|smile|tan|nails|lashes|news)|faux (?:leather|fur)|as described|clearly (?:labelled|marked)|(?:reviews?|smile) (?:are|seem|seems|look|looks) fake',
      de: 'kunstleder|kunstpelz|wie beschrieben|deutlich (?:gekennzeichnet|ausgezeichnet)|stand @3(?:auf dem schild|dran|drauf)|gekennzeichnet',
      fr: 'similicuir|fausse fourrure|comme indiqué|clairement indiqué',
      es: 'polipiel|piel sintética|como se describ~|indicado claramente|lo pone (?:bien )?claro|en la etiqueta',
      ru: 'экокож~|как (?:и )?(?:написано|описано)|честно (?:сказали|предупредили)|так и указано|на бирке',
      zh: '说明了是|提前说了|标明|本来就是|冲着|官方翻新',
    },
    a: {
      en: "(?:aren'?t|isn'?t|weren'?t|wasn'?t) (?:\\p{L}+ )?(?:genuine|original|authentic)|fakes?(?! (?:leather|fur|plants?|flowers?|grass|smile|tan|nails|lashes|news|reviews?))|counterfeit|knock-?offs?|not (?:genuine|original|authentic|real (?:gold|silver|leather))|(?:cheap|aftermarket|non-genuine|non-original) (?:copy|copies|part|parts|screen|battery|display)|unknown part|gold[- ]plated|(?:batch|serial|style|product) (?:code|number) @4(?:doesn'?t|does not|didn'?t|did not) exist|(?:wasn'?t|isn'?t|not) (?:real )?(?:18|14|9)[- ]?(?:carat|ct|k)#|serial (?:number )?@4(?:isn'?t|not|wasn'?t|doesn'?t) (?:registered|recogni[sz]ed|found|exist)|unable to verify @6genuine|logo (?:was |is )?(?:wonky|crooked|off-centre|off-center|misspelt|misspelled)",
      de: 'fake#|fälschung~|gefälscht~|billig~ nachbau~|(?:ist|sind|war|waren) (?:nur )?(?:ein )?nachbau~|nachgemacht~|imitat~|plagiat~|kein(?:e|en)? (?:echt|original)~|nicht (?:original|echt)#|unbekanntes teil|vergoldet~|(?:charge|chargennummer|seriennummer) @3(?:existiert nicht|gibt es nicht)|vergoldung|billig(?:er|es|e)? (?:nachbau|kopie|ersatzteil|display)|seriennummer @4nicht (?:registriert|gefunden|bekannt|auffindbar)|logo @2schief',
      fr: "fake#|contrefa~|(?:un|une|des|de) (?:faux|fausses?)#|imitation~|pas (?:d'origine|original~|authentique~|en or)|plaqué~|sans poinçon|pas de poinçon|(?:référence|numéro de (?:lot|série)) @4n'existe pas|numéro de série @3(?:inconnu|introuvable|n'existe pas|pas reconnu)|impossible de vérifier @6d'origine|impossible de vérifier @8authentique|pièce (?:inconnue|non authentique)|logo @2de travers",
      es: 'fake#|falsificad~|imitaci~|no (?:es |son |era |eran )?(?:original(?:es)?|auténtic~|de marca)#|(?:por )?(?:una|unas|unos) genéric~|(?:pantalla|batería|pieza|repuesto)s? genéric~|(?:una|un|unas|unos) réplica~|chapad~|(?:son|es|eran|era) fals[oa]s?#|(?:lote|número de serie) @3no existe|bañad~ en oro|número de serie @3no (?:aparece|existe|figura|está registrado)|no se puede verificar|pieza desconocida|código @4no existe|logo @2(?:torcido|chueco)',
      ru: 'поддел~|паль#|палён~|фальшив~|не оригинал~|неоригинал~|(?:дешёв|дешев|китайск)~ (?:аналог|подделк|копи)~|поставили аналог|позолот~|напылени~|без пробы|(?:такого )?артикул~ @3не существует|(?:батч-код|серийн~ номер|код)~ @5не совпада~|не удалось проверить|неизвестн~ (?:деталь|запчасть)|серийник~ @6не существует|такого номера не существует|логотип @2(?:криво|кривой|косо)',
      zh: '假货|高仿|仿品|山寨|组装(?:屏|电池|机)|不是(?:原装|正品|原厂|真的)|非原装|杂牌|副厂|未知部件|镀金|翻新机|翻新的|不是(?:她们|他们|专柜|官方|原厂)的(?:货|东西)|批号查不到|批号[^，。]{0,8}不存在|假药|序列号查不到|防伪码[^，。]{0,8}(?:查询过|无效|查不到)|logo(?:是)?歪的|标志歪',
    },
    b: {
      en: 'sold (?:as|to us as|me as|it as|them as)|genuine|original|authentic|100%|certificate|real (?:gold|silver|leather)|brand new|sealed',
      de: 'original~|echt~|verkauft als|zertifikat|neuware|versiegelt',
      fr: "vendu~ (?:comme|pour)|d'origine|original~|authentique~|certificat|carats?|neuf|neuve",
      es: 'vendi~ como|cobr~ como|original~|auténtic~|de marca|certificado|precintad~|nuev[oa]s?#',
      ru: 'продал~ как|как оригинал|оригинал~|сертификат~|проб~|официальн~|новы~',
      zh: '原装|正品|说是|号称|证书|专柜|全新',
    },
  },
  {
    name: 'charged for what never came',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 2,
    unless: {
      en: 'bread|cover charge|service charge|tip#|(?:bill|charges?) (?:was|were) (?:fair|correct|right|accurate)|only (?:charged|billed) (?:us )?for|actually had|(?:let|allowed) us (?:take|keep)|took it home|correctly',
      de: 'brot|gedeck|trinkgeld|korrekt|nur,? was wir (?:auch )?hatten|mitnehmen',
      fr: 'le pain|du pain|couvert|pourboire|(?:note|addition) (?:était )?juste|emport~|correct~',
      es: 'el pan|del pan|cubierto|propina|lo justo|correct~|para llevar',
      ru: 'хлеб~|обслуживани~|чаевы~|только то,? что|разрешили забрать|с собой',
      zh: '茶位|餐具|纸巾|小费|核对|贴心|没收',
    },
    a: {
      en: 'charged|billed|on the bill|on (?:my|the|our) (?:card|statement|invoice|receipt|bill)|invoice|(?:took|taken) (?:from|off) (?:my|the|our) card|came off (?:my|the|our) card|appeared on|(?:a|the) @3charge (?:turns up|turned up|appeared|for)|charge on my (?:card|visa|statement)',
      de: 'berechnet|abgerechnet|rechnung|abgebucht|belastet|kassiert|quittung|beleg|kassenzettel|zettel|abrechnung',
      fr: "factur~|compté~|débité~|prélev~|(?:la|l'|ma|notre) (?:note|addition|facture)",
      es: 'cobr~|(?:la|nuestra) cuenta|factura|ticket|cargo|cargaron',
      ru: 'в (?:счёт|счет|чек)~|вписали|насчитал~|списал~|выставил~ (?:счёт|счет)|пробил~|на кассе|посчитал~|снял~|в счёт|в счет',
      zh: '账单|结账|扣了|扣款|多出|收了|算了|信用卡|医保记录|医保',
    },
    b: {
      en: "(?:never|didn'?t|did not|hadn'?t|had not|not even|haven'?t) @2(?:ordered|opened|touched|received|arrived|used|delivered|came|asked for|consumed|drank|done|performed)|nobody (?:did|had|ordered)|nobody @2(?:scaled|cleaned|checked|touched|fitted)|which never happened|(?:that|which) (?:we|i) (?:never|didn'?t) (?:order|have|get|receive|touch|open)|(?:we|i) never (?:had|ordered|drank|ate|used)|nothing was broken|(?:we )?never opened (?:the )?minibar|none of us smoke[sd]?|nobody (?:in our (?:party|group) )?smoke[sd]?|only \\d+ of (?:the )?\\d+ items|when we (?:only )?had one|(?:which|that) i (?:never|didn'?t) ask(?:ed)? for|i never asked for",
      de: '(?:nie|nicht) @2(?:bestellt|geöffnet|angerührt|durchgeführt|geliefert)|(?:hat|hatte) (?:niemand|keiner) @3(?:gemacht|durchgeführt|bestellt)|(?:die|den|das) wir @2nie @2(?:hatten|bestellt|bekommen|getrunken|gegessen)|ich hatte (?:keine|keinen|keins)|hatten wir (?:gar )?nicht|niemand (?:von uns )?raucht|nichts (?:war )?kaputt|(?:\\d+) von (?:\\d+) (?:artikeln|sachen|teilen)|haben gefehlt|wir hatten (?:nur )?(?:eine|einen|eins)#|(?:die|das|den) ich (?:nie|nicht) (?:bestellt|verlangt|gewollt) (?:habe|hatte)',
      fr: "(?:on|nous) n'y (?:a|avons) (?:pas|jamais) touché|jamais @2(?:commandé|reçu|ouvert|touché|bu|utilisé|livré|effectué|demandé~)|(?:n'avions|n'avait|n'ai|n'avons|n'a|n'ont) @2(?:pas|jamais|même pas) @2(?:commandé|reçu|ouvert|touché|bu|utilisé|effectué|demandé~)|personne n'a (?:fait|touché|commandé)|(?:qu'on|que nous|que l'on) n'a(?:vons)? jamais @2(?:pris|eu|bu|mangé|commandé)|personne (?:de nous )?ne fume|rien (?:n'était|n'a été) cassé|\\d+ articles? sur \\d+|on en a (?:pris|bu) (?:qu')?une|que je n'ai (?:jamais|pas) demandé",
      es: '(?:nunca|no) @2(?:pedimos|pedí|abrimos|tocamos|recibimos|recibí|consumimos|bebimos|tomamos|tomé|usamos|usé|comimos|comí)|nunca (?:llegó|llegaron) a la mesa|nadie (?:hizo|pidió|tocó)|que (?:nunca|no) @2(?:pedimos|tomamos|comimos|consumimos|tuvimos|usamos)|nadie (?:de nosotros )?fuma|no rompimos nada|llegaron (?:solo )?\\d+ de \\d+|\\(?tomamos (?:solo )?una\\)?|cuando pedimos (?:uno|una)#|que (?:yo )?(?:nunca|no) (?:pedí|solicité)',
      ru: 'никто не (?:делал|заказывал|трогал|открывал)|(?:её|ее|его|их) не было(?: вообще)?|вообще не было|не (?:заказывал~|трогал~|открывал~)|(?:которую|которого|которые) никто|так и не (?:привезли|принесли|сделали)|(?:которых|которого|которой|которым) @4не (?:было|пользовал~)|не пользовал~|не брали|никто (?:из нас )?не курит|ничего не (?:разбили|сломали)|привезли (?:только )?\\d+ из \\d+|у нас (?:была|был) (?:только )?одна|я не (?:просил~|заказывал~)',
      zh: '从没(?:动|点|用|开|喝|收到)|没(?:动过|点过|用过|开过|喝过|做过)|根本没(?:点|用|做|动|收到)|都没(?:打开|动过|用过)|(?:我们)?(?:都)?不抽烟|没(?:有)?打(?:碎|破)|根本没买|没买的|没点的|根本没开|根本没(?:化妆|碰|抽)|我们只(?:点|要)了一|少送了|我(?:根本)?没(?:要|让)',
    },
  },
  {
    name: 'paid, and the business vanished',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 3,
    unless: {
      en: 'got (?:my|our|the) money back|refund (?:came|arrived|went through)|reopened|back open|on holiday|next door|opposite|across the road|neighbou?r~|stain|smell|pain',
      de: 'geld @2zurück(?:bekommen|erhalten)|wieder (?:geöffnet|offen)|urlaub|nebenan|gegenüber|fleck~|geruch',
      fr: "(?:été |bien )rembours~|rouvert|en vacances|congés|d'en face|à côté|voisin~|tache",
      es: 'nos devolvieron|me devolvieron|reabri~|vacaciones|al lado|de enfrente|vecin~|mancha',
      ru: 'деньги вернули|вернули деньги|снова открыл~|отпуск~|по соседству|напротив|пятн~',
      zh: '退回来了|已退款|重新开业|放假|淡季|隔壁|对面',
    },
    a: {
      en: 'paid|prepaid|pre-paid|deposit|(?:£|\\$|€)\\s?\\d|\\d\\s?(?:£|€)|upfront|in advance|full payment',
      de: 'bezahlt|überwiesen|anzahlung|vorkasse|im voraus|\\d+(?:[.,]\\d+)? ?€',
      fr: "payé~|versé~|acompte|arrhes|d'avance|\\d[\\d\\s]* ?€",
      es: 'pagu[ée]|pagamos|pagado|(?:de|la) reserva|señal|por adelantado|\\d[\\d.]* ?€|€ ?\\d',
      ru: 'оплат~|заплатил~|внесли|предоплат~|аванс~|\\d[\\d\\s]* ?(?:₽|руб)',
      zh: '办了|交了|付了|充了|预付|定金|年卡|会员卡|\\d+元|\\d+块',
    },
    b: {
      en: '(?:shutters?|door|office|shop|unit) @2(?:down|locked|boarded|empty)|(?:phone|number|line) @2(?:dead|disconnected|switched off)|emails? @2(?:bounce~|undeliverable)|(?:website|site) @2(?:gone|deleted|disappeared|offline)|vanished|gone (?:silent|bust|dark)|(?:ghosted|blocked) (?:me|us)|ceased trading|went bust|into liquidation|voicemail (?:is |was )?full|(?:phone|number|line) @3(?:just )?rings out|closed (?:their|its|the) office',
      de: '(?:laden|büro|geschäft|studio|tür) @3(?:verrammelt|leergeräumt|ausgeräumt)|rollladen @2unten|telefon @3(?:tot|abgeschaltet)|nicht mehr erreichbar|e-?mails? (?:kommen|kamen) @2zurück|(?:homepage|website|webseite) @3(?:offline|gelöscht)|untergetaucht|abgetaucht|(?:ist|sind|wäre) (?:jetzt |nun )?(?:insolvent|pleite)|mailbox (?:ist |war )?voll|hat (?:sein|ihr) büro geschlossen',
      fr: 'rideau @2baissé|ne répond plus|mails? @2(?:reviennent|revenus) en erreur|téléphone @3(?:coupé|hors service)|(?:site|page) @2(?:disparu|supprimé)|disparu~ (?:avec|dans la nature)|injoignable~|liquidation|faillite|boîte vocale (?:est )?pleine|page facebook (?:a été )?(?:fermée|supprimée)|(?:a|ont) fermé (?:son|leur) bureau',
      es: '(?:oficina|tienda|local|agencia|gimnasio) @3cerrad~ (?:a cal y canto|con la persiana)|persiana bajada|(?:teléfono|móvil) @2apagado|ilocalizable~|desaparecieron|ni (?:piso|coche|viaje|muebles) ni|correos? @2(?:rebotan|devueltos)|quiebra|concurso de acreedores|buzón (?:de voz )?(?:está )?lleno',
      ru: 'офис @3закрыт|(?:двер|дверь) @3опечатан~|телефон @3(?:выключен|недоступен)|(?:сайт|группа|страница) @3(?:удален|удалён|закрыт|исчез)~|исчезл~|пропал~ (?:с деньгами|вместе)|скрыл~ с|(?:заблокировал|кинул)~ (?:нас|меня)|банкрот~|(?:бумажк|объявлени|табличк|записк)~ «?переезд|ящик переполнен',
      zh: '关门跑路|突然关门|门上贴了|暂停营业|跑路|人去楼空|搬空|卷款|失联|联系不上|电话打不通|拉黑了?我|群(?:被)?解散|倒闭|语音信箱满',
    },
  },
  {
    name: 'damage that was there before',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 3,
    a: {
      en: 'scratch~|scuff~|dent(?:s|ed)?#|damage~|chipped|crack(?:s|ed)?#',
      de: 'kratzer|delle~|schaden|schäden|beschädig~|macke~',
      fr: 'rayure~|éraflure~|bosse~|dégât~|dommage~|impact~',
      es: 'arañazo~|rayón|rayones|golpe~|abolladura~|daño~|desperfecto~',
      ru: 'царапин~|вмятин~|скол(?:ы|а|ом|ов)?#|поврежден~',
      zh: '划痕|刮痕|刮花|凹陷|磕碰|损坏',
    },
    b: {
      en: '(?:already|were|was) (?:there|on (?:it|the car))|(?:in|on) the photos (?:i|we) took|pre-?existing|before (?:we|i) (?:took|picked|collected)|(?:same|exact) (?:scratch|scuff|dent|mark)|took photos|(?:marked|noted) @3on the (?:sheet|form)|took a video|(?:on|in) (?:the|my) video|filmed (?:the whole thing|it|everything)|time-?stamped (?:video|photos?)',
      de: '(?:war|waren) (?:schon|bereits) (?:vorher )?(?:da|drauf|vorhanden)|(?:schon|bereits) (?:vorher )?(?:da|drauf|vorhanden) (?:war|waren)|vorschaden|auf (?:den|meinen|unseren) fotos|im protokoll (?:eingezeichnet|vermerkt|eingetragen)|protokoll @2angekreuzt|keine schäden|dem mitarbeiter gezeigt',
      fr: '(?:était|étaient) déjà (?:là|présent~|sur)|figurai~ déjà|déjà présent~|sur (?:les|mes|nos) photos',
      es: 'ya estaba~(?! (?:apuntad|anotad|marcad)~)|ya tenía|(?:en|con) (?:las|mis|nuestras) fotos|preexistente|sin ninguna observación|firmó la hoja|grabado en v[ií]deo|en el v[ií]deo',
      ru: '(?:был~) (?:ещё |еще |уже )?до (?:нас|меня)|был~ уже тогда|при выдаче|на (?:моих |наших )?фото#|в акте',
      zh: '本来就有|原来就有|之前就有|视频为证',
    },
    also: {
      en: 'charged|came off|billed|deducted|kept (?:my|our|the)|comes off|came off|charge(?!d)',
      de: 'abgebucht|berechnet|belastet|in rechnung|einbehalten|abgezogen|zieht @4ab|von der kaution',
      fr: 'factur~|prélev~|débit~|retenu~',
      es: 'cobr~|cargaron|descontaron|quedaron con|cargo',
      ru: 'списал~|удержал~|выставил~|вычли',
      zh: '扣|赔|收了',
    },
  },
  {
    name: 'fuel charged, returned full',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: {
      en: "half (?:empty|full)|quarter (?:empty|full)|wasn'?t full|not full|forgot to (?:fill|refuel)|my (?:fault|mistake)",
      de: 'nicht (?:voll)?getankt|halb (?:leer|voll)|vergessen|mein fehler',
      fr: 'à moitié (?:vide|plein)|pas fait le plein|sans faire le plein|oublié|ma faute',
      es: 'medio tanque|sin llenar|no (?:lo )?llené|olvidé|mi culpa',
      ru: 'не (?:заправил|долил)~|полбака|забыл~|моя вина',
      zh: '没加满|忘了加|按合同|我的问题',
    },
    a: {
      en: 'refuel~|(?:fuel|petrol|gas) (?:charge|fee|surcharge)|charged (?:me |us )?(?:for )?(?:fuel|petrol|gas)',
      de: 'nachtank~|tankgebühr|kraftstoff|sprit|betankung',
      fr: 'carburant|essence|frais de plein',
      es: 'combustible|gasolina|repostaje',
      ru: 'топлив~|бензин~|дозаправк~',
      zh: '油费|加油费|补油',
    },
    b: {
      en: '(?:brought|returned|took|dropped) it (?:back )?(?:off )?full|(?:with|on) a full tank|full tank|(?:petrol|gas|fuel) (?:station )?receipt',
      de: 'vollgetankt|voll getankt|mit vollem tank|tankbeleg|tankquittung',
      fr: 'avec le plein|plein fait|le plein (?:était )?fait|(?:ticket|reçu) de la station|aiguille (?:au max|en haut)',
      es: '(?:con el )?(?:tanque|depósito) lleno|lleno de gasolina|ticket de la gasolinera',
      ru: 'полн~ бак~|заправил~ (?:до полного|полный)|чек с заправки',
      zh: '加满(?:了)?油|满油|加油小票',
    },
    also: {
      en: 'fee|charg~|bill~',
      de: 'berechnet|abgebucht|belastet|gebühr|rechnung',
      fr: 'factur~|prélev~|chargé|frais|débit~',
      es: 'cobr~|cargo|cargaron',
      ru: 'списал~|выставил~|взял~|насчитал~',
      zh: '扣|收',
    },
  },
  {
    name: 'charged on after cancelling',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 3,
    unless: {
      en: 'notice period|as agreed|in the contract|as expected|final (?:month|payment)|last (?:month|payment)|pro rata|no more',
      de: 'vertrag|kündigungsfrist|wie vereinbart|natürlich|bis dahin|letzte(?:n)? (?:monat|beitrag)',
      fr: 'comme prévu|préavis|conditions|dernier mois|prorata|normal',
      es: 'permanencia|ya sabía|preaviso|como (?:estaba|se) (?:acordado|pactado)|último recibo',
      ru: 'заморозк~|как и (?:договаривались|положено|обещали)|по договору|последн~ (?:месяц|платёж|платеж)',
      zh: '没再扣|之前是|违约金|按合同',
    },
    a: {
      en: 'cancel(?:l)?ed (?:my|the|our) (?:membership|subscription|contract|plan|direct debit)|cancel(?:l)?ed in (?:person|writing)|(?:gave|handed in) (?:my )?notice',
      de: 'gekündigt|kündigung',
      fr: 'résili~',
      es: '(?:me di|nos dimos|di) de baja|(?:cancelé|cancelamos) (?:la|el|mi) (?:suscripción|cuota|contrato|membresía)',
      ru: 'расторг~|(?:отказал~|отписал~) от (?:абонемент|подписк|договор)~|заявлени~ на расторжение',
      zh: '退了(?:卡|会员)|注销了|取消了(?:会员|自动续费|订阅)|申请了退卡',
    },
    b: {
      en: '(?:kept|keep|still) (?:charging|taking|billing|debiting)|(?:charged|billed|debited|taken) (?:me )?(?:again|every month|(?:\\p{L}+ )?more times)|another (?:\\d+ )?(?:payments?|charges?|months?)|(?:taken|charged|debited)(?:[^.!?]|\\.\\d){0,40}every (?:week|fortnight|month) since',
      de: '(?:weiter|weiterhin|trotzdem|immer noch) @3(?:abgebucht|abgezogen|eingezogen|belastet)|(?:abbuchungen|lastschriften) @2weiter|trotzdem (?:[\\p{L}\\p{N},€]+ ){0,3}ab#',
      fr: '(?:continu~|toujours) (?:à|de) (?:me )?(?:prélever|débiter|facturer)|(?:encore|toujours) prélev~',
      es: '(?:me han pasado|siguen pasando|siguen cobrando|me siguen cobrando) @2(?:recibos?|cuotas?|cargos?)?|(?:cuatro|tres|dos|\\d+) recibos|siguen cobr~|siguieron (?:pasando|cobrando)|(?:me han|han) debitado|(?:ya van|van) (?:\\p{L}+ )?(?:cobros|cargos|recibos|débitos)',
      ru: 'продолжа~ (?:списывать|снимать)|(?:снова|опять|всё равно|все равно) (?:списал~|сняли)',
      zh: '还在扣|继续扣|每月(?:都|照)?扣|照样扣|又扣了',
    },
  },
  {
    name: 'marked delivered, never came',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: {
      en: 'then (?:he|she|they) (?:turned up|arrived|came)|turned up with|came up with|fine in the end',
      de: 'ablageort|abstellort|wo ich es|dann kam|kam (?:er|sie) (?:dann|doch)|dann (?:hat es )?geklingelt|während der fahrer|(?:einen )?parkplatz such~|(?:minuten )?später (?:kam|stand|klingelte)',
      fr: 'puis il est (?:arrivé|monté)|il est (?:enfin )?monté|finalement arrivé',
      es: 'luego (?:llegó|subió)|al final llegó',
      ru: 'потом (?:он )?(?:поднялся|приехал|пришёл|пришел)',
      zh: '然后(?:他)?(?:就)?(?:提着|送)|送上来',
    },
    a: {
      en: 'marked (?:it |the order |my order |our order )?(?:as )?delivered|(?:says|said|shows|showed|showing) (?:it was |as )?delivered|supposedly delivered|(?:order|app|it) said delivered',
      de: 'angeblich (?:[\\p{L}\\p{N}]+ ){0,3}(?:zugestellt|geliefert)|als (?:zugestellt|geliefert) (?:markiert|angezeigt|vermerkt)|(?:status|app) @2(?:zugestellt|geliefert)|(?:tracking|sendungsverfolgung|app) @2(?:\'|„|")?zugestellt|(?:app|status|tracking)[^.!?]{0,25}zugestellt',
      fr: '(?:marqué|indiqué|affiché|noté)~ (?:comme )?livré~|soi-disant livré~',
      es: '(?:marcad~|figura|aparece|aparecía|puso|pusieron) como entregad~|supuestamente entregad~|(?:me )?(?:pone|puso|dice|marca|marcó) (?:\'|«|")?entregad~',
      ru: '(?:отметил~|отмечен~|значится|висит|статус) @2(?:как )?«?доставлен~|якобы (?:\\p{L}+ )?доставлен~',
      zh: '显示已?(?:送达|签收)|已送达',
    },
    b: {
      en: "never (?:arrived|came|turned up|showed up|got (?:it|here))|nobody (?:knocked|rang|came|turned up)|nothing (?:at|on|outside) (?:the|our|my) (?:door|doorstep|porch)|(?:didn'?t|never|did not) (?:get|receive) (?:it|anything|the (?:food|order|parcel))|no (?:food|parcel|order) (?:at|on|ever)|(?:a |the )?photo of a (?:\\p{L}+ )?door|not my door",
      de: 'niemand @2(?:geklingelt|geklopft|gekommen)|keiner @2(?:geklingelt|geklopft)|nichts vor der tür|(?:nie|nicht) angekommen|nichts (?:\\p{L}+ )?(?:bekommen|erhalten|geliefert|angekommen)',
      fr: "personne n'a (?:sonné|frappé)|rien (?:devant|à) la porte|jamais (?:arrivé|reçu|livré)~|rien reçu|(?:n'est |ne sont )?jamais (?:arrivé|venu)~",
      es: 'nunca (?:llegó|llegaron|lo recibí|recibí|recibimos)|no (?:me |nos )?(?:llegó|llegaron)(?! a tiempo)|nadie (?:tocó|llamó|vino)|no tocó (?:el )?timbre|no (?:recibí|recibimos) nada',
      ru: 'никто не (?:приехал|пришёл|пришел|звонил|позвонил)|(?:так и )?не (?:привезли|доставили|приехал)|ничего не (?:получил~|привезли)',
      zh: '(?:根本)?没(?:收到|送到|人送|见到)|没人(?:敲门|打电话|送)',
    },
  },
  {
    name: 'belongings held until paid more',
    category: 'fraud',
    maxStars: 3,
    window: 1,
    unless: jokingOr({
      en: 'without a scratch|came in',
      ru: 'занесли',
      es: 'todo lleg~',
      de: 'alles (?:heil|gut)',
    }),
    a: {
      en: "(?:or|otherwise|until|unless) (?:else )?@3(?:'|‘|\"|“)?(?:(?:he|she|they|it|we) )?(?:wouldn'?t|won'?t|would not|will not) @2(?:open the (?:boot|trunk)|release|unload|give (?:us |me )?(?:back|my|our)|hand (?:over|back))|(?:held|holding|kept|keeping) (?:my|our) (?:\\p{L}+ )?(?:bags?|luggage|suitcase|car|furniture|things|belongings|stuff) (?:hostage|to ransom)|(?:or|otherwise) (?:they'?d|he'?d|they would|he would) (?:dump|leave) @3(?:on the (?:street|pavement|kerb|curb)|outside)|(?:wouldn'?t|refused to|won'?t) (?:give (?:me )?back|release|return) (?:my|the) (?:keys|car|bike|phone|laptop) (?:until|unless)|won'?t (?:take|unload|carry) (?:a single |any )?(?:\\p{L}+ )?(?:off|out|in) (?:till|until)|or (?:they'?d|he'?d|they would|he would) (?:leave|drive off|go) with (?:our|my) (?:stuff|things|furniture|belongings)",
      de: 'sonst @4(?:\'|‚|„|")?(?:(?:nicht|nix) @4(?:raus|zurück|ausgeladen|ausgehändigt|geöffnet|her)|auf die straße|auf den gehweg)|(?:kofferraum|auto|wagen|koffer|möbel|gepäck) @3erst (?:nach|wenn) @3(?:bezahlt|zahle|gezahlt)|(?:blieben|bleiben) @3(?:im lkw|im wagen|auf dem lkw|im transporter) bis',
      fr: 'sinon @4[«"]?\\s?(?:(?:il |ils |on )?(?:ne )?(?:rend|rendrait|ouvr|décharg|libér|lâch)~|sur le trottoir|dans la rue)|en otage|refus~ de (?:me |nous )?rendre (?:les clés|la voiture|le véhicule|mes affaires) tant que|ou (?:bien )?(?:ils|il) (?:repartai(?:en)?t|partai(?:en)?t|repartiraient|partiraient) avec (?:nos|mes) (?:affaires|meubles|boîtes)',
      es: 'no (?:bajaba|bajaban|descargaba|descargaban) nada @3hasta que (?:le |les )?(?:diéramos|pagáramos|diera|pagara)|(?:si no|o si no|de lo contrario) @4[«"]?(?:no (?:me |nos |te )?(?:devolv|abr|descarg|entreg|solt)~|(?:dejaba|dejaban|tiraba|tiraban|dejaría|dejarían) @2en la (?:calle|acera|vereda))|como rehén|no (?:me )?(?:quiso|quería|quisieron) (?:devolver|entregar) (?:las llaves|el coche|el carro|la moto|el auto) hasta que',
      ru: 'пока не (?:заплачу|заплатим|доплачу|доплатим)[^.!?]{0,20}(?:разгружать|выгружать|отдавать) не будут|иначе @3[«"]?(?:не (?:открою|откроет|откроем|отдам|отдаст|отдадим|отдадут|выгрузим|выпущу|выпустит|вернём|вернем|вернут)|выгруз~|оставим @2на улице|увез~)|в заложник~|не отда(?:вал~|ют|ли|дут|ст) @2(?:ключи|машину|телефон|ноутбук),? пока',
      zh: '不(?:给钱|加钱|补钱|转账|付钱)就不(?:卸|开|还|给|放)|不给就不卸|不(?:加钱|给钱|补钱|转账)就(?:把|扔|扣)|不(?:交|给|付)钱(?:就)?不(?:给|还)(?:车|钥匙)',
    },
  },
  {
    name: 'used sold as new',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: {
      en: 'sold as (?:refurbished|used)|(?:says|said|listed|labelled|marked|advertised) @2(?:as )?(?:refurbished|used)|like new|good as new|(?:new|brand new) (?:battery|screen|case|charger)|upfront|on purpose|deliberately|(?:wanted|chose) @2refurbished',
      de: 'wie neu|als (?:gebraucht|generalüberholt|refurbished) (?:verkauft|gekennzeichnet|angeboten)|neuer akku|neues display|bewusst|absichtlich',
      fr: "(?<!vend~ )comme neu(?:f|ve)|vendu~ (?:comme )?reconditionn~|annonc~ (?:comme )?(?:reconditionn|d'occasion)~|batterie neuve|écran neuf|exprès|volontairement",
      es: '(?<!vend~ )como nuev[oa]|vendid~ como (?:reacondicionad|usad|de segunda)~|batería nueva|pantalla nueva|a propósito|adrede',
      ru: '(?<!продал~ )как новы~|продавал~ как (?:б/у|восстановленн)~|новый аккумулятор|новая батарея|специально|осознанно',
      zh: '跟新的一样|和新的一样|说明是二手|标明二手|新电池|本来就是|冲着',
    },
    a: {
      en: "refurbished|reconditioned|second[- ]hand|(?:already|previously) (?:activated|used|registered|worn)|someone else'?s (?:icloud|account|apple id|google account)|imei @4(?:sold|registered|belongs)",
      de: 'generalüberholt~|refurbished|gebrauchtware|gebrauchte(?:s|n)? (?:gerät|handy|smartphone|telefon|ware|teil)|(?:war|ist|sind) gebraucht#|(?:schon|bereits) (?:aktiviert|benutzt|getragen|registriert)|icloud @3(?:fremd|anderen)',
      fr: "reconditionn~|d'occasion|(?:déjà) (?:activé|utilisé|porté|enregistré)~|icloud @2(?:de quelqu'un|d'une autre)",
      es: 'reacondicionad~|de segunda mano|(?:ya|previamente) (?:activad|usad|registrad)~|icloud de otr~',
      ru: 'восстановленн~|б/у|бывш~ в (?:употреблении|использовании)|(?:уже|ранее) (?:активирован|использован|ношен)~|чуж~ (?:icloud|аккаунт~|apple id)',
      zh: '翻新|二手(?!烟)|激活过|别人的(?:id|账号|icloud)',
    },
    b: {
      en: 'brand new|sealed|(?:sold|passed off) @2as new|(?:\'|‘|"|“)new',
      de: 'neu(?:e[nrs]?|ware|gerät)?#|versiegelt|originalverpackt|ovp#',
      fr: 'neu(?:f|ve)s?#|sous blister|scellé~',
      es: 'nuev[oa]s?#|precintad~|sellad~',
      ru: 'нов(?:ый|ая|ое|ые|ого|ую|ом|ой|ых)#|запечатан~|в (?:плёнке|пленке)',
      zh: '全新|未拆封|新机',
    },
  },
  {
    name: 'short weight',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: {
      en: "generous|more than|so (?:it'?s|all) (?:fine|fair|honest)",
      de: 'großzügig|mehr als|also (?:eher )?(?:fair|ehrlich)',
      fr: 'généreu~|plus que',
      es: 'generos~|así que bien|más de',
      ru: 'честно|щедр~|больше,? чем',
      zh: '足称|多给',
    },
    a: {
      en: 'weighed @2(?:at home|myself|on (?:my|our) (?:own |kitchen )?scales?)|(?:my|our) (?:own |kitchen )?scales',
      de: '(?:zu hause|zuhause|daheim|selbst) @2(?:nach)?gewogen|nachgewogen|(?:meiner|unserer) (?:küchen)?waage',
      fr: '(?:pesé|repesé)~ @2(?:chez moi|à la maison|sur ma balance)|ma balance',
      es: '(?:pes[ée]|pesamos|lo pesé|la pesé) @3(?:en casa|en mi (?:balanza|báscula|gramera)|delante)|mi (?:balanza|báscula|gramera)',
      ru: '(?:взвесил~|перевесил~) @2(?:дома|на (?:своих|домашних) весах)|дома (?:\\p{L}+ )?(?:взвесил~|перевесил~)|недовес~',
      zh: '(?:回家|自己|回去)(?:一|又)?称|缺斤少两|短斤缺两|明明\\d',
    },
    b: {
      en: '(?:only|just|barely) \\d+(?:[.,]\\d+)? ?(?:g|grams?|kg|oz|lbs?)#|\\d+ ?g(?:rams?)? (?:short|less|under)|(?:short|less|lighter) than',
      de: '(?:nur|gerade mal|knapp) \\d+(?:[.,]\\d+)? ?(?:g|gramm|kg)#|\\d+ ?g(?:ramm)? weniger|weniger als',
      fr: '(?:seulement|que|à peine) \\d+(?:[.,]\\d+)? ?(?:g|grammes|kg)#|\\d+ ?g(?:rammes)? de moins|moins que',
      es: '(?:eran|era|solo|sólo|apenas) \\d+(?:[.,]\\d+)? ?(?:g|gr|gramos|kg)#|\\d+ ?(?:g|gr|gramos) menos|menos de lo que',
      ru: '(?:только|всего|лишь|ровно) \\d+(?:[.,]\\d+)? ?(?:г|грамм~|кг)#|\\d+ ?(?:г|грамм)~ меньше|меньше,? чем',
      zh: '只有|少了|打的是|(?:写|标|打)着?\\d',
    },
  },
  {
    name: 'a note swapped for a fake',
    category: 'fraud',
    maxStars: 3,
    window: 1,
    unless: jokingOr({
      en: 'monopoly|quiz',
      ru: 'монопол~|игрушечн~',
      zh: '大富翁|玩具钞',
      es: 'monopoly',
      de: 'monopoly|spielgeld',
      fr: 'monopoly',
    }),
    a: {
      en: "swapped @3(?:note|bill|tenner|twenty|fifty) @3(?:fake|counterfeit)|(?:gave|handed) (?:me )?(?:back )?a (?:fake|counterfeit) (?:note|bill|tenner|twenty|fifty)|(?:claimed|insisted|swore) (?:i'?d|i had) (?:only )?(?:given|handed) (?:him|her) (?:a |the )?(?:£|\\$|€)?\\d+",
      de: 'falschgeld|(?:gefälscht|falsch)~ (?:schein|fünfziger|zwanziger|hunderter|zehner)|schein @2vertauscht',
      fr: '(?:rendu|refilé|donné)~ @2(?:un )?faux billet',
      es: 'cambiazo|(?:me )?devolvi~ (?:uno|un billete) fals[oa]|billete fals[oa] @3(?:me|nos) (?:dio|devolvió)|jurando que era el mío|como si le hubiera dado (?:uno|un billete) de',
      ru: 'подменил~ @2купюр~|(?:вернул|сунул|дал)~ @2фальшив~',
      zh: '假钞|掉包|调包',
    },
  },
  {
    name: 'not what was paid for',
    category: 'fraud',
    resolvable: true,
    maxStars: 4,
    window: 3,
    unless: {
      en: 'better than|even (?:better|nicer)|renovated|got exactly (?:that|it|what)|exactly what we (?:paid|booked)',
      de: 'noch schöner|besser als|renoviert|genau (?:das|die|den) bekommen',
      fr: "encore plus beau|mieux que|refait~|rénové~|on l'a eue|on l'a eu",
      es: 'aún más bonit~|mejor que|reformad~|renovad~|eso tuvimos|lo que pagamos',
      ru: 'ещё лучше|еще лучше|отремонтир~|(?:его|её|ее) и получили',
      zh: '比图上还|比照片还|重新装修|也确实住到了',
    },
    a: {
      en: 'paid|booked|prepaid|in advance',
      de: 'bezahlt|gebucht|im voraus|vorab',
      fr: "payé~|réservé~|d'avance",
      es: 'pagu[ée]|pagamos|pagado|reserv(?:é|amos|ado)|por adelantado',
      ru: 'оплат~|заплатил~|забронировал~|предоплат~',
      zh: '付了|交了|预付|订的|订了|花了',
    },
    b: {
      en: "(?:won'?t|wouldn'?t|will not|would not|does not|did not|refus~|nobody will|no one will) @2refund the difference|not the (?:one|room|place|flat|apartment|house|car|cabin) (?:in|on|from) the (?:photos|pictures|listing|ad)",
      de: 'differenz @4(?:keiner|niemand|nicht) @2erstatten|die differenz will (?:uns |mir )?keiner|nicht (?:das|die|der) @2(?:von den|auf den) fotos',
      fr: '(?:refus~|pas) (?:de )?(?:nous |me )?rembourser la différence|pas (?:le|la|celui|celle) @2des photos',
      es: 'no (?:nos |me )?(?:quieren|quisieron|quiso) devolver la diferencia|no (?:era|es) (?:el|la) @2de las fotos',
      ru: 'разниц~ @3(?:не возвращ|вернуть отказ|не вернул|возвращать отказ|возвратить отказ)~|не (?:та|тот|то)~,? (?:что|как) на фото',
      zh: '差价(?:不退|不给退|拒绝退)|(?:和|跟)(?:图片|照片)(?:完全)?不(?:一样|符)',
    },
  },
  {
    name: 'an item handed in, then denied',
    category: 'fraud',
    resolvable: true,
    maxStars: 3,
    window: 2,
    unless: jokingOr({
      en: 'found it|they found',
      ru: 'нашли',
      zh: '找到了',
      es: 'encontraron|caí en (?:la cuenta|que)|me di cuenta|mi (?:culpa|error)',
      de: 'gefunden',
      fr: 'retrouvé~',
    }),
    a: {
      en: 'receipt|slip|ticket|docket',
      de: 'quittung|beleg|abholschein|abholzettel|bon#',
      fr: 'ticket|reçu|bon de dépôt',
      es: 'recibo|boleta|comprobante|ticket|papeleta|la nota#',
      ru: 'квитанци~|чек~',
      zh: '小票|单据|取衣单|收据',
    },
    b: {
      en: "you never (?:gave|give|brought|left)|(?:never|didn'?t) (?:receive|take in) (?:it|the \\p{L}+)|(?:i|we) (?:only )?gave (?:them )?\\d+ only",
      de: 'nie (?:abgegeben|bekommen|angenommen)|(?:hätte|habe) @2nicht abgegeben',
      fr: "jamais (?:reçu|déposé|eu)|(?:n'avez|n'aviez|n'avais) (?:jamais|pas) (?:déposé|laissé|apporté)",
      es: 'nunca (?:nos |lo |la )?(?:dej(?:ó|aste|é)|entreg(?:ó|aste|ué)|trajo|trajiste|traje)|no (?:nos )?(?:la|lo) (?:dejó|entregó|trajo)|(?:yo )?no (?:traje|dejé) (?:eso|esa|ese|esas|esos)#',
      ru: 'не принимали|не сдавал~|не было @2(?:в квитанции|сдано)',
      zh: '没收到(?:过)?|没(?:有)?送(?:来|过)|你没(?:给|送)',
    },
  },
];

/**
 * Words of a review that complains: what a 4★ or 5★ review must also hold (anywhere) for a claim
 * with `needs` to stand. A review that tells of a wheelchair, a kiss or a hand on the knee and
 * praises the place throughout ("the step-free entrance made it easy", "the physio put one hand on
 * my knee … finally better") is no incident; one that tells of being treated worse says so ("she
 * came home in tears", "never again", "the owner needs to hear this").
 */
const COMPLAINT: Record<AnalysisLanguage, RegExp> = {
  en: /never again|won'?t be (?:back|returning|going back)|not (?:coming|going) back|shame(?:ful)?|disgust\p{L}*|humiliat\p{L}*|embarrass\p{L}*|upset|cried|crying|tears|shaking|shook|froze|furious|fuming|angry|appall\p{L}*|unacceptable|disgrace\p{L}*|horrible|awful|rude|creep\p{L}*|uncomfortable|unsafe|scared|terrified|owner (?:needs|should|must)|(?:hope|want) the (?:owner|manager)|knock\p{L}* (?:one|a star)|felt (?:so )?(?:small|sick|awful|humiliated|uncomfortable|unwelcome)|walked out|we left|racis\p{L}*|sexis\p{L}*|homophob\p{L}*|transphob\p{L}*|discriminat\p{L}*|harass\p{L}*|ashamed|sickening|not ok(?:ay)?|how dare|the point|avoid|warn\p{L}*|be (?:aware|careful)|reported|complain\p{L}*|lied|liar|scam\p{L}*|refus\p{L}*|no reply|ignored|sort it out|that bit|spoiled|ruined|vile|bigot\p{L}*|insult\p{L}*|offensive|mocked|mocking|sneer\p{L}*|laughed at|(?:zero|nothing|no stars?) for the (?:manager|owner|receptionist|staff|front desk)/iu,
  de: /nie wieder|nicht wieder|bitter\p{L}* nachgeschmack|schäm\p{L}*|unverschämt\p{L}*|frech\p{L}*|widerlich|ekelhaft|demütig\p{L}*|peinlich|geweint|weinen|tränen|zitter\p{L}*|wütend|sauer|empör\p{L}*|inakzeptabel|unmöglich|respektlos|diskriminier\p{L}*|rassis\p{L}*|sexis\p{L}*|homophob\p{L}*|transfeind\p{L}*|belästig\p{L}*|übergriff\p{L}*|unwohl|unangenehm|angst|warn\p{L}*|vorsicht|beschwer\p{L}*|gelogen|ignoriert|traurig|enttäusch\p{L}*|geht gar nicht|nicht in ordnung|(?:inhaber|chef|chefin|leitung) (?:sollte|muss|soll)|loswerden|woanders|abgehauen|fassungslos|schockiert|beleidig\p{L}*|ausgelacht|verhöhn\p{L}*/iu,
  fr: /plus jamais|jamais plus|honte\p{L}*|scandal\p{L}*|inadmissible|inacceptable|humili\p{L}*|pleur\p{L}*|larmes|choqu\p{L}*|tremb\p{L}*|furieu\p{L}*|en colère|dégoût\p{L}*|dégueulasse|irrespectueu\p{L}*|méprisant\p{L}*|mépris|racis\p{L}*|sexis\p{L}*|homophob\p{L}*|transphob\p{L}*|discrimin\p{L}*|harcèle\p{L}*|mal à l'aise|peur|méfiez|fuyez|arnaque\p{L}*|menteu\p{L}*|ignor\p{L}*|reparti\p{L}*|déçu\p{L}*|déception|pas normal|gâché|déconseille|insult\p{L}*|se moqu\p{L}*|ricane\p{L}*|ricanant|que le patron sache|pas sa place|sans rien|on est parti\p{L}*/iu,
  es: /nunca más|vergüenza|vergonzos\p{L}*|indignante|inaceptable|humill\p{L}*|llor\p{L}*|lágrimas|temblando|rabia|furios\p{L}*|asco|asquero\p{L}*|irrespetuos\p{L}*|racis\p{L}*|machis\p{L}*|homófob\p{L}*|tránsfob\p{L}*|discrimin\p{L}*|acos\p{L}*|incómod\p{L}*|miedo|cuidado|no vuelvo|no volveré|no volvemos|no pienso volver|estafa\p{L}*|mentir\p{L}*|ignor\p{L}*|nos fuimos|me fui|nos marchamos|decepci\p{L}*|lamentable|penoso|deberían saber|tienen que saber|insult\p{L}*|se burl\p{L}*|se rio|se rió|se reía|sin postre|no lo acepto|qué pena de/iu,
  ru: /больше (?:ни ногой|не приду|не пойду|не вернусь|никогда|не подходила)|никогда больше|позор\p{L}*|стыд\p{L}*|унизи\p{L}*|унижен\p{L}*|слез\p{L}*|слёз\p{L}*|плак\p{L}*|трясл\p{L}*|возмут\p{L}*|шок\p{L}*|отврат\p{L}*|мерз\p{L}*|хам\p{L}*|расис\p{L}*|дискримин\p{L}*|домогат\p{L}*|приставал\p{L}*|неприятн\p{L}*|неловко|страшно|боюсь|осторожн\p{L}*|не советую|обман\p{L}*|не отвеча\p{L}*|игнор\p{L}*|ушли|ушла|ушёл|развернулись|разочаров\p{L}*|ужас\p{L}*|безобраз\p{L}*|недопустим\p{L}*|оскорб\p{L}*|издева\p{L}*|хихикнула|обидн\p{L}*|испортил\p{L}*|уволь\p{L}*|увольнять/iu,
  zh: /再也不|不会再|恶心|丢人|羞辱|侮辱|歧视|哭|眼泪|发抖|气死|生气|愤怒|寒心|心寒|难受|不舒服|害怕|吓得|小心|避雷|别来|骗|黑店|不回|没人理|失望|太过分|过分|无语|投诉|素质|不配|嘲笑|阴阳怪气|脸都红|脸就红|扣一星|凭什么/u,
};

/**
 * A fact said not to have happened ("Nobody offered us a discount for a review", "not a made-up
 * discount", "Цену не накрутили", "不是先涨价再打折") is no fact: a negator in the few words before a
 * cue, within its clause.
 */
const NEGATOR: Record<AnalysisLanguage, RegExp> = {
  en: /(?<!\p{L})(?:not|no|never|nobody|no one|didn'?t|wasn'?t|weren'?t|isn'?t|hasn'?t|haven'?t)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:nicht|kein\p{L}*|nie|niemand|niemals)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:pas|jamais|personne|aucun\p{L}*|rien)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:no|ni|nunca|nadie|ningún|ninguna|nada de|jamás)(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:не|ни|никто|никогда|нет)(?!\p{L})/iu,
  zh: /不是|没有|从来没|从没|并没|并非|没让|没人/u,
};
const CLAUSE_END = /[,;:—–(（，；：«»“”"]|(?<!\p{L})(?:but|aber|mais|pero|но|а)(?!\p{L})|但/giu;
const NEGATION_REACH = 25;

/** The business put it right: the phone brought back, the deposit paid in full, the charge reversed, an apology. */
const RESOLVED: Record<AnalysisLanguage, RegExp> = {
  en: /turned out|(?:brought|handed|gave|sent|paid) (?:it|them) (?:back|to me)|(?<!not |never |n't )(?:it|they|deposit|money) (?:was|were|came) back|back in my account|in full(?! view)|apologi[sz]\p{L}*|reversal|reversed|(?:had|'d) (?:put|kept|moved|taken|left) (?:it|them)|by mistake|in error|(?:that's|it's) the bank|bank's (?:fault|side)|knocked (?:it|that|the \p{L}+) (?:off|down)|took it off the bill/iu,
  de: /brachte (?:es|sie|ihn)|gab (?:es|sie|ihn) (?:mir|uns)|(?:mir|uns) (?:\p{L}+ )?zurückgegeben|entschuldigt\p{L}*|storniert|vollständig|aufgehoben|(?:sofort |gleich )?gestrichen|korrigiert|zurückgenommen|beleg gezeigt|quittung gezeigt|liegt an der bank|rausgenommen|sofort (?:korrigiert|gestrichen)/iu,
  fr: /(?:l'|les )avai(?:t|ent) (?:mis|rangé|gardé)\p{L}*|mis de côté|nous l'a (?:intégralement )?(?:rendue?|virée?)|(?<!sans (?:un mot d'|aucune |la moindre )?)excus\p{L}*|intégralement|lancé le remboursement|(?:a|ont) (?:retiré|enlevé) (?:les|le|la)|montré le reçu|par erreur|c'est la banque|rayé\p{L}*|l'a retiré|(?:a|ont) corrigé/iu,
  es: /(?:lo|la|los|las) había(?:n)? guardado|(?<!no )(?:nos |me )?(?:la |lo )?devolvi(?:ó|eron) entera|disculp\p{L}*|anularon|corrigi(?:ó|eron)|lo quit(?:ó|aron)|al ver el recibo|se había caído|recuper\p{L}*|por error|cosa del banco|lo retir(?:ó|aron)/iu,
  ru: /оказалось|(?<!^|[.!?] |не |[\s,]я )принес\p{L}*|(?<!^|[.!?] |не |[\s,]я )принёс\p{L}*|извинил\p{L}*|оформил\p{L}* возврат|разблокировал\p{L}*|по ошибке|банк тормозит|(?:это|дело в|проблема (?:в|на стороне)) банк\p{L}*|вернули (?:всё|все|полностью|целиком)|пересчитал\p{L}*|убрал\p{L}* из сч[её]та/iu,
  zh: /原来是|后来才知道|全额到账|撤销|道歉(?!都没|也没)|没同步|帮我收|银行的问题|划掉了|改过来了|去掉了|当场按/u,
};

/** Told after the putting right, it did not hold: the refund promised "in 3-5 days" three weeks ago. */
const STILL: Record<AnalysisLanguage, RegExp> = {
  en: /still (?:waiting|not|no|nothing|hasn'?t|haven'?t)|(?:weeks|months) (?:ago|later|on)|nothing (?:has )?(?:arrived|come|happened)|never (?:came|arrived|happened|did)/iu,
  de: /immer noch|noch immer|bis heute|(?:wochen|monate) (?:später|her)|nichts (?:passiert|gekommen)|nie (?:gekommen|angekommen)/iu,
  fr: /toujours (?:pas|rien|en attente)|(?:semaines|mois) (?:plus tard|après)|jamais (?:arrivé|reçu)|rien reçu/iu,
  es: /todavía (?:no|nada|espero)|sigo esperando|(?:semanas|meses) después|nunca (?:llegó|llegaron)|ni rastro/iu,
  ru: /до сих пор|так и не|(?:недел|месяц)\p{L}* спустя|прошл\p{L}* (?:\p{L}+ )?(?:недел|месяц)\p{L}*|ничего не (?:пришло|вернули)/iu,
  zh: /至今|到现在(?:都|也|还)?没|一直没|还没(?:到账|退)/u,
};

const SETTLED = new Map<AnalysisLanguage, RegExp>();

/** The review tells the business put it right, and nothing after the last such words says it did not hold. */
export function settledFor(whole: string, lang: AnalysisLanguage): boolean {
  let all = SETTLED.get(lang);
  if (!all) SETTLED.set(lang, (all = new RegExp(RESOLVED[lang].source, `${RESOLVED[lang].flags}g`)));
  let last: RegExpMatchArray | undefined;
  for (const m of whole.matchAll(all)) if (!quoted(whole, m.index!, lang) && !negatedAt(whole, m.index!, lang)) last = m;
  return last !== undefined && !STILL[lang].test(whole.slice(last.index! + last[0].length));
}

/** A negator in the few words before `index`, within its clause ("didn't even apologise", "ni siquiera pidieron disculpas"). */
function negatedAt(text: string, index: number, lang: AnalysisLanguage, reach = NEGATION_REACH): boolean {
  let lead = text.slice(Math.max(0, index - reach), index);
  let cut = -1;
  for (const e of lead.matchAll(CLAUSE_END)) cut = e.index + e[0].length;
  if (cut >= 0) lead = lead.slice(cut);
  return NEGATOR[lang].test(lead);
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Whether `index` falls inside quotation marks: the business's own words ("«by mistake»", «это банк»), not a fact. */
function quoted(text: string, index: number, lang: AnalysisLanguage): boolean {
  const before = text.slice(0, index);
  if (count(before, '«') > count(before, '»') || count(before, '"') % 2 === 1) return true;
  return lang === 'de' ? count(before, '„') > count(before, '“') : count(before, '“') > count(before, '”');
}

/** The first match of `re` in `text` that no negator before it in its clause denies, or undefined. */
function affirmed(re: RegExp, text: string, lang: AnalysisLanguage, reach = NEGATION_REACH): RegExpExecArray | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // A negator inside the cue is the cue's own ("never returned", "не вернули"): only what comes before counts.
    if (!negatedAt(text, m.index, lang, reach)) {
      re.lastIndex = 0;
      return m;
    }
  }
  re.lastIndex = 0;
  return undefined;
}

/** Whether the global `re` matches anywhere in `text`, leaving its `lastIndex` at 0. */
function present(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

interface CompiledClaim {
  claim: Claim;
  a: RegExp;
  b?: RegExp;
  also?: RegExp;
  unless?: RegExp;
}

const compiled = new Map<AnalysisLanguage, CompiledClaim[]>();

function claimsFor(lang: AnalysisLanguage): CompiledClaim[] {
  let out = compiled.get(lang);
  if (!out) {
    const boundary = lang === 'zh' ? '' : '(?<![\\p{L}\\p{N}])';
    // Every cue is lower case and only ever meets lower-cased text, so no `i` flag: folding the case of
    // each Cyrillic character it tries made a Russian claim cost half as much again.
    const re = (s: string | undefined, flags = 'u'): RegExp | undefined => (s ? cueRegExp(s, boundary, flags) : undefined);
    out = [];
    for (const claim of [...FRAUD_CLAIMS, ...DISCRIMINATION_CLAIMS]) {
      const a = re(claim.a[lang], 'gu');
      const b = claim.b ? re(claim.b[lang], 'gu') : undefined;
      if (!a || (claim.b && !b)) continue;
      out.push({ claim, a, b, also: re(claim.also?.[lang]), unless: re(claim.unless?.[lang]) });
    }
    compiled.set(lang, out);
  }
  return out;
}

/** The first claim the review tells, or `undefined`. `cut` shortens the evidence sentence. */
export function claimUrgent(text: string, lang: AnalysisLanguage, cut: (sentence: string) => string, stars?: number): UrgentSignal | undefined {
  return claimFor(text, lang, cut, stars)?.signal;
}

/**
 * The first claim the review tells, and whether it stands whatever the review's tone: a claim that
 * holds up to 5★ (a discount offered for a good review, harassment by staff) is told inside reviews
 * that praise the place ("5 stars for the colourist. But the manager offered 20% off for a review"),
 * so a positive reading does not take it back.
 */
export function claimFor(
  text: string,
  lang: AnalysisLanguage,
  cut: (sentence: string) => string,
  stars?: number,
): { signal: UrgentSignal; anyTone: boolean } | undefined {
  const claims = claimsFor(lang).filter((c) => stars === undefined || stars <= c.claim.maxStars);
  if (claims.length === 0) return undefined;
  const whole = text.toLowerCase();
  let resolved: boolean | undefined;
  let complains: boolean | undefined;
  for (const c of claims) {
    // A review that must complain and does not is settled by one scan, shared by every such claim,
    // before any of their long cue lists is read.
    if (c.claim.needs && (stars === undefined || stars >= 4) && !(complains ??= COMPLAINT[lang].test(whole))) continue;
    // Most reviews hold neither fact anywhere: one scan of the whole text each before the windows.
    if (!present(c.a, whole) || (c.b && !present(c.b, whole)) || c.unless?.test(whole)) continue;
    if (c.claim.resolvable && (resolved ??= settledFor(whole, lang))) continue;
    const { sentences, lowered } = sentencesOf(text);
    for (let i = 0; i < lowered.length; i++) {
      const window = Array.from({ length: Math.min(c.claim.window, lowered.length - i) }, (_, k) => i + k);
      const joined = window.map((k) => lowered[k]!).join(' ');
      if (!c.b) {
        if (!affirmed(c.a, lowered[i]!, lang, c.claim.reach) || (c.also && !c.also.test(joined))) continue;
        return { signal: { category: c.claim.category, evidence: cut(sentences[i]!) }, anyTone: c.claim.maxStars >= 5 };
      }
      const b = affirmed(c.b, joined, lang);
      if (!b || (c.also && !c.also.test(joined))) continue;
      // The two facts are two: "no cambiaron" is no replacement and its absence at once.
      if (!affirmed(c.a, joined.slice(0, b.index) + ' '.repeat(b[0].length) + joined.slice(b.index + b[0].length), lang)) continue;
      const at = window.find((k) => affirmed(c.b!, lowered[k]!, lang)) ?? i;
      return { signal: { category: c.claim.category, evidence: cut(sentences[at]!) }, anyTone: c.claim.maxStars >= 5 };
    }
  }
  return undefined;
}
