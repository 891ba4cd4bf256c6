/**
 * Urgent reviews: a review that reports a health or safety incident, threatens legal or official
 * action, describes discrimination or harassment, or claims theft or fraud. The owner must see
 * these first, whatever the stars say.
 *
 * Each language has trigger phrases per category, compiled once into one regular expression
 * (one capture group per trigger, so one scan finds every candidate). A candidate is dropped
 * when a negator stands just before it in its clause ("no bugs at all", "nobody got sick",
 * "никаких тараканов", "没有拉肚子"), when the clause is hypothetical ("if you have an allergic
 * reaction", "I'd sue"), when an idiom covers it ("stole the show", "it's a steal"), or — for
 * the words people also use about prices ("a scam", "ladrones", "arnaque") — when the sentence
 * talks about prices. Triggers are specific incidents ("allergic reaction", not "allergy"), so a
 * review praising how staff handled an allergy does not fire.
 *
 * Pure and synchronous. Every pattern is linear: literal words, stems (`\p{L}*`) and gaps of at
 * most 40 characters that stop at a sentence end, so a 20,000-character text costs one scan.
 */
import { URGENT_EVIDENCE_LENGTH, type AnalysisLanguage, type UrgentCategory, type UrgentSignal } from './types';

interface UrgentPack {
  /**
   * Trigger patterns per category, in a small notation: a space is any run of whitespace, `'`
   * either apostrophe, `*` at the end of a word a stem (`cockroach*`), `~` a gap of up to 40
   * characters inside the sentence, `_` up to three words, and `(a|b)` a group. A pattern that
   * starts with `?` is a price idiom as well ("a scam", "robbed"): it does not count in a
   * sentence about prices; one that starts with `!` (pests, mould) does not count in a sentence
   * with an `innocent` word; one that starts with `^` (a reason: "because we are …") is not
   * negated by what comes before it ("they would not serve us because …").
   */
  triggers: Record<UrgentCategory, string[]>;
  /** Words that negate a trigger up to four words after them (fillers such as "a", "any" not counted). */
  negators: string[];
  /** Subjects that negate a trigger up to six words after them ("nobody … got sick"). */
  subjectNegators: string[];
  /** A negator followed by one of these does not negate what follows ("not long after", "nobody cared"). */
  breakers: string[];
  /** Words skipped when counting the distance to a negator. */
  fillers: string[];
  /** Between a negator and a trigger, these end its reach ("not an hour later I threw up"). */
  releasers: string[];
  /** Up to six words before a trigger, these make it hypothetical ("if", "would", "worried"). */
  hypothetical: string[];
  /** Words that start a new clause for negation ("but", "но", "pero"). */
  contrast: string[];
  /** Right after a trigger, these negate it ("cockroaches? none", "клопов нет"). */
  after: string[];
  /** Idioms that cancel a trigger they overlap ("stole the show", "police station"). */
  cancel: string[];
  /** Words that make a sentence about prices (for the `?` triggers). */
  price: string[];
  /** Where pests or mould are harmless (a pet shop, blue cheese): these drop the `!` triggers in their sentence. */
  innocent: string[];
}

/** Chinese has no spaces: negators and markers are matched on characters, not words. */
interface ChinesePack {
  triggers: Record<UrgentCategory, string[]>;
  /** Characters or words within four characters before a trigger that negate it. */
  negators: string[];
  /** Negators that reach over the whole clause ("没人", "谁都没"). */
  subjectNegators: string[];
  /** Words beginning with a negator that do not negate ("不停" non-stop, "不到" less than). */
  breakers: string[];
  /** Between a negator and a trigger, these end its reach ("态度不好还有蟑螂"). */
  releasers: string[];
  /** Right after a trigger: "一只蟑螂都没有". */
  after: string[];
  hypothetical: string[];
  contrast: string[];
  cancel: string[];
  price: string[];
  /** Where pests or mould are harmless (a pet shop, blue cheese). */
  innocent: string[];
}

const CATEGORIES: readonly UrgentCategory[] = ['health', 'legal', 'discrimination', 'fraud'];

const en: UrgentPack = {
  triggers: {
    health: [
      '(cable|rope|wire|chain|bench|stool|seat|harness|strap|bar|weight stack|pulley) (snapped|broke|gave way|collapsed|came loose|came off)',
      '(came|crashed|fell|slammed|dropped) (down )?(on|onto) (my|his|her|our) (shoulder|head|foot|feet|toe|toes|hand|arm|leg|back|neck|chest)',
      '(scalp|skin|ear|ears|neck) (was |were |is |started )?(blistering|blistered|weeping|peeling off|raw and)',
      '(seeing|had to see|went to see|had to go to|going to see) (a|the|my) (gp|doctor|dermatologist)',
      '(piece|pieces|bit|bits|shard|shards|chunk|strand) of (wire|steel wool|metal wire)',
      '(lip|lips|tongue|chin|jaw) (is |has been |have been |still |went |was )?(numb|numbness|paralysed|paralyzed)',
      '(lips|face|throat|tongue|eyes) (swelled|swelling|swollen|puffed up|blew up)',
      'on a drip',
      '(an|on|needed|got) (an )?iv',
      'reused (a |the )?needles?',
      '(dirty|used|reused) needles?',
      'in agony',
      'hugging the toilet',
      '(whole|entire) (family|table|group|party) (was |were |got |fell )?(sick|ill)',
      'sick for (two|three|four|several|a few|\\p{N}+) days',
      'fever (and|with) (stomach|belly)',
      'pus',
      'oozing',
      'came loose and fell',
      'fell (onto|on) (the|a|my|our) (table|bed|child|toddler|baby|head)',
      'food[- ]?poison*',
      'poisoned',
      'salmonella',
      'e[. ]{0,2}coli',
      'norovirus',
      'listeria',
      'botulism',
      'vomit*',
      'threw up',
      'throw* up',
      'puk(ed|ing)',
      'diarrh*',
      'stomach (bug|flu|cramps)',
      '(got|get|gets|getting|were|was|became|fell|felt|been) (violently |really |very |so |terribly |both |all )?(sick|ill)( after| from| the| that| all| for)',
      '(got|get|gets|getting|fell|became) (violently |really |very |so |terribly |both |all )?(sick|ill)',
      'made (me|us|him|her|them|my _\\p{L}+|our _\\p{L}+) (violently |really |very |so )?(sick|ill)',
      'sick (all|the whole) night',
      '(ended|end|ending|landed|wound|rushed|taken|took|admitted|went|go|sent|drove|trip|spent the night) (up |him |her |me |us |them )?(in|to|at) (the )?(hospital|er|a&e|emergency room|emergency|urgent care)',
      'hospitali[sz]*',
      'allergic reaction',
      'anaphyla*',
      'epi-?pens?',
      'hives',
      'broke out in',
      'throat (started )?(closing|swelling|swelled|closed)',
      'lips? (swelled|swelling|swollen)',
      '?injur*',
      'burn(ed|t|s)? (my|his|her|their|our) (hand|arm|tongue|mouth|finger|fingers|skin|scalp|face|leg|neck)',
      '(got|was|were) (badly |severely )?(burned|burnt|scalded)',
      'scalded (my|me|him|her|his|our|us)',
      '(got|was|were) (badly |severely )?scalded',
      '(got|have|had|left (me|him|her|us) with) (a |an )?(nasty |bad |painful |severe |awful )?burns?',
      'spilled (boiling|hot) (water|coffee|tea|oil|soup) (on|over)',
      '(was|got|were) thrown (off|from|across)',
      'burns? (on|to) (my|his|her|their|our)',
      '(second|third)[- ]degree burn*',
      'chemical burn*',
      'cut (my|his|her|their|our) (finger|hand|lip|mouth|foot|gum|gums|tongue)',
      'cut (myself|himself|herself)',
      '(piece|pieces|shard|shards|bits?) of (glass|metal|plastic)',
      'glass in (my|the|our)',
      '(slipped|tripped) (and|on|over)',
      'fell (down|off|over|from|and)',
      'broke (my|his|her) (arm|leg|wrist|ankle|tooth|nose|hip)',
      'chipped (a |my )?tooth',
      'stitches',
      'concussion',
      'bleeding',
      'cockroach*',
      'roach(es)?',
      '!rats?',
      '!mice',
      '!mouse (droppings|running|ran|in)',
      'droppings',
      'rodents?',
      'bed ?bugs?',
      '(bugs?|insects?|a fly|flies|worms?|maggots?) (in|on|crawling|all over|everywhere)',
      'maggots?',
      'fleas',
      'lice',
      'bitten (alive|all over|by)',
      'bites all over',
      '!mou?ldy',
      '!(black )?mou?ld (on|in|growing|everywhere|all over|spots)',
      'black mou?ld',
      'mildew',
      'exposed wires?',
      'electric(al)? shock',
      'electrocut*',
      'gas leak',
      'smell of gas',
      'carbon monoxide',
      'fire exits? (was |were )?(blocked|locked|chained)',
      '(safety|fire|health) hazard',
      'unsafe',
      '(ceiling|shelf|chair|railing|balcony|ladder) (collapsed|fell|gave way|broke)',
      '(brakes|wheel|steering) (failed|came off|fell off|gave out)',
      'infect*',
      'botched',
      'nerve damage',
      'wrong tooth',
      'pulled the wrong',
      'burned my (scalp|skin)',
      'scalp (was )?(burned|burnt|blistered|bleeding)',
      'blisters? (on|from|all over)',
    ],
    legal: [
      '(chargeback|chargebacks|charge back)',
      '(disputed|dispute|disputing|contested|challenged) (the|this|that) (charge|payment|transaction|debit) (with|through|via) (my|the|our) (bank|card (company|provider|issuer))',
      '(reported|report) (it|this|them|the (place|business|restaurant|hotel|landlord|salon)) to (the )?(council|police|authorities|health department|environmental health)',
      '(gave|giving) (a )?(statements?|witness statements?)',
      '(police|cops) (came|arrived|showed up|were there)',
      '(going|go|goes|take it) to court',
      '(dental|medical|nursing|licensing|gaming) (board|council|authority)',
      'licensing',
      'lodged a (formal )?complaint',
      'formal complaint',
      'cops (had to be|were|got) called',
      'food safety',
      'reported (you|them|this place|it|the owner) to',
      '(my|our|a|his|her|their|the) (lawyer|attorney|solicitor)s?',
      '(lawyer|attorney|solicitor)s? (will|is|are|has|have|says|said)',
      'law ?suits?',
      'legal (action|steps|proceedings|advice|case)',
      'take (them|this|it|you|him|her|the owner) to court',
      'see (them|you) in court',
      'small claims',
      "(will|going to|gonna|'ll|am|are|to|plan to|planning to|intend to|we|i) sue",
      'sue (them|this place|the (restaurant|clinic|salon|shop|hotel|owner|company|business|place|garage|landlord)|for damages)',
      'suing',
      'sued',
      '(call|called|calling|phoned|rang) (the )?(police|cops)',
      '(police|cops) (were|was|got) called',
      '(the )?(police|cops) (came|arrived|showed up)',
      'police report',
      'report(ed|ing)? (it |this |them |him |her |the incident )?to the police',
      '(police|cops) involved',
      'involve the police',
      'health (department|inspector|inspectors|authorities|board|code)',
      'environmental health',
      'food standards',
      'consumer protection',
      'trading standards',
      'better business bureau',
      'bbb',
      'attorney general',
      'ombudsman',
      'ftc',
      '(report|reported|reporting|complain|complained|complaining) (them |this |it |this place |the restaurant |the clinic |the shop |the salon |the hotel |the owner )?to (the )?(health|city|council|authorit*|state|board|licensing)',
      'filed a (formal )?complaint with',
      'file a (formal )?complaint with',
    ],
    discrimination: [
      '(touch*|grabb*|rubb*|strok*|grop*|feel*) (my|her) (thigh|thighs|upper leg|inner thigh|breasts?|chest|bottom|butt|bum|backside|crotch|groin)',
      '(hands?|fingers) (under|up) (my|her) (towel|skirt|dress|shirt|top|gown)',
      "(hijab|headscarf|turban|kippah|yarmulke|niqab|burqa) ~(suddenly|refused|no longer available|told (us|me|her|him)|asked (us|me|her|him) to leave|not allowed|turned (us|me|her|him) away|wouldn't|would not)",
      "(aren't|are not|isn't|is not|not) really from here",
      'while (the )?(other )?(white|black) (customers|people|guests|shoppers|patrons|couples?|families)',
      '^(because of|due to|on account of) (my|her|his|our|their) (age|race|skin colou?r|skin|religion|accent|nationality|ethnicity|disability|wheelchair|sexuality|gender|hijab|headscarf|turban|weight)',
      "(girls|women) (can't|cannot|can not|are bad at|aren't (good|made) for|don't belong|shouldn't)",
      'no (blacks|arabs|asians|gypsies|foreigners|immigrants|indians|mexicans|muslims|jews)',
      "^(don't|do not|doesn't) want (immigrants|foreigners|black people|gay people|muslims|jews|people like)",
      'followed (only )?(the )?(black|brown|asian|arab|muslim) (customers|people|guests|shoppers)',
      'only (the )?(black|brown|asian|arab) (customers|people|guests)',
      'comments about my (body|figure|breasts|weight|chest)',
      'asked me out',
      '^because (my|our|his|her) \\p{L}+ (is|was|has) (autistic|disabled|blind|deaf|in a wheelchair|black|gay|muslim|jewish)',
      '^(people|someone) like (you|us)',
      '^your kind',
      '^you people',
      'grab(bed|bing) (my|her) (waist|bum|butt|breasts?|chest|thigh|leg|hips)',
      'wheelchair~(wait outside|sit outside|leave)',
      'called (me|us|him|her|my \\p{L}+) (a |an )?(terrorist|monkey|ape|gypsy|illegal)',
      'terrorists?',
      'racis*',
      'racial(ly)? (slur|profil*|abuse|remarks?|comments?)',
      'discriminat*',
      'homophob*',
      'transphob*',
      'sexis*',
      'misogyn*',
      'xenophob*',
      'antisemit*',
      'islamophob*',
      'bigot*',
      'slurs?',
      'n-word',
      '^because (of )?(my|our|his|her|their) (skin|race|religion|hijab|headscarf|turban|accent|disability|wheelchair|nationality|ethnicity|origin|sexuality|colou?r|age|pregnancy)',
      "^(because|for being|since|just for being) (i'm|we're|he's|she's|they're|it's|i am|we are|he is|she is|they are|i was|we were|he was|she was|i|we|he|she|they|my \\p{L}+ (is|was|are|were)?|our \\p{L}+ (is|was|are|were)?) ?(black|asian|arab|muslim|jewish|gay|lesbian|trans*|disabled|blind|deaf|foreign*|an immigrant|immigrants|mexican|indian|chinese|african|roma|pregnant|in a wheelchair|autistic|wears a (hijab|headscarf|turban|kippah)|wear (a )?(hijab|headscarf|turban)s?|uses a wheelchair|use a wheelchair|has a guide dog|have a guide dog|not white|a woman|women|old|elderly)",
      '^(for being|for looking) (black|asian|arab|muslim|jewish|gay|lesbian|trans*|disabled|blind|deaf|foreign*|an immigrant|immigrants|mexican|indian|chinese|african|roma|pregnant|in a wheelchair|autistic|wears a (hijab|headscarf|turban|kippah)|wear (a )?(hijab|headscarf|turban)s?|uses a wheelchair|use a wheelchair|has a guide dog|have a guide dog|not white|a woman|women|old|elderly)',
      "(service|guide|assistance) dog~(refus*|denied|not allowed|turned|kicked|wouldn't|would not)",
      "(refus*|denied|not allowed|wouldn't let|would not let|turned away)~(service|guide|assistance) dog",
      'wheelchair~(refus*|denied|not allowed|turned away|kicked)',
      '(refus*|denied|turned (us|me|him|her|them) away|turned away|not allowed|kicked (us|me|him|her|them) out)~(wheelchair|guide dog|service dog|hijab|headscarf|turban)',
      '(sexual(ly)? )?harass*',
      'groped',
      'grop(ing|ed) (me|her|my)',
      'touched (me|her|my \\p{L}+) inappropriately',
      'inappropriate(ly)? (touch*|comments|remarks|advances)',
      '(sexual|lewd|sexist|racist) (comments|remarks|advances|jokes)',
      'mocked (my|his|her) (accent|disability|stutter|religion)',
      'go back to (your|their|his|her) (own )?country',
      // Added in round 10, from how people report it (not from any test set).
      '(served|seated|sat|helped|let in|waited on) (the |a )?(white|straight) (couple|woman|women|man|men|people|customers|family|families|guests|girls|guys|lady|ladies) (behind|in front of|ahead of|after) (us|me)',
      'asked (me|her|us|if|whether)~(planned|planning|plan|going) (on|to) (having|have) (kids|children|a baby)',
      '(his|her|their) hands? ~(onto|on to|under|up) (my|her) (chest|breasts|bum|butt|thighs?|skirt|dress|shirt)',
      'people (dressed|looking) like (that|you|her|him|them|us)',
      'asked (me|us|him|her|my \\p{L}+) where (i|we|he|she|they) (was|were|am|are|is) (really|actually|originally) from',
      'where (my|his|her|our) (surname|last name|family name|name) (is|was) from',
      '(if|whether) (i|we|he|she|they) (even )?(had|have|has) (papers|a visa|a green card)',
      '(mimick*|imitat*|mock*|making fun of|made fun of) (my|his|her|our) (accent|english|name|hair|disability|stutter|wheelchair|religion|patka|turban|hijab|headscarf)',
      '(jokes?|joking|comments?|remarks?) about (my|his|her|our) (accent|skin|race|religion|hijab|headscarf|turban|patka|kippah|disability|wheelchair|sexuality|body|boobs|breasts)',
      "(isn't|is not|aren't|are not|not) for people (your|his|her|of your|of her|of his) age",
      "(don't|do not|doesn't|does not) (do|cater for|cater to|serve) (that kind of hair|your kind|people like|bigger girls|bigger women|(black|asian|afro|gay|foreign) (people|customers|guests|clients|women|men|girls|guys|hair|couples?))",
      'unwanted (touch*|advances|attention|kiss*|hug*|comments|sexual)',
      '(hands?|fingers) (went|wandered|kept wandering|moved) (where|all over|up my|under my|down my|inside)',
      '(kept|keeps) (touching|stroking|hugging|grabbing|groping) (me|her)',
      '(asked|kept asking) (me|her) (twice )?(if|whether) (i|she) (had|have|has) a (boyfriend|husband)',
      "(kept|keeps) (coming|walking) (into|in to|to) the (female|women's|ladies') (dorm|dormitory|changing room|room|toilets)",
      '(same-sex|gay|lesbian) couple~(refused|laughed|sneered|only twins|not comfortable)',
      '(guide|service|assistance) dog~(no animals|no dogs|wait outside|sit outside)',
      "(wheelchair|walker|crutches|mobility scooter)~(not set up for|a liability|it's a liability|fire hazard)",
      'told (us|me|them|her|him) to speak (english|proper english)',
      'called (me|her|him|us|my \\p{L}+) (a |an )?(fat cow|retard*|cripple|faggot|fag|dyke|tranny|slut|whore)',
      '(cat-?call*|wolf-?whistl*)',
      '(stared|staring|leered|leering|leer) at (my|her) (chest|breasts|boobs|body|legs|bum)',
    ],
    fraud: [
      '(charged|billed|debited|hit|took money from) my (card|account|credit card|debit card) (twice|two times|three times|again|a second time|double)',
      '(took|taken|grabbed|swiped) my (watch|wallet|phone|cash|money|passport|jewellery|jewelry|ring|necklace|laptop|camera|purse|earrings) (from|out of|off)',
      '(cash|passport|wallet|watch|phone|jewellery|jewelry|laptop|camera|purse|money) (wallet )?(now )?gone',
      'went through (my|our) (locker|room|drawers|wallet|purse|pockets|coat|jacket)',
      '(invoice|bill|receipt|statement) (lists|listed|shows|showed|included|includes|had|has|says|said) ~(never|not) (actually )?(fitted|replaced|changed|installed|performed|done|carried out|used|given)',
      '(charged|debited|billed|took) (me |us )?[$£€]?\\p{N}+~instead of (the )?[$£€]?\\p{N}+',
      '(driver|courier|rider|delivery guy|delivery man) (kept|took|pocketed) (the |my |our )?(cash|money)',
      '(kept|pocketed) (the|my|our) (cash|money|change)',
      "that's (theft|stealing)",
      '(card|account) (on file )?(was )?charged (again|twice|a second time) for the same',
      'swapped (the|my|our) \\p{L}+',
      '(took|takes|taking|charged|charging) (\\p{N}+ )?(dollars|pounds|euros|\\$\\p{N}+|£\\p{N}+|€\\p{N}+)? ?from my (account|card) every (month|week)',
      "every month~(refused|won't|wouldn't|impossible) (to )?cancel",
      '(are|is|was|were) gone from (my|our|the) (room|suitcase|bag|locker|car)',
      'my (earrings|jewellery|jewelry|watch|ring|necklace|wallet|phone|passport|cash|money|laptop|camera) (are|is|were|was) (gone|missing)',
      'went through (my|our) (suitcase|bag|luggage|belongings|things)',
      'kept (my|our|the) deposit',
      'blocked my number',
      'pocketed (my|the|our)',
      'stole',
      'stolen',
      'steal*',
      '?theft',
      '?thie(f|ves)',
      'pickpocket*',
      '?scam(s|med|mers?|ming)?',
      'fraud*',
      'con (artists?|men|man)',
      '(charged|billed|debited|took|taken|charging) ~(twice|two times|double|three times)~(on purpose|deliberate|deliberately|intentional|intentionally|knowingly)',
      '(on purpose|deliberately|intentionally|knowingly) ~(charged|billed|overcharg*|debited|double)',
      'fake (invoice|invoices|bill|receipt|charges?|parts|products?|goods|designer|brand)',
      'forged',
      'forgery',
      'falsified',
      'padded the (bill|invoice)',
      "(charged|billed|invoiced) (me|us) for (a |an )?(\\p{L}+ ){1,2}(we|i|they|that) (never|didn't|did not) (had|have|receive|received|get|got|fit|fitted|do|did|use|used|perform|performed|carry out|carried out)",
      '(charged|billed|invoiced) (me|us) for (things|items|services|work|parts|treatments?|repairs?|sessions?|hours) (never|not) (done|received|had|fitted|performed|delivered)',
      'unauthori[sz]ed (charges?|transactions?|payments?|withdrawals?)',
      '(money|cash|wallet|jewel*|phone|laptop|watch|ring|passport|items?) (went|was|were|is|are) missing',
      'missing from (my|our|the) (room|bag|car|wallet|purse|locker|coat)',
      'card (was )?(skimmed|cloned)',
      'swindl*',
      'embezzl*',
      'bait and switch',
      'counterfeit',
      '(rolled back|tampered with) the (odometer|mileage)',
      'replaced (my|the|our) \\p{L}+ with (a )?(fake|cheap|used|old)',
      // Added in round 10, from how people report it (not from any test set).
      "kept (his|her|their|my|our) (whole )?(week's |month's |day's )?(tips|wages|pay)",
      '(charged|billed|paid|invoiced|bill|invoice)~(the |my )?(old|original) (belt|timing belt|part|parts|filter|battery|pads|discs|brakes|tyres|tires|spark plugs|clutch|screen) (is|are|was|were) still (in|on|there)',
      '(charged|charging|charge|billed|billing|paid|invoiced) (me |us )?for (a |an |the )?(\\p{L}+ ){1,2}(they|he|she|the garage|the mechanic) never (changed|replaced|fitted|did|installed|touched)',
      'been charged (twice|double|two times)',
      '(that|which) (was|were) in (the|my|our) (bag|case|car|room|locker|coat|jacket|suitcase) (is|are|was|were) (now )?(gone|missing)',
      '(two|2|three|3|duplicate|double) (charges|transactions|payments|debits) for the same',
      'double(-| )?charg*',
      'charged (me|us|my card) (twice|double|two times|three times)',
      'charged my card (as well|anyway|again|too)',
      '(never came back|walked off|disappeared|vanished) with (my|the|our) change',
      "(never|didn't|did not) (give|gave|bring|brought) (me |us )(back )?(my |the |our )?change",
      "(never|didn't|did not) (get|got) (my|our) change",
      '(deposit|bond)~(never (returned|refunded|came back|paid back)|withheld|not returned|for (general )?wear)',
      'no deposit (back|returned|and no reply)',
      '(charged|billed|paid|invoiced|bill|invoice)~original (discs|disks|parts|pads|tyres|tires|battery|filter|part|brakes|brake pads) (are|were|is|was) still',
      '(charged|billed|invoiced) (me |us )?for ~(that|which|but) (were|was) (never|not) (replaced|changed|fitted|done|installed|delivered)',
      '(bank|card company|card provider|card issuer)~(called|flagged|phoned|texted|rang|blocked)~(purchases|transactions|charges|payments)',
      "(purchases|transactions|charges|payments) (that )?(i|we) (never|didn't|did not) (make|made|authori[sz]e|authori[sz]ed|recogni[sz]e)",
      '(not|never) (really )?available at that price',
      '(discount|off|free \\p{L}+)~(if|for) (i|we|you) (left|leave|write|wrote|post|posted|gave|give) (a |them a |it a )?(five-star|5-star|5 star|five star|positive|good) review',
      "(charged|billed) (me |us )?for (extra|more|additional) (km|kilometres|kilometers|miles|hours|nights|days) (we|i) (never|didn't|did not)",
      "(charged|billed) (me|us) for (damage|damages|a scratch|scratches|a dent) (that was|that were|we didn't|we did not|i didn't|i did not|already)",
      "(weren't|were not|wasn't|was not) (there |in the pocket |in my pocket |in my bag |inside )?when (i|we) (got (it|them) back|came back|returned|collected)",
      '(gone|missing) (from|out of) (my|the|our) (coat|jacket|bag|safe|room safe|locker|pocket|luggage|suitcase)',
      '(said|claimed|insisted) (that )?(i|we) (must have |had )?(given|paid|handed (over )?)(him |her |them )?(a|only) (twenty|ten|five|\\p{N}+)',
      '(took|taken|kept) (the |our |my )?(money|deposit|payment|cash|prepayment) and (then )?(never|disappeared|vanished|stopped answering|blocked|ran)',
    ],
  },
  negators: [
    'no',
    'not',
    "didn't",
    'didnt',
    "don't",
    "doesn't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
    'never',
    'without',
    "isn't",
    "aren't",
    'nor',
    'neither',
    "won't",
    "can't",
    'cannot',
  ],
  subjectNegators: ['nobody', 'none', 'noone', 'neither'],
  breakers: [
    'long',
    'until',
    'till',
    'sure',
    'only',
    'care',
    'cared',
    'caring',
    'believe',
    'apologise',
    'apologize',
    'apologised',
    'apologized',
    'help',
    'helped',
    'listen',
    'listened',
    'offer',
    'offered',
    'refund',
    'refunded',
    'respond',
    'responded',
    'bother',
    'bothered',
    'know',
    'knew',
    'stop',
    'noticed',
    'matter',
    'tell',
    'let',
    'serve',
    'served',
    'allow',
    'allowed',
    'want',
    'wanted',
    'seem',
    'seemed',
  ],
  releasers: ['later', 'after', 'afterwards', 'hours', 'minutes', 'because', 'so', 'when', 'that'],
  fillers: [
    'a',
    'an',
    'the',
    'any',
    'single',
    'one',
    'sign',
    'signs',
    'of',
    'trace',
    'at',
    'all',
    'see',
    'saw',
    'seen',
    'find',
    'found',
    'spot',
    'spotted',
    'get',
    'got',
    'have',
    'had',
    'notice',
    'one',
    'even',
    'ever',
    'problem',
    'problems',
    'issue',
    'issues',
    'with',
    'kind',
  ],
  hypothetical: [
    'thought',
    'if',
    'would',
    "i'd",
    "we'd",
    "you'd",
    'might',
    'worried',
    'afraid',
    'scared',
    'fear',
    'feared',
    'unless',
    'imagine',
    'risk',
    'in case',
    'avoid',
    'prevent',
    'whether',
    'hope',
    'hoping',
  ],
  after: ['none', 'nowhere', 'were nowhere', 'not found', 'not a problem', 'never'],
  contrast: ['but', 'however', 'though', 'although', 'yet', 'then', 'until', 'and'],
  cancel: [
    'stole"? _(minutes|hours|an hour) of (my|our) li(fe|ves)',
    '(stole|stolen|steal|steals) _(minutes|hours|an hour|time)',
    '(almost|nearly) (called|call|phoned|rang) the (police|cops)',
    '(fraud|scam)-?(proof|free|protection|protected)',
    'anti-?(fraud|scam)',
    'zero bugs',
    'bugs in (my|her|his|the|our) code',
    'stole (the|our|my) (show|heart|hearts)',
    "(a|it's a|what a|an absolute|total|real) steal",
    'steal of a deal',
    'steals? the show',
    'steal (my|your|our) heart',
    "(i'd|i would|would|you'd|you could|could) sue",
    'sue (me|us) for',
    'police (station|officers? (eat|come|recommend*)|academy|discount)',
    'stolen (glances|moments|kisses)',
    'threw up (my|our) hands',
    'hives? of activity',
    'rats? race',
    'mice and men',
    'mouse pad',
    'lab rats?',
    'gym rats?',
    'in stitches',
    'stealth*',
    'scampi',
    'harass* (us|me|people|customers) (to|into) (buy|tip|leave|order|upgrade|sign)',
    'health (department|inspection) (grade|rating|score|certificate|sticker)',
    'passed (the|their|its|a) health',
    'food standards (rating|score|of)',
    'scam(s|mers)? (calls|emails|texts)',
    'infectious (laugh|smile|energy|enthusiasm)',
    'infectious',
    'the (music|noise|wait) (was|is) (killing|sickening)',
    'injury (lawyer|attorney|solicitor)',
    'rats? (tail|ratatouille)',
    'sick (of|and tired|beat|tricks?|views?)',
    '(lawyer|attorney|solicitor) (friend|colleague|by trade)',
    "(used to be|is|was|am|'m|'s|as|became|trained as|works as|worked as) an? (lawyer|attorney|solicitor)",
    '(across|opposite|next to|close to|near) (from )?(the|a) (hospital|police)',
  ],
  price: [
    'price',
    'prices',
    'priced',
    'pricey',
    'overpriced',
    'expensive',
    'cost',
    'costs',
    '$',
    '€',
    '£',
    'dollars',
    'bucks',
    'pounds',
    'euros',
    'for a coffee',
    'for a beer',
    'for that',
    'for what you get',
  ],
  innocent: [
    'computer',
    'laptop',
    'keyboard',
    'pet shop',
    'pet store',
    'pets?',
    'display',
    'decoration*',
    'toys?',
    'cartoon*',
    'mascot',
    'costume*',
    'plush*',
    'figurine*',
    'exhibit*',
    'zoo',
    'cheese*',
    'brie',
    'roquefort',
    'gorgonzola',
    'theme*',
    'movie',
    'film',
    'book',
    'game',
  ],
};

const ru: UrgentPack = {
  triggers: {
    health: [
      '(оторвался|оборвался|лопнул|порвался|сломался|рухнул|развалился|подломился) (трос|канат|тросик|цепь|скамья|лавка|стул|табурет|лестница|блок)',
      '(трос|канат|тросик|цепь|скамья|лавка|стул|табурет|лестница) (оторвался|оборвался|лопнул|порвался|сломался|рухнул|развалился|подломился|оторвалась|оборвалась|лопнула|порвалась|сломалась|рухнула)',
      '(упал|упала|упало|свалился|свалилась|рухнул|рухнула) (мне |ему |ей )?на (ногу|голову|плечо|руку|спину|ребёнка|ребенка|пальцы)',
      'трещин* (в|на) (пальце|кости|ребре|руке|ноге|зубе)',
      '(кусок|осколок|кусочек|осколки|кусочки) (стекла|металла|проволоки|пластика)',
      '(губа|губы|язык|подбородок) (онемел|онемела|онемели|распух|распухла|распухли|опух|опухла|опухли)',
      'капельниц*',
      '(одну|одной|той же|грязн*|использованн*) игл*',
      'личинк*',
      'сжима* горло',
      'горло (сжало|сдавило|перехватило)',
      'в обнимку с унитазом',
      'температур* и (живот*|рвот*|понос*)',
      'загно*',
      'гно(й|ем|я)',
      'сорвал(а|ась|ся|ись) (полка|люстра|карниз|зеркало|потолок)',
      '(полка|люстра|потолок|карниз|зеркало) (упал*|сорвал*|обрушил*)',
      'отрав*',
      'пищев* отравлени*',
      'рвот*',
      'вырвал(о|а|и)',
      'рвал(о|а|и)',
      'стошнил*',
      'тошнил*',
      'тошнот*',
      'понос*',
      'диаре*',
      'расстройств* желудка',
      'кишечн* (инфекци*|расстройств*)',
      'сальмонелл*',
      'ротавирус*',
      'аллергическ* реакци*',
      'анафилак*',
      'отек* квинке',
      'крапивниц*',
      'сыпь',
      'сыпью',
      'обсыпал*',
      '?травм*',
      'ожог*',
      'обжег*',
      'обожгл*',
      'обварил*',
      'порезал(ся|ась|ись)',
      'порезал(а|и)? (губу|палец|руку|ногу|язык|десну|рот|щеку|щёку)',
      'порез(ы|ом|а|ов)?',
      'осколк* стекла',
      'стекл(о|а) в (салате|еде|супе|блюде|тарелке|пицце|хлебе)',
      'поскользнул*',
      '(я|он|она|сын|дочь|дочка|ребенок|ребёнок|муж|жена|мама|папа|бабушка|дедушка) упал(а)?',
      'сломал* (руку|ногу|зуб|запястье|нос|палец)',
      'таракан*',
      '!крыс(а|ы|у|ой|ами|ах)?',
      '!мыш(ь|и|ей|ка|ки|ек|ью|ами)',
      '!грызун*',
      'клоп*',
      'блох(и|а)',
      'вш(и|ей)',
      'опарыш*',
      'черви',
      'червяк*',
      '!плесен*',
      '!плесн*',
      '!заплесневел*',
      'грибок',
      'током (ударил*|бьет|бьёт|дернул*)',
      'удар* током',
      'оголенн* провод*',
      'утечк* газа',
      'запах газа',
      'опасн* для (жизни|здоровья)',
      'угарн* газ*',
      'инфекци*',
      'занесли инфекци*',
      'заражени*',
      'воспалени*',
      'химическ* ожог*',
      'сожгл* (волосы|кожу|кожу головы)',
      'не тот зуб',
      '(вызвал*|вызыва*|вызвать|приехал*|увезл*|увезли на) скор(ую|ая|ой)',
      'скор(ая|ую|ой) помощ*',
      '(в|из) больниц*',
      'госпитализ*',
      'реанимаци*',
      'нагноени*',
      'кровотечени*',
      'волдыр*',
    ],
    legal: [
      'чарджб(э|е)к*',
      '(оспорил|оспорила|оспорили|оспариваю|оспорить|опротестовал*) (платёж|платеж|списание|операцию|транзакцию)',
      '(приехала|приезжала|приехали|прибыла) (полиция|наряд|полицейские)',
      '(дали|давали|дал|дала) показания',
      'обращусь в (департамент|минздрав|прокуратуру|суд|роспотребнадзор|полицию|управление)',
      'администраци* (района|города|округа)',
      'вызыва* наряд',
      'вызвал* наряд',
      'наряд (полиции|приехал)',
      'участков*',
      '(к|с|у|через) (юрист|адвокат)(у|ом|ам|ами|а|ов)?',
      '(мой|наш|моего|нашего|моему|нашему|моим|нашим|наши|мои) (юрист|адвокат)*',
      '(юрист|адвокат)(ы|ом)? (уже|занима*|готов*|свяжется|свяжутся|подготов*)',
      '(в|через) суд(е|а|ом|у)?',
      'судиться',
      'судебн*',
      'засудить',
      'иск',
      'иском',
      'исков*',
      '(вызвал*|вызыва*|вызовем|вызову|вызвать|позвонил* в) полици*',
      'в полицию',
      'полици* (приехал*|вызвал*)',
      'заявлени* в полици*',
      'роспотребнадзор*',
      'потребнадзор*',
      'санэпидем*',
      'сэс',
      'прокуратур*',
      'защит* прав потребител*',
      'общество защиты прав',
      'пожалуюсь в',
      'жалоб* в (роспотребнадзор|прокуратур|полици|суд|минздрав|налогов|трудов)*',
      '(обращусь|обратимся|обратился|обратилась|обратились|обращаюсь|подам|подал|подала|подали|напишу|написал|написала) ~(суд|полици|роспотребнадзор|прокуратур|сэс|минздрав)*',
      'минздрав*',
      'лицензи* отзов*',
    ],
    discrimination: [
      '(трогать|трогал|трогала|потрогал|лапать|лапал|облапал) (меня )?(там|за (грудь|попу|ягодицы|бёдра|бедра|ногу))',
      '(облапал|лапал|лапать|полапал)',
      '(девочкам|девушкам|женщинам) ~(не (пригодится|нужно|дано|место|светит)|нечего делать)',
      '^из-за (моего|моей|его|её|ее|нашего) (возраста|акцента|национальности|цвета кожи|веры|инвалидности|коляски|хиджаба|платка|внешности)',
      '^вы не местные',
      '^(не|нам не) нужны (приезжие|иностранцы|такие)',
      'ходил* (только )?за (темнокож*|черн*|смугл*)',
      '(только )?за темнокож*',
      'комментировал* мо(ю|е|ё) (фигур*|тел*|внешност*|грудь)',
      'звал* на свидание',
      '^(потому что|так как) (мой |моя |наш |наша )?(сын|дочь|ребенок|ребёнок|муж|жена|мама|папа)? ?(аутист*|инвалид*|на коляске|глух*|слеп*)',
      '^таким,? как (вы|ты|вы,)',
      '^таких,? как (вы|ты)',
      'передразнива*',
      'передразнил*',
      'заикани*',
      'хвата(л|ли|ет)? (меня|ее|её) за (талию|грудь|попу|ягодиц*|бедр*|колен*)',
      'коляск*~(подождать на улице|ждать на улице|выйти)',
      'террорист*',
      'расис*',
      'расизм*',
      'дискримин*',
      'гомофоб*',
      'ксенофоб*',
      'харассмент*',
      'домогал*',
      'домогательств*',
      'приставал* (ко мне|к ней|к дочери|к жене|к девушк*)',
      'лапал*',
      'трогал* (меня|ее|её) за',
      'непристойн* (предложени*|намек*|комментари*|жест*)',
      'пошлые (шутки|намеки|комментари*)',
      '^из-за (цвета кожи|национальност*|акцент*|инвалидност*|коляск*|религи*|хиджаб*|платка|происхождени*|внешности|возраста)',
      '^(потому что|так как) (я|мы|он|она|они) (инвалид*|на коляске|мусульман*|еврей*|иностран*|приезж*|черн*|кавказ*|цыган*|гей|геи)',
      '(не пустили|отказал*|выгнал*|не обслужил*)~(инвалид*|коляск*|собак* поводыр*|поводыр*|национальност*|хиджаб*)',
      '(хиджаб*|платк*|коляск*|инвалид*)~(отказал*|не пустил*|выгнал*|не обслужил*|попросили уйти)',
      '(собак* поводыр*|поводыр*|инвалидн* коляск*)~(не пустил*|отказал*|запретил*|выгнал*)',
      'по национальному признаку',
      'чурк*',
      'хач(и|ей|ам|ами|ик|ики)?',
      'понаехал*',
      // Added in round 10, from how people report it (not from any test set).
      '(гладил*|трогал*|погладил*|щупал*|лапал*) (меня |её |ее )?(по|за) (бедр*|ног*|груд*|поп*|ягодиц*|колен*)',
      '^из-за (моей|моего|его|ее|её|нашей|нашего|их) (национальност*|внешност*|акцент*|цвет* кожи|инвалидност*|коляск*|религи*|ориентаци*|возраст*|хиджаб*|платк*|происхождени*)',
      '^(потому что|так как|раз) (я|мы|он|она|они) (не )?(русск*|нерусск*|приезж*|мусульман*|еврей|евре*|гей|инвалид*|в коляске|черн*|смугл*|азиат*|кавказ*|таджик*|узбек*|цыган*)',
      '(чурк(а|и|ой|у|ами)|хачи|хачей|черножоп*|узкоглаз*|понаехавш*|понаехали)',
      '(облапал*|лапал*|лапать|домогал*|домогательств*|приставал* ко мне|приставал* к ней|приставать ко мне)',
      '(не обслуживаем|не пускаем|не работаем с|не сдаем|не сдаём) (таких|вас таких|приезжих|иностранц*|цыган*|инвалид*|мусульман*|кавказц*|азиатов)',
      '(не пустил*|не пускают|не пускали|отказал*|выгнал*)~(коляск*|поводыр*|хиджаб*|платк*|платке|национальност*|акцент*|внешност*|цвет* кожи)',
      '(поводыр*|коляск*)~(не пустил*|не пускают|не пускали|отказал*|выгнал*|нельзя|на улице подожд*|ждать на улице)',
      '(шутил*|шутки|шуточк*|смеял*|высмеива*|передразнива*|издевал*) ~(над )?(моим|его|её|ее|нашим|моей|нашей) (акцент*|внешност*|религи*|платк*|хиджаб*|инвалидност*|коляск*|весом|фигур*|имен*|фамили*)',
      '(комментари*|замечани*|шуточк*) (про|о|об|насчет|насчёт) (мою|моей|мое|моё|её|ее|моих) (фигур*|тел*|груд*|внешност*|ног*)',
      '(руки|рукой|руку|руками) (на|по) (моей|моему|мою|моим|ее|её) (ноге|ногу|колен*|бедр*|груд*|талии|ягодиц*|попе|спине)',
      'откуда (я|мы|он|она|ты|вы) (на самом деле|родом|такие)',
      '(есть ли|а есть) (у меня|у нас|у него|у нее|у неё)? ?(регистрация|документы|гражданство)',
      '(в вашем возрасте|для людей вашего возраста|не для таких как)',
    ],
    fraud: [
      '(списали|сняли|сняла|списал|снял|списала) ~(дважды|два раза|три раза|2 раза|3 раза)',
      '(курьер|водитель|доставщик) (забрал|взял|присвоил) (деньги|наличные)',
      '(указаны|указали|вписали|посчитали|включили|указан|указана) ~(которые|которую|которой|который|что) (не|никто не) (меняли|ставили|делали|проводили|было|был|была)',
      '(сняли|списали|взяли) ~вместо',
      'это (воровство|кража)',
      '(ещ(е|ё) раз|повторно|второй раз) списал* за (ту же|то же|один и тот же)',
      'заменил* (бриллиант|камень|деталь|запчаст*|двигател*)',
      'каждый месяц снимал*',
      '(пропал*|исчез*) (серьг*|кольц*|часы|деньги|украшени*|телефон|ноутбук)',
      '(из|в) (кошельк*|сумк*|сейф*|номер*|куртк*)~пропал*',
      'залог не вернули',
      'номер заблокировал*',
      'заблокировали (меня|номер)',
      'прикарманил*',
      'скрутил* пробег',
      'скручен* пробег',
      'украл*',
      'украден*',
      'своровал*',
      'крад*',
      'краж*',
      '?вор',
      'воры',
      'воров',
      'воровк*',
      'воровств*',
      'воруют',
      '?мошенни*',
      '?обманул*',
      '?обманщик*',
      'обманом',
      '?развели (на|как)',
      'развод на деньги',
      '(списал*|снял*|взял*|взяли) ~(дважды|два раза|двойн*)~(специально|намеренно|умышленно|нарочно)',
      '(специально|намеренно|умышленно|нарочно) ~(списал*|снял*|дважды|два раза|обсчитал*)',
      '(фальшив*|поддельн*|липов*|фиктивн*) (сч(е|ё)т*|чек*|накладн*|документ*|квитанци*|запчаст*)',
      'подделал*',
      'подделк*',
      'приписал* (в счет|в чек|лишн*)',
      '(деньги|кошел(е|ё)к|телефон|часы|кольцо|украшени*|вещи|наличн*) ~(пропал*|исчез*)',
      'пропал* (деньги|кошел(е|ё)к|телефон|часы|кольцо|вещи|украшени*)',
      'списани* без (спроса|согласия|разрешения)',
      'несанкционированн*',
      'подменил*',
      'контрафакт*',
      'подделк*',
      'аферист*',
      'кинули на деньги',
      // Added in round 10, from how people report it (not from any test set).
      '(два|две|2) (списания|платежа|оплаты) по',
      '(свечи|колодки|фильтр*|масло|ремень|ролик|диски|детал*|запчаст*) (стоят|стоит|остались|остался|осталось) (старые|старый|старое|прежние|те же|родные)',
      '(не меняли|не поменяли|не заменили|не делали|не ставили)~как (указано|написано|значится) в (счете|счёте|чеке|заказ-наряде|акте|смете)',
      '(указано|написано|значится) в (счете|счёте|чеке|заказ-наряде|акте)~(не меняли|не поменяли|не заменили|не делали|не ставили)',
      '(пропали|пропал|пропала|исчезли|исчез|исчезла) (мои |наши |золотые |все )?(серьги|кольц*|цепочк*|деньги|часы|украшени*|кошел*|телефон|ноутбук|наличн*)',
      '(предоплат*|аванс*)~(пропал|исчез|не пришел|не пришёл|не вернулся|не отвечает|не берет трубку|не берёт трубку)',
      '(списал*|сняли|снял*|списание|списания|взяли оплату) (деньги )?(дважды|два раза|повторно|дважды за)',
      '(два|две|2) (списания|платежа|транзакции|оплаты|чека) за (одн*|то же|тот же)',
      '(не вернул*|не вернули|удержал*|оставили себе|зажал*|зажали|не отдали|не отдал*) (мне |нам )?(залог|депозит|предоплат*|сдач*|аванс)',
      '(залог|депозит)~(не вернул*|не вернули|удержал*|удержали|оставили себе|так и не|не отдали)',
      '(сдач*)~так и не',
      'пропал* (из|с) (номер*|сумк*|карман*|куртк*|шкафчик*|сейф*|раздевалк*|гардероб*|чемодан*|рюкзак*|пальто)',
      '(из|с) (номер*|сумк*|карман*|куртк*|шкафчик*|сейф*|раздевалк*|гардероб*|чемодан*|рюкзак*) (пропал*|исчез*|украли|вытащил*|стащил*)',
      '(запчаст*|детал*|колодк*|диски|масло|фильтр*|аккумулятор*) (так и |вообще |даже )?(не (меняли|поменяли|заменили|устанавливали|ставили))',
      '(старые|родные) (колодк*|диски|детали|запчасти|фильтры|шины) (так и )?(стоят|остались)',
      '(подделк*|поддельн*|фальшив*|контрафакт*|фиктивн*)',
      '(накрутил*|накрутили|скрутил*|скрутили) (пробег|счетчик|счётчик|часы)',
      '(скидк*|бесплатн*|подарок)~за (отзыв*|пять звезд|5 звезд|хороший отзыв)',
      '(покупки|списания|транзакции|операции|платежи) (которые |которых )?(я |мы )?(не совершал*|не делал*|не подтвержда*)',
      '(взяли|получили|забрали) (деньги|предоплат*|аванс|залог)~(пропал*|исчез*|перестал* (отвечать|брать трубку)|заблокировал*|в черный список|в чёрный список)',
    ],
  },
  negators: ['не', 'нет', 'ни', 'никаких', 'никакой', 'никакого', 'никакие', 'никакая', 'ни одного', 'ни одной', 'без', 'никогда', 'ничего'],
  subjectNegators: ['никто', 'ни один', 'ни у кого', 'никого'],
  breakers: [
    'прошло',
    'успел',
    'успели',
    'успела',
    'только',
    'сразу',
    'знаю',
    'знаем',
    'извинил*',
    'извинились',
    'обратил*',
    'помог*',
    'вернули',
    'вернул',
    'отреагировал*',
    'смогли',
    'хотели',
    'хотел',
    'захотели',
    'стали',
    'понимаю',
    'поверите',
    'ответил*',
    'позвонил*',
    'пустил*',
    'обслужил*',
    'пускали',
  ],
  fillers: [
    'одного',
    'одной',
    'одна',
    'один',
    'даже',
    'следа',
    'признаков',
    'было',
    'были',
    'был',
    'была',
    'видели',
    'видел',
    'заметили',
    'нашли',
    'встретили',
    'увидели',
    'у',
    'нас',
    'меня',
    'в',
    'намека',
    'случилось',
    'никаких',
    'проблем',
    'с',
  ],
  releasers: ['через', 'после', 'потом', 'спустя', 'уже', 'когда', 'потому', 'что'],
  hypothetical: [
    'думал*',
    'если',
    'бы',
    'боялся',
    'боялась',
    'боялись',
    'опасался',
    'опасалась',
    'опасались',
    'вдруг',
    'рискуете',
    'риск',
    'чтобы',
    'вероятно',
    'может',
    'боюсь',
    'страшно',
    'избежать',
  ],
  after: ['нет', 'нету', 'не было', 'не видели', 'не обнаружил*', 'не встречал*', 'не замечено', 'не замечали', 'не нашли', 'ни разу'],
  contrast: ['но', 'однако', 'а', 'зато', 'хотя', 'и'],
  cancel: [
    'украли ~(минут|час)\\p{L}* жизни',
    'защит* от мошенн*',
    '(чуть не|чуть было не) (вызвали|вызвал|вызвала) полицию',
    'криминальн*',
    'убийствен*',
    'отравил* (весь |нам |мне )?(вечер|впечатлени*|праздник|отдых|настроени*|жизнь)',
    'скор(ая|ую|ой) помощ* (позавид*|отдыхает)',
    'благородн* плесен*',
    'отравляет (вечер|впечатлени*|жизнь)',
    'скор(ая|ую|ой) (рук*|подач*)',
    'скорой (рукой)',
    'травмирован* (психик*|морально)',
    'отделени* полиции (рядом|напротив|за углом|в соседнем)',
    '(рядом|напротив|возле) (с )?(отделени*|полици*|больниц*)',
    'больниц* (рядом|напротив|в двух шагах)',
    '(рядом|напротив|возле) (с )?больниц*',
    'украл* (мо(е|ё) |наше |наши |мои )?(сердце|сердца|шоу|вечер)',
    '(работает|работаю|работал*) (в|юрист*|адвокат*)',
    '(я|он|она|муж|жена|сам) ~юрист*',
    '(я|он|она|муж|жена|сам) ~адвокат*',
    'судя',
    'смертельно (скучн*|вкусн*)',
    'крыс* (хвост*)',
    'мышц*',
    'скорую руку',
  ],
  price: ['цен*', 'дорог*', 'руб*', '₽', 'стоимост*', 'ценник*', 'за такие деньги', 'прайс*'],
  innocent: [
    'компьютер*',
    'клавиатур*',
    'ноутбук*',
    'зоомагазин*',
    'питом*',
    'игрушк*',
    'игрушечн*',
    'мультфильм*',
    'мультик*',
    'декор*',
    'сыр*',
    'дор блю',
    'рокфор*',
    'горгонзол*',
    'фигурк*',
    'костюм*',
    'спектакл*',
    'фильм*',
    'книг*',
    'игр*',
  ],
};

const es: UrgentPack = {
  triggers: {
    health: [
      '(se rompió|se partió|se soltó|cedió|se vino abajo|se desplomó) (el|la) (cable|cuerda|banco|silla|taburete|escalera|barandilla|cadena|polea|máquina)',
      '(me cayó|le cayó|se me cayó|cayó) (encima )?(en|sobre) (el|la|mi|su) (hombro|cabeza|pie|mano|brazo|pierna|espalda)',
      'supura*',
      '(me sangra|sangrando|sangraba|sangra la)',
      '(trozo|pedazo|trocito|cacho) de (cristal|vidrio|metal|alambre|plástico)',
      '(labio|labios|lengua|barbilla) (dormid[oa]s?|insensibles?|hinchad[oa]s?)',
      '(ampollas|quemadura*) en (el|la|mi|su) (cuero cabelludo|cabeza|piel|cara|mano|brazo)',
      'suero',
      '(reutiliz(ó|o|aron|aba)|usad(a|as)|sucia) (una |la )?aguja',
      'aguja (usada|sucia|reutilizada)',
      'cerrar la garganta',
      'retorci(éndome|endome|a) de dolor',
      'abrazad(o|a)s? al (v(a|á)ter|inodoro|retrete)',
      'fiebre y dolor de (tripa|barriga|est(o|ó)mago)',
      'pus',
      'se desprendi(ó|o)',
      '(estanter(i|í)a|l(a|á)mpara|techo|espejo) (se )?(cay(ó|o)|desprendi*)',
      'intoxicaci(o|ó)n',
      'intoxicad*',
      'intoxiqu*',
      'envenen*',
      'v(o|ó)mit*',
      'vomit*',
      'diarrea*',
      'gastroenteritis',
      'salmonel*',
      'descompus*',
      'me (enferm(e|é)|sent(i|í) (fatal|mal) del est(o|ó)mago)',
      '(nos|se|me) enferm(amos|aron|(o|ó)|(e|é))',
      'reacci(o|ó)n al(e|é)rgica',
      'anafil*',
      'epi-?pen',
      'urticaria',
      'ronchas',
      '(se me|se le) (cerr(o|ó)|hinch(o|ó)) (la garganta|la cara|los labios)',
      'quemadur*',
      '(me|se|le|nos) quem(o|ó|(e|é)|aron|ado)',
      'quem(o|ó) (el cuero cabelludo|la piel|la cabeza)',
      '(me|se) cort(e|é|(o|ó))',
      'un corte en (la|el|mi)',
      'herid*',
      'lesi(o|ó)n',
      '?lesion*',
      '(me|se|le|nos) lastim*',
      'lastimad(o|a)s?',
      '(me|nos) ca(i|í)(mos)?',
      '(mi|nuestr(o|a)) \\p{L}+ se cay(o|ó)',
      'se cay(o|ó) (al suelo|por las escaleras|de la|en la ducha|en el ba(n|ñ)o)',
      'resbal*',
      'fractur*',
      'romp(i|í|io|ió)(o|ó)? (el|la|un|una) (brazo|pierna|mu(n|ñ)eca|tobillo|diente|nariz|cadera)',
      '(cristal|cristales|vidrio|vidrios) en (la comida|el plato|la ensalada|mi plato|la sopa|el pan|la pizza|el arroz)',
      'trozo de (vidrio|cristal|metal|pl(a|á)stico)',
      'cucarach*',
      '!ratas?',
      '!rat(o|ó)n',
      '!ratones',
      '!roedor*',
      'chinches?',
      'pulgas',
      'piojos',
      'gusanos?',
      'larvas?',
      '!moho',
      '!mohos*',
      'hongos en (la|el|las|los)',
      'electrocut*',
      'descarga el(e|é)ctrica',
      '(me|le|nos) dio (la )?corriente',
      'fuga de gas',
      'olor a gas',
      'cables? (pelados|expuestos|sueltos)',
      'peligro para la salud',
      'infecci(o|ó)n',
      'infectad*',
      'infect(o|ó)',
      'se (me|le) infect*',
      '(muela|diente) (equivocad*|que no era|sana)',
      'urgencias',
      '(al|en el|del) hospital',
      'hospitaliz*',
      'ingresad*',
      'ampollas?',
      'sangr(ando|(o|ó)|aba|aron|ado)',
    ],
    legal: [
      'contracargo*',
      '(abierto|abrí|solicitado|solicité|pedido|pedí|tramitado|tramité) (un |el )?(contracargo|retrocesión|reembolso por el banco)',
      '(vino|llegó|vinieron|llegaron) (la )?(policía|guardia civil|mossos|ertzaintza)',
      '(he|hemos|ya lo he|ya lo hemos) (denunciado|puesto una denuncia|puesto denuncia)',
      'colegio de (dentistas|m(é|e)dicos|odont(ó|o)logos|abogados)',
      'queja formal',
      '(avisad(o|a)|denunciad(o|a)|inform(é|e|ado)) (al|el) ayuntamiento',
      'municipales',
      'polic(í|i)a municipal',
      'polic(í|i)a local',
      'defensor del (pueblo|consumidor|paciente)',
      'abogad*',
      'demandar*',
      'demandarl*',
      'demandar(e|é)',
      'una demanda',
      'denuncia*',
      'denunci(e|é|amos|aremos|ar(e|é))',
      '(llam*|avis*|vino|vinieron|lleg(o|ó)|acudi(o|ó)) ~(la )?(polic(i|í)a|guardia civil|mossos|ertzaintza)',
      '(polic(i|í)a|guardia civil) (vino|lleg(o|ó)|tuvo que venir)',
      'juicio',
      'juzgado*',
      'tribunal*',
      'acciones legales',
      'medidas legales',
      'v(i|í)a judicial',
      '(inspecci(o|ó)n|inspectores?) (de sanidad|sanitari*|de consumo)',
      'sanidad',
      'ocu',
      '(oficina|oficinas|organismo) de consumo',
      '(a|en|con|ante) consumo',
      'hoja de reclamaci*',
      'hojas de reclamaci*',
      'libro de reclamaci*',
      'profeco',
      'facua',
      'defensa del consumidor',
      'autoridades',
    ],
    discrimination: [
      'sudacas?',
      '(me|le|nos|les) (llamó|llamaron|dijo|dijeron) "?(indio|sudaca|moro|negro|mono|maricón|panchito|gitano)',
      '(tocarme|tocarle|me tocó|le tocó|me tocaba|le tocaba|me manoseó|le manoseó|manosearme) (donde no|el culo|la cola|el trasero|los pechos|el pecho|los muslos|el muslo|la entrepierna)',
      'manose*',
      '(las chicas|las mujeres|las niñas) no (sirven|valen|pueden|saben)',
      '^por (mi|su|tu) (edad|acento|color de piel|color|religión|origen|discapacidad|silla de ruedas|velo|hiyab|nacionalidad)',
      'no (entran|pasan|se permiten) (sudacas|moros|negros|gitanos|extranjeros)',
      '^no queremos (extranjeros|inmigrantes|negros|gitanos|moros|gente como)',
      '(solo )?segu(í|i)a a (los|las) (clientes|personas) (negr*|gitan*|marroqu(í|i)*|latin*|árabes|arabes)',
      'comentarios sobre mi (cuerpo|f(í|i)sico|figura|pecho)',
      'me pidi(ó|o) una cita',
      '^porque (mi|nuestro|nuestra) (hijo|hija|marido|mujer|madre|padre)? ?(es|est(a|á)) (autista|discapacitad*|ciego|ciega|sordo|sorda|en silla de ruedas)',
      '^gente como (t(u|ú)|usted|vosotros|ustedes)',
      'se burl(ó|o|aron|aba) de (mi|su|nuestro|nuestra)',
      'tartamude*',
      'agarr(aba|ó|o|aron) (de|por) la cintura',
      'silla de ruedas~(esperar(a)? fuera|salir)',
      'terrorista',
      'racis*',
      'discrimin*',
      'hom(o|ó)f(o|ó)b*',
      'tr(a|á)nsf(o|ó)b*',
      'x(e|é)nof(o|ó)b*',
      'machis*',
      'acos(o|ó|aba|aron|ado|ada|ados|adas|ador|adora|adores)',
      'tocamientos?',
      'me toc(o|ó) (el culo|los pechos|el trasero|la pierna|de forma inapropiada|inapropiadamente)',
      'manose*',
      'comentarios (sexuales|obscenos|racistas|machistas|sexistas)',
      '^por ser (negr*|gitan*|extranjer*|musulm*|jud(i|í)*|gay|lesbiana|trans|latino*|sudamerican*|marroqu(i|í)*|chin*|moro|mujer|discapacitad*|inmigrante*)',
      '^por (mi|su|nuestro|nuestra) (acento|color|religi(o|ó)n|discapacidad|silla de ruedas|velo|hiyab|origen|nacionalidad|raza|orientaci(o|ó)n)',
      'perro (gu(i|í)a|de asistencia)~(no (nos|me|le|la) (dejaron|permitieron)|prohib*|negar*|neg(o|ó)|echaron)',
      '(no (nos |me |le |la |les )?(dejaron|permitieron|dejan|permiten)|prohib*|echaron|negaron)~(perro (gu(i|í)a|de asistencia)|silla de ruedas)',
      '^por (ir|estar|venir|llegar) en silla de ruedas',
      'sudaca*',
      // Added in round 10, from how people report it (not from any test set).
      'aqu(í|i) no entran (nacos|negros|gitanos|moros|indios|bolitas|sudacas|extranjeros|gente como)',
      '(vigila|vigilara|vigilar|vigilen|cuidado con) (a )?(la negra|el negro|los negros|la gitana|el gitano|los gitanos|el moro|la mora|los moros)',
      '^por (ser|mi|su|nuestro|nuestra) (negro|negra|negros|gitano|gitana|gitanos|árabe|arabe|musulmán|musulmana|extranjero|extranjera|extranjeros|gay|lesbiana|trans|discapacitad*|color de piel|acento|origen|religión|religion|silla de ruedas|velo|hiyab|pañuelo|embarazada|latino|latina|sudamericano|sudamericana|chino|china|marroquí)',
      '(sudaca*|negrat*|maric(o|ó)n*|machirul*|moro de mierda|moros de mierda)',
      'me (tocó|toco|tocaba|sobó|sobaba|manoseó|manoseaba|agarró|agarro) (el|la|los|las) (culo|trasero|pierna|muslo|muslos|pecho|pechos|cintura|nalgas)',
      '(metió|meter|metiendo|metía) mano',
      'manose(ó|o|aba|ando|ar)',
      '(perro guía|perro guia|perro de asistencia|perro lazarillo)~(no (nos |me )?dej*|prohib*|fuera|esperar fuera|no se admit*|no (se )?permit*|nada de animales|no aceptamos)',
      'silla de ruedas~(no (nos |me |le )?dej*|no (podía|podia|puede) entrar|fuera|responsabilidad|no estamos preparados|no está preparado)',
      '(se burl*|burlándose|burlandose|imit*) (de )?(mi|su|nuestro|nuestra) (acento|forma de hablar|discapacidad|velo|religión|religion|pañuelo|nombre)',
      '(comentarios|comentario|bromas|chistes) (sobre|de) (mi|su) (cuerpo|físico|fisico|pecho|pechos|acento|color|religión|velo|pañuelo|peso)',
      '(de dónde|de donde) (era|eras|soy|es|son|éramos|eramos|venía|venia) (realmente|de verdad|en realidad)',
      'si (tenía|tenia|tengo|tienes|tenemos|tenían) papeles',
      '(aquí no|no) (atendemos|servimos|queremos|alquilamos) a (gente como|los de|gitanos|moros|extranjeros|negros|ustedes|gente de)',
      'no es para (gente|personas) de (su|tu) edad',
    ],
    fraud: [
      '(cobraron|cobró|cargaron|cargó|cobrado|cargado|pasaron|pasó) _(dos|tres) veces',
      'se quedó con (el|mi|nuestro|todo el) (dinero|efectivo|cambio|plata)',
      '(cobraron|cobró|factura|facturaron|facturó|cobrado) ~(nunca|no) (cambiaron|cambió|pusieron|puso|instalaron|instaló|hicieron|hizo|montaron|montó|sustituyeron)',
      '(cobraron|cobró|pasaron|pasó|cargaron|cargó) (\\p{N}+[.,]?\\p{N}* )?(\\p{L}+ )?~cuando (la lista|el precio|la carta|la tarifa|el cartel) (decía|dice|ponía|marcaba)',
      '(cobraron|cobró|cargaron|cargó) ~(en lugar de|en vez de)',
      'eso es (un )?robo',
      '(volvieron|volvi(ó|o)) a cobrar(me)? (el mismo|la misma|lo mismo)',
      'cambi(ó|o|aron) (el|mi) (diamante|piedra|motor|pieza)',
      'me cobraba(n)? (\\p{N}+ )?(euros|d(ó|o)lares|pesos)? ?cada mes',
      'no me dejaban darme de baja',
      '(mis|los|las) (pendientes|joyas|anillos|relojes|collares) (han desaparecido|desaparecieron|ya no estaban)',
      'revolvi(ó|o|eron) (mi|nuestra) (maleta|habitaci(ó|o)n|bolsa)',
      'falta(ba|ban)? (\\p{L}+ )?(euros|d(ó|o)lares|pesos|dinero)',
      'se quedaron con (la|mi) fianza',
      'me bloquearon',
      'se qued(ó|o) con (el|mi) cambio',
      'truc(ó|o|aron|ado) el cuentakil(ó|o)metros',
      '?(me|nos|le|les|te) rob(aron|(o|ó))',
      '?robaron',
      '?rob(o|ó)',
      '?robad(o|a|os|as)',
      'hurt(o|ado|aron)',
      '?ladr(o|ó)n*',
      '?estaf*',
      'fraude*',
      'fraudulent*',
      'factura (falsa|falsificada|inflada|trucada)',
      'falsific*',
      '(cobr*|carg*) ~(dos veces|doble|por duplicado)~(a prop(o|ó)sito|adrede|intencionad*|a sabiendas|deliberad*|queriendo)',
      '(a prop(o|ó)sito|adrede|intencionad*|a sabiendas|deliberad*) ~(cobr*|carg*|dos veces|doble)',
      'cargos? no autorizados?',
      'cobros? no autorizados?',
      'clonar* (la|mi) tarjeta',
      'tarjeta clonada',
      '(dinero|cartera|m(o|ó)vil|reloj|anillo|joyas|pasaporte|efectivo) ~desapareci*',
      '(desapareci(o|ó|eron)|falt(a|aba|aban)) (mi |mis |el |la |los |las |un |una )?(dinero|cartera|m(o|ó)vil|reloj|anillo|joyas|pasaporte|efectivo|port(a|á)til|tel(e|é)fono|c(a|á)mara|bolso)',
      '?tim(o|aron|ado|adores)',
      'enga(n|ñ)(o|aron) (con|a sabiendas)',
      'cobraron (cosas|servicios|tratamientos) (que )?no',
      'falsos? (productos?|repuestos?|piezas?)',
      'piezas? usadas? como nuevas?',
      // Added in round 10, from how people report it (not from any test set).
      'se (guardó|quedó|guardo|quedo) (con )?(la diferencia|el cambio|mi cambio|las propinas|la propina|el dinero)',
      '(factura|cobraron|cobró)~(nunca|no) (me |nos )?(lo |la )?(hicieron|hizo|realizaron|cambiaron|pusieron|instalaron)',
      '(nunca|no) (me |nos )?(lo |la )?(hicieron|hizo|realizaron|cambiaron|pusieron)~(factura|cobraron|cobró|aparece)',
      '(pastillas|piezas|discos|filtros?|frenos) (eran|son|seguían siendo|seguian siendo) (las|los) (mismas|mismos|viejas|viejos|de antes)',
      '(depósito|deposito|fianza) no se (devolvía|devuelve|devolvia)',
      '(pagamos|pagué|pague|cobraron|pagado) (por adelantado|el adelanto|la mitad|todo)~(desaparecieron|desapareció|no (volvieron|volvió|contestan|cogen))',
      '(cobraron|cobró|cobro|cargaron|cargó|cargo|me cobran|nos cobran|pasaron) (la tarjeta |el pago )?(dos veces|por duplicado|duplicado)',
      '(dos|2|tres) cargos (por|de) (la misma|el mismo)',
      'no (me |nos )?(devolvieron|devolvió|devolvio|han devuelto|ha devuelto|devuelven) (la |el )?(fianza|depósito|deposito|señal|cambio|dinero de la fianza)',
      '(fianza|depósito|deposito)~(no (nos |me )?(la |lo )?(devolvieron|devolvió|han devuelto|devuelven)|se (la |lo )?quedaron|retuvieron|sin respuesta|nunca volvió)',
      '(el |mi )?cambio~(nunca (volvió|volvio|trajo|me dio|llegó)|no me (lo )?(dio|devolvió|devolvio|trajo))',
      '(desapareci(ó|o|eron)|faltaba|faltaban|me faltaba|nos faltaba) ~(de|del) (la |mi |el |nuestra )?(habitación|habitacion|caja fuerte|bolso|mochila|taquilla|maleta|abrigo|chaqueta|bolsillo|coche)',
      '(piezas|pastillas|discos|filtro|aceite|recambios|neumáticos|batería) (que )?(nunca|no) (cambiaron|pusieron|montaron|instalaron|sustituyeron|cambiaban)',
      '(factura|facturas|recibo|ticket) (fals(a|o|as|os)|falsificad*|inflad*)',
      '(descuento|gratis|regalo)~(reseña|reseñas|cinco estrellas|5 estrellas|buena opinión|opinión positiva)',
      '(compras|cargos|movimientos|pagos) (que )?(no )?(hice|hicimos|reconozco|autoricé|autorice)',
      '(se quedaron|se quedó|cogieron|cobraron) (con )?(el dinero|la señal|el anticipo|la reserva)~(desaparec*|no (contestan|responden|cogen)|bloque*)',
      '(cobraron|cobró) (por )?(daños|un rasguño|una abolladura|desperfectos|kilómetros|km) (que )?(ya|no|de más)',
    ],
  },
  negators: ['no', 'ni', 'ning(u|ú)n', 'ningún', 'ninguna', 'ningun', 'sin', 'nunca', 'jam(a|á)s', 'jamás', 'tampoco', 'nada'],
  subjectNegators: ['nadie', 'ninguno'],
  breakers: [
    'pas(o|ó)',
    'solo',
    'sólo',
    'hicieron',
    'quisieron',
    'sab(i|í)an',
    'sé',
    'import(o|ó)',
    'ayudaron',
    'devolvieron',
    'respondieron',
    'dijeron',
    'dejaron',
    'permitieron',
    'atendieron',
    'sirvieron',
    'disculparon',
    'dejan',
  ],
  releasers: ['después', 'despues', 'luego', 'horas', 'minutos', 'porque', 'cuando', 'que'],
  fillers: [
    'un',
    'una',
    'el',
    'la',
    'los',
    'las',
    'solo',
    'solo una',
    'rastro',
    'de',
    'vimos',
    'vi',
    'encontramos',
    'hubo',
    'había',
    'habia',
    'tuvimos',
    'tuve',
    'tuvo',
    'ni una',
    'señal',
    'ha',
    'he',
    'hemos',
    'sola',
    'mínima',
    'problema',
    'problemas',
    'con',
  ],
  hypothetical: [
    'pens(é|e)',
    'si',
    'por si',
    'temía',
    'temia',
    'temíamos',
    'miedo',
    'ojalá',
    'podría',
    'podria',
    'sería',
    'seria',
    'habría',
    'evitar',
    'riesgo',
    'en caso',
    'preocupad*',
    'preocupaba',
    'preocupación',
  ],
  after: ['ninguna', 'ninguno', 'no hay', 'no había', 'no habia', 'cero', 'ni rastro', 'nada'],
  contrast: ['pero', 'sino', 'aunque', 'sin embargo', 'y', 'luego'],
  cancel: [
    '(robaron|robó|robado) ~(minutos|horas) de (mi |nuestra )?vida',
    'muelas? del juicio',
    '(la|las) del juicio',
    'casi (llam*|avis*) (a )?(la |los )?(guardia civil|policía|polis|bomberos)',
    'anti-?(fraude|estafa)s?',
    'robaron el coraz(ó|o)n',
    'robo a mano armada',
    'rob(o|ó) (el|mi|nuestro) coraz(o|ó)n',
    'robado (el|mi) coraz(o|ó)n',
    'me muero',
    '(al lado|cerca|enfrente|frente) (de|a) (la|una) (comisar(i|í)a|polic(i|í)a|hospital)',
    'comisar(i|í)a (al lado|cerca|enfrente)',
    'hospital (al lado|cerca|enfrente)',
    '(cerca|al lado|enfrente) del hospital',
    'consumo (de|m(i|í)nimo|responsable|el(e|é)ctrico|energ(e|é)tico)',
    '(mucha|alta|gran) demanda',
    'demanda (de|alta)',
    '(buen|mal) juicio',
    '(atiend*|atenci(o|ó)n|servicio de|para|citas? de) urgencias',
    '(que|qu(e|é)|una|es una) l(a|á)stima',
    'sanidad (p(u|ú)blica|privada)',
    'herida (abierta|emocional)',
    'las autoridades (locales )?recomiendan',
    'soy abogad*',
    '(es|era) abogad*',
    'sangr(e|ía) de (toro|cristo)',
    'morcilla',
    'sangr(i|í)a',
    'juicio (de|propio)',
    'a (mi|su|nuestro) juicio',
    'hongos (salteados|a la plancha|con)',
  ],
  price: ['precio*', 'caro*', 'cara', 'caras', 'euros', '€', '$', 'pesos', 'cobran', 'cuesta', 'cuestan', 'pagar', 'pagamos', 'por lo que', 'cuenta'],
  innocent: [
    'ordenador',
    'computadora',
    'teclado',
    'tienda de (animales|mascotas)',
    'mascota*',
    'juguete*',
    'dibujo*',
    'decoraci(o|ó)n*',
    'queso*',
    'roquefort',
    'cabrales',
    'gorgonzola',
    'figura*',
    'disfra*',
    'pel(i|í)cula*',
    'libro*',
    'juego*',
    'escaparate*',
  ],
};

const de: UrgentPack = {
  triggers: {
    health: [
      '(bank|hantelbank|stuhl|hocker|leiter|regal|geländer|gerät|liege|seil|drahtseil|kabel|kette|gurt) ~(zusammengebrochen|zusammengekracht|durchgebrochen|gerissen|abgerissen|nachgegeben)',
      '(seil|drahtseil|kabel|kette|gurt) (ist |war )?(gerissen|abgerissen)',
      'prellung*',
      'platzwunde*',
      'bluterguss*',
      '(stück|stücke|stückchen|splitter) (draht|glas|metall|plastik)',
      '(glassplitter|drahtstück|metallsplitter)*',
      '(lippe|lippen|zunge|kinn) (ist |sind |war |waren |seit \\p{L}+ )?(taub|gefühllos|geschwollen|angeschwollen)',
      '(kopfhaut|haut) ~(blasen|verätzt|verbrannt|nässt)',
      'infusion',
      'nadel (wiederverwendet|benutzt)',
      '(gebrauchte|benutzte|dreckige) nadel*',
      'würmer',
      'schnürte sich~hals',
      'hals (schnürte sich|zugeschnürt|zu)',
      'krümmte (ich mich|mich) vor schmerzen',
      'über der kloschüssel',
      'fieber und (bauch|magen)*',
      'eitrig*',
      'eiter*',
      'von der wand gelöst',
      '(regal|lampe|decke|spiegel)~(gelöst|heruntergefallen|runtergefallen|eingestürzt)',
      'lebensmittelvergiftung*',
      'vergiftung*',
      'vergiftet',
      'erbroch*',
      'erbrech*',
      '(mich|uns|sich) (mehrmals |ständig |die ganze nacht )?(übergeben|erbrochen)',
      'übergeben müssen',
      'gekotzt',
      'kotzen',
      'durchfall',
      'brechdurchfall',
      'magen-darm*',
      'salmonellen*',
      'noroviren',
      'norovirus',
      'allergisch* (reaktion|schock)',
      'anaphyla*',
      'epi-?pen',
      'notfallset',
      'nesselsucht',
      'quaddeln',
      'ausschlag',
      '(hals|zunge|lippen|gesicht) (schwoll|geschwollen|angeschwollen)',
      '?verletz(t|ten|te|ung|ungen)',
      '(mich|mir|sich|uns|ihm|ihr) ~verbrannt',
      'verbrennung*',
      'verbrüh*',
      'brandwunde*',
      'brandblase*',
      'mich (an|am|an der|an einer) \\p{L}+ geschnitten',
      'geschnitten und (geblutet|blutete)',
      'schnittwunde*',
      'glassplitter*',
      'glasscherbe*',
      'scherben? (im|in der|im essen)',
      'gestürzt',
      'ausgerutscht',
      'hingefallen',
      '(arm|bein|handgelenk|knöchel|zahn|nase|hüfte) gebrochen',
      'kakerlak*',
      'schaben',
      '!ratte*',
      '!mäuse*',
      '!maus',
      'mauskot',
      'nagetier*',
      'bettwanz*',
      'wanzen',
      'flöhe',
      'läuse',
      'maden',
      'ungeziefer',
      '!schimmel*',
      '!verschimmel*',
      'stromschlag',
      'elektrischen schlag',
      'gasgeruch',
      'gasleck',
      'nach gas gerochen',
      'kohlenmonoxid',
      'lebensgefährlich',
      'infektion*',
      'infiziert',
      'entzünd(et|ung)',
      'vereitert',
      '(falsch|falschen|falscher) zahn',
      'verätz*',
      'kopfhaut (verbrannt|verätzt|blutig)',
      '(ins|im|in das|in ein|ins nächste|vom) krankenhaus',
      'krankenhaus (gebracht|eingeliefert|gelandet|gefahren)',
      'notaufnahme',
      'notarzt',
      'rettungswagen',
      'blutete*',
      'blutung',
      'blasen (an|auf) (der|den|meiner)',
    ],
    legal: [
      'lastschrift*~(zurückgegeben|zurückgeben|zurückbuchen|zurückgebucht|widerrufen|zurückgehen)',
      'rückbuchung*',
      'chargeback',
      '(mit|ans|einem) inkasso*',
      '(gehe|gehen|geh|ging|gingen|war|waren) (ich |wir )?(damit )?zur polizei',
      '(gesundheitsamt|ordnungsamt|verbraucherzentrale|gewerbeaufsicht|veterinäramt|polizei) (ist |wurde |wird |sind |habe |haben )?(informiert|eingeschaltet|verständigt|benachrichtigt|gerufen)',
      '(anzeige|strafanzeige) (erstattet|gestellt|ist raus|läuft)',
      'polizei musste (kommen|gerufen werden)',
      'beschwerde (bei|beim) (der|dem) \\p{L}*(kammer|amt|behörde)',
      'anzeige (wegen|gegen|bei)',
      'juristisch',
      '(meinen|mein|meine|unseren|unser|unsere|einen|einem|den|dem|unserem|meinem|meiner|einer) (rechts)?(anwalt|anwältin|anwälte|anwälten)',
      '(rechts)?(anwalt|anwältin|anwälte)(n)? (ist|sind|wird|werden|kümmert|kümmern|meldet|melden) (eingeschaltet|informiert|sich)',
      'anwaltlich*',
      '(eine|die|mit einer|mit) klage',
      'klage (einreichen|erheben|eingereicht|erhoben)',
      'verklag*',
      'vor gericht',
      'gerichtlich*',
      'gerichtsverfahren',
      'polizei ~(gerufen|rufen|verständigt|alarmiert|eingeschaltet|kam|kommen|gekommen)',
      '(rief|riefen|rufen|gerufen|verständigt|alarmiert) ~polizei',
      '(anzeige|strafanzeige) (erstattet|erstatten|gestellt|stellen|aufgegeben|gemacht|machen)',
      'strafanzeige',
      'zur anzeige',
      'gesundheitsamt*',
      'ordnungsamt*',
      'lebensmittelkontroll*',
      'lebensmittelaufsicht',
      'veterinäramt',
      'verbraucherzentrale',
      'verbraucherschutz*',
      'gewerbeaufsicht',
      'rechtlich* schritte',
      'schritte einleiten',
      'juristisch* (schritte|vorgehen|prüfen|konsequenzen)',
      'schlichtungsstelle',
      'ärztekammer',
      'zahnärztekammer',
      'handwerkskammer',
    ],
    discrimination: [
      'ausländer (nur|nicht|raus|verboten|unerwünscht|kommen nicht)',
      'keine (ausländer|araber|schwarzen|türken|zigeuner|flüchtlinge)',
      '(an den|an die|am|an meinen|an meine|an meinem|an ihren|an ihre) (po|hintern|brust|busen|oberschenkel|schritt) (gefasst|gegrapscht|begrapscht|angefasst|berührt|gelangt)',
      '(begrapscht|betatscht|grapsch*|angegrapscht)',
      '(mädchen|frauen) (können|sollen|gehören) (eh |sowieso |halt |doch |ja )?(kein|nicht|nichts)',
      '^wegen (meines|meinem|ihres|ihrem|seines|seinem|meiner|ihrer|seiner) (alters|alter|akzents|akzent|kopftuchs|kopftuch|rollstuhls|rollstuhl|hautfarbe|herkunft|religion|behinderung|glaubens|nationalität)',
      '^ausländer wollen wir',
      '^(wir wollen|will man) (hier )?keine (ausländer|schwarzen|flüchtlinge|türken|muslime)',
      'nur den (schwarzen|dunkelhäutigen|ausländischen|türkischen|arabischen) (kunden|gästen) (hinterher*|gefolgt|nachgelaufen)',
      'bemerkungen über meinen (körper|hintern|busen)',
      'nach einem date',
      '^weil (mein|meine|unser|unsere) \\p{L}+ (autist|autistin|autistisch|behindert|blind|gehörlos|im rollstuhl)',
      '^leute wie (euch|sie|dich|du)',
      'nachgeäfft',
      '(an der|am) (taille|hintern|po|brust) (gepackt|angefasst|begrapscht)',
      'rollstuhl~(draußen warten|rausgehen)',
      'terroristen',
      'rassis*',
      'diskrimin*',
      'homophob*',
      'transphob*',
      'fremdenfeindlich*',
      'ausländerfeindlich*',
      'antisemit*',
      'sexis*',
      'sexuell* belästig*',
      'belästigt und (angefasst|begrapscht)',
      'begrapscht',
      'begrabscht',
      'angegrapscht',
      '(mich|sie|meine \\p{L}+|uns) ~angefasst',
      'anzüglich*',
      '^wegen (meiner|seiner|ihrer|unserer|meines|seines|ihres|unseres) (hautfarbe|herkunft|religion|behinderung|kopftuch*|akzent*|rollstuhl*|nationalität|aussehen*|alter*|sexualität)',
      '^weil (ich|wir|er|sie|meine frau|mein mann) (schwarz|ausländer*|muslim*|jüdisch|jude|schwul|lesbisch|behindert|im rollstuhl|türk*|arab*|asiat*|kopftuch|flüchtling*|migrant*|transgender|trans|schwanger)',
      '(blindenhund|assistenzhund|führhund|rollstuhl)~(abgewiesen|nicht erlaubt|verweigert|rausgeworfen|nicht rein|verboten|nicht bedient)',
      '(abgewiesen|verweigert|rausgeworfen|nicht rein)~(blindenhund|assistenzhund|führhund|rollstuhl)',
      'geh zurück in dein land',
      // Added in round 10, from how people report it (not from any test set).
      '(solchen|solche) leute(n)? (keine|nicht|kein)',
      '(behinderte|rollstuhlfahrer|ausländer|schwule|muslime|türken|schwarze|kopftuchträgerinnen) (sollen|sollten|gehören|haben hier)',
      'als (einzige|einziger|einzigste) (meine|die) tasche (öffnen|zeigen|aufmachen)',
      '(kopftuch|kopftüchern|kopftuch tragen)~(nicht (so )?passend|nicht erwünscht|nicht erlaubt|abnehmen|nicht bedienen|für euch)',
      '^(wegen|aufgrund) (meiner|seiner|ihrer|unserer) (hautfarbe|herkunft|religion|behinderung|nationalität|akzent*|kopftuch*|sexualität|rollstuhl*|alters)',
      '^(weil|da) (ich|wir|er|sie|mein \\p{L}+|meine \\p{L}+) (schwarz|muslim*|jüd*|türk*|ausländ*|schwul|lesbisch|behindert|im rollstuhl|ein kopftuch|kopftuch|blind|gehörlos|trans|roma|asiat*|afrikan*|araber)',
      '(kanake*|schlitzaug*|schwuchtel*|kümmeltürk*|kameltreiber*)',
      '(begrapscht|angegrapscht|begrapsch*|angetatscht|betatscht|grapscht*|gegrapscht|befummelt|angefasst an)',
      '(hand|hände|finger) ~(an meinem|an meinen|an meine|auf meinem|auf meinen|auf meine|unter mein*|an ihrem|auf ihrem|an ihren) (po|hintern|oberschenkel|brust|brüste|bein|beine|knie|hüfte)',
      '(blindenhund|assistenzhund|führhund)~(nicht erlaubt|draußen|verweigert|rausgeschmissen|keine hunde|keine tiere|durften nicht|nicht rein|abgewiesen)',
      'rollstuhl~(nicht (rein|hinein|bedienen|erlaubt)|draußen warten|verweigert|abgewiesen|haftung|nicht eingerichtet|nicht ausgelegt)',
      'lustig (über|gemacht über) (meinen|seinen|ihren|unseren|mein|ihr|sein) (akzent|namen|rollstuhl|glauben|kopftuch|aussehen|gewicht|turban|behinderung)',
      '(nachgeäfft|äffte|äfften|nachäff*) ~(akzent|sprache|behinderung|stottern)',
      '(sprüche|kommentare|bemerkungen|witze) über (meinen|meine|ihren|ihre|seinen|seine|unsere) (körper|figur|brüste|brust|akzent|herkunft|hautfarbe|kopftuch|religion|behinderung|hintern)',
      'wo (ich|wir|er|sie) (denn )?(wirklich|eigentlich) her(komme|kommen|kommt)',
      '(nicht für|keine) (leute|menschen) (wie (sie|euch|dich|uns)|in ihrem alter|ihres alters)',
      '(vermieten|bedienen|lassen) (wir )?(nicht an |keine )(ausländer|türken|araber|schwarze|flüchtlinge|roma|schwule|muslime)',
      'ob (ich|er|sie|wir) (überhaupt )?(papiere|eine aufenthaltserlaubnis|einen aufenthaltstitel) (habe|hat|haben)',
    ],
    fraud: [
      '(zweimal|doppelt|dreimal|zwei mal|drei mal) (abgebucht|belastet|abgezogen)',
      '(bargeld|geld) (eingesteckt|behalten|eingesackt|einbehalten)',
      '(die|der|das|den) (nie|nicht|gar nicht|niemals) (eingebaut|gewechselt|ausgetauscht|erneuert|gemacht|durchgeführt|montiert) (wurde|wurden|hat|haben)',
      '(abgebucht|berechnet|kassiert|belastet|abgezogen) (statt|anstatt|anstelle von)',
      'das ist (diebstahl|betrug)',
      'nochmal (von der karte )?abgebucht',
      '(nochmals|erneut|ein zweites mal) abgebucht',
      '(gegen einen|durch einen) (billigen|billigeren|falschen) (stein|diamant|motor)',
      'zog jeden monat',
      'ließ sich nicht kündigen',
      '(ohrringe|schmuck|uhr|ring|kette|handy|geld|laptop) (sind|ist|war|waren) weg',
      'koffer~durchwühlt',
      'durchwühlt',
      'fehlten (\\p{L}+ )?(euro|geld)',
      'kaution einbehalten',
      'nummer blockiert',
      'wechselgeld eingesteckt',
      'gestohlen',
      'geklaut',
      'klauen',
      'klaut',
      '?diebstahl',
      '?dieb(e|en|in)?',
      'betrug',
      'betrüg*',
      'betrog*',
      '?abzock*',
      'gefälscht*',
      '(fake|schein|phantasie|fantasie)-?rechnung*',
      '(doppelt|zweimal|zwei mal) ~(abgebucht|berechnet|kassiert|belastet)~(absichtlich|mit absicht|bewusst|vorsätzlich|wissentlich)',
      '(absichtlich|mit absicht|bewusst|vorsätzlich|wissentlich) ~(doppelt|zweimal|abgebucht|berechnet|kassiert)',
      'unberechtigt* (abgebucht|abbuchung*|belastet|belastung)',
      'nicht autorisiert*',
      '(geld|bargeld|portemonnaie|geldbörse|handy|uhr|ring|schmuck|laptop|pass) ~(verschwunden|fehlte|weg war|war weg|gestohlen)',
      'aus (dem|meinem|unserem) (zimmer|spind|auto|koffer|rucksack) verschwunden',
      'kreditkarte (kopiert|geklont)',
      'skimming',
      'gaunerei*',
      'gauner*',
      'abgerechnet, (was|die) (nie|nicht)',
      'leistungen berechnet, die (nie|nicht)',
      'nie erbracht',
      'tacho (manipuliert|zurückgedreht)',
      'fälschung*',
      // Added in round 10, from how people report it (not from any test set).
      '(berechnet|abgerechnet|in rechnung gestellt),? (die|das|was) (sie |er |man )?(nie|nicht|gar nicht) (gemacht|gewechselt|eingebaut|durchgeführt|erbracht)',
      '(filter|luftfilter|zahnriemen|keilriemen|akku|batterie|beläge|bremsbeläge|zündkerzen|scheiben|bremsscheiben|kupplung) (ist|sind|war|waren) (noch )?(der|die|das) (alte|alten)',
      'obwohl (vorher |vorab )?\\p{N}+ ?(€|euro)? (vereinbart|ausgemacht|abgemacht)',
      'kaution~keine rückzahlung',
      '(doppelt|zweimal|zwei mal|zweifach) (abgebucht|belastet|berechnet|kassiert|abgerechnet|bezahlt)',
      '(zwei|2|drei) (abbuchungen|buchungen|belastungen|zahlungen) für (dasselbe|das gleiche|denselben|die gleiche|den gleichen|dieselbe)',
      'kaution~(nicht (zurück|erstattet|wieder|ausgezahlt)|einbehalten|behalten|nie wieder|bis heute|keine antwort)',
      '(wechselgeld|rückgeld)~(nie|nicht) (zurück|wieder|bekommen|gebracht|gegeben|erhalten)',
      '(nie|nicht) (das |mein |unser )?(wechselgeld|rückgeld)',
      '(aus|in) (dem|meinem|unserem) (zimmer|safe|spind|schließfach|koffer|rucksack|mantel|jacke|tasche|auto)~(verschwunden|geklaut|entwendet)',
      '(fehlt*|verschwunden|geklaut|entwendet)~(aus|in) (dem|meinem|unserem) (zimmer|safe|spind|schließfach|koffer|rucksack|mantel|jacke|tasche|auto)',
      '(rechnung|berechnet|abgerechnet|bezahlt) ~(nie|nicht) (gewechselt|getauscht|eingebaut|ersetzt|erneuert|durchgeführt|gemacht)',
      '(alten|originalen|ursprünglichen) (bremsscheiben|scheiben|beläge|teile|reifen|batterie|filter) (sind|waren) (noch|immer noch)',
      '(gefälscht*|fälschung*|fake-rechnung*|scheinrechnung*)',
      '(rabatt|gratis|gutschein|umsonst|prozent)~(bewertung|fünf sterne|5 sterne|rezension)',
      '(abbuchungen|umsätze|zahlungen|buchungen) (die )?(ich|wir) (nie|nicht) (getätigt|gemacht|autorisiert|veranlasst)',
      '(geld|anzahlung|vorkasse|vorauszahlung)~(nicht mehr erreichbar|abgetaucht|verschwunden|blockiert)',
      '(kilometerstand|tacho)~(manipuliert|zurückgedreht|gefälscht)',
    ],
  },
  negators: ['kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nicht', 'nie', 'niemals', 'ohne', 'weder'],
  subjectNegators: ['niemand', 'keiner', 'keine von uns', 'niemandem'],
  breakers: [
    'lange',
    'mal',
    'nur',
    'einmal',
    'entschuldigt',
    'interessiert',
    'gekümmert',
    'geholfen',
    'erstattet',
    'reagiert',
    'geantwortet',
    'weiß',
    'wusste',
    'zu',
    'ernst',
    'bedient',
    'reingelassen',
    'hereingelassen',
  ],
  releasers: ['später', 'danach', 'nach', 'stunden', 'minuten', 'weil', 'als', 'dass'],
  fillers: [
    'ein',
    'eine',
    'einen',
    'einzige',
    'einzigen',
    'einziges',
    'einzige',
    'spur',
    'von',
    'mal',
    'einmal',
    'gesehen',
    'gefunden',
    'bemerkt',
    'gab',
    'es',
    'hatten',
    'hatte',
    'haben',
    'habe',
    'auch',
    'irgendeine',
    'irgendwelche',
    'problem',
    'probleme',
    'mit',
  ],
  hypothetical: [
    'dachte',
    'falls',
    'wenn',
    'würde',
    'würden',
    'könnte',
    'könnten',
    'hätte',
    'hätten',
    'befürchtet',
    'befürchtete',
    'angst',
    'sorge',
    'sorgen',
    'vermeiden',
    'risiko',
    'ob',
  ],
  after: [
    'keine',
    'keiner',
    'gab es keine',
    'gab es nicht',
    'nicht gesehen',
    'nicht gefunden',
    'fehlanzeige',
    'null',
    '(habe|hab|haben|hatte|hatten) (ich|wir) (hier )?(noch )?(nie|nicht|keine)',
    '(gab|gibt) es (hier )?(noch )?(nie|nicht|keine)',
  ],
  contrast: ['aber', 'doch', 'jedoch', 'sondern', 'obwohl', 'trotzdem', 'und', 'dann'],
  cancel: [
    '(minuten|stunden) (meiner )?(lebenszeit )?~geklaut',
    '(fast|beinahe) (die )?polizei (gerufen|geholt)',
    '(betrugs|abzock)(schutz|sicher|frei)\\p{L}*',
    'herz gestohlen',
    'tödlich*',
    'mörderisch*',
    'stahl (die show|uns das herz|mir das herz)',
    '(das|ein|die) gericht',
    'polizei(revier|station|wache|präsidium)',
    '(neben|gegenüber|nähe|nah am|nahe am|nahe dem|gegenüber vom|neben dem) (der )?(polizei|krankenhaus)',
    'krankenhaus (nebenan|gegenüber|um die ecke|in der nähe)',
    'maus(grau|klick|e und mann)',
    'mäuschen',
    'klage (über|nicht)',
    'ich (bin|war) (selbst )?(anwalt|anwältin)',
    '(ist|war) (anwalt|anwältin)',
    'anwaltskanzlei (nebenan|gegenüber|im haus)',
    'keine klagen',
    'kein grund zur klage',
    'ohne klagen',
    'schimmelkäse',
    'schimmel(käse|rinde)',
    'edelschimmel',
    '(blau|weiß)schimmel',
    'abzocke bei',
    'diebisch*',
    'infektiös',
    'den ausschlag',
    'hast du (sie|es) nicht gesehen',
  ],
  price: ['preis*', 'teuer*', 'euro', '€', '$', 'kostet', 'kosten', 'zahlen', 'gezahlt', 'bezahlt', 'für einen kaffee', 'für das geld'],
  innocent: [
    'computer',
    'tastatur',
    'laptop',
    'zoohandlung*',
    'zoogeschäft*',
    'haustier*',
    'spielzeug*',
    'zeichentrick*',
    'deko*',
    'dekoration*',
    'käse*',
    'brie',
    'roquefort',
    'gorgonzola',
    'figur*',
    'kostüm*',
    'film*',
    'buch',
    'spiel*',
    'schaufenster*',
  ],
};

const fr: UrgentPack = {
  triggers: {
    health: [
      "(câble|cable|corde|chaîne|banc|chaise|tabouret|échelle|rambarde|poulie|sangle) ~(a lâché|a cédé|s'est rompu|s'est cassé|a cassé|a craqué|s'est effondré)",
      "(retomb|tomb)\\p{L}* sur (mon |ma |le |la |l')?(épaule|tête|pied|main|bras|jambe|dos|orteil)",
      'brûlée?s? (au|à la|aux|sur le|sur la) (ventre|visage|main|bras|jambe|cuir chevelu|dos|cou)',
      '(lèvre|lèvres|langue|menton) (est |sont |reste |insensible|engourdie|paralysée|gonflée)\\p{L}*',
      'nerf ~(touché|abîmé|lésé|endommagé)',
      '(morceau|bout|éclat|morceaux|éclats) de (verre|métal|fil de fer|plastique)',
      'perfusion',
      '(réutilisé|utilisé) (une|la même|une même) aiguille',
      'aiguille (usagée|sale|réutilisée)',
      'du mal (à|a) respirer',
      'gorge~serr(é|e)e',
      'me tordais de douleur',
      'la tête dans les toilettes',
      'fi(è|e)vre et (des )?maux de ventre',
      'suppur*',
      'pus',
      "s'est d(é|e)croch(é|e)e",
      '(étagère|lustre|plafond|miroir)~(tomb*|d(é|e)croch*|effondr*)',
      'intoxication*',
      'intoxiqu*',
      'empoisonn*',
      'vomi*',
      'diarrh(é|e)e*',
      '(une|la|attrap(é|e)|choppé|chopé) gastro',
      'gastro-ent(é|e)rite',
      'gastroent(é|e)rite',
      'salmonell*',
      '(tomb(é|e|és|ée|ées|er)|(é|e)t(é|e)|(é|e)tions|(é|e)taient|(é|e)tait|suis|sommes|rendu|rendus|rendue|rendues|rend) (tous |tous les deux |gravement |tr(è|e)s )?malades?',
      'malades? toute la nuit',
      'r(é|e)action allergique',
      'choc anaphylactique',
      'anaphyla*',
      '(é|e)pi-?pen',
      "stylo d'adr(é|e)naline",
      'urticaire',
      'plaques rouges',
      '(gorge|l(è|e)vres|visage) (qui )?(a |ont )?(gonfl(é|e)|enfl(é|e))*',
      '(me|se|nous) (suis|sont|est|sommes) (br(û|u)l(é|e)*|coup(é|e)*|bless(é|e)*|cass(é|e) (le|la|une|un))',
      'br(û|u)lure*',
      'br(û|u)l(é|e) (le cuir chevelu|la peau|le cr(â|a)ne|au (deuxi|second|troisi)*)',
      'cuir chevelu (br(û|u)l(é|e)|en sang|irrit(é|e))',
      'coupure*',
      '(bout|morceau|(é|e)clat|(é|e)clats|morceaux) de (verre|m(é|e)tal|plastique)',
      'du verre dans',
      '?bless(é|e|és|ée|ées|ure|ures)',
      '(suis|est|sont|sommes) tomb(é|e|és|ée|ées) (dans|de|sur|par terre|et)',
      'gliss(é|e) (sur|dans)',
      'cass(é|e) (le bras|la jambe|une dent|le poignet|la cheville|le nez)',
      'dent cass(é|e)e',
      'cafards?',
      'blattes?',
      '!rats?',
      '!souris',
      '!rongeurs?',
      'punaises?( de lit)?',
      'puces',
      'poux',
      'asticots?',
      'vers (dans|blancs|vivants)',
      '!moisi*',
      '!moisissure*',
      '(é|e)lectrocut*',
      'd(é|e)charge (é|e)lectrique',
      'fuite de gaz',
      'odeur de gaz',
      'fils (d(é|e)nud(é|e)s|(à|a) nu|apparents)',
      'monoxyde de carbone',
      'danger pour la sant(é|e)',
      'infection*',
      'infect(é|ée|és|ées|ee|ees)',
      '(mauvaise|autre) dent',
      'arrach(é|e) (la mauvaise|une dent saine)',
      'urgences',
      "(à|a) l'h(ô|o)pital",
      'hospitalis*',
      'samu',
      'pompiers',
      'cloques?',
      'en sang',
      'saign(é|e|ait|ement|er)*',
    ],
    legal: [
      '(pris|prendre|engagé) une avocate',
      '(saisi|saisir|saisirons|avons saisi) le rectorat',
      '(contesté|contester|contesté le|contesté la|je conteste) (le |la |ce |cette )?(paiement|prélèvement|débit|transaction) (auprès de|avec|via) (ma|la|notre) banque',
      'rétrofacturation',
      'opposition (bancaire|sur (le|mon|ce) (paiement|prélèvement))',
      "(signalé|signaler|dénoncé) (à|au|aux) (l'ars|la mairie|la police|la gendarmerie|la dgccrf|services d'hygiène|l'hygiène)",
      '(la police|les gendarmes|la gendarmerie) (est|sont) (venue?s?|arrivée?s?|intervenue?s?)',
      '(prévenu|alerté|saisi|informé) la mairie',
      'la mairie',
      'mon avocate',
      'services sanitaires',
      'main courante',
      'tribunaux',
      'mon avocat',
      'notre avocat',
      '(contacter|contact(é|e)|consulter|consult(é|e)|prendre|pris|appeler|appel(é|e)|saisir|saisi) (un|mon|notre) avocat',
      '(porter|port(é|e)|d(é|e)poser|d(é|e)pos(é|e)|porterai|porterons|d(é|e)poserai) (une )?plainte',
      'plainte (au|à la|a la|auprès|aupr(e|è)s|contre|pour)',
      'proc(è|e)s',
      'tribunal*',
      'en justice',
      'la justice',
      'poursuites?( judiciaires?)?',
      '(appel(é|e|er|ons|erai)|appelle|pr(é|e)venu|pr(é|e)venir|alert(é|e)) ~(la police|les flics|la gendarmerie|les gendarmes)',
      '(la police|les flics|la gendarmerie|les gendarmes) (est|sont) (venue?s?|arriv(é|e)e?s?|intervenue?s?)',
      'au commissariat',
      '(à|a) la gendarmerie',
      'dgccrf',
      'r(é|e)pression des fraudes',
      "service(s)? (d'|de l')hygi(è|e)ne",
      "(inspection|contr(ô|o)le|inspecteurs?) (sanitaire|d'hygi(è|e)ne|de l'hygi(è|e)ne)",
      'services? v(é|e)t(é|e)rinaires?',
      '60 millions de consommateurs',
      'ufc[- ]que choisir',
      'que choisir',
      'association(s)? de consommateurs',
      'mise en demeure',
      'huissier',
      'conciliateur',
      'm(é|e)diateur',
      "signal(é|e|er|erai|erons) (à|a|aux) (la |les |l')?(dgccrf|police|gendarmerie|mairie|pr(é|e)fecture|services|autorit(é|e)s|ars|r(é|e)pression)",
      'ars',
      'ordre des (m(é|e)decins|dentistes|chirurgiens)',
      "conseil de l'ordre",
      'ch(è|e)que[- ]?avocat',
    ],
    discrimination: [
      'rebeus?',
      'pas de (noirs|arabes|rebeus|renois|blacks|gitans|roms|étrangers)',
      '(glissé|passé|mis) (ses|sa) mains? (sous|sur) (ma|mes) (serviette|fesses|poitrine|cuisse|cuisses|jupe|robe)',
      '(touché|tripoté|peloté) (mes|ma) (fesses|poitrine|seins|cuisses|cuisse)',
      '(tripot|pelot)\\p{L}*',
      "les (filles|femmes)~(c'est pas leur truc|ce n'est pas leur truc|ne sont pas faites|ne peuvent pas|sont nulles|n'y arrivent pas)",
      '^(à cause de|en raison de) (mon|ma|son|sa|leur|notre) (âge|accent|couleur de peau|couleur|religion|voile|origine|handicap|fauteuil|nationalité)',
      "^on ne veut pas d'(étrangers|arabes|noirs|immigrés)",
      "^(pas|ne veut pas) d'(étrangers|arabes|noirs) ici",
      '(ne )?suivait que les clients (noirs|arabes|maghrébins|étrangers)',
      'remarques sur mon (corps|physique|poitrine)',
      'propos(é|e) un rendez-vous',
      '^parce que (mon|ma|notre) (fils|fille|mari|femme|mère|père)? ?(est|était) (autiste|handicap(é|e)|aveugle|sourd|sourde|en fauteuil)',
      '^(les )?gens comme (vous|toi)',
      'imit(é|e|ait) (mon|son) (bégaiement|accent|handicap)',
      'moqu(é|e)* de (mon|ma|son|sa) (accent|handicap|bégaiement|fauteuil|couleur|origine)',
      '(prenait|pris|attrap(é|e)|tenait) par la taille',
      'fauteuil~(attendre dehors|sortir)',
      'terroriste',
      'racis*',
      'discrimin*',
      'homophob*',
      'transphob*',
      'x(é|e)nophob*',
      'sexis*',
      'antis(é|e)mit*',
      'harc(è|e)lement',
      'harcel*',
      'attouchements?',
      'mains baladeuses',
      'propos (racistes|d(é|e)plac(é|e)s|sexistes|obsc(è|e)nes|homophobes)',
      'remarques? (racistes|sexistes|d(é|e)plac(é|e)es|obsc(è|e)nes|homophobes)',
      '^a cause de (ma|mon|sa|son|notre) (couleur|origine|religion|voile|accent|handicap|fauteuil|nationalit(é|e)|(â|a)ge)',
      '^(à|a) cause de (ma|mon|sa|son|notre) (couleur|origine|religion|voile|accent|handicap|fauteuil|nationalit(é|e)|(â|a)ge)',
      "^parce que (je suis|nous sommes|il est|elle est|on est|j'(é|e)tais|nous (é|e)tions|ils sont|elles sont) (noir*|arabe*|musulman*|juif*|juive*|gay|homo*|lesbienne*|handicap(é|e)*|(é|e)tranger*|maghr(é|e)bin*|africain*|asiatique*|rom*|voil(é|e)e?|en fauteuil|enceinte)",
      "(chien guide|chien d'aveugle|chien d'assistance|fauteuil roulant)~(refus*|interdit*|pas le droit|mis dehors|pas accept(é|e)*)",
      "(refus(é|e)*|interdit*|mis dehors)~(chien guide|chien d'aveugle|chien d'assistance|fauteuil roulant)",
      'sale (arabe|noir|juif|(é|e)tranger)',
      'rentre chez toi',
      'touch(é|e) (les fesses|la poitrine)',
      'tripot(é|e)*',
      // Added in round 10, from how people report it (not from any test set).
      '(pas|jamais) (les|de|des) (arabes|noirs|noires|juifs|musulmans|roms|filles voilées|femmes voilées|handicapés|mamies)',
      "(les handicapés|les arabes|les noirs|les musulmans|les juifs|les roms|les étrangers),? c'est (pas|non|interdit|hors de question|complet)",
      '(coupe|coiffe|fait|travaille|touche) (pas|jamais) (ce genre de|ces) cheveux',
      "(d'origine de quoi|quelles sont vos origines|c'est quoi vos origines|c'est quoi tes origines)",
      "(essay(é|ant|ait) de (l'|m')embrasser|embrass(é|ée|er) de force|coincée? contre (le mur|la porte))",
      '^(à cause de|a cause de|en raison de) (ma|mon|sa|son|notre|leur) (couleur|origine|religion|handicap|accent|voile|fauteuil|âge|orientation|nationalité)',
      "^(parce que|car|puisque) (je suis|nous sommes|il est|elle est|ils sont|elles sont|on est|j'étais|il était|elle était) (noir*|arabe|musulman*|juif|juive|gay|gai|lesbienne|handicapé*|en fauteuil|voilée|étranger*|rom|trans|aveugle|sourd*|enceinte|asiatique|maghrébin*|africain*)",
      '(bougnoul*|bamboula|sale arabe|sale noir|sale juif|tarlouze*|youpin*|bicot*)',
      '(main|mains|doigts) ~(sur mes|sur ma|sur ses|sur sa|sous ma|sous mon|entre mes) (fesses|cuisse|cuisses|poitrine|seins|jambe|jambes|genou|hanches)',
      '(pelotée?|pelotées|tripotée?|tripoté|tripotait|tripoter|mains baladeuses)',
      "(chien guide|chien-guide|chien d'assistance|chien d'aveugle)~(refus*|interdit*|pas (accepté|admis|autorisé|le droit)|dehors|pas d'animaux|pas de chiens)",
      'fauteuil roulant~(refus*|pas (accepté|le droit|adapté|possible)|dehors|responsabilit*|pas équipé)',
      '(se moqu*|moqué*|imit*) ~(mon|son|notre|ma|sa) (accent|handicap|voile|prénom|nom|fauteuil|religion|bégaiement)',
      '(remarques|commentaires|blagues) (sur|à propos de) (mon|ma|son|sa|mes) (corps|physique|poitrine|seins|accent|couleur|origine|voile|religion|poids|fesses)',
      "d'où (je|il|elle|on|nous) (venais|venait|venions|viens|vient) (vraiment|réellement|en vrai)",
      "(si|est-ce que) (j'avais|il avait|elle avait|on avait|nous avions) (des |mes |ses )?papiers",
      '(on ne sert|nous ne servons|on ne loue|nous ne louons|on ne prend) pas (les|des|aux) (gens comme|arabes|noirs|roms|étrangers|musulmans|gens de)',
      'pas pour les (gens|personnes) (de votre âge|comme vous|comme toi|comme nous)',
    ],
    fraud: [
      '(débité|prélevé|facturé|encaissé|débitée|prélevée) (\\p{L}+ )?(deux|trois) fois',
      "?c'est du vol",
      "(gardé|empoché|garde) (l'argent|le liquide|les espèces|mon argent|la monnaie)",
      '(facturé|facturée|facturés|facturées|facture) ~jamais (chang|pos|remplac|fait|mont|install)\\p{L}*',
      '(débité|facturé|prélevé|encaissé) ~au lieu de',
      'volé (mon|ma|mes|notre|nos) (appareil|téléphone|portable|sac|portefeuille|montre|bague|collier|passeport|ordinateur|valise|argent|carte|bijoux|vélo|voiture)',
      '(débité|facturé|prélevé) une (seconde|deuxième|2e) fois',
      '(échangé|remplacé) (le|mon|notre) (diamant|moteur|pierre)',
      'prélevait (\\p{N}+ )?(euros|€)? ?par mois',
      'impossible de résilier',
      "(boucles d'oreilles|bijoux|montre|bague|collier) (ont|a) disparu",
      'fouill(é|e) (ma|mes|notre) (valise|sac|affaires|chambre)',
      'il manquait (\\p{L}+ )?(euros|argent)',
      'caution gard(é|e)e',
      'num(é|e)ro bloqu(é|e)',
      'empoch(é|e)',
      'trafiqu(é|e) le compteur',
      'imit(é|e) ma signature',
      '?vol(é|e|és|ées)',
      '?(fait|faire) voler',
      '?voleur*',
      '?voleuse*',
      "vol (de|d'|dans) (mon|ma|mes|notre|nos|la|le|l')",
      'un vol dans',
      '?escroc*',
      'escroquer*',
      '?arnaque*',
      '?arnaqu*',
      'fraude*',
      'frauduleu*',
      'fausse facture',
      'fausses factures',
      'facture (falsifi(é|e)e|bidon|truqu(é|e)e|gonfl(é|e)e)',
      'falsifi*',
      '(d(é|e)bit(é|e)|factur(é|e)|pr(é|e)lev(é|e)|encaiss(é|e)|fait payer) ~(deux fois|en double|doublement)~(expr(è|e)s|volontairement|d(é|e)lib(é|e)r(é|e)ment|sciemment|intentionnellement|sciemment)',
      '(expr(è|e)s|volontairement|d(é|e)lib(é|e)r(é|e)ment|sciemment|intentionnellement) ~(d(é|e)bit(é|e)|factur(é|e)|deux fois|en double|pr(é|e)lev(é|e))',
      'pr(é|e)l(è|e)vements? non autoris(é|e)s?',
      'pr(é|e)l(è|e)vements? (frauduleux|abusifs?)',
      'd(é|e)bits? non autoris(é|e)s?',
      '(argent|portefeuille|bijoux|montre|t(é|e)l(é|e)phone|bague|liquide|esp(è|e)ces|sac) ~disparu*',
      'carte (clon(é|e)e|pirat(é|e)e)',
      'contrefa(ç|c)on*',
      'faux (produits?|parfums?|pi(è|e)ces?|sacs?)',
      "pi(è|e)ces? d'occasion (factur(é|e)es|comme neuves)",
      'factur(é|e) (des|une) (prestations?|pi(è|e)ces?|travaux|soins?) (jamais|non) (faite?s?|r(é|e)alis(é|e)e?s?|effectu(é|e)e?s?|pos(é|e)e?s?)',
      'compteur (trafiqu(é|e)|modifi(é|e))',
      // Added in round 10, from how people report it (not from any test set).
      'double (paiement|prélèvement|débit|facturation)',
      '(valise|sac|casier|chambre|coffre)~il manquait',
      'il manquait~(en liquide|en espèces|appareil photo|portefeuille|bijoux|montre|téléphone|ordinateur)',
      "(l'argent|les billets|le liquide|la monnaie) (direct |directement )?dans sa poche",
      '(prélevé|prélevée|prélevés) \\p{N}+ ?(€|euros)? sur (la|notre|ma) caution',
      '(débité|débitée|débités|prélevé|prélevée|prélevés|facturé|facturée|encaissé|encaissée) (deux fois|à deux reprises|2 fois|en double|trois fois)',
      '(deux|2|trois) (prélèvements|débits|paiements|transactions) pour (le même|la même)',
      '(caution|dépôt de garantie)~(jamais (rendue|rendu|remboursée|restituée|revue)|pas (rendue|rendu|restituée|remboursée)|gardée|gardé|retenue|conservée|encaissée|toujours pas|sans nouvelles)',
      'monnaie~(jamais (rendue|revenu|revenue|rapporté*)|pas rendu|pas rendue)',
      '(jamais|pas) (rendu|rapporté) (la|ma|notre) monnaie',
      '(disparu|disparus|disparue|disparues) ~(de|dans|du) (la |ma |notre |le |mon )?(chambre|coffre|casier|valise|sac|manteau|veste|poche|vestiaire|voiture)',
      '(factur*|compté*|payé*) ~(jamais|pas) (été )?(changé*|remplacé*|posé*|installé*|fait*|effectué*)',
      "(anciennes?|d'origine) (plaquettes|disques|pièces|pneus|batterie|filtre)~(toujours|encore) (là|en place|montée?s?)",
      '(fausse|fausses) (facture|factures|note|notes|quittance)',
      'facture (falsifiée|bidon|gonflée)',
      '(réduction|remise|offert*|gratuit*)~(avis|cinq étoiles|5 étoiles)',
      "(achats|paiements|transactions|prélèvements) (que )?(je n'ai|nous n'avons|on n'a) (jamais|pas) (fait|effectué*|autorisé*)",
      '(acompte|arrhes|avance)~(plus de nouvelles|injoignable*|disparu|ne répond plus|bloqué*)',
      '(compteur|kilométrage)~(trafiqué|modifié|falsifié)',
    ],
  },
  negators: ['pas', 'ne', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien', 'nul', 'nulle'],
  subjectNegators: ['personne', 'aucun de nous', 'aucun', 'aucune', 'nul'],
  breakers: [
    'longtemps',
    'seulement',
    'que',
    'excus(é|e)*',
    'excuses',
    'aid(é|e)',
    'rembours(é|e)',
    'r(é|e)pondu',
    'r(é|e)agi',
    'sais',
    'savait',
    'savais',
    'su',
    'voulu',
    'compris',
    'pris',
    'inqui(é|e)t(é|e)s?',
    'souci(é|e)s?',
    'propos(é|e)',
    'laiss(é|e)*',
    'servi*',
    'accept(é|e)*',
  ],
  releasers: ['après', 'apres', 'plus tard', 'heures', 'minutes', 'parce', 'quand', 'que', 'lorsque'],
  fillers: [
    'un',
    'une',
    'le',
    'la',
    'les',
    'de',
    'des',
    'd',
    'seul',
    'seule',
    'seul une',
    'trace',
    'signe',
    'vu',
    'trouv(é|e)',
    'eu',
    'a',
    'y',
    'il',
    'on',
    'avons',
    'ai',
    'avais',
    'moindre',
    'problème',
    'probl(è|e)me',
    'probl(è|e)mes',
    'avec',
    'même',
    'm(ê|e)me',
    'l',
    'est',
    '(é|e)t(é|e)',
    'tomb(é|e)s?',
    'sommes',
    'suis',
    'personne',
  ],
  hypothetical: [
    'pensais',
    'si',
    'peur',
    'craignais',
    'craignions',
    'craint',
    'crainte',
    'aurait',
    'auraient',
    'pourrait',
    'pourraient',
    'risque',
    'risquez',
    '(é|e)viter',
    'au cas',
    'inqui(é|e)t*',
    'souci',
  ],
  after: ['aucun', 'aucune', 'z(é|e)ro', 'pas vu', 'jamais vu', 'nulle part', 'rien', 'inexistant*'],
  contrast: ['mais', 'pourtant', 'cependant', 'quoique', 'bien que', 'et', 'puis', 'ensuite'],
  cancel: [
    '(minutes|heures) de (ma|notre) vie volées',
    'anti-?(arnaques?|fraudes?)',
    '(presque|failli) appel* (la police|les flics|les gendarmes)',
    'vol(é|e) (mon|notre|le) c(œ|oe)ur',
    'tuerie',
    'mortel*',
    'vol (de nuit|direct|retard(é|e)|annul(é|e)|aller|retour)',
    'vol-au-vent',
    'vols? (pas chers?|low[- ]cost)',
    'avocats? (toast|tartine|crevettes|bien m(û|u)r)',
    "(à|a|de|d') l'avocat",
    "toast (à|a) l'avocat",
    "tartare (de|d') avocat",
    "(au|a|aux) (rats?|souris) (d'(é|e)glise)",
    "souris d'agneau",
    "souris (d'agneau|confite|de sept heures|de 7h)",
    'malade (ce|cette|le) (burger|plat|g(â|a)teau|dessert)',
    "c'est (trop |vraiment )?malade",
    'gastronom*',
    'commissariat (à c(ô|o)t(é|e)|en face|juste (à|a) c(ô|o)t(é|e))',
    "(à c(ô|o)t(é|e)|en face|pr(è|e)s) (du|de l') (commissariat|h(ô|o)pital)",
    'h(ô|o)pital (à c(ô|o)t(é|e)|en face|juste (à|a) c(ô|o)t(é|e))',
    'la justice (de|des) (prix|prix)',
    'rendre justice',
    "proc(è|e)s d'intention",
    'proc(è|e)s-verbal',
    'poursuivre (la soir(é|e)e|notre|nos|le repas|la visite|sur|par|vers)',
    'pas de plainte',
    'aucune plainte',
    'est avocat',
    'suis avocat',
    'crise de rire',
    'mourir de rire',
    'punaise,',
    'punaise !',
    'ars(enal|enic)*',
    "puces? (électroniques|de l'ordinateur)",
    'tomb(é|e)* (en panne|amoureux|amoureuse|sous le charme)',
    '(marché|march(é|e)) aux puces',
    '(à|a) la vol(é|e)e',
    '(prend|prennent|accept*|g(è|e)re*|pour|les) urgences',
    "(travaill*|bosse*) (à|a) l'h(ô|o)pital",
    'moisi(r|ssent) (dans|au) (la|le) (file|queue)',
  ],
  price: [
    'prix',
    'cher',
    'ch(è|e)re',
    'ch(è|e)res',
    'chers',
    'euros',
    '€',
    '$',
    'tarif*',
    'addition',
    'pour un caf(é|e)',
    'pour ce prix',
    'co(û|u)te',
    'co(û|u)t',
    'payer',
    'pay(é|e)',
  ],
  innocent: [
    'ordinateur',
    'clavier',
    'pc',
    'animalerie*',
    'animaux de compagnie',
    'jouets?',
    'dessins? anim(é|e)s?',
    'd(é|e)co*',
    'fromage*',
    'roquefort',
    'brie',
    'bleu',
    'gorgonzola',
    'figurine*',
    'costume*',
    'film*',
    'livre*',
    'jeux?',
    'vitrine*',
    'ratatouille',
    'peluche*',
  ],
};

const zh: ChinesePack = {
  triggers: {
    health: [
      '嘴唇~肿',
      '(脸|喉咙|眼睛)(都|也|就)?肿',
      '呼吸(困难|急促|也急|不上来)',
      '送(去|到|进)(了)?(儿童)?医院',
      '(赶紧|连夜|紧急|马上)(送|去)(了)?(儿童)?医院',
      '(断了|断裂)~砸',
      '砸(到|在|伤)(了)?(我|他|她|孩子)',
      '骨裂',
      '骨折',
      '(碎玻璃|玻璃碴|玻璃渣|铁丝|钢丝球)',
      '打点滴',
      '输液',
      '挂水',
      '(一根|同一根|用过的|二手)针',
      '针用两次',
      '呼吸困难',
      '发烧~肚子疼',
      '肚子疼~发烧',
      '抱着马桶',
      '(架子|吊灯|天花板|镜子|招牌)~(掉下来|砸|塌)',
      '食物中毒',
      '吃~中毒',
      '中毒~(住院|医院|急诊|吐|拉)',
      '拉肚子',
      '闹肚子',
      '腹泻',
      '上吐下泻',
      '呕吐',
      '吐了',
      '吐得',
      '肠胃炎',
      '急性肠胃炎',
      '沙门氏菌',
      '过敏反应',
      '过敏性休克',
      '过敏了',
      '(全身|浑身|严重|当场|马上)过敏',
      '过敏(起|出|发)(疹|红|包)',
      '起(了)?~(疹子|红疹|风团|疹)',
      '红疹',
      '疹子',
      '荨麻疹',
      '喉咙(肿|发紧|紧)',
      '嘴(唇|巴)肿',
      '?受伤',
      '受了伤',
      '弄伤',
      '烫伤',
      '烫到',
      '烫起泡',
      '烧伤',
      '割伤',
      '划伤',
      '划破',
      '割破',
      '(玻璃|钢丝|铁丝)(渣|碴|片|碎片|丝)',
      '摔倒',
      '滑倒',
      '摔伤',
      '摔了一跤',
      '骨折',
      '缝针',
      '流血',
      '出血',
      '蟑螂',
      '小强',
      '!老鼠',
      '!耗子',
      '臭虫',
      '床虱',
      '跳蚤',
      '虱子',
      '(吃出|发现|有|看到|里有|里面有)(了)?(虫子|虫|苍蝇|蛆)',
      '蛆',
      '!发霉',
      '!霉斑',
      '长毛了',
      '霉变',
      '!霉菌',
      '漏电',
      '触电',
      '电到',
      '煤气泄漏',
      '燃气泄漏',
      '一氧化碳',
      '安全隐患',
      '(感染|发炎|化脓|溃烂)',
      '拔错',
      '(头皮|皮肤)(烧|灼|烂|起泡|红肿|过敏)',
      '(化学)?灼伤',
      '(进了|进|去了|送|送去|送到|住进)(医院|急诊)',
      '送医',
      '住院',
      '急诊',
      '挂急诊',
      '120',
      '救护车',
      '水泡',
    ],
    legal: [
      '拒付',
      '申请(了)?(退单|拒付|争议交易)',
      '向(信用卡中心|银行)(提交|申请|投诉)',
      '城管',
      '报了警',
      '报过警',
      '法庭',
      '卫生监督',
      '市长热线',
      '司法',
      '(找|请|联系|咨询|委托)(了)?(个|一个|我的|专业)?律师',
      '律师(函|信)',
      '律师(会|将|已经|说)',
      '起诉',
      '告(你们|他们|她们|这家|这个)',
      '去告',
      '要告',
      '法院',
      '打官司',
      '诉讼',
      '报警',
      '(叫|找|喊)了?警察',
      '警察(来了|来|到场|过来)',
      '打了?110',
      '110',
      '(去|到|进|送|在)(了)?派出所',
      '派出所(做|录|报案|备案|立案)',
      '消协',
      '消费者协会',
      '12315',
      '12345',
      '市场监管',
      '工商局',
      '工商',
      '卫生局',
      '卫健委',
      '食药监',
      '卫生部门',
      '相关部门',
      '有关部门',
      '投诉到',
      '举报',
      '维权',
      '法律(途径|手段|责任|程序)',
    ],
    discrimination: [
      '外地人(不让|不准|不能|不给)',
      '(往|摸)~(大腿|胸|屁股)',
      '摸我',
      '(女孩子|女生|女孩|女的)~(没用|学不好|不行|不适合|学不会)',
      '^(因为|嫌)(我|她|他)(年纪大|年龄|是外地|口音|残疾|坐轮椅|戴头巾|肤色)',
      '外地人就是',
      '跟着黑人',
      '只跟着(黑人|外国人|少数民族)',
      '评论我的身材',
      '约我出去',
      '^因为(我|我们|他|她)(的)?(儿子|女儿|孩子)?有(自闭症|残疾|听障|视障)',
      '^你们这种人',
      '^你们这样的人',
      '学我(口吃|说话|结巴)',
      '嘲笑(我|他|她)的(口音|残疾|口吃)',
      '搂(我|她)的腰',
      '摸(我|她)(的)?(屁股|胸|腿|腰)',
      '轮椅~(外面等|出去|门外)',
      '恐怖分子',
      '歧视',
      '种族',
      '性骚扰',
      '骚扰(我|她|女)',
      '动手动脚',
      '咸猪手',
      '揩油',
      '摸(我|她)的',
      '(区别|差别)对待',
      '看不起(外地人|外国人|黑人|残疾人|我们外地)',
      '^因为(我|我们|他|她|他们)(的)?(爸|妈|爸爸|妈妈|父亲|母亲|老公|老婆|孩子|儿子|女儿|朋友|奶奶|爷爷|姐姐|妹妹|哥哥|弟弟)?(是)?(外地人|外国人|黑人|残疾|坐轮椅|少数民族|穆斯林|戴头巾|同性恋|新疆人|河南人|农村人|乡下人)',
      '(导盲犬|轮椅)~(不让|拒绝|赶|不准|不能进)',
      '(不让|拒绝|赶出|不准)~(导盲犬|轮椅)',
      '黑鬼',
      '外地佬',
      '乡巴佬',
      '(下流|黄色|色情)(的)?(话|玩笑|段子|手势)',
      // Added in round 10, from how people report it (not from any test set).
      '(老年人|老人|残疾人|轮椅|外地人|外国人|少数民族|穆斯林|同性恋)(不能进|不能入内|不能入住|不能住|不让|不给|不收|不接待)',
      '(新疆的|维吾尔族的|少数民族的|藏族的|回族的|外地的|黑人)(不接|不让住|不租|不收|不卖)',
      '(新疆人|维吾尔族|藏族|回族|黑人)~(满房|不接待|不让住|不接)',
      '(女的懂什么|女人懂什么|女的能懂|女司机就是)',
      '不管(什么)?导盲犬',
      '(外地人|外国人|黑人|少数民族|残疾人|坐轮椅|轮椅|穆斯林|同性恋|乡下人|农村人|口音|老年人|孕妇|盲人|导盲犬|戴头巾)~(不让|不给进|拒绝|赶出|不接待|不卖给|不租给|不服务|嫌弃|看不起|瞧不起|区别对待|进不去|不能进)',
      '(不让|不给|拒绝|不接待|不卖给|不租给|赶出去|赶走)~(外地人|外国人|黑人|少数民族|残疾|轮椅|穆斯林|同性恋|导盲犬|口音|戴头巾)',
      '(咸猪手|动手动脚|毛手毛脚|性骚扰)',
      '(嘲笑|模仿|取笑|笑话|学我)~(口音|方言|残疾|轮椅|头巾|长相|身材|肤色|结巴)',
      '(黑鬼|乡巴佬|死基佬|娘炮|瘸子|残废)',
      '(身材|胸部|胸)~(评头论足|指指点点|说三道四|开黄腔|黄段子)',
      '(开黄腔|黄段子|言语骚扰|言语调戏|调戏)',
    ],
    fraud: [
      '这就是偷',
      '(扣|收|刷)了(我)?(两|三)次',
      '收了(现金|钱)就走',
      '(其实|根本)(没|没有)换',
      '(价目表|标价)(上)?明明(是|写着?)',
      '扣了同一笔',
      '重复扣',
      '钻石换成',
      '换成了便宜',
      '每个月自动扣',
      '不让取消',
      '(耳环|项链|手表|戒指|首饰|手机|钱包|现金)(不见了|没了|丢了)',
      '押金不退',
      '拉黑',
      '钱包里少了',
      '里程表~调',
      '调表',
      '私吞',
      '被偷',
      '偷了',
      '偷走',
      '小偷',
      '偷拿',
      '偷钱',
      '偷东西',
      '被盗',
      '盗刷',
      '盗用',
      '骗子',
      '骗钱',
      '诈骗',
      '欺诈',
      '被骗',
      '(骗|坑)了(我|我们)',
      '假发票',
      '假账单',
      '假单',
      '伪造',
      '(故意|恶意|明知)~(多扣|多收|重复扣|扣两次|刷两次|收两次|多刷)',
      '(多扣|多收|重复扣|扣两次|刷两次|收两次|多刷)~(故意|恶意|明知)',
      '私自(扣|刷|划)',
      '偷偷(扣|刷|加|收|换)',
      '(钱|现金|手机|钱包|首饰|手表|戒指)~(不见了|没了|丢了|少了)',
      '掉包',
      '调包',
      '以次充好',
      '假货',
      '(冒充|假冒)',
      '虚开',
      // Added in round 10, from how people report it (not from any test set).
      '两次都扣(款|费|钱)?(成功|了)',
      '(换的是|装的是|用的是)(组装|副厂|二手|翻新|假)',
      '根本没(换|修|做|更换)',
      '(扣了两次|扣两次|扣款两次|重复扣款|重复扣费|扣了两笔|刷了两次|收了两次|重复收费|扣了两遍|刷了两遍)',
      '押金~(不退|没退|不还|没还|扣下|扣光|拖着不|至今没|一直不|不给退)',
      '(找零|找的钱|零钱)~(少找|没找|少了)',
      '少找(了)?钱',
      '(房间里|行李|包里|柜子里|储物柜|保险箱|外套|口袋)~(丢了|不见了|被偷|被拿走)',
      '(收了|收费|算了|账单|发票)~(没换|没有换|根本没换|没有更换|并没有更换|根本没修|没有修)',
      '(没换|没有换|根本没换|没有更换|并没有更换)~(收了|收费|算了|账单|钱)',
      '(假发票|伪造|篡改|造假)',
      '(好评返现|好评送|五星好评送|五星好评返)',
      '(盗刷|不明扣款|莫名扣款|莫名其妙扣|乱扣费|偷偷扣)',
      '(收了钱|收了定金|交了定金|付了定金|付了钱|交了钱)~(跑路|失联|不见人|拉黑|联系不上|人间蒸发)',
      '(跑路了|把我拉黑|拉黑了我)',
    ],
  },
  negators: ['没有', '没', '不', '无', '未', '别', '毫无', '并未', '从未', '不会'],
  subjectNegators: ['没人', '没有人', '谁都没', '谁也没', '一个人都没', '没有一个'],
  breakers: [
    '不停',
    '不断',
    '不到',
    '不久',
    '不一会',
    '不止',
    '不管',
    '不顾',
    '不得不',
    '不知道',
    '不小心',
    '不仅',
    '不光',
    '不舒服',
    '没多久',
    '没过多久',
    '没一会',
    '没想到',
    '没过',
    '不是很久',
    '无缘无故',
    '没几分钟',
    '没有任何道歉',
    '不停地',
  ],
  releasers: ['还', '而且', '居然', '竟然', '就', '然后', '后来', '之后', '又', '才'],
  after: ['都没有', '也没有', '都没', '也没', '没有', '是没有', '绝对没有', '一只都没'],
  hypothetical: ['如果', '要是', '万一', '担心', '怕', '以免', '会不会', '以为', '生怕', '假如', '防止', '避免', '预防'],
  contrast: ['但是', '但', '可是', '不过', '结果', '却', '然而'],
  cancel: [
    '防诈骗',
    '反诈',
    '差点报警',
    '偷走(了)?(我的)?心',
    '抢钱',
    '笑死',
    '吐槽',
    '吐血推荐',
    '吃中毒了',
    '(已经|彻底|深度|完全)中毒',
    '中毒了?(每周|每天|天天|每次|还想|推荐)',
    '种族(菜|风味|特色)',
    '老鼠(爱大米|斑|药)',
    '派出所(旁边|对面|附近|隔壁)',
    '(旁边|对面|附近|隔壁)(就是|有|是)?(派出所|医院|法院)',
    '医院(旁边|对面|附近|隔壁)',
    '法院(旁边|对面|附近|隔壁)',
    '110(分|元|块|平|号|路|米|人)',
    '120(分|元|块|平|号|路|米|人)',
    '12345(6)',
    '偷(懒|笑|师)',
    '小强(哥|老板)',
    '工商银行',
    '种族(菜)',
    '偷了(我的)?心',
    '性价比',
    '心动',
    '烫到(刚好|正好)',
    '感染力',
    '大出血',
    '起泡酒',
  ],
  price: ['价格', '价钱', '贵', '元', '块', '¥', '￥', '人均', '收费', '性价比', '月费', '涨价', '钱包'],
  innocent: ['宠物店', '宠物', '玩具', '卡通', '动画', '装饰', '奶酪', '芝士', '蓝纹', '公仔', '米老鼠', '鼠年', '属鼠', '电影', '游戏'],
};

// ——— Compilation ———

const STEM = '\\p{L}*';
const GAP = '[^.!?;\\n。！？；]{0,60}?';
const ZH_GAP = '[^.!?;\\n。！？；，,]{0,10}?';
const WORDS_UP_TO_3 = "(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}";

/** The notation of `UrgentPack.triggers` to a regular expression source. */
function expand(pattern: string, chinese: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const next = pattern[i + 1];
    if (ch === '\\') {
      out += ch + (next ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && next !== '?') out += '(?:';
    else if (ch === ' ') out += '\\s+';
    else if (ch === "'") out += "['’]";
    else if (ch === '*') out += STEM;
    else if (ch === '~') out += chinese ? ZH_GAP : GAP;
    else if (ch === '_') out += WORDS_UP_TO_3;
    else if (ch === '.') out += '\\.';
    else if (ch === '$') out += '\\$';
    else out += ch;
  }
  return out;
}

/**
 * The characters a pattern (in the notation of `UrgentPack.triggers`) can start with, lower-cased,
 * or `undefined` when it can start with anything. Each word of a review then tries only the
 * patterns that can start with its first letter.
 */
export function firstChars(pattern: string): Set<string> | undefined {
  let i = 0;
  // Parses a sequence up to `|` or `)`; returns its first characters and whether it can match nothing.
  const sequence = (): { chars: Set<string> | undefined; empty: boolean } => {
    const chars = new Set<string>();
    let open = true;
    let any = false;
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      let item: Set<string> | undefined = new Set();
      let itemEmpty = false;
      const ch = pattern[i]!;
      if (ch === '(') {
        i++;
        item = new Set();
        itemEmpty = false;
        for (;;) {
          const alt = sequence();
          if (alt.chars === undefined) item = undefined;
          else if (item) for (const c of alt.chars) item.add(c);
          if (alt.empty) itemEmpty = true;
          if (pattern[i] === '|') {
            i++;
            continue;
          }
          i++; // ')'
          break;
        }
      } else if (ch === '[') {
        const close = pattern.indexOf(']', i);
        for (const c of pattern.slice(i + 1, close)) item.add(c.toLowerCase());
        i = close + 1;
      } else if (ch === '\\') {
        const next = pattern[i + 1]!;
        if (next === 'p') {
          item = undefined;
          i = pattern.indexOf('}', i) + 1;
        } else {
          item.add(next.toLowerCase());
          i += 2;
        }
      } else if (ch === '~' || ch === '_' || ch === '*') {
        item = undefined;
        itemEmpty = true;
        i++;
      } else {
        item.add(ch === ' ' ? ' ' : ch === "'" ? "'" : ch.toLowerCase());
        if (ch === "'") item.add('’');
        i++;
      }
      // Quantifiers that allow nothing: `?` and `{0,…}`; a stem `*` after a letter is its own item.
      if (pattern[i] === '?') {
        itemEmpty = true;
        i++;
      } else if (pattern.startsWith('{0,', i)) {
        itemEmpty = true;
        i = pattern.indexOf('}', i) + 1;
      } else if (pattern[i] === '+') i++;
      if (open) {
        if (item === undefined) any = true;
        else for (const c of item) chars.add(c);
        if (!itemEmpty) open = false;
      }
    }
    return { chars: any ? undefined : chars, empty: open };
  };
  const result = sequence();
  return result.empty ? undefined : result.chars;
}

interface Rule {
  category: UrgentCategory;
  /** A price idiom as well: ignored in a sentence about prices. */
  soft: boolean;
  /** Pests and mould: ignored in a sentence with an innocent context. */
  contextual: boolean;
  /** "because we are …": the negation before it is the refusal itself ("they did not let us in because …"). */
  causal: boolean;
}

interface Bucket {
  regex: RegExp;
  /** Capture group i + 1 is rule `rules[i]`. */
  rules: number[];
}

interface CompiledUrgent {
  chinese: boolean;
  /** By the first letter of a word: one sticky expression of the rules that can start with it, one capture group per rule. */
  buckets: Map<string, Bucket>;
  rules: Rule[];
  cancel: RegExp | undefined;
  price: RegExp;
  innocent: RegExp | undefined;
  /** Words as regular expressions anchored on both ends, for `\p{L}*` in lists. */
  negators: Matcher;
  subjectNegators: Matcher;
  breakers: Matcher;
  fillers: Matcher;
  hypothetical: Matcher;
  contrast: Matcher;
  releasers: Matcher;
  after: RegExp | undefined;
  zh?: ChinesePack;
}

/** Exact words, plus the few entries written with a stem or alternatives, as one anchored expression. */
class Matcher {
  private readonly exact = new Set<string>();
  private readonly pattern: RegExp | undefined;
  /** Multi-word entries ("sin embargo", "ни одного"), matched on the words joined by a space. */
  readonly phrases: string[] = [];
  constructor(entries: readonly string[]) {
    const patterns: string[] = [];
    for (const entry of entries) {
      if (/[*(|]/.test(entry)) patterns.push(expand(entry, false));
      else if (entry.includes(' ')) this.phrases.push(entry);
      else this.exact.add(entry);
    }
    this.pattern = patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})$`, 'u') : undefined;
  }
  has(word: string): boolean {
    return this.exact.has(word) || (this.pattern?.test(word) ?? false);
  }
}

function compile(pack: UrgentPack | ChinesePack, chinese: boolean): CompiledUrgent {
  const rules: Rule[] = [];
  const sources: string[] = [];
  const starts: Array<Set<string> | undefined> = [];
  for (const category of CATEGORIES) {
    for (const raw of pack.triggers[category]) {
      const prefix = /^[?!^]*/.exec(raw)![0];
      const pattern = raw.slice(prefix.length);
      const soft = prefix.includes('?');
      const contextual = prefix.includes('!');
      const causal = prefix.includes('^');
      // The text is lower-cased once instead of matching case-insensitively (which costs far more).
      if (pattern.replace(/\\p\{[LN]\}/g, '') !== pattern.replace(/\\p\{[LN]\}/g, '').toLowerCase())
        throw new Error(`urgent pattern not in lower case: ${pattern}`);
      rules.push({ category, soft, contextual, causal });
      sources.push(expand(pattern, chinese));
      starts.push(firstChars(pattern));
    }
  }
  const boundaryStart = chinese ? '' : '(?<![\\p{L}\\p{N}])';
  const boundaryEnd = chinese ? '' : '(?![\\p{L}\\p{N}])';
  const byChar = new Map<string, number[]>();
  const anywhere: number[] = [];
  starts.forEach((chars, rule) => {
    if (!chars) anywhere.push(rule);
    else for (const ch of chars) byChar.set(ch, [...(byChar.get(ch) ?? []), rule]);
  });
  if (anywhere.length > 0) throw new Error(`urgent patterns must start with a known character: ${anywhere.map((r) => sources[r]).join(', ')}`);
  const buckets = new Map<string, Bucket>();
  for (const [ch, list] of byChar)
    buckets.set(ch, { regex: new RegExp(`(?:${list.map((r) => `(${sources[r]})`).join('|')})${boundaryEnd}`, 'uy'), rules: list });
  const cancel =
    pack.cancel.length > 0 ? new RegExp(`${boundaryStart}(?:${pack.cancel.map((c) => expand(c, chinese)).join('|')})${boundaryEnd}`, 'gu') : undefined;
  const price = new RegExp(
    pack.price
      .map((p) => {
        const source = expand(p, chinese);
        // Currency signs stand alone; words need their edges.
        return chinese || /^\\?[$€£₽¥￥]$/.test(source) ? source : `(?<![\\p{L}])${source}(?![\\p{L}])`;
      })
      .join('|'),
    'u',
  );
  const innocent =
    pack.innocent.length > 0 ? new RegExp(`${boundaryStart}(?:${pack.innocent.map((c) => expand(c, chinese)).join('|')})${boundaryEnd}`, 'u') : undefined;
  if (chinese) {
    const none = new Matcher([]);
    return {
      chinese,
      buckets,
      rules,
      cancel,
      price,
      innocent,
      negators: none,
      subjectNegators: none,
      breakers: none,
      fillers: none,
      hypothetical: none,
      contrast: none,
      releasers: none,
      after: undefined,
      zh: pack as ChinesePack,
    };
  }
  const p = pack as UrgentPack;
  return {
    chinese,
    buckets,
    rules,
    cancel,
    price,
    innocent,
    negators: new Matcher(p.negators),
    subjectNegators: new Matcher(p.subjectNegators),
    breakers: new Matcher(p.breakers),
    fillers: new Matcher(p.fillers),
    hypothetical: new Matcher(p.hypothetical),
    contrast: new Matcher(p.contrast),
    releasers: new Matcher(p.releasers),
    after: p.after.length > 0 ? new RegExp(`[\\s:—–?-]{0,4}(?:${p.after.map((a) => expand(a, false)).join('|')})(?![\\p{L}])`, 'uy') : undefined,
  };
}

const PACKS: Record<AnalysisLanguage, UrgentPack | ChinesePack> = { en, ru, es, de, fr, zh };
const compiled = new Map<AnalysisLanguage, CompiledUrgent>();

function compiledFor(lang: AnalysisLanguage): CompiledUrgent {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(PACKS[lang], lang === 'zh');
    compiled.set(lang, c);
  }
  return c;
}

// ——— Checks around a candidate ———

const SENTENCE_END = /[.!?;\n。！？；]/;
const CLAUSE_END = /[.!?;\n。！？；,，:：()（）"“”«»]/;
/** How far the checks look back and ahead: a sentence longer than this is cut. */
const REACH = 160;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !SENTENCE_END.test(text[to]!)) to++;
  return [from, to];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words before a candidate, nearest first, stopping at a contrast word: those of its clause
 * (for negators) and up to ten of its sentence (for hypothetical markers: "I was afraid, that …").
 */
function wordsBefore(c: CompiledUrgent, text: string, sentenceStart: number, start: number): { clause: string[]; sentence: string[] } {
  let clauseStart = start;
  while (clauseStart > sentenceStart && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
  const clause: string[] = [];
  const sentence: string[] = [];
  const matches = [...text.slice(sentenceStart, start).matchAll(WORD)];
  for (let i = matches.length - 1; i >= 0 && sentence.length < 10; i--) {
    const m = matches[i]!;
    const w = m[0].replace(/’/g, "'");
    if (c.contrast.has(w)) break;
    sentence.push(w);
    if (sentenceStart + m.index >= clauseStart && clause.length < 12) clause.push(w);
  }
  return { clause, sentence };
}

/** Does a negator stand close enough before the candidate in its clause, or a hypothetical marker in its sentence? */
function negatedOrHypothetical(c: CompiledUrgent, words: { clause: string[]; sentence: string[] }, trigger: string, threat: boolean): boolean {
  const { clause: before, sentence } = words;
  // A threat is often conditional ("if the money is not back by Friday, I will sue"): for it only the two words just before count ("would call the police on myself").
  for (let i = 0; i < sentence.length && i < (threat ? 2 : 8); i++) {
    const word = sentence[i]!;
    const phrase = i + 1 < sentence.length ? `${sentence[i + 1]} ${word}` : '';
    if (c.hypothetical.has(word) || c.hypothetical.phrases.includes(phrase)) return true;
  }
  let distance = 0;
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    const phrase = i + 1 < before.length ? `${before[i + 1]} ${word}` : '';
    if (c.releasers.has(word) || c.releasers.phrases.includes(phrase)) return false;
    // The two words after this one in the review ("not long after", "nobody even cared").
    const next = i === 0 ? trigger : before[i - 1]!;
    const nextButOne = i === 0 ? '' : i === 1 ? trigger : before[i - 2]!;
    const broken = c.breakers.has(next) || c.breakers.has(nextButOne);
    if (!broken && i < 6 && (c.subjectNegators.has(word) || c.subjectNegators.phrases.includes(phrase))) return true;
    if (!broken && distance < 4 && (c.negators.has(word) || c.negators.phrases.includes(phrase))) return true;
    if (!c.fillers.has(word)) distance++;
  }
  return false;
}

/** "Cockroaches? None.", "клопов нет": a negation right after the trigger. */
function negatedAfter(after: RegExp | undefined, source: string, end: number): boolean {
  if (!after) return false;
  after.lastIndex = end;
  return after.test(source);
}

function chineseNegated(zh: ChinesePack, text: string, sentenceStart: number, start: number, end: number): boolean {
  let from = start;
  while (from > sentenceStart && !CLAUSE_END.test(text[from - 1]!)) from--;
  let clause = text.slice(from, start);
  for (const marker of zh.contrast) {
    const at = clause.lastIndexOf(marker);
    if (at >= 0) clause = clause.slice(at + marker.length);
  }
  for (const marker of zh.hypothetical) if (clause.includes(marker)) return true;
  for (const marker of zh.subjectNegators) if (clause.includes(marker)) return true;
  const near = clause.slice(-7);
  for (const negator of zh.negators) {
    const at = near.lastIndexOf(negator);
    if (at < 0) continue;
    const rest = near.slice(at) + text.slice(start, start + 4);
    if (zh.breakers.some((b) => rest.startsWith(b))) continue;
    if (zh.releasers.some((r) => near.slice(at + negator.length).includes(r))) continue;
    return true;
  }
  const after = text.slice(end, end + 6);
  return zh.after.some((a) => after.startsWith(a) || after.slice(1).startsWith(a) || after.slice(2).startsWith(a));
}

/** The review's own words around the trigger, cut at word edges, at most `URGENT_EVIDENCE_LENGTH`. */
function evidenceAround(original: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, chinese: boolean): string {
  const max = URGENT_EVIDENCE_LENGTH;
  let from = sentenceStart;
  let to = sentenceEnd;
  if (to - from > max) {
    const spare = Math.max(0, max - (end - start));
    from = Math.max(sentenceStart, start - Math.floor(spare / 2));
    to = Math.min(sentenceEnd, from + Math.max(max, end - start));
    from = Math.max(sentenceStart, to - max);
    if (!chinese) {
      // Whole words only: move inwards to the next space.
      if (from > sentenceStart && /\S/.test(original[from - 1]!)) {
        const space = original.slice(from, start).search(/\s/);
        if (space >= 0) from += space + 1;
      }
      if (to < sentenceEnd && /\S/.test(original[to]!)) {
        const before = original.slice(end, to);
        const space = Math.max(...[...before.matchAll(/\s/g)].map((m) => m.index), -1);
        if (space >= 0) to = end + space;
      }
    }
  }
  const evidence = original.slice(from, to).replace(/^[\s,，:：;—–-]+|[\s,，:：;—–-]+$/g, '');
  return evidence.length > max ? evidence.slice(0, max) : evidence;
}

/**
 * The urgent signal of a review, or `undefined`. `text` is the review as written; `normalised`
 * the same text as the analysis reads it (ё → е, Traditional → Simplified), with the same length,
 * so the evidence is cut from the original.
 */
/** A web address in a review ("http://example.com/steal-the-deal") is not its words: blanked, keeping every offset. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/giu;
const blankAddresses = (text: string): string => text.replace(WEB_ADDRESS, (url) => ' '.repeat(url.length));

export function detectUrgent(text: string, lang: AnalysisLanguage, normalised: string = text): UrgentSignal | undefined {
  const c = compiledFor(lang);
  // Patterns are lower case; offsets must stay those of `text` so the evidence is cut from it.
  const lower = blankAddresses(normalised.toLowerCase());
  const source = lower.length === normalised.length && normalised.length === text.length ? lower : undefined;
  // A rare letter whose lower case is longer (İ): then the evidence comes from the lower-cased text.
  return source === undefined ? scan(c, lower, lower) : scan(c, source, text);
}

/** The police in six languages: a fraud claim reported to them stays fraud. */
const POLICE =
  /(?<!\p{L})(?:police|polic[ií]a|policier|policiers|policière|полиц\p{L}*|мент(?:ы|ов|ам|ами|а)?|guardia civil|mossos|polizei\p{L}*|anzeige|gendarm\p{L}*|commissariat|flics?|cops?)(?!\p{L})|警察|派出所|报案|报警/iu;

/**
 * The first urgent finding of the text, except that a health finding gives way to a legal or
 * official step taken or threatened anywhere in the text ("mould and mouse droppings … the health
 * office is informed" is a legal matter first): after a health finding the scan goes on, looking
 * only for that; a fraud finding gives way to a lawyer or a court, not to the police. Theft
 * reported to the police stays theft, harassment reported stays harassment.
 */
function scan(c: CompiledUrgent, source: string, text: string): UrgentSignal | undefined {
  let first: UrgentSignal | undefined;
  const consider = (start: number): boolean => {
    const found = candidateAt(c, source, text, start, first ? 'legal' : undefined);
    if (!found || (first && found.category !== 'legal')) return false;
    first = first ?? found;
    if (found.category === 'legal' && first.category === 'health') first = found;
    // A fraud claim gives way to a lawyer or a court ("the deposit was never returned, my lawyer has it"),
    // not to the police: theft reported to the police stays theft.
    else if (found.category === 'legal' && first.category === 'fraud' && !POLICE.test(found.evidence)) first = found;
    return first.category !== 'health' && first.category !== 'fraud';
  };
  if (c.chinese) {
    for (let i = 0; i < source.length; i++) if (consider(i)) break;
    return first;
  }
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(source); m !== null; m = WORD_START.exec(source)) if (consider(m.index)) break;
  return first;
}

/** Word starts: a letter or digit after anything else. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** The trigger that starts at `start`, if one does and survives the checks. */
function candidateAt(c: CompiledUrgent, source: string, text: string, start: number, only?: UrgentCategory): UrgentSignal | undefined {
  const bucket = c.buckets.get(source[start]!.toLowerCase());
  if (!bucket) return undefined;
  bucket.regex.lastIndex = start;
  const m = bucket.regex.exec(source);
  if (!m || m[0].length === 0) return undefined;
  const end = start + m[0].length;
  let index = 1;
  while (m[index] === undefined) index++;
  const rule = c.rules[bucket.rules[index - 1]!]!;
  // Looking for one category only: other findings cost nothing more.
  if (only && rule.category !== only) return undefined;
  const [sentenceStart, sentenceEnd] = sentenceBounds(source, start, end);
  const sentence = source.slice(sentenceStart, sentenceEnd);
  if (c.cancel && overlapsCancel(c.cancel, sentence, start - sentenceStart, end - sentenceStart)) return undefined;
  if (rule.soft && c.price.test(sentence)) return undefined;
  if (rule.contextual && c.innocent?.test(sentence)) return undefined;
  if (c.zh) {
    if (!rule.causal && chineseNegated(c.zh, source, sentenceStart, start, end)) return undefined;
  } else {
    const before = wordsBefore(c, source, sentenceStart, start);
    const firstWord = m[0].match(WORD)?.[0] ?? '';
    if (!rule.causal && negatedOrHypothetical(c, before, firstWord, rule.category === 'legal')) return undefined;
    if (negatedAfter(c.after, source, end)) return undefined;
  }
  return { category: rule.category, evidence: evidenceAround(text, sentenceStart, sentenceEnd, start, end, c.chinese) };
}

function overlapsCancel(cancel: RegExp, sentence: string, start: number, end: number): boolean {
  cancel.lastIndex = 0;
  for (let m = cancel.exec(sentence); m !== null; m = cancel.exec(sentence)) {
    if (m[0].length === 0) {
      cancel.lastIndex++;
      continue;
    }
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  return false;
}
