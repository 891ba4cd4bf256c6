/**
 * What a review names that a reply should name back: the staff member ("our waiter Tom"), the
 * dish ("the soup was cold") and how long the wait was ("we waited over an hour"), in the six
 * reply languages. Only the forms a reply can reuse as they stand are taken (a Russian name
 * after a role word in the nominative, a dish with its accusative ready), so a draft never
 * declines a word wrongly; anything less certain is left out. Pure.
 */
import type { ReplyLanguage } from './templates';

export interface ReviewMentions {
  /** A staff member's first name, as the review writes it. */
  staff?: string;
  /** The dish, in the form the language's sentence needs ("the soup", "про суп" → "суп", "sobre la sopa" → "la sopa"). */
  dish?: string;
  /** How long the wait was, as the language's sentence needs it ("over an hour", "больше часа", "一个多小时"). */
  wait?: string;
}

const L = '\\p{L}';
/** A role word in either case of its first letter, whole. */
const roles = (words: string[]): string =>
  `(?<![${L}])(?:${words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})(?![${L}])`;
const NAME = '(\\p{Lu}\\p{Ll}{1,15})(?![\\p{L}])';

/** Capitalised words that follow a role word but are no names. */
const NOT_NAMES = new Set(
  'The Then And But Also Our We I It He She They This That Was Is Had Has Sadly Unfortunately However Very Never Sie Er Es Das Die Der Den Und War Hat Ist Aber Il Elle Et Mais Le La Les Un Une El Los Las Y Pero Muy Он Она Был Была И Но Очень Нам'.split(
    ' ',
  ),
);

const STAFF: Record<ReplyLanguage, RegExp[]> = {
  en: [
    new RegExp(
      `${roles(['waiter', 'waitress', 'server', 'bartender', 'manager', 'host', 'hostess', 'receptionist', 'chef', 'barista', 'cashier', 'stylist', 'hairdresser', 'technician', 'mechanic'])},?\\s+(?:named\\s+|called\\s+)?${NAME}`,
      'u',
    ),
    new RegExp(
      `(?<![${L}])${NAME},?\\s+\\(?(?:our|the|my)\\s+(?:waiter|waitress|server|bartender|manager|host|hostess|receptionist|barista|stylist)(?![${L}])`,
      'u',
    ),
  ],
  ru: [
    new RegExp(
      `${roles(['официант', 'официантка', 'администратор', 'менеджер', 'бармен', 'повар', 'мастер', 'кассир', 'хостес', 'управляющий', 'управляющая', 'парикмахер', 'консультант'])}\\s+(?:по имени\\s+)?${NAME}`,
      'u',
    ),
  ],
  zh: [/(?:服务员|店员|经理|前台|收银员|理发师|店长)(小\p{Script=Han}|\p{Script=Han}(?:姐|哥))/u, /叫(\p{Script=Han}{1,3})的(?:服务员|店员|经理|前台|理发师)/u],
  es: [
    new RegExp(
      `${roles(['camarero', 'camarera', 'mesero', 'mesera', 'encargado', 'encargada', 'recepcionista', 'cocinero', 'cocinera', 'peluquero', 'peluquera', 'gerente'])},?\\s+(?:llamad[oa]\\s+)?${NAME}`,
      'u',
    ),
  ],
  de: [
    new RegExp(
      `${roles(['Kellner', 'Kellnerin', 'Bedienung', 'Chefin', 'Managerin', 'Manager', 'Rezeptionist', 'Rezeptionistin', 'Friseur', 'Friseurin', 'Köchin', 'Servicekraft'])},?\\s+(?:namens\\s+)?${NAME}`,
      'u',
    ),
  ],
  fr: [
    new RegExp(
      `${roles(['serveur', 'serveuse', 'responsable', 'gérant', 'gérante', 'réceptionniste', 'coiffeur', 'coiffeuse', 'cuisinier', 'cuisinière'])},?\\s+(?:nommée?\\s+|appelée?\\s+)?${NAME}`,
      'u',
    ),
  ],
};

/** Dish words: what to find, and how the reply's sentence writes it. */
type Dish = [find: string, write: string];
const DISHES: Record<ReplyLanguage, Dish[]> = {
  en: [
    'pasta',
    'pizza',
    'soup',
    'steak',
    'burger',
    'salad',
    'fries',
    'coffee',
    'dessert',
    'cake',
    'tiramisu',
    'risotto',
    'lasagna',
    'sushi',
    'ramen',
    'noodles',
    'curry',
    'chicken',
    'fish',
    'bread',
    'sandwich',
    'tacos',
    'pancakes',
    'eggs',
    'cocktails',
  ].map((w) => [`${w}s?`, `the ${w}`]),
  // Russian: every form of the word, written back in the accusative ("про суп", "про пиццу").
  ru: [
    ['суп(?:а|у|ом|е|ы)?', 'суп'],
    ['пицц(?:а|ы|у|ей|е)', 'пиццу'],
    ['паст(?:а|ы|у|ой|е)', 'пасту'],
    ['стейк(?:а|у|ом|е|и)?', 'стейк'],
    ['бургер(?:а|у|ом|е|ы)?', 'бургер'],
    ['салат(?:а|у|ом|е|ы)?', 'салат'],
    ['кофе', 'кофе'],
    ['десерт(?:а|у|ом|е|ы)?', 'десерт'],
    ['шашлык(?:а|у|ом|е|и)?', 'шашлык'],
    ['борщ(?:а|у|ом|е)?', 'борщ'],
    ['пельмен(?:и|ей|ями|ях)', 'пельмени'],
    ['блин(?:ы|ов|ами|ах)', 'блины'],
    ['рыб(?:а|ы|у|ой|е)', 'рыбу'],
    ['мяс(?:о|а|у|ом|е)', 'мясо'],
    ['куриц(?:а|ы|у|ей|е)', 'курицу'],
    ['лапш(?:а|и|у|ой|е)', 'лапшу'],
    ['ролл(?:ы|ов|ами|ах)', 'роллы'],
    ['торт(?:а|у|ом|е|ы)?', 'торт'],
  ],
  zh: ['汤', '披萨', '面条', '拉面', '牛排', '汉堡', '沙拉', '咖啡', '奶茶', '甜点', '蛋糕', '火锅', '米饭', '饺子', '烤鸭', '寿司', '鱼', '鸡肉'].map((w) => [
    w,
    w,
  ]),
  es: [
    ['sopa', 'la sopa'],
    ['pizza', 'la pizza'],
    ['pasta', 'la pasta'],
    ['paella', 'la paella'],
    ['carne', 'la carne'],
    ['pescado', 'el pescado'],
    ['pollo', 'el pollo'],
    ['café', 'el café'],
    ['postre', 'el postre'],
    ['hamburguesa', 'la hamburguesa'],
    ['ensalada', 'la ensalada'],
    ['tapas', 'las tapas'],
    ['tortilla', 'la tortilla'],
    ['croquetas', 'las croquetas'],
    ['arroz', 'el arroz'],
  ],
  // German: written back in the accusative ("über die Suppe", "über den Kaffee").
  de: [
    ['Suppe', 'die Suppe'],
    ['Pizza', 'die Pizza'],
    ['Pasta', 'die Pasta'],
    ['Nudeln', 'die Nudeln'],
    ['Schnitzel', 'das Schnitzel'],
    ['Steak', 'das Steak'],
    ['Burger', 'den Burger'],
    ['Salat', 'den Salat'],
    ['Kaffee', 'den Kaffee'],
    ['Kuchen', 'den Kuchen'],
    ['Fisch', 'den Fisch'],
    ['Pommes', 'die Pommes'],
    ['Dessert', 'das Dessert'],
  ],
  fr: [
    ['soupe', 'la soupe'],
    ['pizza', 'la pizza'],
    ['pâtes', 'les pâtes'],
    ['steak', 'le steak'],
    ['burger', 'le burger'],
    ['salade', 'la salade'],
    ['café', 'le café'],
    ['dessert', 'le dessert'],
    ['gâteau', 'le gâteau'],
    ['poisson', 'le poisson'],
    ['poulet', 'le poulet'],
    ['frites', 'les frites'],
    ['viande', 'la viande'],
  ],
};

const ONE = new Set(['a', 'an', 'one']);

/** The wait, rebuilt from its parts so the reply's sentence reads whole ("over an hour", "plus d’une heure"). */
function waitOf(text: string, lang: ReplyLanguage): string | undefined {
  const join = (...parts: Array<string | undefined>): string => parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  switch (lang) {
    case 'en': {
      const m =
        /(?<![\p{L}])(?:wait(?:ed|ing)?|took)\s+(?:for\s+)?(?:us\s+)?((?:well\s+)?(?:over|more than|almost|nearly|about|around|at least)\s+)?(an?|one|two|three|four|five|half an|\d{1,3})\s+(hours?|minutes?|mins)(?![\p{L}])/iu.exec(
          text,
        ) ?? /(?<![\p{L}])((?:over|more than|almost|nearly|about|around)\s+)?(an?|one|two|three|\d{1,3})[ -](hours?|minutes?|min)\s+wait/iu.exec(text);
      if (!m) return undefined;
      const count = m[2]!.toLowerCase();
      const unit = m[3]!
        .toLowerCase()
        .replace(/^mins?$/, 'minute')
        .replace(/s$/, '');
      return join(m[1]?.toLowerCase(), count, ONE.has(count) || count === 'half an' ? unit : `${unit}s`);
    }
    case 'ru': {
      const m =
        /(?<![\p{L}])(?:ждал[аи]?|прождал[аи]?|ожидали)\s+(?:[\p{L}]+\s+){0,2}?((?:больше|более|почти|около|целых)\s+)?(часа|час|полчаса|двух часов|трёх часов|\d{1,3}\s+минут[аы]?|\d{1,2}\s+час(?:а|ов)?)(?![\p{L}])/iu.exec(
          text,
        );
      return m ? join(m[1]?.toLowerCase(), m[2]!.toLowerCase()) : undefined;
    }
    case 'zh': {
      const m = /等了(?:足足|差不多|将近|快|整整)?((?:一|两|三|四|五|半|\d+)个?多?(?:小时|钟头|分钟)多?)/u.exec(text);
      return m ? m[1] : undefined;
    }
    case 'es': {
      const m =
        /(?<![\p{L}])esper(?:amos|é|ó|aron|ar|ando|ado)\s+(?:[\p{L}]+\s+){0,2}?((?:más de|casi|unos?|cerca de)\s+)?(una|media|dos|tres|\d{1,3})\s+(horas?|minutos)(?![\p{L}])/iu.exec(
          text,
        );
      return m ? join(m[1]?.toLowerCase(), m[2]!.toLowerCase(), m[3]!.toLowerCase()) : undefined;
    }
    case 'de': {
      const m =
        /(?<![\p{L}])((?:über|mehr als|fast|knapp|gut)\s+)?(eine|einer|zwei|drei|\d{1,3})\s+(Stunden?|Minuten)\s+(?:[\p{L}]+\s+)?(?:gewartet|warten|gedauert)/u.exec(
          text,
        ) ?? /(?<![\p{L}])wartet\p{L}*\s+(?:wir\s+)?((?:über|mehr als|fast|knapp|gut)\s+)?(eine|zwei|drei|\d{1,3})\s+(Stunden?|Minuten)(?![\p{L}])/u.exec(text);
      if (!m) return undefined;
      return join(m[1], m[2] === 'einer' ? 'eine' : m[2], m[3]);
    }
    case 'fr': {
      const m =
        /(?<![\p{L}])attend\p{L}*\s+((?:plus d['’]\s?|près d['’]\s?|presque\s+|environ\s+))?(une|deux|trois|\d{1,3})\s+(heures?|minutes)(?![\p{L}])/iu.exec(
          text,
        );
      if (!m) return undefined;
      const mod = m[1]?.toLowerCase().replace("'", '’').replace(/’\s/, '’') ?? '';
      return `${mod}${mod.endsWith('’') ? '' : mod ? ' ' : ''}${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}`.trim();
    }
  }
}

export function findMentions(text: string, lang: ReplyLanguage): ReviewMentions {
  const out: ReviewMentions = {};
  for (const pattern of STAFF[lang]) {
    const m = pattern.exec(text);
    const name = m?.slice(1).find(Boolean);
    if (name && !NOT_NAMES.has(name)) {
      out.staff = name;
      break;
    }
  }
  // Chinese has no word breaks to check; elsewhere a dish is a whole word.
  const [before, after] = lang === 'zh' ? ['', ''] : [`(?<![${L}])`, `(?![${L}])`];
  let first = Infinity;
  for (const [find, write] of DISHES[lang]) {
    const at = new RegExp(`${before}${find}${after}`, lang === 'de' ? 'u' : 'iu').exec(text)?.index;
    if (at !== undefined && at < first) {
      first = at;
      out.dish = write;
    }
  }
  const wait = waitOf(text, lang);
  if (wait) out.wait = wait;
  return out;
}
