/**
 * Four billing claims the trigger phrases rarely catch, because people tell them with figures
 * rather than words ("Devis 450 € 😳 facture 890 €", "СКАЗАЛИ 5 ТЫСЯЧ, В ИТОГЕ ВЫСТАВИЛИ 17"):
 *
 * - a bill far above the price agreed: within one sentence or two adjacent ones, an amount after
 *   a word for the quote ("quote", "devis", "смета", "说是") and an amount after a word for the
 *   bill ("invoice", "Rechnung", "cobraron", "一共") at least 1.4 times higher, with money in
 *   view (a currency, a word for thousands, or a word that only means a bill);
 * - charging on after the customer cancelled ("Vertrag gekündigt im März, abgebucht wird bis
 *   heute"): a word for cancelling and one for charging on, in one sentence or the next;
 * - items on the bill nobody ordered ("в счёте два кальяна, которые мы не заказывали"), unless the
 *   review says they were taken off or put right (then it was a mistake fixed);
 * - paid ahead, then gone ("Внесли предоплату 60 тыс … офис закрыт, телефоны не отвечают"): a word
 *   for paying and, within a few sentences after it, nobody coming, the phone dead, the office shut.
 *
 * All four read as fraud claims, and only in reviews of at most 3★ or without stars (higher-rated
 * reviews mention a bill above the quote and go on to say it was worth it). People who labelled
 * ordinary review pages for urgency marked such reviews as fraud claims. Pure and synchronous.
 */
import type { AnalysisLanguage, UrgentSignal } from './types';

interface BillingCues {
  /** Before an amount: the price agreed or announced. After "instead of", the same. */
  quote: string;
  /** Before an amount: what was charged. */
  bill: string;
  /** Words that only mean a bill or an invoice: money is in view. */
  invoice: string;
  /** The price shown (menu, board, booking), compared only against what the bank says was taken. */
  shown: string;
  /** What the bank says was taken: the statement, the banking app ("Banking app next morning says £82"). */
  debited: string;
  cancel: string;
  chargeOn: string;
  /** The bill as a list of items ("the check", "la cuenta", "в чеке", "账单上"). */
  items: string;
  /** Not ordered, not had: the items on it. */
  notOrdered: string;
  /** Put right: an item removed from the bill is a mistake fixed, no claim. */
  fixed: string;
  /** Paid ahead: a deposit, a prepayment, a transfer. */
  prepaid: string;
  /** Gone with the money: nobody came on the day, the phone is dead, the office shut. */
  vanished: string;
}

/** Where a "not ordered" claim ends: "… we never ordered." — not "we didn't order dessert". */
const CLAIM_END = '(?!\\p{L})(?=\\s*(?:[.,;:!?)…»]|$|(?:and|but|or|und|aber|et|mais|y|pero|и|но|а)(?!\\p{L})))';

const CUES: Record<AnalysisLanguage, BillingCues> = {
  en: {
    quote:
      'quote|quoted|estimate|estimated|told (?:us|me) it would be|said it would be|was meant to be|on the phone|agreed|advertised|listed at|instead of|against a quote of|booked (?:it )?(?:online )?(?:at|for)|booking (?:said|showed|was for)',
    bill: "bill|billed|invoice|invoiced|charged|came to|final|total|ended up paying|asked for|demanded|wanted|(?:it'?s|it was|that'?s) (?=[$£€]\\s?\\d)",
    invoice: 'bill|invoice|receipt',
    shown: 'on the (?:board|menu|sign|tag|price list)|(?:board|sign|menu|tag) (?:said|says)|price list|listed|(?:was|is|were) (?=[$£€]\\s?\\d)',
    debited: 'bank(?:ing)? app|(?:bank |card )?statement|my account|ran (?:my|the) card for|charged my card',
    cancel: 'cancel(?:l?ed|l?ing|lation)?|terminated|closed my account',
    chargeOn:
      'still (?:being )?(?:charging|charged|billing|billed|debiting)|still taking (?:money|payments?|[£$€]|\\d)|(?:kept|keep|keeps|continued|continue|carried on) (?:on )?(?:charging|billing|debiting)|charged (?:me|my card) again',
    items: '(?:bill|check|tab|receipt|invoice)#',
    notOrdered: `(?:never|didn'?t|did not|nobody|no one|hadn'?t|had not|weren'?t)#[^.!?]{0,20}(?<!\\p{L})(?:order(?:ed)?|had)${CLAIM_END}`,
    fixed: 'fixed|corrected|took (?:it|them) off|removed|sorted it|apologi[sz]ed and|refunded',
    prepaid: 'prepaid|deposit|paid (?:in advance|upfront|up front|in full|ahead)|upfront payment|advance payment',
    vanished:
      'no[- ]?one (?:came|showed|turned up)|nobody (?:came|showed|turned up)|never (?:showed up|turned up)|(?:stopped|stop|not) (?:answering|replying|picking up)|gone silent|number is dead|disappeared|vanished|ghosted|blocked me|(?:office|shop) (?:was |is )?(?:closed down|empty|shut down)',
  },
  de: {
    quote:
      'angebot|kostenvoranschlag|voranschlag|hieß es|vereinbart|ausgemacht|am telefon|angekündigt|statt|gebucht (?:für|zu)|laut (?:buchung|preisliste|karte|aushang)',
    bill: 'rechnung|verlangt(?:e|en)?|berechnet|bezahlt|gezahlt|abgebucht|am ende|wollte|an der kasse|kassiert~',
    invoice: 'rechnung|quittung|beleg',
    shown: 'preisliste|auf der (?:karte|tafel)|angeschrieben|ausgeschrieben',
    debited: 'banking-app|banking app|kontoauszug|kreditkartenabrechnung|abgebucht|auf (?:meinem|dem) konto',
    cancel: 'gekündigt|kündigung|storniert|abgemeldet',
    chargeOn:
      '(?:weiter|weiterhin|trotzdem|immer noch|noch immer|nach wie vor)#[^.!?]{0,30}(?:abgebucht|abbuch~|buchen|eingezogen|ziehen|lastschrift)|(?:abgebucht|eingezogen)[^.!?]{0,20}(?:weiter|weiterhin|immer noch|nach wie vor|bis heute)',
    items: 'rechnung|(?:kassen)?bon#|quittung|kassenzettel',
    notOrdered: `(?:nicht|nie|niemand|keiner)#[^.!?]{0,25}(?<!\\p{L})bestellt(?:e|en)?(?: (?:hatten|haben|hat|hatte))?${CLAIM_END}`,
    fixed: 'korrigiert|gestrichen|storniert|entschuldigt|abgesprochen|herausgenommen|rausgenommen',
    prepaid: 'anzahlung|vorkasse|im voraus (?:bezahlt|überwiesen)|vorab (?:bezahlt|überwiesen)|überwiesen',
    vanished:
      'niemand (?:ist )?gekommen|kam niemand|nicht erschienen|nicht mehr erreichbar|erreiche (?:ich )?niemand|geht keiner mehr ans telefon|verschwunden|abgetaucht|büro (?:war |ist )?(?:geschlossen|leer|aufgelöst)',
  },
  fr: {
    quote: "devis|annoncé|annonçait|prévu|convenu|au téléphone|on m'avait dit|affiché|estimation|au lieu de|réservé (?:à|pour)",
    bill: 'facture|facturé|payé|total|au final|à la fin|réclamé|demandé|débité|prélevé|la note|annonce#|exig~',
    invoice: 'facture|note|ticket',
    shown: "affiché~|sur la (?:vitrine|carte)|au menu|l'addition",
    debited: 'débité~|prélevé~|sur mon compte|relevé|appli~ (?:bancaire|de la banque|de ma banque)',
    cancel: 'résili~|annul~',
    chargeOn:
      '(?:continuent|continue) (?:de|à) (?:prélever|débiter|facturer)|(?:prélèvent|prélevé~|débité~|débitent) (?:encore|toujours)|(?:toujours|encore) (?:prélevé|débité)',
    items: 'addition|la note#|facture|ticket',
    notOrdered: `(?:pas|jamais|personne n'a|personne n'avait|rien)#[^.!?]{0,20}commandé(?:e|s|es)?${CLAIM_END}`,
    fixed: 'corrig|retir|enlev|rectifi|excus',
    prepaid: "versé|acompte|arrhes|payé d'avance|payé à l'avance|viré",
    vanished:
      "personne n'est venu|personne n'est jamais venu|ne répond(?:ent)? plus|injoignable|disparu|m'a bloqué|nous a bloqués|bureau (?:était |est )?fermé",
  },
  es: {
    quote: 'presupuesto|presupuestaron|me dijeron|nos dijeron|acordado|por teléfono|anunciado|cotización|cotizaron|en vez de|en lugar de|reserv(?:amos|é|ado)#',
    bill: 'factura|facturaron|cobraron|cobró|me cobran|total|al final|pagué|pagamos|la cuenta|exigi(?:ó|eron)|pidi(?:ó|eron)',
    invoice: 'factura|ticket|recibo',
    shown: 'de la reserva|en la (?:carta|pizarra)|en el menú',
    debited: 'app del banco|aplicación del banco|extracto|cargo final|me cargaron|cargaron',
    cancel: 'di de baja|dado de baja|me di de baja|cancel~|la baja',
    chargeOn: '(?:siguen|seguían|siguió|continúan|continuaron|volvieron a) (?:cobr~|cargando|descontando)',
    items: 'la cuenta|factura|ticket|recibo',
    notOrdered: `(?:no|nunca|nadie|q nadie)\\s[^.!?]{0,20}(?:p[ei]d[ií]~|consum~)${CLAIM_END}`,
    fixed: 'quitaron|quitó|corrigieron|corrigió|disculp|retiraron|anularon',
    prepaid: 'por adelantado|adelant|anticipo|seña|depósito|transfer',
    vanished: 'nadie (?:llegó|vino|apareció)|no contesta|ya no existe|desapareci|me bloque|nos bloque|oficina (?:estaba |está )?cerrada|no responde',
  },
  ru: {
    quote: 'смет~|сказали|говорили|договорил~|обещали|по телефону|озвучил~|изначально|вместо|(?:за)?бронировал~|заказал~|заказывал~',
    bill: 'выставили|сч[её]т~|в итоге|итого|взяли|заплатил~|списали|насчитали|содрали|в чеке|заявил~|потребовал~|запросил~',
    invoice: 'сч[её]т|чек|квитанци~',
    shown: 'ценник|в меню|по прайсу|на (?=\\d)',
    debited: 'приложени~ банка|выписк~|списали|списано|сняли с карты',
    cancel: 'расторг~|отказал~|отменил~|отключил~|отписал~',
    chargeOn: '(?:продолжают|продолжали|вс[её] равно|вс[её] ещ[её]|до сих пор|снова|опять) (?:списыв~|снима~|списал~|сняли)',
    items: 'сч[её]т|чек(?!ин)',
    notOrdered: `(?:не|никто не|ничего не)\\s?(?:заказыва~|брали|просили)${CLAIM_END}`,
    fixed: 'убрали|убрал|исправил|пересчитал|извинил|вычеркнул',
    prepaid: 'предоплат|аванс|задат|внесли|внес[её]н',
    vanished:
      'никто не (?:приехал|пришёл|пришел)|не отвечают|не берут трубку|трубку не берёт|трубку не берет|пропал(?:и)? (?:с концами|со связи)|исчез|заблокировал|офис закрыт|группа (?:в вк )?удалена|удалили (?:группу|страницу)',
  },
  zh: {
    quote: '报价|说是|之前说|谈好|说好|电话里|标价|价签|团购|预订的|订的是',
    bill: '账单|一共|收了|结账|扣了|付了|小票|最后',
    invoice: '账单|小票|发票',
    shown: '标价|价签|菜单上|点了',
    debited: '对账|银行卡扣了|实际扣了|发现付了',
    cancel: '取消|退订|注销|解约|退了',
    chargeOn: '(?:还在|继续|照样|仍然|又)(?:扣钱|扣费|扣款|收费|收钱|扣了)',
    items: '账单|小票|结账|单子',
    notOrdered: '没点的|没有点的|根本没点|没点过|没有点过',
    fixed: '删掉|划掉|改了|去掉|道歉|退了|核对',
    prepaid: '预付|定金|订金|预交',
    vanished: '没人来|联系不上|不接电话|跑路|拉黑|人间蒸发',
  },
};

const CURRENCY = '[$£€¥₽]|eur(?:o|os)?\\b|dollars?|pounds?|chf|руб\\p{L}*|р\\.|₴|元|块|円|pesos?|franc\\p{L}*';
const THOUSANDS = 'тыс\\p{L}*\\.?|k\\b|mil\\b|tausend';
/** An amount: digits with thousands separators and cents, or Chinese numerals, with its currency or thousands word. */
const AMOUNT = `(?:(${CURRENCY})\\s?)?(\\d{1,3}(?:[ .,'’\\u00a0]\\d{3})+|\\d+|[一二两三四五六七八九十百千万]+)(?:[.,]\\d{1,2})?\\s?(${THOUSANDS})?\\s?(${CURRENCY})?`;

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 一百五 is 150, 六百八 680, 两千 2000, 三十 30, 十万 100000, 三万五 35000. */
export function chineseNumber(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  let lastUnit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch === '万') {
      // 万 multiplies everything before it: 十万 = 10 × 10,000.
      total += (section + digit || 1) * 10000;
      section = 0;
      digit = 0;
      lastUnit = 10000;
    } else if (ch in UNIT) {
      const unit = UNIT[ch]!;
      section += (digit || 1) * unit;
      digit = 0;
      lastUnit = unit;
    } else return undefined;
  }
  // A digit after the last unit counts at the next unit down (一百五 = 150, 三万五 = 35,000).
  if (digit) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit;
  return total + section || undefined;
}

interface Amount {
  value: number;
  money: boolean;
  thousands: boolean;
  /** Written with a thousands separator ("2 500", "4.000"): a sum, though no currency is named. */
  grouped: boolean;
}

function amountOf(m: RegExpExecArray): Amount | undefined {
  const [, before, digits, thousands, after] = m;
  const raw = digits!;
  let value: number | undefined;
  if (/^\d/.test(raw)) value = Number(raw.replace(/[ .,'’\u00a0]/g, ''));
  else value = chineseNumber(raw);
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  return {
    value: thousands ? value * 1000 : value,
    money: Boolean(before || after),
    thousands: Boolean(thousands),
    grouped: /\d[ .,'’\u00a0]\d{3}$/.test(raw),
  };
}

/** Sentences; a dot between digits ("1.140 €") ends none. */
const SENTENCE = /(?:[^.!?。！？…\n]|(?<=\d)\.(?=\d))+[.!?。！？…]*/gu;

let lastSplit: { text: string; sentences: string[]; lowered: string[] } | undefined;

/**
 * The sentences of a review, trimmed, and their lower case. The billing rule and the story claims
 * (./urgent-claims.ts) read the same review one after the other, so the last review's are kept.
 */
export function sentencesOf(text: string): { sentences: readonly string[]; lowered: readonly string[] } {
  if (lastSplit?.text !== text) {
    const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter(Boolean);
    lastSplit = { text, sentences, lowered: sentences.map((x) => x.toLowerCase()) };
  }
  return lastSplit;
}

/**
 * A cue as the rules write it: a boundary before it, and a straight apostrophe that also matches the curly one ("didn’t",
 * "m’avait"). Three shorthands keep the six languages' cue lists small in the bundle: `~` is the rest of a word
 * (`\p{L}*`: "refund~" is "refunded", "refunds"), `@N` up to N words and their spaces (`(?:\p{L}+ ){0,N}`, each word with its space: "charged @2twice"),
 * `#` the end of a word (`(?!\p{L})`: "neu#" is not "neun").
 */
export function cueRegExp(source: string, boundary: string, flags: string): RegExp {
  return new RegExp(
    `${boundary}(?:${source.replace(/'/g, "['’]").replace(/~/g, '\\p{L}*').replace(/@(\d)/g, '(?:\\p{L}+ ){0,$1}').replace(/#/g, '(?!\\p{L})')})`,
    flags,
  );
}
/** A number followed by one of these is no price ("4 Minuten", "2 hours", "3 nights", "50%"). */
const NOT_MONEY =
  /^\s?(?:%|min|minut|mins?\b|hours?|hrs?\b|h\b|std|stund|tag|day|night|nacht|nächt|week|woche|km|kilom|mile|people|person|guest|gäst|star|stern|heure|jour|nuit|semaine|étoile|minuto|hora|día|dia|noche|semana|estrella|мин|час|дн|ден|ноч|недел|км|челов|звезд|分|小时|天|晚|个人|位|公里|星|周|点)/iu;
const AMOUNTS = new RegExp(AMOUNT, 'giu');
/** Cues that are searched for every occurrence (the others are only tested). */
const GLOBAL: ReadonlySet<keyof BillingCues> = new Set(['quote', 'bill', 'prepaid', 'shown', 'debited']);
const compiled = new Map<AnalysisLanguage, Record<keyof BillingCues, RegExp>>();

function patterns(lang: AnalysisLanguage): Record<keyof BillingCues, RegExp> {
  let p = compiled.get(lang);
  if (!p) {
    const boundary = lang === 'zh' ? '' : '(?<![\\p{L}])';
    const entries = Object.entries(CUES[lang]) as Array<[keyof BillingCues, string]>;
    p = Object.fromEntries(entries.map(([k, v]) => [k, cueRegExp(v, boundary, GLOBAL.has(k) ? 'giu' : 'iu')])) as Record<keyof BillingCues, RegExp>;
    compiled.set(lang, p);
  }
  return p;
}

/** Where a cue's reach ends: a sentence end, but not the dot of a number or of "ca." / "approx." / "env.". */
const ABBREVIATIONS = '(?:^|[^\\p{L}])(?:ca|approx|env|aprox|прибл|ок|zirka)';
const SENTENCE_STOP = new RegExp(`(?<!\\d|${ABBREVIATIONS})\\.|\\.(?!\\d)(?<!${ABBREVIATIONS}\\.)|[!?。！？\\n]`, 'u');

/** An amount that ends right before a cue ("83 € sur mon compte", "95 € abgebucht"), in its sentence. */
const AMOUNT_BEFORE = new RegExp(`${AMOUNT}\\s?$`, 'iu');

/**
 * After each cue, within 40 characters of its sentence: the first amount marked as money, else the
 * first amount that is no duration or count. With `before`, an amount that ends right before the
 * cue comes first (the shown price and the sum taken are often written "38 € l'addition, 83 € sur mon compte").
 */
function amountsAfter(cue: RegExp, text: string, limit = Infinity, other?: RegExp, before = false): Array<Amount & { at: number }> {
  const out: Array<Amount & { at: number }> = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m && out.length < limit; m = cue.exec(text)) {
    if (m[0].length === 0) {
      cue.lastIndex++;
      continue;
    }
    if (before) {
      const lead = text.slice(Math.max(0, m.index - 16), m.index);
      const stop = lead.search(/[.!?。！？\n](?!\d)[^.!?。！？\n]*$/u);
      const near = AMOUNT_BEFORE.exec(stop >= 0 ? lead.slice(stop + 1) : lead);
      const value = near && near[0].trim() ? amountOf(near) : undefined;
      if (value && (value.money || value.grouped)) {
        out.push({ ...value, at: m.index - near![0].length });
        continue;
      }
    }
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 50);
    const stop = rest.search(SENTENCE_STOP);
    let reach = stop >= 0 ? rest.slice(0, stop) : rest;
    // The quote's amount is not the bill's: "Quoted 300, charged £900" reads 300 against 900.
    const next = other ? reach.search(other) : -1;
    if (next > 0) reach = reach.slice(0, next);
    let first: (Amount & { at: number }) | undefined;
    let money: (Amount & { at: number }) | undefined;
    AMOUNTS.lastIndex = 0;
    for (let a = AMOUNTS.exec(reach); a; a = AMOUNTS.exec(reach)) {
      if (a[0].length === 0) {
        AMOUNTS.lastIndex++;
        continue;
      }
      if (a.index > 40) break;
      const value = amountOf(a);
      if (!value || (!value.money && NOT_MONEY.test(reach.slice(a.index + a[0].length)))) continue;
      const found = { ...value, at: start + a.index };
      first ??= found;
      if (value.money || value.thousands) {
        money = found;
        break;
      }
    }
    const pick = money ?? first;
    if (pick) out.push(pick);
  }
  // The cue is a global expression: leave it as found, whatever stopped the loop.
  cue.lastIndex = 0;
  return out;
}

/** Amounts after quote cues, and after bill cues, compared per stretch of text. */
const MAX_AMOUNTS = 12;

/** How far after the payment the firm may vanish (characters: a few sentences). */
const VANISH_REACH = 260;

/** Ratio of the bill to the price agreed at which a review reads as a fraud claim. */
export const BILL_OVER_QUOTE = 1.4;

type Located = Amount & { at: number };

/** The bill `b` is at least 1.4 times the price `q`, both read as money. */
function billExceeds(q: Located, b: Located, marked: boolean): boolean {
  if (b.at === q.at) return false;
  // Where prices carry a currency, both must, unless the bare one is a sum ("2 500", "1.800", 300 or more):
  // "quoted 2 hours … charged £300" and "for 3 rooms … £300" compare nothing. ("640 statt 380 €": one currency for two amounts side by side.)
  const sum = (a: Located): boolean => a.money || a.thousands || a.grouped || a.value >= 300;
  if (marked && !(q.money || q.thousands) !== !(b.money || b.thousands) && Math.abs(q.at - b.at) > 25 && !(sum(q) && sum(b))) return false;
  // "5 ТЫСЯЧ … ВЫСТАВИЛИ 17": the bill in the quote's thousands.
  const billed = q.thousands && !b.thousands && b.value < 1000 ? b.value * 1000 : b.value;
  return billed >= BILL_OVER_QUOTE * q.value;
}

export function billingUrgent(text: string, lang: AnalysisLanguage, cut: (sentence: string) => string, stars?: number): UrgentSignal | undefined {
  if (stars !== undefined && !(stars <= 3)) return undefined;
  const p = patterns(lang);
  const { sentences, lowered } = sentencesOf(text);
  const lowerText = text.toLowerCase();
  /** The evidence: the first sentence of the window where `found` holds, else the whole window. */
  const sentenceOf = (window: number[], found: (lower: string) => boolean): string =>
    sentences[window.find((k) => found(lowered[k]!)) ?? -1] ?? window.map((k) => sentences[k]!).join(' ');
  const putRight = p.fixed.test(lowerText);
  // Paid ahead, then gone: within a few sentences of the payment.
  for (const paid of lowerText.matchAll(p.prepaid)) {
    const gone = p.vanished.exec(lowerText.slice(paid.index, paid.index + VANISH_REACH));
    if (gone) {
      const at = paid.index + gone.index;
      const s = sentences[lowered.findIndex((x) => p.vanished.test(x))] ?? text.slice(Math.max(0, at - 40), at + 40);
      return { category: 'fraud', evidence: cut(s) };
    }
  }
  for (let i = 0; i < sentences.length; i++) {
    for (const window of [[i], [i, i + 1]]) {
      if (window.some((k) => k >= sentences.length)) continue;
      const lower = window.map((k) => lowered[k]!).join(' ');
      // Charging on after cancelling.
      if (p.cancel.test(lower) && p.chargeOn.test(lower)) {
        return { category: 'fraud', evidence: cut(sentenceOf(window, (x) => p.chargeOn.test(x))) };
      }
      // Items on the bill nobody ordered, and nobody took them off.
      if (!putRight && p.items.test(lower) && p.notOrdered.test(lower)) {
        return { category: 'fraud', evidence: cut(sentenceOf(window, (x) => p.notOrdered.test(x))) };
      }
      // A review names a few prices; a hostile text with thousands compares only its first ones.
      const quotes = amountsAfter(p.quote, lower, MAX_AMOUNTS, p.bill);
      const bills = amountsAfter(p.bill, lower, MAX_AMOUNTS, p.quote);
      if (quotes.length === 0 || bills.length === 0) continue;
      const moneyInView = [...quotes, ...bills].some((a) => a.money || a.thousands || a.grouped) || p.invoice.test(lower) || lang === 'zh';
      if (!moneyInView) continue;
      const marked = [...quotes, ...bills].some((a) => a.money);
      for (const q of quotes)
        for (const b of bills) {
          if (billExceeds(q, b, marked)) return { category: 'fraud', evidence: cut(sentenceOf(window, (x) => amountsAfter(p.bill, x).length > 0)) };
        }
    }
  }
  return debitedUrgent(p, sentences, lowered, cut);
}

/**
 * The bank took more than the price shown: "Bill was £52 … Banking app next morning says £82",
 * "Laut Preisliste … 45 € … Banking-App: 95 € abgebucht" — the price (shown, quoted or billed)
 * and the sum taken within three sentences.
 */
function debitedUrgent(
  p: Record<keyof BillingCues, RegExp>,
  sentences: readonly string[],
  lowered: readonly string[],
  cut: (sentence: string) => string,
): UrgentSignal | undefined {
  for (let i = 0; i < lowered.length; i++) {
    p.debited.lastIndex = 0;
    if (!p.debited.test(lowered.slice(i, i + 3).join(' '))) continue;
    for (let n = 1; n <= 3 && i + n <= lowered.length; n++) {
      const lower = lowered.slice(i, i + n).join(' ');
      const debits = amountsAfter(p.debited, lower, MAX_AMOUNTS, undefined, true);
      if (debits.length === 0) continue;
      const prices = [
        ...amountsAfter(p.shown, lower, MAX_AMOUNTS, p.debited, true),
        ...amountsAfter(p.quote, lower, MAX_AMOUNTS, p.bill),
        ...amountsAfter(p.bill, lower, MAX_AMOUNTS, p.debited),
      ];
      const marked = [...prices, ...debits].some((a) => a.money);
      for (const q of prices)
        for (const d of debits) {
          if (d.at > q.at && billExceeds(q, d, marked)) {
            const k = lowered.slice(i, i + n).findIndex((x) => amountsAfter(p.debited, x, 1, undefined, true).length > 0);
            return { category: 'fraud', evidence: cut(sentences[i + Math.max(0, k)]!) };
          }
        }
    }
  }
  return undefined;
}
