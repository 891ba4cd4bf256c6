/**
 * Concepts shared by the six languages: small word groups, the same two in every language.
 * People rarely write "discrimination" or "fraud"; they tell what happened — a trait of the
 * person (a turban, a wheelchair, an accent) next to how they were treated (refused, asked to
 * leave, followed). A trait and a mistreatment in one sentence are the last resort of the urgent
 * detector (`conceptUrgent`). The learned urgent model that weighed these pairs (and a belonging
 * next to its loss) was removed in analysis version 17: it found nothing on any held-out round.
 *
 * Words match by their beginning (a stem: "refus" matches "refused", "refusing"), or whole when
 * the entry ends in a dot ("trans." is not "transmission"); Chinese by substring. Lists are short on purpose: only the two together, in one sentence, make a finding.
 */
import type { AnalysisLanguage, UrgentSignal } from './types';

export type UrgentConcept = 'trait' | 'mistreat';

export const URGENT_CONCEPTS: readonly UrgentConcept[] = ['trait', 'mistreat'];

type Lists = Record<UrgentConcept, string[]>;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const LISTS: Record<AnalysisLanguage, Lists> = {
  en: {
    trait: words(
      'nigerian african indian pakistani mexican latino latina hispanic chinese roma gypsy gypsies traveller afro burkini niqab kippa sikh patka autistic autism deafness hearing-impaired cane crutches fat overweight plus-size obese curvy grandma grandpa grandmother grandfather pensioner seventy eighty trans. transgender nonbinary racis racial black brown asian arab muslim jewish hijab headscarf turban kippah accent foreign immigrant gay lesbian queer wheelchair disab blind deaf autis pregnan elderly ethnic nationality religio veil skin-colour',
    ),
    mistreat: words(
      'pretend mutter muttered snigger giggl smirk whisper called nickname wouldn refuse told sneer mimick imitat bounced bouncer refus denied deny turned kicked ignor follow stared staring laugh mock insult slur harass touch grop grabb creep comment remark asked unwelcome humiliat abus threaten shout yell',
    ),
  },
  ru: {
    trait: words(
      'нигери африк дагестан чечен узбек таджик киргиз казах армян азербайдж цыган кавказц чурк черномаз негр гей пидор лесбиянк трансгендер аутизм аутист инвалидн незряч слабовидящ колясочни жирн толст полн бабушк дедушк пенсионер расист расов нац национальн кавказ азиат мусульман еврей хиджаб платк тюрбан акцент иностран приезж мигрант нерусск лесби ориентац инвалид коляс слеп глух аутис беремен пожил возраст кож религи',
    ),
    mistreat: words(
      'хихика посмея смеялись шепта назва обозва таким таких гнать погнал проверя отказ выгна выстав игнор следил пялил смеял высмея оскорб унизи домога лапа трога хвата приставал замечани обзыва хамил грубил угрож крича',
    ),
  },
  de: {
    trait: words(
      'afrikan türk arab roma sinti asiat schwarze schwarzer dunkelhäutig autist assistenzhund blindenhund gehörlos rollator krück dick übergewicht fett fressen oma opa großmutter großvater rentner schwule schwulen lesbe trans. homosex hetero kopftuchmädl burkini rassis hautfarbe schwarz ausländ migrant muslim jüd jude kopftuch turban kippa akzent herkunft schwul lesb queer rollstuhl behinder blind taub autis schwanger senior religi nationalität',
    ),
    mistreat: words(
      'gekichert gelacht lachte getuschelt genannt nannte stehenlassen abgelehnt lehnte frisiere bedien bedient angemacht anmach verweigert abgewiesen weggeschickt rausgeworfen rauswurf ignorier verfolg beobacht angestarrt ausgelacht verspott beleidig beschimpf belästig begrapscht angefasst berührt anzüglich bemerkung kommentar gefragt unerwünscht gedemütigt bedroht angeschrien',
    ),
  },
  fr: {
    trait: words(
      'africain maghréb arabes noire noirs beur bougnoul gouine pédé tapette rom gitan asiatique chinois autiste handicapé chien-guide malentendant grosse gros gabarit obèse mamie papy grand-mère grand-père retraité transgenre homosexuel mamadou racis race arabe asiat musulman juif juive voile foulard turban kippa accent étranger immigr origine gay homo lesbi trans. handicap aveugle sourd autis enceinte âgé religi nationalit roulant',
    ),
    mistreat: words(
      'rigol ricané chuchot surnomm appelé traité sert servir prenait prennent lâche marmonn pinc refus refoul viré expuls ignor suivi surveill dévisag moqu insult injur harcel tripot touch pelot attrap remarque commentaire demandé humili menac hurl',
    ),
  },
  es: {
    trait: words(
      'africano africana marroquí marroquíes moro sudaca gitano gitana payo indígena mixteco huipil trenzas negra negro morena moreno chino china autista autismo discapacitado sordomudo gordo gorda obeso abuela abuelo abuelita jubilado trans. transexual homosexual maricón tortillera senegal racis raza color árabe asiát musulm judí judío velo hiyab pañuelo turbante kipá acento extranjer inmigrant origen gay homosex lesbi ruedas discapac ciego sordo autis embaraz ancian edad religi nacionalidad',
    ),
    mistreat: words(
      'rieron reía risas burla cuchich llamó llamaron trataron atendía atendían pasan mandó sacó mamacita piropo negaron negó negar negaba rechaz echar echaron echó expuls ignor sigui vigil burl insult acos manose toc agarr comentario preguntó humill amenaz grit',
    ),
  },
  zh: {
    trait: words(
      '非洲 黑X 老外 少数民族 新疆 回族 维吾尔 藏族 农村 乡下 自闭症 听障 聋哑 残疾人 盲 拐杖 胖 老太太 老大爷 奶奶 爷爷 老年 同性恋 两个男 两个女 跨性别 种族 歧视 肤色 黑人 外地 外国 口音 穆斯林 头巾 同性 残疾 轮椅 盲人 导盲犬 聋 孕妇 怀孕 老人 年纪 民族 宗教',
    ),
    mistreat: words(
      '取笑 嘀咕 笑话 看不起 不收 不接待 拦着 不配 偷拍 搂 占便宜 言语 调戏 不尊重 拒绝 不让 赶出 轰出 无视 不理 跟着 盯着 嘲笑 侮辱 辱骂 骚扰 摸 动手动脚 揩油 评论 羞辱 威胁 吼',
    ),
  },
};

const BITS: Record<UrgentConcept, number> = { trait: 1, mistreat: 2 };

const cache = new Map<string, number>();

/** The concepts a lower-cased word (or, in Chinese, a run of Han characters) belongs to, as bits. */
export function conceptBits(word: string, lang: AnalysisLanguage): number {
  const key = lang + word;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const lists = LISTS[lang];
  let bits = 0;
  for (const concept of URGENT_CONCEPTS) {
    const hit =
      lang === 'zh'
        ? lists[concept].some((w) => word.includes(w))
        : lists[concept].some((w) => (w.endsWith('.') ? word === w.slice(0, -1) : word.startsWith(w)));
    if (hit) bits |= BITS[concept];
  }
  // Reviews reuse a small vocabulary; the cache is bounded all the same.
  if (cache.size > 50_000) cache.clear();
  cache.set(key, bits);
  return bits;
}

const SENTENCE = /[^.!?。！？…\n]+[.!?。！？…]*/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}+/gu;
const TRAIT_AND_MISTREAT = BITS.trait | BITS.mistreat;

/** The concept bits of one sentence: its words' concepts together. */
export function sentenceBits(sentence: string, lang: AnalysisLanguage): number {
  let bits = 0;
  for (const w of sentence.toLowerCase().matchAll(lang === 'zh' ? HAN : WORD)) bits |= conceptBits(w[0], lang);
  return bits;
}

/**
 * The last resort for what the phrases missed: a sentence that names a trait of a
 * person and how they were treated ("the bouncer looked at my cousin's turban and said tonight
 * was members only") reads as discrimination — in a review of at most 3★ or without stars (in
 * higher-rated reviews such sentences were praise for how staff treated someone). `cut` shortens
 * the sentence to the evidence length.
 */
export function conceptUrgent(text: string, lang: AnalysisLanguage, cut: (sentence: string) => string, stars?: number): UrgentSignal | undefined {
  if (stars !== undefined && !(stars <= 3)) return undefined;
  for (const m of text.matchAll(SENTENCE)) {
    if ((sentenceBits(m[0], lang) & TRAIT_AND_MISTREAT) === TRAIT_AND_MISTREAT) return { category: 'discrimination', evidence: cut(m[0].trim()) };
  }
  return undefined;
}
