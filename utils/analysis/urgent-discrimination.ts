/**
 * Discrimination and harassment told without the word, as claims for `urgent-claims.ts`: two facts
 * that, met within a sentence or the next one or two, make the claim.
 *
 * - a same-sex couple told apart: two men or two women, and a twin room or "a family place";
 * - refused, then someone else got it: "fully booked", and a colleague who called later and got
 *   it, with a name, an accent or a headscarf in view;
 * - refused for who they are: a person's trait (a wheelchair, a hijab, "Araber", "на коляске")
 *   next to a refusal ("not tonight", "vermieten wir nicht", "no aceptamos", "не обслуживаем");
 * - treated worse for who they are: a trait the reviewer names (a Black friend, a headscarf, a
 *   guide dog, seven months pregnant, a 78-year-old father, size 46) within three sentences of a
 *   worse treatment or the comparison that shows it ("only Samuel's bag", "the three white lads
 *   walked straight in", "the man after me was only asked for his card", "им ни слова");
 * - told off for affection others were allowed: holding hands or a kiss, and "a family place" or
 *   the straight couple at the next table left alone;
 * - a slur at the door ("«moros no»", "вашим сюда нельзя");
 * - a door rule for some of us and not for others: "regulars only", "solo con reserva", and others
 *   walking straight in without one, with a friend, a cousin or "two of us" singled out;
 * - turned away with "you know why" ("Ihr wisst schon, warum", "tu sais très bien pourquoi",
 *   "Вы сами понимаете") next to the refusal, the question why or the surcharge;
 * - touched or propositioned by staff ("kept brushing my chest", "полез руками");
 * - harassed by staff: one fact is enough ("a hand on my knee", "under the towel", "asked if I
 *   wanted company", "свободна ли я вечером"), unless it was asked first or explained.
 *
 * Each holds up to 4★ (harassment at any rating); the words that undo each claim ("for everyone",
 * "by mistake", "asked permission") are its own.
 */
import type { Claim } from './urgent-claims';
import { jokingOr } from './urgent-cues';

export const DISCRIMINATION_CLAIMS: readonly Claim[] = [
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
      en: 'two (?:men|women|guys|girls|lads)|gentlemen|same[- ]sex|(?:if|whether) we (?:were|are) (?:brothers|sisters|just friends|mates)',
      de: "zwei (?:frauen|männer|mädels|jungs)|gleichgeschlechtlich~|ob wir (?:\\p{L}+ )?(?:'|„)?(?:brüder|schwestern)",
      fr: 'deux (?:hommes|femmes|mecs|filles|messieurs|dames)|entre (?:hommes|femmes)|si (?:on|nous) (?:était|étions) (?:frères|sœurs)',
      es: 'dos (?:hombres|mujeres|chicos|chicas)|si (?:éramos|somos) (?:hermanos|hermanas)',
      ru: 'двух (?:мужчин|парней|девушек|женщин)|двое (?:мужчин|парней|девушек)|два (?:парня|мужчины|мужских)|две (?:девушки|женщины|женских)|с другом\\?|с подругой\\?',
      zh: '两个男|两个女|同性|(?:你们)?是(?:兄弟|姐妹)吗|两个大男人|两个大女人',
    },
    b: {
      en: 'twin|two (?:single )?beds|separate beds|single beds|(?:asked|told) (?:us|me) to (?:leave|stop|go)|family (?:place|restaurant|establishment)',
      de: 'einzelbett~|einzelzimmer|getrennte betten|so was|familienbetrieb|familienrestaurant',
      fr: 'lits (?:séparés|jumeaux|simples)|deux lits|chambres séparées|restaurant familial|faire ça ailleurs',
      es: 'dos camas|camas separadas|sitio familiar|lugar familiar|eso aquí no',
      ru: 'две кровати|раздельн~ кроват~|не устраивать|семейн~ (?:заведени|ресторан|кафе)~|мастеров нет|запись закрыта',
      zh: '双床|两张床|标间|这种|家庭餐厅|变态|不拍|不接待',
    },
  },
  {
    name: 'refused, then someone else got it',
    category: 'discrimination',
    maxStars: 4,
    window: 3,
    unless: {
      en: 'same answer|either|as well|also (?:got|told)|waiting list|for cancellations|no hard feelings|(?:a|the) (?:smaller|bigger|different|other) one|another (?:one|flat|room)',
      de: 'auch @4kein~|warteliste|genauso|alles korrekt|eine andere',
      fr: "non plus|liste d'attente|pareil",
      es: 'tampoco|lista de espera|lo mismo|otro del mismo|otro piso|más pequeño',
      ru: 'тоже|лист ожидания|так же',
      zh: '也是没有|也没有|记下我名字|有退房就通知',
    },
    a: {
      en: 'fully booked|no (?:longer )?(?:available|slots?|rooms?|tables?)|not available|unavailable|already (?:let|rented|taken|gone|booked)|no vacanc~|(?:had )?just gone|just been let|(?:just )?(?:got |been )?taken (?:this|that) (?:morning|afternoon)',
      de: 'ausgebucht|absage|nicht mehr (?:frei|verfügbar|zu haben)|vergeben|keine (?:termine|neuen patienten|zimmer|wohnung)|kein termin',
      fr: 'plus disponible|pas disponible|complet|déjà (?:loué|pris|réservé)|plus de place|aucun créneau|pas de créneau|refus#',
      es: 'ya (?:estaba|está) alquilad~|acaba de alquilar~|no (?:había|hay) (?:sitio|hueco|cita|disponibilidad)|complet~|no disponible|ocupad~|reservad~',
      ru: 'уже сдан~|занят~|нет (?:мест|свободных|записи|номеров)|мест нет',
      zh: '满房|满了|没档期|没有位置|没位置|约满|没房',
    },
    b: {
      en: '(?:mate|friend|colleague|sister|brother|partner|husband|wife|coworker|flatmate)[^.!?]{0,80}(?:later|after)[^.!?]{0,60}(?:got|was (?:free|available)|available|booked|slot|offered)|(?:i|we) (?:rang|phoned|called) @6(?:later|after) @8(?:offered|given|got) a (?:table|room|slot|appointment)|as a test[^.!?]{0,60}(?:offered|given|got|invited)',
      de: '(?:~kollege|~kollegin|freund|freundin|schwester|bruder|partner~|mann|frau)[^.!?]{0,80}(?:später|danach|selben tag|gleichen tag)[^.!?]{0,60}(?:bekommen|frei|verfügbar|termin)|(?:später|selben tag|gleichen tag)[^.!?]{0,60}(?:kollege|kollegin|freund~|schwester|bruder)[^.!?]{0,60}(?:bekommen|frei|verfügbar|termin)|zum test[^.!?]{0,200}(?:eingeladen|bekommen|zusage)',
      fr: '(?:collègue|ami|amie|sœur|frère|conjoint~|copain|copine|mari|femme)[^.!?]{0,80}(?:après|plus tard|rappel~)[^.!?]{0,60}(?:dispo~|libre|proposé~|visite|obtenu|pas de souci|aucun souci|\\d+ ?h)',
      es: '(?:pareja|amig~|compañer~|herman~|marido|mujer|novi~)[^.!?]{0,80}(?:después|más tarde|luego)[^.!?]{0,60}(?:libre|disponible|cita|hueco|consigui~|visita)',
      ru: '(?:подруг~|друг~|коллег~|сестр~|брат~|муж~|жена)[^.!?]{0,80}(?:через|позже|потом)[^.!?]{0,60}(?:свобод~|записал~|есть|дали)',
      zh: '(?:朋友|同事|姐|妹|老公|老婆|男朋友|女朋友)[^。！？]{0,40}(?:查|打|问|订)[^。！？]{0,30}(?:还有|有房|能订|可以订|有位置|空着)|(?:还能|还可以|照样能)订(?:到)?',
    },
    also: {
      en: 'name|accent|surname|hijab|headscarf|turban|wheelchair|(?:my|her|his|their) age|voice|\\(white|white (?:friend|colleague|coworker|mate|guy|lads?|couple|man|woman)|(?:looks|looked) at me,? and',
      de: 'name~|akzent|kopftuch|alter#|rollstuhl|herkunft|\\(\\d{2}\\)|nachname~',
      fr: 'nom#|accent|voile|foulard|fauteuil|âge',
      es: 'acento|apellido|nombre|velo|hiyab|silla de ruedas|edad',
      ru: 'фамили~|имя|имени|акцент~|хиджаб~|платк~|коляск~|возраст~|паспорт~',
      zh: '身份证|名字|口音|新疆|西藏|少数民族|轮椅|年纪|岁',
    },
  },
  {
    name: 'refused for who they are',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'for everyone|to everyone|applies to all|for all guests|pets (?:are |were )?(?:welcome|allowed)|pet[- ]friendly|dog[- ]friendly',
      de: 'geholfen|für alle|steht (?:auch )?so auf der website|haustiere (?:sind )?(?:willkommen|erlaubt)|hundefreundlich',
      fr: 'déposé~|pour tout le monde|pour tous|animaux (?:sont |étaient )?(?:acceptés|admis|bienvenus)',
      es: 'para todos|mascotas (?:son )?(?:bienvenidas|permitidas)|pet friendly',
      ru: 'помог~|для всех|животные (?:разрешены|допускаются)|с животными можно',
      zh: '送到|对所有人|所有人都|宠物友好|可以带宠物',
    },
    a: {
      en: 'muslims?|jewish|jews|hijab|headscarf|turban|kippah|wheelchair|disabled|blind|deaf|autistic|gay|lesbian|trans(?:gender)?|(?:asian|black|brown) (?:lads|guys|men|women|people|customers|friends?|family)|arabs?|immigrants?|foreigners?|guide dog|assistance dog|pregnant|(?:your|my|her|his) age|pensioners?|elderly',
      de: 'türk~|araber~|muslim~|kopftuch|turban|kippa|rollstuhl~|behindert~|gehörlos~|~führhund~|blindenhund|ausländer~|schwul~|lesb~|schwanger~',
      fr: 'arabe~|musulman~|voile|foulard|kippa|fauteuil roulant|en fauteuil|le fauteuil|handicap~|aveugle|sourd~|chien[- ]guide|étranger~|homo~|lesbienne~|(?:suis|est|étais|était|étant) enceinte|enceinte de|senior~|\\d{2} ans|hijab',
      es: 'árabes?|musulman~|velo|hiyab|silla de ruedas|minusválid~|discapacitad~|sord[oa]s?|cieg[oa]s?|extranjer~|gitan~|indígena|gay|lesbiana|embarazada|abuelit[oa]|ancian[oa]s?',
      ru: 'кавказ~|дагестан~|махачкал~|чечен~|нерусск~|приезж~|инвалид~|на коляске|колясочник~|хиджаб~|мусульман~|беремен~|вашим',
      zh: '新疆|西藏|维吾尔|回族|少数民族|黑人|外地人|外国人|轮椅|残疾|盲人|导盲犬|聋|孕妇|同性|女的|岁以上',
    },
    b: {
      en: "not tonight|(?:you|she|he|they|we)(?:'re| are)? not (?:allowed|welcome)|(?:we|they) (?:don'?t|do not|won'?t) (?:serve|take|allow|rent to|do) (?:people|your|you|them|that|this|their)|take (?:that|it) off|wouldn'?t (?:even )?(?:show|serve|let) (?:me|us|her|him)|(?:rolled|wound) (?:the )?window (?:back )?up|by the bins|maybe try (?:across the road|next door|somewhere else)|no (?:dogs|pets|animals)|take (?:that|it|this) thing off",
      de: '(?:vermieten|bedienen|nehmen|lassen|wollen) wir @2nicht|wir (?:vermieten|bedienen|nehmen) @2(?:nicht|keine)|nicht erwünscht|abgewiesen|abgewimmelt|richtig deutsch|nur stammgäste|nicht im weg|keine (?:hunde|tiere)|hunde @2nicht|fährt weg|fuhr (?:einfach )?(?:weg|davon)|weggefahren|(?:hat )?sich geweigert',
      fr: "(?:on|nous) ne (?:sert|servons|prend|prenons|loue|louons|accepte|acceptons)|pas (?:les )?bienvenu~|refus~|pas d'assurance|vous pouvez bien monter|pas d'animaux|c'est pas possible,? ça gêne|pas le temps de plier|(?:pas de|aucun) chiens?|chiens? (?:pas )?(?:interdits|acceptés)|éviter les problèmes",
      es: 'no (?:aceptamos|atendemos|alquilamos|servimos|admitimos|dejamos)|se neg(?:ó|aron) a|no (?:le|les|nos|me) dej(?:ó|aron|aba|aban) (?:entrar|pasar)|junto al baño|no tiene tiempo para eso|esto no es un hospital|no (?:se )?(?:admiten|aceptamos|aceptan|permitimos|permiten) (?:perros|animales|mascotas)|sin (?:perros|animales)',
      ru: 'нельзя|не пускаем|не обслуживаем|не сда[её]м|не для (?:вас|инвалидов|таких)|не пустил~|не больница|с собак~ (?:нельзя|не)|без (?:собак|животных)',
      zh: '不做这种|不收|不接待|不让(?:进|住|我们)|不能进|不欢迎|别在大厅|占地方|看颜色就行|不能带(?:狗|宠物)|狗不能(?:进|上)|影响其他客人|不拉(?:残疾|轮椅)',
    },
  },
  {
    name: 'treated worse for who they are',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 4,
    window: 3,
    unless: {
      en: "for everyone|to everyone|applies to all|for all (?:guests|customers|members)|same for all|(?:was|were) great with|so kind to|couldn'?t have been (?:nicer|kinder|more helpful)|(?:staff|they|he|she|waiter|everyone) helped|pets|(?:which|that) is fair|fair enough|(?:only|the one) @3(?:accessible|step-free)|perfect for us|because (?:it|that|there) (?:was|is) the only",
      de: 'für alle|gilt für jeden|bei allen (?:gästen|kunden) so|sehr (?:lieb|nett|rücksichtsvoll) (?:zu|mit)|haustiere (?:sind )?(?:willkommen|erlaubt)|hundefreundlich|geholfen|verständlich|barrierefrei|rollstuhlgerecht|ohne stufe~|ideal für uns|weil dort|weil (?:es )?(?:der|die|das) einzig',
      fr: "pour tout le monde|pour tous|même règle|adorables? avec|animaux (?:sont |étaient )?(?:acceptés|admis|bienvenus)|aidé|normal|sans marche|de plain-pied|parfait pour nous|parce que c'(?:était|est) (?:le|la) seul",
      es: 'para todos|igual para todo|encantadores con|muy atent~ con|mascotas (?:son )?(?:bienvenidas|permitidas)|pet friendly|ayud(?:ó|aron)|es normal|sin escalones|ideal para nosotros|porque (?:era|es) (?:el|la) únic',
      ru: 'для всех|всем одинаково|очень (?:внимательн|заботлив)~|животные (?:разрешены|допускаются)|с животными можно|помогли|помог(?:ла)?#|без ступен~|широкий проход|идеально|только там',
      zh: '对所有人|所有人都|一视同仁|很照顾|特别照顾|宠物友好|可以带宠物|帮忙|帮我们|没有台阶|无障碍|刚好|因为只有',
    },
    a: {
      en: "(?:i'?m|we'?re|(?:is|are|was|were)(?: both)?) (?:black|brown|asian|arab|muslim|jewish|sikh|roma|gay|lesbian|trans|disabled|deaf|blind|autistic|pregnant|mixed[- ]race|from (?:nigeria|ghana|somalia|pakistan|india|romania|poland))|(?:black|asian|arab|brown|muslim|jewish|sikh|roma) (?:lads|guys|men|man|woman|women|girls?|boys?|friends?|mates?|people|customers?|family|couple|son|daughter|husband|wife|partner|boyfriend|girlfriend|cousin|colleague)s?|trans (?:woman|man|person)|transgender|hiv|(?:he|she|they)'?s black|(?:he|she|they) (?:is|are) black|stutter~|stammer~|adhd|muslims?|sikhs?|hijab|headscarf|head ?scarf|turban|kippah|yarmulke|burkini|niqab|romani|gypsy|gypsies|travellers? (?:family|families|community)|immigrants?|refugees?|(?:my|her|his|our|an?) (?:foreign |strong )?(?:accent|surname)|wheelchair|guide dog|assistance dog|service dog|registered blind|sign language|hearing aids?|autis~|down syndrome|crutches|disabilit~|pregnan~|breastfeeding|[6-9]\\d[- ]year[- ]old|(?:aged|is|he'?s|she'?s) [6-9]\\d(?![\\p{N}%])|at (?:your|her|his|their|my) age|pensioners?|elderly|plus[- ]size|size (?:1[68]|2[0-8]|xxl)|lose weight|as a woman|(?:send|ask|bring|get) (?:your|my) (?:husband|boyfriend|man)|talk to (?:your|my) husband|aboriginal|indigenous|first nations|m[aā]ori|we'?re travellers|(?:irish )?travellers?(?!'? ?(?:cheques?|insurance|reviews?|choice))|(?:gave|heard|saw|said) my (?:\\p{L}+ )?name|hrt#|took one look at (?:my|his|her) passport|prep (?:refill|prescription|pills?|medication)",
      de: 'schwarz(?:e|en|er)? (?:freund~|mann|frau|kund~|menschen|männer|jungs|gäste|kinder|sohn|tochter|kollege~)|(?:ist|bin|sind) (?:schwarz|türkin|türke|muslim~|jüd~|schwul|lesbisch|trans|blind|gehörlos|taub|schwanger|autist~|behindert)#|türk(?:e|in|en|innen|isch~)#|araber~|arabisch~|muslim~|jüd~|kopftuch|hidschab|burkini|turban|kippa|sinti|roma#|ausländer~|migrations~|akzent|rollstuhl~|rollator|behindert~|behinderung|gehörlos~|blind(?:e|en|er)?#|~führhund~|blindenhund~|assistenzhund~|autis~|down-syndrom|schwanger~|als frau|ohne (?:meinen|ihren|deinen) mann|(?:ihren|deinen|meinen) mann vorbei|schwul~|lesb~|queer|stotter~|adhs|seropositiv~|transfrau|transmann|trans (?:frau|mann|person)|trans-frau|[6-9]\\d(?:-jährig~| jahre alt)|\\((?:[6-9]\\d)\\)|in (?:meinem|ihrem|deinem|seinem|dem) alter|rentner~|größe (?:4[4-9]|5\\d)|abnehmen|übergewicht~|(?:ayşe|yılmaz|mohammed|mehmet|ahmed|fatima)|hiv(?:-positiv~)?|(?:die|der) einzige (?:\\p{L}+ )?schwarze|nachname~',
      fr: "(?:sont|est|suis|sommes) (?:noir~|arabe~|musulman~|juif|juive|sikh|gay|homo~|lesbienne~|trans|aveugle|sourd~|enceinte|autiste|handicapé~)#|noir(?:e|s|es)? (?:ami~|copain~|homme|femme|client~|famille|fils|fille|mari|collègue~)|(?:on|nous|ils|elles) (?:est|sont|était) noirs?|arabe~|maghrébin~|rebeu~|renoi~|musulman~|juif|juive~|sikh~|turban|voilée~|(?:mon|son|le|du|un|leur) voile|foulard|kippa|burkini|roms?#|gens du voyage|étranger~|(?:mon|son|leur|un) accent|fauteuil roulant|handicap~|sourd~|malentendant~|aveugle~|malvoyant~|chien[- ]guide|chien d'assistance|autis~|trisomi~|(?:suis|est|étais|était|étant) enceinte|enceinte de|grossesse|[6-9]\\d ans|à (?:votre|son|ton|mon|leur) âge|retraité~|taille (?:4[4-9]|5\\d)|maigrir|en tant que femme|(?:votre|ton) mari|homo~|gay|lesbienne~|femme trans|homme trans|transgenre~|bégai~|séropositi~|tdah|(?:karim|mohamed|mohammed|fatima|benali|ahmed)|chaise roulante|ancien prénom|prénom actuel",
      es: '(?:soy|somos|es|son|era|eran) (?:negr~|árabes?|musulman~|judí~|gitan~|gay|lesbiana~|trans|cieg[oa]s?|sord[oa]s?|embarazada|autista|dominican~|latin[oa]s?|marroquí~|colombian~|ecuatorian~|venezolan~|sudamerican~|africano~)#|negr[oa]s? (?:amig~|chic~|hombre|mujer|client~|familia|hij~|novi~)|gitan~|árabes?|mor[oa]s?#|marroquí~|musulman~|judí~|sij#|turbante|velo|hiyab|(?:mi|su|el) pañuelo|kipá|burkini|extranjer~|inmigrante~|sudamerican~|(?:mi|su|con|un|el) acento|silla de ruedas|discapacidad|discapacitad~|minusválid~|sord[oa]s?#|cieg[oa]s?#|perr[oa] guía|autis~|síndrome de down|embarazada|[6-9]\\d años|a (?:su|tu|mi) edad|abuel[oa]»|, abuel[oa]|abuelit[oa]|jubilad~|talla (?:4[4-9]|5\\d)|kilos de más|como mujer|(?:su|tu) marido|lesbiana~|trans#|pareja del mismo sexo|nacionalidad~|tartamud~|tdah|mixe|indígena~|ropa tradicional|pasaporte (?:marroquí|argelino|nigeriano|senegalés|rumano|pakistaní)|rebozo|huipil|(?:sus|mis) trenzas|bolivian~|peruan~|paraguay~|haitian~|senegal~|quechua|aimara|cholit~',
      ru: '(?:чёрн|черн)~ (?:парн|друг|девушк|мужчин|женщин|ребят|люд|сын|дочь|муж)~|темнокож~|кавказ~|дагестан~|чечен~|таджик~|узбек~|киргиз~|нерусск~|приезж~|мигрант~|азиат~|акцент~|фамили~|мусульман~|хиджаб~|платк~|платок|буркини|евре~|кипп~|цыган~|коляск~|колясочник~|инвалид~|незряч~|слеп(?:ой|ая|ые|ого|ую)#|глух~|слабослыш~|поводыр~|аутис~|синдром~ дауна|беремен~|[6-9]\\d (?:лет|год)|(?:ему|ей) (?:[6-9]\\d)|пенсионер~|дедушк~|полн~ (?:девушк|женщин)~|в теле#|размер (?:4[8-9]|5\\d)|похуде~|без мужа|гей|геи|лесби~|однопол~|трансгендер~|заика~|сдвг|вич|бурят~|якут~|калмык~|тувин~|мне (?:[6-9]\\d)(?!\\p{N})|(?:фаррух|алиев|мухаммед|ахмед)~|из (?:худжанда|душанбе|ташкента|бишкека|самарканда)|слухов~ аппарат~|плохо слыш~',
      zh: '黑人|外国人|老外|少数民族|新疆|维吾尔|藏族|回族|穆斯林|头巾|口音|外地人|农村|乡下|河南|轮椅|残疾|残障|盲人|导盲犬|聋|听障|自闭症|唐氏|孕妇|怀孕|[六七八九]十多岁?|hiv|艾滋|跨性别|假肢|口吃|结巴|多动症|维族|[六七八九]十[一二三四五六七八九]了|[6-9]\\d岁|老人家|阿姨|大爷|胖|同性',
    },
    b: {
      en: "(?:asked|told|wanted) (?:me|us|her|him|them|my \\p{L}+) to (?:leave|go|get out|sit (?:at the back|elsewhere|outside)|move|take|remove|freeze|prove|come back)|(?:refused|wouldn'?t|would not|won'?t) (?:to )?(?:serve|seat|let|admit|sell|rent|treat|see|book|take|show)|(?:not|aren'?t|isn'?t) (?:allowed|welcome|permitted)|(?:kicked|thrown|turned|sent|walked) (?:us |me |her |him |them )?(?:out|away)|turned (?:us|me|her|him|them) away|arm across|followed (?:me|us|her|him|them|my \\p{L}+)|(?:open|check|search|look in)(?:ed)? (?:her|his|my|our|their|\\p{L}+'s) (?:bag|rucksack|backpack|handbag|sports bag|gym bag)|only (?:me|us|her|him|them|my \\p{L}+|to me|at me|at us|spoke|talked)|(?:talked|spoke|spoken|looked|addressed (?:everything|her questions)?) only (?:to|at)|laughed (?:at|and said)|you know why|(?:your|our|their) (?:sort|kind)(?! of)|not (?:really )?your (?:sort|kind|type)|people like (?:you|us|her|him|them)|(?:nobody|no one|no-one) (?:said|looked|asked|checked|batted|stopped|questioned|followed|minded)|(?:walked|went|got) (?:straight|right) in|(?:the|two|three|four) (?:white|straight) (?:\\p{L}+ )?(?:lads|guys|girls|women|men|people|customers|couple|family|tourists|friends|mates|colleague)|everyone else (?:was|got|ate|could|walked|went)|(?:the|a) (?:man|woman|guy|lady|couple|customer|patient|person|gentleman|family|people) (?:after|behind|before) (?:me|us)|prove (?:i|she|he|they) (?:was|were|am|is|really)|take (?:it|that|this) off|(?:moved|sat|seated|put) (?:us|me|her|him) (?:at|in|by|near|to|next to) the (?:back|toilets?|kitchen|corner|bins)|making (?:the )?other (?:members|customers|guests|diners) uncomfortable|(?:bless her|bless him)|big-button|in front of (?:everyone|everybody|the (?:whole|full|other)|a full)|suddenly (?:the |our )?(?:booking|reservation|table)|we don'?t (?:really )?do|laughed#|drove (?:off|away)|no dogs|imitat~|mimick~|mocked|not theirs|only him|only her|(?:upset|disturb|bother)(?:ing|s)? the other|if (?:she|he|they) (?:was|were) (?:actually|really)|(?:shouldn'?t|should not) (?:be )?(?:here|out|in public)|(?:was|were|got) (?:asked|told) to (?:leave|go|move)|(?:called|calling) me (?:'|‘|\")?(?:sir|mate|lad|he|him|madam|love)(?:'|’|\")? @3(?:times|again|after|even though|although)|deadnam~|(?:spoke|talked|addressed (?:everything|her questions)?) @3(?:to|with) my (?:son|daughter|husband|wife|carer|friend) (?:instead|rather|not me)|as if (?:i|she|he) (?:wasn'?t|weren'?t) there|like (?:i|she|he) (?:wasn'?t|weren'?t) there|like (?:he|she|i) was a child|\\((?:she|he|they)(?:'s| is| are) white\\)|(?:she|he|they)(?:'s| is| are) white|(?:booking|reservation) @2(?:wasn'?t|not) (?:in the system|found)|next to the (?:toilets|loos)|(?:it'?s|is) still (?:on|listed on|up on|advertised on) (?:rightmove|zoopla|the (?:site|website|app))|are you sure you need (?:the|that|another)|maybe skip the|(?:is it|it'?s) (?:a )?(?:sir|he) or (?:a )?(?:madam|she)|like (?:she|he) wasn'?t (?:even )?(?:sitting |standing )?there|(?:the )?(?:english|british|white|local) (?:couple|family|guests?|man|woman) @4(?:after|behind|before) (?:me|us)",
      de: "(?:bat|baten|bitten|forderte|forderten|aufgefordert)~ @3(?:zu gehen|zu verlassen|rauszugehen|abzunehmen)|rausgeworfen|rausgeschmissen|hinausgeworfen|rauskomplimentiert|weggeschickt|abgewiesen|abgewimmelt|nicht (?:bedient|reingelassen|hereingelassen|erwünscht|willkommen|reinlassen)|verweigert~|ließ @2nicht (?:rein|herein)|nur (?:mich|uns|ihn|sie|meine|seine|\\p{L}+s (?:tasche|sporttasche|rucksack))#|(?:kontrollier|durchsuch)~ @2(?:tasche|rucksack|sporttasche|taschen)|hinterhergelaufen|folgte (?:uns|mir|ihr|ihm)|verfolgt~|leute wie (?:dir|dich|euch|sie|ihr|uns)|solche (?:kinder|leute|menschen)|(?:die|der|den) (?:der )?anderen(?! ~(?:tag|mal|seite))|alle anderen|(?:den|die|der) (?:herrn?|mann|frau|dame|patient~|kund~|paar|gast) (?:nach|vor|hinter) (?:mir|uns)|nach hinten|(?:direkt|sofort) aufgerufen|vor allen (?:anderen|leuten|gästen)|gelacht|nachgemacht|nachgeäfft|vor lachen|ausgelacht|(?:niemand|keiner) bedient|während (?:die|der) (?:nachbartisch|andere)~|(?:das|ein) paar (?:vor|nach|hinter) uns|absage|(?:da|dem|ihr|ihm|denen) war(?:'s| es)? egal|(?:hat|sagt|sagte) (?:niemand|keiner) (?:was|etwas)|weiße(?:n|r)? (?:\\p{L}+ )?(?:kund|gäst|frau|männ|jung|paar|leut)~|extra langsam|überhaupt versichert|erst mal abnehmen|schlecht fürs image|pausieren|brauchen sie (?:das|so etwas) (?:doch )?(?:eh |ohnehin )?nicht|schicken sie (?:mal )?ihren|fürs? (?:die )?behandlung (?:am besten )?(?:ganz )?abnehmen|etwas moderner|weiß man ja nie|muss hier (?:vorne )?nicht sein|nee,? heute nicht|~tasche kontrollieren|nannte mich @2(?:herr|frau)|als wäre ich (?:nicht da|luft)|statt mit mir|(?:'|‚|„)?solche fälle|woanders besser aufgehoben|(?:anderen|einer anderen) praxis besser aufgehoben|winkt @3rein|(?:ließ|lässt|liess) @3(?:rein|herein)|fährt weg|fuhr (?:einfach )?(?:weg|davon)|weggefahren|nicht (?:mal |einmal )?untersucht|nicht im system|neben den toiletten|katzentisch|ohne reservierung @3(?:sofort|gleich) @2(?:hingesetzt|platziert)|(?:ist|steht) (?:immer noch|noch immer) (?:online|inseriert)|herr oder frau|ausschließlich mit (?:ihm|ihr|meinem mann)|nur mit (?:ihm|meinem mann) gesprochen|lieber hinten",
      fr: "(?:demandé|prié|invité|obligé)~ de (?:sortir|partir|quitter|s'en aller|changer de table|l'enlever|enlever|retirer)|(?:mis|mises|jeté~|foutu~) dehors|refus(?:é|ée|és|ées|ait|er|e)#|pas (?:les )?bienvenu~|(?:suivi~|suivait|suivre) (?:à un mètre|partout|dans (?:toute|tout)|de rayon|dans les rayons)|(?:ouvrir|fouiller|vider) (?:son|mon|leur|notre) sac|(?:qu'à|que) (?:moi|nous|elle|lui|eux)#|seulement (?:moi|nous|elle|lui)|personne ne (?:leur |lui )?(?:a rien dit|dit rien|dise rien|s'était plaint|regardait|dit quoi que ce soit)|sans (?:que personne ne dise|qu'on leur demande)|(?:deux|trois|les) (?:\\p{L}+ )?(?:clientes?|gars|mecs|types|hommes|femmes|filles|copains|couples?) blanc~|(?:le client|la cliente|le patient|la patiente|le couple) (?:d'avant|d'après|suivant~|derrière)|pas dans vos moyens|(?:les )?enfants comme ça|des gens comme (?:vous|toi|eux|nous)|ce genre de (?:personnes|clients|gens)|enlever ce truc|(?:collés|mis|placés|installés) (?:\\p{L}+ )?(?:à la table )?(?:près des|à côté des|au fond)|plus discret|fait semblant|je préfère en parler à|dégagez|sales? (?:roms?|arabes?|noirs?|juifs?|étrangers?)|servi tout de suite|(?:un|le) couple @2derrière nous|arrivés? (?:après|derrière) nous|rican~|se moqu~|devant tout le monde|en imitant|(?:il|elle) installe (?:un|des)|s'y install~|sans réservation|les leurs|imit~|blancs? (?:devant|derrière|passaient|entraient)|m'a appel(?:é|ée|ait) (?:« ?)?(?:monsieur|madame)|comme si je n'étais pas là|(?:au lieu de|plutôt qu'à) moi|(?:potes|amis|amies|copines|chums|copains) @2blancs?|qui sont blancs|a redémarré|est reparti|(?:la )?réservation n'existe pas|sans réservation @2install~|contre la porte des toilettes|(?:à côté|près) des toilettes|pour ne pas gêner|(?:est )?toujours en ligne|monsieur ou madame|m'appeler (?:« ?)?(?:monsieur|madame)",
      es: '(?:nos |me |les |le )?(?:pidi(?:ó|eron)|dijo|dijeron|exigi(?:ó|eron)) (?:que )?@2(?:salir|irnos|marcharnos|nos fuéramos|se fuera|nos marcháramos|abriera|abrir|quitarse|quitármelo|quitar)|(?:nos|me|la|lo|les|los) ech(?:ó|aron)(?! una mano)#|no (?:nos |me |le |les )?(?:dej(?:ó|aron|aban)) (?:entrar|pasar)|no pod(?:ía|íamos|ían) (?:entrar|pasar)|se neg(?:ó|aron)|(?:nos |la |lo |me |les )sigui(?:ó|eron)|(?:abrir|abriera|registrar|revisar) (?:el|su|mi|la) (?:bolso|mochila)|solo (?:a )?(?:ella|él|nosotr~|mí|nosotras|a ella|a nosotras)#|(?:a ellos|a ellas|a la pareja|a los demás|a la señora)[^.!?]{0,40}(?:nadie|nada|ni la miró|ni lo miró)|nadie (?:les |le )?(?:dijo|decía|miró)|ni la miró|ni lo miró|(?:pareja|gente|señora|chica|chicos|clientes?)[^.!?]{0,15}(?:hetero|rubi~|blanc~)|aquí no (?:enseñamos|queremos|atendemos|servimos|hacemos)|(?:no es|no son) para (?:usted|ti|vosotros|ustedes)|gente como (?:tú|usted|vosotros|ustedes)|esas cosas|que hay (?:familias|niños)|es familiar|se dirigi~ solo|habl(?:ó|aba) solo (?:con|a)|como a una niña|no hacemos tallas|por seguridad|por normas de higiene|(?:junto al|al lado del) baño|prueba en el mercadillo|se rió|se reía|en masculino|nombre antiguo|no entras|no puedes entrar|ni la saludó|ni nos saludó|(?:que (?:entró|entraron|llegó|llegaron)) (?:detrás|después)|güer~|no le pidi(?:ó|eron) ni|delante de (?:todos|todo el mundo)|me llam(?:ó|aba|aron) (?:« ?)?(?:señor|caballero|señora)|como si (?:yo )?no estuviera|en vez de a mí|y no a mí|(?:atendi(?:ó|eron)|atendían) @3(?:a los|a las) @2(?:jóvenes|chicos|que estaban detrás)|a nosotros (?:\\p{L}+ )?nunca|de dónde (?:viene|vienes|es usted)|arrancó|se fue sin|(?:la )?reserva no (?:existía|aparecía|estaba)|sin reserva @3(?:sentaron|pasaron)|junto a la (?:puerta de la )?cocina|hasta atrás|como si (?:ella|él) no entendiera|me contestaba a mí|(?:el anuncio )?sigue publicado|señor o señora|(?:lo|la|los|las|nos) (?:detuvo|paró|frenó) en la (?:puerta|entrada)|como si no entendi~',
      ru: '(?:попросил~|сказал~|велел~) @2(?:уйти|выйти|покинуть|уходить|переодеться)|выгнал~|выставил~|не пустил~|не пускал~|не пускают|не обслуж~|отказ(?:ал|ыва)~ (?:в обслуживании|обслуживать|пускать|в записи|продавать|сдавать|записывать)|всех,? кроме|только (?:меня|нас|её|ее|его|у меня|у нас|у неё|у него|мне|нам)#|(?:ходил~|шёл|шел|следил~|по пятам) (?:за (?:нами|мной|ней|ним))|(?:им|ему|ей) ни слова|никто (?:ничего )?не (?:сказал|говорил|сделал)~|таким (?:сюда|тут|здесь)|(?:здесь|тут) вам не|иди(?:те)? (?:на свой|куда-нибудь|отсюда)|вам это не надо|не разбер[её]тесь|пусть (?:он|муж) перезвонит|у нас (?:приличное|семейн)~|приличнее|не (?:делать|надо) этого при детях|(?:посадили|обслужили|пропустили|записали) (?:пару|другую|другого|следующ~|их)|нет места для|внезапно заболел|на весь (?:бассейн|зал)|все засмеялись|через губу|поджала губы|засмеял~|смеял~|при всех|при всей очереди|при других (?:гостях|клиентах)|не берём|не берем|мест нет|бронь слетела|проверь-ка|по пятам|передразни~|предложили «?оставить|(?:называл~|назвал~) меня (?:«)?(?:мужчин|молодой человек|парн)~|будто меня (?:нет|не было)|а не со мной|пропустил~ @2без (?:единого |всяких |лишних )?вопрос~|за нами @2пропустил~|вам (?:сегодня )?не сюда|уехал|брон~ @2(?:нет|не нашли|пропала)|без брони @3посадили|у туалета|патент|миграционк~|регистраци~|(?:до сих пор )?висит на (?:циане|авито)|мужчина или женщина',
      zh: '不让(?:进|住|我们|他|她)|不能进|拦住|拦着|请我们出去|赶(?:我们|出去|走)|只(?:查|拦|让|问)|直接就?进去了|没人说|没见谁|没人管|连看都没看|别摸|买不起|这种孩子|你们这种|这种人|看好自己的|(?:河南|外地|新疆)的?(?:房东|人)?不要|别带出来|影响别人|打包吧|不方便|后来的客人|先做了|干等|没有你能穿|撑坏|阴阳怪气|笑笑说|白人|不能上车|取消订单|当着[^，。]{0,8}(?:人|面)|声音大到|笑嘻嘻|嘲笑|叫我(?:先生|大哥)|当我不存在|当我是空气|(?:只|一直)跟我(?:女儿|儿子|老公|家人)说|马上迎上去|立马(?:就)?(?:迎|热情)|脸色(?:立马|马上|一下)(?:就)?变了|开走了|预订(?:没了|查不到)|厕所旁边|(?:还|仍然)挂在网上|是男是女|影响其他客人',
    },
  },
  {
    name: 'told off for affection others were allowed',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 4,
    window: 3,
    unless: {
      en: 'with (?:the|our|my) (?:kids|children|grandchildren)',
      de: 'mit (?:den|unseren|meinen) (?:kindern|enkeln)',
      fr: 'avec (?:les|nos|mes) (?:enfants|petits-enfants)',
      es: 'con (?:los|nuestros|mis) (?:peques|niños|hijos|nietos)',
      ru: 'с (?:детьми|внуками|сыном|дочкой|дочерью)',
      zh: '带(?:着)?(?:孩子|小孩|孙子|孙女)',
    },
    a: {
      en: '(?:held|holding|hold) hands|hand in hand|(?:a |quick |little )?(?:kiss|kissed|peck)|cuddl(?:ed|ing)(?! toys?)',
      de: 'händchen|hand (?:gehalten|hielten|halten)|an der hand|geküsst|küsschen|kuss#',
      fr: '(?:tenu|tenait|tenions|tenir|tenaient) (?:la main|par la main)|main dans la main|bis(?:ou|é|er)~|embrass~',
      es: '(?:cogimos|cogidos|dimos|tomamos|agarramos|íbamos|ir) de la mano|de la mano|(?:un )?beso|besamos|besó|besaba~|abrazad~|un pico',
      ru: 'держал~ за руки|за руку|за ручки|поцелов~|поцелу~|обнял~|обнима~',
      zh: '牵手|亲了|亲一下|拥抱|搂着|牵了(?:一下|个)?手|拉着手|牵着手',
    },
    b: {
      en: "(?:this is|it's|we're|we are|it is) a family[- ](?:place|friendly|restaurant|venue|establishment|pub|café|cafe)|keep it (?:family|clean|pg)|there (?:are|were) (?:kids|children|families)|(?:straight|hetero~) couple|do that (?:somewhere|elsewhere)|(?:that|this) sort of thing|not (?:at|in) (?:the front|here)",
      de: '(?:das ist|hier ist|wir sind|sei) (?:hier )?(?:ein )?„?familien(?:café|cafe|restaurant|betrieb|lokal|hotel)|so was muss|so was wollen wir|nach hinten|(?:hetero|teenie)~|vor (?:den )?kindern|hier (?:vorne )?nicht',
      fr: "(?:c'est|ici c'est|on est) (?:un (?:restaurant|lieu|endroit|établissement) )?familial|il y a des enfants|pas ici|hétéro~|devant les enfants|il y a des familles|plus discr[eè]t~",
      es: '(?:aquí es|esto es|es un (?:sitio|lugar|local|restaurante|bar)) familiar|hay (?:niños|familias)|aquí no|esas cosas|hetero~|eviten eso|cortaos|(?:aquí )?vienen familias',
      ru: 'у нас семейн~|приличное место|при детях|здесь (?:же )?дети|тут (?:же )?дети|не здесь',
      zh: '注意点?影响|(?:这里|这儿|旁边)有(?:小孩|孩子)|没人说',
    },
  },
  {
    name: 'harassed by staff',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 5,
    window: 2,
    unless: {
      en: "(?<!never (?:once )?|didn'?t |without )asked (?:before|first|if it was ok|permission)|permission|to test|to check (?:the|my) (?:joint|reflex|knee)|explained|strain|contracture|to stretch|where it hurt",
      de: 'vorher gefragt|gefragt, ob (?:es|das) (?:ok|okay|in ordnung|recht)|erlaubnis|zum testen|erklärt|verspannung|zerrung',
      fr: 'permission|demandé avant|pour tester|expliqué|contracture|pour masser',
      es: 'permiso|para comprobar|explicó|contractura|para estirar|siempre pregunt~|a cada alumn~',
      ru: 'разрешени~|спросил~,? можно|объяснил~|растяжк~|зажим~',
      zh: '先问|征得|解释|提醒我放松|理疗',
    },
    a: {
      en: 'hands? on my (?:knee|thigh|leg|legs|bum|hip|hips|waist|chest|backside)|(?:touch|touched|touching|grab|grabbed|grabbing|groped|groping|stroked|rubbed) (?:me |my )(?:somewhere|where|between|inappropriately|bum|butt|bottom|thighs?|breasts?|chest|crotch|hips|backside|legs?)|(?:pulled|moved|lifted|pulled down|took) the (?:towel|sheet|gown)|under (?:the|my) (?:towel|sheet|gown)|(?:a|my|her) body that|comment~ (?:on|about) my (?:body|figure|legs|chest|bum)|for my (?:phone )?number|my number (?:to|so (?:we|he|she))|(?:if|whether) (?:i|she) (?:had|have|was|wanted|needed) (?:a boyfriend|single|company)|(?:want|wanted|need|needed) (?:some )?company|dressed like (?:this|that)|his number on|texted my (?:personal )?(?:mobile|phone|number)|(?:are|were) you single|(?:if|whether) i (?:lived|live|was|am) (?:alone|on my own|by myself)|(?:my|your) number (?:off|from) the (?:order|booking|form)|looked lovely tonight|slipped me (?:his|her) number|(?:if|whether) my (?:boyfriend|husband|partner) (?:was|is|gets|got) jealous|take off my bra|(?:too|very) high (?:up )?(?:on|up) my thigh|(?:hand|hands) @3(?:up|on) (?:my|her) inner thigh|(?:his|her) hand on (?:her|his|my) (?:knee|thigh|leg)',
      de: 'hand @3(?:aufs? knie|auf (?:mein|den|dem|die) (?:knie|oberschenkel|po|hüfte)|richtung po)|(?:begrapscht|betatscht|angegrapscht|angefasst)|körper zum|gesellschaft brauche|ob ich @2(?:gesellschaft|einen freund|single)|(?:mit dem|im) rock (?:bestehst|siehst)|stell dich nicht so an|handtuch @2(?:weggezogen|weggenommen|runtergezogen|hochgeschoben)|oberschenkel @4(?:innen|massiert)|privat (?:vorbeikommen|treffen)|(?:schon )?einen freund (?:hat|habe|hätte)|seine handynummer|ob ich (?:allein|alleine) (?:wohne|lebe)|so ganz ohne mann|ein bisschen gesellschaft|hände am po|ob mein freund eifersüchtig|steckte mir seine nummer|nummer @3aus (?:meinem|dem) (?:vertrag|formular|anmeldebogen)|(?:schreibt|schrieb) mir @2privat|(?:wollte|verlangte) (?:ihre|meine) (?:handy)?nummer|(?:schatzi|süße|mäuschen)(?:\'|“|")? genannt|unter das (?:hand)?tuch|bis an den po|bh auszuziehen|den bh aus|ob mein freund (?:mich )?(?:auch )?so',
      fr: "mains? @3(?:sur (?:les|mes|ses) fesses|sur (?:ma|la) (?:cuisse|hanche|poitrine)|aux fesses)|mains baladeuses|(?:un|de) corps de|mon 06|si tu restes après|de quoi rendre fous|si je (?:vivais|vis|habitais|habite) seule|retrouvé mon (?:compte|insta|numéro)|habillée comme ça|(?:massé|caressé|touché)~ @3(?:trop longtemps|sans (?:me )?demander)|si j'(?:avais|ai) un (?:copain|chum|petit ami|mec|amoureux)|remont~ (?:mon|ma) (?:short|jupe|robe|t-shirt|tee-shirt|haut|culotte)|(?:glissé|donné|laissé) son (?:numéro|06)|sans ton (?:mec|copain|chum)|si (?:mon|ton) (?:copain|chum|mec) (?:était|est) jaloux|enlever mon soutien-gorge|commenté ma poitrine|trop haut sur la cuisse|demandé mon numéro",
      es: '(?:bajar|bajaba|metía|metió|puso|ponía) (?:las |la |sus )?manos? @3(?:glúteos|culo|trasero|pecho|muslo~|cadera|pierna~)|manose~|el número (?:«|")?para quedar|(?:chica|mujer) tan guapa|querías? compañía|quería compañía|pidiendo guerra|con ese vestido|(?:me|le) toca(?:ba)? la (?:rodilla|pierna|cintura)|más simpática con él|si tengo novio|si viv(?:ía|o|es) sola|si estaba sola|quitara el sujetador|si ten(?:go|ía|es|ías) (?:novio|enamorado|pareja)|con esa (?:falda|ropa|blusa|minifalda)|si mi novio (?:era|es) celoso|me (?:pasó|dio|dejó) su número @3(?:para|por si)|(?:a )?ese cuerpo|con esas piernas|le pidió el (?:instagram|número|whatsapp)|la mano en el muslo|(?:poniéndome|me ponía|me puso|le ponía|le puso) la mano en la (?:cintura|cola|rodilla|pierna)|(?:ponerme|me pone|me puso) la mano|me ponía la mano',
      ru: 'под полотенце|за бёдра|за бедра|ниже спины|руки распускал|распускал~ руки|полез(?:ла)? (?:\\p{L}+ )?руками|свободна ли я|продолжить у него|рукой по (?:груди|бедру|ноге)|есть ли у (?:меня|неё|нее) парень|продолжить вечер|одна ли я (?:живу|дома)|живу ли я одна|под бель~|(?:мой|мой номер|номер телефона) @3(?:вечером|встрет)|шл[её]пнул~|(?:с )?такой поп~|по (?:попе|заднице|ягодицам)|ревнует ли (?:мой )?парень|сунул~ (?:мне )?свой номер|одна ли я|не скучно ли мне|назвал~ (?:меня )?«?зайк~|на б[её]драх|снять (?:лифчик|бюстгальтер)',
      zh: '往我身上贴|贴着我|摸我|摸了我|动手动脚|穿短裙|要我微信|加我微信|身材真好|搂[^，。]{0,4}腰|要微信|穿这么少|不加就别想走|(?:搭|放|摸)到?我?的?大腿|有没有男朋友|是不是一个人住|一个人住吗|臀部特写|胸型|男朋友会不会吃醋|塞给我(?:他的)?(?:电话|微信)|拍我?的?大腿|手放(?:在)?我(?:的)?腿上|脱(?:掉)?(?:内衣|胸罩)',
    },
  },
  {
    name: 'a put-down for who they are',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 4,
    window: 1,
    unless: {
      en: 'joke|joking|banter|laughed along',
      de: 'scherz~|spaß|retten|spaß',
      fr: 'blague~|pour rire|en riant|rigol~',
      es: 'broma~|de coña',
      ru: 'шутк~|шутил~',
      zh: '开玩笑',
    },
    a: {
      en: "(?:your|their) lot(?:'s)?#|(?:called|calls|calling) me (?:a |the )?(?:fatty|whale|heifer|piggy|fat (?:cow|pig))|people like (?:you|your|them|us)#|(?:go|get|went) back to (?:your (?:own )?country|where you (?:came|come) from)|kids like (?:that|yours|him|her)|children like (?:that|yours)|we don'?t (?:really )?do (?:wheelchairs|disabled|old people|pensioners|kids like|people like)|old people (?:slow|shouldn|should|can'?t|don'?t)|(?:with|like) the other pensioners|(?:come|came) back with your husband|(?:women|ladies) (?:don'?t|can'?t|never) understand|why women (?:should|can'?t)|somewhere more your (?:style|kind|type)|(?:some|certain) (?:nationalities|kind of people)|you lot|this lot|we don'?t do (?:that|your|this) (?:type|kind|sort) of|(?:isn'?t|not) (?:really )?for (?:pensioners|old people|people like)|what you feel like today|(?:isn'?t|not) a care home|(?:a different|another) (?:cinema|place|gym|salon|restaurant|shop|hotel) (?:would|might) suit you|faggots?|poofs?|poofters?|which (?:one )?of you is the (?:man|guy|husband|wife|woman)|(?:come|came) back with (?:your|a) (?:son|daughter|grandson|granddaughter|carer|relative)|(?:over|past|beyond|above) a certain age|(?:rather|prefer~) (?:to )?(?:talk|speak|deal) (?:to|with) (?:your|the) (?:husband|man|boyfriend)|(?:don'?t|can'?t) (?:do|cut|touch) (?:that|your|this) (?:type|kind) of hair|speak (?:proper )?english or (?:get out|leave|go (?:home|back))|here to (?:clean|work) or|(?:not|isn'?t) (?:suitable|meant|designed) for (?:people|someone) (?:of )?your age|not for (?:grannies|old ladies|oldies)|(?:if|whether) (?:i|we) (?:was|were|am|are) (?:even )?(?:here )?legal(?:ly)?|(?:prefer|prefers|rather have) (?:\\p{L}+ )?(?:english|british|local|white) (?:tenants|people|guests|customers)|at your (?:weight|size)|come back when you(?:'ve| have)? lost|fat[- ]girl|bigger scale|maid cannot sit|helpers? (?:can'?t|cannot) sit|with your lifestyle|your real (?:dad|mum|mom|father|mother)",
      de: "leute wie (?:ihr|du|dich|euch)#|das ding (?:am|auf dem) kopf|das ist doch ein mann|wenn sie kein deutsch (?:können|sprechen),? (?:bringen|kommen|gehen)|(?:nannte|nennt|nennen) mich @2(?:dicke|fette|walross|moppel)|kinder wie ihr~|geh(?:t|en sie)? (?:doch )?(?:zurück )?nach (?:israel|hause in|afrika|anatolien)|in (?:dein|euer|ihr) (?:eigenes )?land|männer ziehen sich|bei bestimmten gästen|solche (?:kinder|leute|gäste)#|frauen (?:verstehen|kapieren) (?:das|davon) (?:eh |doch )?nicht|kinder wie (?:der|die|du)#|lassen sie das (?:mal )?die männer|tattergreis~|mach hinne,? opa|solche haare|männerhände machen wir nicht|hier ist (?:doch )?nicht (?:afrika|die türkei|arabien|der orient)|zu kompliziert,? (?:oma|opa)|für sie ist das (?:eh |doch )?zu kompliziert|schwuchtel~|kampflesbe~|wer von euch (?:ist )?der mann|(?:in deutschland|in der schweiz|in österreich|hier) spricht man deutsch|lernen sie (?:erst(?:mal)? |mal )?deutsch|kommen sie @2mit (?:ihrem|ihrer) (?:sohn|tochter|enkel~|mann)|ab einem gewissen alter(?:'|‘|’|“|\")? @3(?:nicht|keine?)|lieber mit (?:ihrem|dem) (?:mann|ehemann|freund)|nicht (?:geeignet|gedacht) für (?:leute|menschen|personen) in ihrem alter|nichts für omas|ob ich @2legal (?:da|hier)|(?:die|der) versteht das (?:doch |eh )?nicht|so ein(?:en)? kind|mit (?:euren|deinem|ihrem|solchen) namen|(?:solle|sollen sie|sollst) @2abnehmen|lieber deutsche (?:mieter|gäste|kunden|patienten)|bei ihrem gewicht|wenn sie (?:\\d+ )?kilo weniger|na,? opa|(?:kapieren|verstehen) s(?:ie|'|’)? (?:eh|doch) nicht|dein echter papa|deine echte mama",
      fr: "ce genre d'(?:enfants|personnes|individus|gens)|(?:spécialisé|ailleurs) pour vous autres|(?:appel|trait)~ (?:« ?|')?(?:la grosse|la baleine|le gros lard|grosse vache)|les gens comme (?:vous|toi|eux)|dans (?:ton|votre) pays|les femmes n'y comprennent|(?:imitant|imité) (?:l'|son |leur )accent|(?:se bridant|bridé~) les yeux|(?:à|a) votre âge,? c'est|vous savez très bien pourquoi|ne veu(?:t|lent) pas (?:de |d')(?:arabes?|noirs?|étrangers?|maghrébins?|musulman~)|(?:vous,? )?les gens du maghreb|à votre âge,? (?:madame|monsieur)|les vieilles au volant|encore un(?:e)? (?:diallo|traoré|koné|diop|benali|ben \\p{L}+)|imitait (?:ma|sa|son|leur) (?:façon|accent|voix)|sales? (?:arabes?|noirs?|juifs?|roms?|chinois|bougnoul~)|fifs?#|tapettes?|pédés?#|gouines?#|qui (?:de vous deux )?fait l[ae] (?:mec|homme)|en france on parle français|apprenez (?:le )?français|revenez avec (?:votre|un|une) (?:fils|fille|petit-fils|petite-fille|mari)|(?:à partir d'un|passé un) certain âge|les (?:dames|femmes|filles),? (?:ça|ca) (?:ne )?(?:vérifie|comprend|connaît|y connaît)|en parler avec (?:monsieur|votre mari|votre conjoint)|(?:tu sais|vous savez) (?:très )?bien pourquoi|ce (?:genre|type) de cheveux|(?:pas|plus) (?:vraiment |très )?(?:'|«\\s?)?(?:adapté|destiné|fait)~ (?:aux|pour les) (?:personnes|gens) de votre âge|pour les (?:mamies|papys|vieux|vieilles)|si j'(?:étais|suis) en situation régulière|(?:on|nous) ne (?:fait|faisons|coiffe|coiffons|touche|touchons) pas (?:ce|ces) (?:genre |type |types )?(?:de )?cheveux|avec (?:vos|ton|des) noms? (?:comme ça|pareils)|profils plus(?:…|\\.\\.\\.)? classiques|préf[eè]re des (?:français|locataires français)|avec votre poids|revenez quand vous aurez perdu|encore des (?:portos|arabes|noirs|chinois|roms)|à votre âge,? on laisse|laisse(?:z)? ça aux jeunes|plutôt prendre le bus|ton vrai papa|ta vraie maman",
      es: '(?:vuélvete|vuelve|volved|vete|váyase) a (?:tu|su) país|a su edad,? qu[eé] (?:más )?(?:quiere|espera)|con esa panza|en su país|sudaca~|(?:ciertas|algunas) nacionalidades|no (?:es )?una mezquita|trapo en la cabeza|(?:estas|estos) viej(?:as|os) (?:hay que|vienen|no saben|siempre|se olvidan)|a este lo pones|mor[oa] de mierda|panchit~|(?:no es|no era) para (?:mí|ti|usted)#|el papel lo aguanta todo|(?:el )?ambiente es para gente joven|no (?:alojan|admiten|aceptan) a mayores de|aquí se habla bien|(?:segura|seguro) (?:de )?que (?:puede|pueden) pagar|el lentito|el chinito|pelo de negra|pelo (?:tan )?malo no lo|acceso de servicio|gente como (?:tú|usted|vosotros|ustedes)|maricon~|maricón|bolleras?|tortilleras?|quién (?:de (?:las|los|ustedes|vosotr~) (?:dos )?)?es el hombre|los de tu (?:rollo|tipo|clase|raza|calaña)|(?:una|uno) de (?:las|los) tuy(?:as|os)|(?:ese|este) tipo de pelo|en españa se habla (?:español|castellano)|(?:vienen|venga|vuelva|ven|vuelve) con (?:un|una|su|tu) (?:niet[oa]|hij[oa]|familiar)|a partir de cierta edad|prefer~ hablar con (?:su|tu|el) (?:marido|esposo|novio)|mejor no viaj~|(?:te|le) tocó (?:el|la) (?:raro|rara)|ya sabes por qué|no (?:es|está) (?:adecuad~|pensad~) para (?:personas|gente) de su edad|no es para (?:abuelas|viejitas|señoras mayores)|para niños así|si (?:tenía|tengo) papeles|a su edad ya no vale la pena|no (?:tocamos|hacemos|cortamos|trabajamos) (?:ese|este) tipo de pelo|con (?:esos|vuestros|sus) nombres|prefier~ (?:inquilinos )?(?:españoles|nacionales|de aquí)|con (?:ese|tu|su) peso|baj(?:á|a|ar) unos kilitos|para esos niños|para niños como (?:él|ella|el suyo)|tu verdadero papá|tu papá de verdad|no se permiten vendedor~',
      ru: 'таким (?:мы|сюда|здесь)#|в свою чайхану|вам в магазин для полных|таким (?:тут )?не (?:место|рады|сдаём|сдаем|даём|даем|селим|обслуж~)|понаехал~|(?:езжай|вали|валите|едь) (?:в|к) (?:свой|свою|своей|себе|своим)|(?:вам|тебе) не поздно|пенсионеров @3не (?:берём|берем|записываем)|не для (?:таких|пенсионеров|инвалидов)|(?:здесь|тут) вам не мечеть|(?:клуб|зал|место) для (?:активной )?молод[её]жи|вам лучше в бассейн|оно тоже|девочкам только|я этих не (?:буду|стригу|обслуживаю)|передразнива~|вашим (?:сюда|тут|здесь) |пидор~|пидар~|педик~|гомик~|кто из вас (?:мужик|мужчина|парень)|(?:в россии|здесь) говорят по-русски|выучи(?:те)? русский|приходите с (?:сыном|дочерью|внуком|внучкой|родственник~)|инвалидам @2(?:лучше|нельзя|не положено|не надо)|таких (?:пациентов|клиентов|гостей|как вы)|не богадельня|пусть муж (?:приедет|позвонит|подойд[её]т)|не (?:подходит|рассчитан~) для (?:людей|человека) вашего возраста|не для бабушек|этой (?:уже )?хватит|говорите по-человечески|а не на сво[её]м|с (?:такой|вашей) фамилией|(?:«|")?таких(?:»|")? @2не (?:пускают|пускаем|обслуживают|берут|селят|сдают|записывают)|только (?:славянам|славянской|русским)|сда[её]т только (?:славян|русск)~|с вашим весом|настоящий папа',
      zh: '(?:你们|他们)这种人|男的懂行|这种(?:孩子|变态)|不做老人|老头去|女的(?:练|懂|学)什么|嫁不出去|黑人的|回你(?:们)?(?:老家|国家)|滚回|乡巴佬|(?:你们)?年纪大的|乡下人|吓到小朋友|这些人真恶心|黑人别让进|(?:河南|外地|新疆)(?:的|人)?(?:我们)?不租|老人家不会用就别|学我说话|模仿我|死基佬|基佬|人妖|(?:你们)?谁(?:是|当)(?:男的|老公)|你们这样家里知道吗|虐待机器|让你(?:儿子|女儿|孙子|家里人|老公)来|叫你老公来|主要是年轻人|跳广场舞|超过\\d+岁(?:的)?(?:不|就不)|这种头发|\\d+岁以上(?:的)?(?:不|就不)|老年人就别|老人就别|胖子(?:去|别)|别吓到客人|吓到客人|这样的孩子|(?:跟|像)猪一样|学我(?:儿子|女儿|孩子)?(?:口吃|说话|结巴)|只租给本地人|瘦了再来|河南的，?看好|看好(?:桌上的)?东西|这么大岁数(?:了)?还|真正的爸爸|亲爸爸',
    },
  },
  {
    name: 'treated so because of who they are',
    category: 'discrimination',
    needs: 'complaint',
    // "would not let him in because of his skin colour": only a negator right before it ("not because") denies the cause.
    reach: 8,
    maxStars: 4,
    window: 1,
    a: {
      en: "because (?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re) (?:black|brown|asian|arab|muslim|jewish|gay|lesbian|trans|disabled|deaf|blind|foreign|a woman|old|pregnant)#|because of (?:my|his|her|their|our) (?:skin|colour|color|race|accent|name|religion|faith|age|disability|wheelchair|hijab|headscarf|turban|sexuality|weight|size|origin)",
      de: 'wegen (?:meiner|seiner|ihrer|unserer) (?:hautfarbe|herkunft|religion|behinderung|sexualität|kippa)|wegen (?:meines|seines|ihres|unseres) (?:alters|akzents|namens|kopftuchs|rollstuhls|glaubens)|weil (?:ich|er|sie|wir) (?:schwarz|türk~|muslim~|schwul|lesbisch|trans|behindert|blind|gehörlos|im rollstuhl|kopftuch)~',
      fr: '(?:à cause de|en raison de) (?:ma|sa|leur|notre|son|mon) (?:couleur|origine|religion|handicap|âge|orientation|voile|accent|nom|fauteuil)|parce que (?:je suis|il est|elle est|nous sommes|on est) (?:noir|arabe|musulman|juif|juive|homo|gay|lesbienne|trans|handicapé|sourd|aveugle|étranger)~',
      es: 'por el color de (?:su|mi|nuestra) piel|por (?:mi|su|nuestro|nuestra) (?:origen|acento|religión|discapacidad|edad|orientación|apellido|velo|hiyab|silla de ruedas)|por ser (?:gitan|negr|mor|gay|lesbiana|trans|indígena|extranjer|latin|sudamerican|mujer)~',
      ru: 'из-за (?:цвета кожи|(?:моей|его|её|ее|нашей) (?:национальности|внешности|веры|инвалидности|ориентации|фамилии|коляски)|(?:моего|его|её|ее|нашего) (?:возраста|акцента|происхождения|платка|хиджаба))|потому что (?:я|он|она|мы) (?:нерусск|кавказ|таджик|узбек|инвалид|гей|мусульман|чёрн|черн)~',
      zh: '因为(?:我|他|她|我们|他们)?(?:是)?(?:黑人|外地人|少数民族|同性恋|残疾|穆斯林|新疆人|河南人|农村人|乡下人|女的|老人)|因为(?:我|他|她|我们)?的?(?:肤色|口音|民族|信仰|年纪|性取向)',
    },
  },
  {
    name: 'a slur at the door',
    category: 'discrimination',
    maxStars: 4,
    window: 1,
    a: {
      es: '(?:moros?|negros?|gitanos?|sudacas?|panchitos?) no#',
      ru: '(?:вашим|черным|чёрным|кавказцам|нерусским) (?:сюда |тут |здесь )?(?:нельзя|не положено)',
    },
    b: { es: 'dij(?:o|eron)|solt(?:ó|aron)|«|"', ru: 'сказал~|«|"|:' },
  },
  {
    name: 'touched or propositioned by staff',
    category: 'discrimination',
    maxStars: 4,
    window: 2,
    unless: {
      en: 'asked (?:before|first|if it was ok|permission)|permission|professional|checked the pressure',
      de: 'gefragt, ob|erlaubnis|professionell',
      fr: 'permission|demandé avant|professionnel~',
      es: 'permiso|profesional',
      ru: 'разрешени~|спросил~,? можно|профессионал~',
      zh: '先问|专业',
    },
    a: {
      en: '(?:kept|keep|started) @2(?:touching|brushing|rubbing|stroking)|(?:touch|brush|grop|rubb|grabb)~ (?:my|her) (?:chest|breasts?|bum|butt|bottom|thigh|legs?|backside)|comments? (?:on|about) (?:my|her) (?:body|bum|butt|figure|chest|breasts?)|anything ["‘“’]?extra|asked (?:if|whether) i (?:had|have) a (?:boyfriend|girlfriend)',
      de: 'begrapscht|betatscht|angegrapscht|(?:an (?:den|die|der) )?(?:po|brust|oberschenkel) (?:gefasst|angefasst)|hand @3(?:oberschenkel|po)|bemerkungen über (?:meinen|meine) (?:körper|figur|po|brust)',
      fr: "(?:n'arrêtait pas de|sans arrêt) (?:me )?touch~|me touch~ (?:la|les|le) (?:nuque|cuisse~|fesse~|poitrine|jambe~|seins)|si j'avais un copain|raccompagner chez moi|mains baladeuses|si j'avais un (?:chum|petit ami|mec)",
      es: 'comentarios sobre (?:mi|el) (?:culo|cuerpo|pecho|escote|trasero|figura)|tocándome|me toc(?:ó|aba) (?:el|la|las|los) (?:culo|pecho|pierna~|muslo~|trasero)|manose~',
      ru: 'полез(?:ла)? руками|распускал~ руки|комментировать (?:мою|её|ее) фигуру|куда не просили',
      zh: '不该碰的地方|动手动脚|特殊项目|特殊服务|摸我|往.{0,6}摸',
    },
    b: {
      en: '~therapist|masseu~|trainer|coach|instructor|hairdresser|barber|stylist|doctor|dentist|waiter|bartender|bouncer|staff|guy|man|he',
      de: 'masseur|trainer|friseur|arzt|kellner|mitarbeiter|typ|er',
      fr: 'coiffeur|masseur|kiné|prof|moniteur|serveur|médecin|il',
      es: 'profe~|entrenador|monitor|masajista|fisio|peluquero|camarero|médico|doctor|él',
      ru: 'массажист|тренер|мастер|парикмахер|врач|администратор|официант|инструктор|он',
      zh: '技师|教练|师傅|老师|服务员|医生|按摩|店员|男的',
    },
  },
  {
    name: 'turned away with "you know why"',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 4,
    window: 3,
    unless: jokingOr({
      en: 'who knows us|knows us',
      ru: 'нас знает',
      zh: '认识我们',
      es: 'nos conoce',
      de: 'kennt uns',
      fr: 'nous connaît',
    }),
    a: {
      en: '(?:you|ye|ya) (?:all )?know (?:very well |full well |exactly )?why|too many of (?:you|your lot|them) (?:in )?(?:here|tonight|today)',
      de: '(?:ihr wisst|du weißt|sie wissen) @2(?:schon|genau|doch),? warum|zu viele von euch',
      fr: '(?:tu sais|vous savez) (?:très )?(?:bien )?pourquoi|trop de (?:vous|gens comme vous)',
      es: '(?:ya )?(?:sabes|sabe|saben|sabéis) (?:muy )?bien por qué|ya (?:sabes|sabe|saben|sabéis) por qué|demasiados de (?:ustedes|vosotros)|(?:sabemos|sé|saben|sabíamos) (?:perfectamente|muy bien) por qué',
      ru: '(?:вы|ты) (?:же )?сам(?:и|а)? (?:всё |все )?понима(?:ете|ешь)|сами понимаете|сам понимаешь|(?:вы|ты) (?:же )?знае(?:те|шь),? почему|слишком много (?:вас|ваших)',
      zh: '你(?:们)?(?:自己)?(?:心里)?(?:清楚|明白|知道)(?:为什么|原因)|你懂的',
    },
    b: {
      en: 'asked @2why|not tonight|regulars only|members only|private (?:party|event)|(?:the|two|three|four) (?:\\p{L}+ )?(?:lads|guys|girls|people) (?:before|behind|after) us|let @3in|(?:kept|stopped|blocked|turned) (?:us|me|him|her|them)|surcharge|extra (?:fee|charge)',
      de: 'gefragt|fragte|heute nicht|nur stammgäste|geschlossene gesellschaft|kamen rein|reingelassen|ließ @3rein|doppelt zahlen|aufpreis|zuschlag|fragt(?:e)?(?: nach)?',
      fr: 'demandé pourquoi|pas ce soir|complet|soirée privée|laiss~ entrer|fait entrer|bloqu~|supplément',
      es: 'pregunt~|hoy no|solo socios|fiesta privada|(?:dej(?:ó|aron)|dejaba) (?:entrar|pasar)|entr(?:ó|aron)|recargo',
      ru: 'спросил~|не сегодня|только для (?:своих|постоянных|членов)|закрытое мероприятие|пропустил~|пустил~|доплат~',
      zh: '问(?:他|她|了)?(?:为什么|原因)|今天不行|只接待(?:会员|熟客)|包场|让(?:他们|别人)进|加钱|多收',
    },
  },
  {
    name: 'a door rule for some of us, not for others',
    category: 'discrimination',
    needs: 'complaint',
    maxStars: 3,
    window: 3,
    unless: {
      en: "they(?: had|'d) (?:a )?(?:booked|reservations?)|had booked|on the (?:guest ?)?list|wedding|the band|staff|(?:had|with) (?:a )?(?:booking|reservation)s?",
      de: 'hatten @1reserviert|auf der liste|hochzeit~|eingeladen|die band|personal',
      fr: 'avaient réservé|sur la liste|mariage|invités|musiciens|le personnel',
      es: 'tenían reserva|estaban en (?:la )?lista|músicos|boda|invitados|camareros',
      ru: 'у них (?:была )?бронь|были в списке|музыкант~|официант~|свадьб~|персонал|сотрудник~',
      zh: '人家订了|提前订了|老板家|家里人|员工|乐队|婚礼',
    },
    a: {
      en: 'regulars only|members only|only (?:regulars|members|with a (?:booking|reservation))|guest ?list|not tonight|private (?:event|party)|fully booked',
      de: 'nur (?:für )?stammgäste|stammgäste|nur mit reservierung|ohne reservierung geht|geschlossene gesellschaft|ausgebucht',
      fr: 'pas ce soir|habitués|(?:que|uniquement) sur réservation|soirée privée|privatisé|complet',
      es: 's[oó]lo con reserva|s[oó]lo socios|lista de invitados|(?:evento|fiesta) privad[oa]|s[oó]lo clientes habituales|completo',
      ru: 'только по брони|только (?:для )?(?:своих|постоянных)|закрыт~ (?:вечеринк|мероприяти)~|(?:все )?столы забронированы|всё забронировано|мест нет',
      zh: '只接待会员|会员专场|熟客|包场|客满|订满了|没位置了',
    },
    b: {
      en: '(?:walked|went|got|came) (?:straight |right )?in|(?:were|was|got) let in|(?:seated|sat) (?:straight away|right away|immediately)|without (?:a )?(?:reservation|booking)|came back @4without (?:him|her|them)',
      de: '(?:kamen|gingen|durften) @4(?:rein|hinein|durch)|reingelassen|ohne reservierung @3(?:gesetzt|rein|platziert)|direkt an (?:einen|den) (?:\\p{L}+ )?~tisch',
      fr: 'sans (?:lui|elle|eux)[^.!?]{0,60}(?:passe|entr)|ça passe (?:direct|tout de suite)|(?:sont|est) entrés? (?:direct|sans)|installés? (?:direct|aussitôt|tout de suite)',
      es: 'entr(?:ó|aron) @4sin reserva|sin reserva ninguna|(?:les|los) dej(?:ó|aron) pasar (?:\\p{L}+ )?sin',
      ru: 'без брони @2(?:прошли|пропустили|посадили)|(?:тут же|сразу) предложили|вернулась одна|вернулся один',
      zh: '直接(?:进去|坐|带进)|没订位(?:的)?(?:直接)?(?:进|坐)',
    },
    also: {
      en: '(?:my|our) (?:mates?|friends?|pal|cousin|brother|sister|husband|wife|boyfriend|girlfriend|partner)|(?:two|one) of us|black|brown|asian|arab|muslim|hijab|accent',
      de: '(?:mein|meine|meinen|unser|unsere) (?:kumpel|freund~|cousin~|bruder|schwester|mann|frau)|(?:zwei|einer|eine) von uns|schwarz~|türk~|arab~|kopftuch|akzent',
      fr: "(?:mon|ma|mes|notre) (?:pote|potes|ami|amie|amis|cousin~|frère|sœur|mari|femme|copain|copine)|(?:deux|un|une|trois) d'entre nous|noirs?|arabe~|voile|foulard|accent",
      es: '(?:mi|mis|nuestro|nuestra) (?:dos )?(?:amig~|prim[oa]s?|herman[oa]s?|esposo|esposa|marido|novi[oa])|somos de|negr[oa]s?|árabes?|marroquí~|velo|hiyab|acento',
      ru: 'с (?:мужем|женой|другом|подругой|братом|парнем)|из (?:душанбе|ташкента|бишкека|дагестана|махачкалы|грозного|африки)|кавказ~|таджик~|узбек~|акцент~|хиджаб~',
      zh: '朋友|同事|老公|黑人|外地|口音',
    },
  },
];
