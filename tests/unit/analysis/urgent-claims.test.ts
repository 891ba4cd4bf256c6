import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '@/utils/analysis';
import type { AnalysisLanguage } from '@/utils/analysis/types';
import { claimUrgent } from '@/utils/analysis/urgent-claims';
import { cutEvidence } from '@/utils/analysis/urgent-evidence';

type Line = [AnalysisLanguage, string];

// Sentences written for this test, one story per claim and language.
const CLAIMS: Record<string, Line[]> = {
  'a deposit kept': [
    ['en', 'The landlord kept our whole £400 deposit and gave no reason at all.'],
    ['de', 'Die Kaution von 600 € behält der Vermieter ohne jede Begründung.'],
    ['fr', 'Le propriétaire garde la caution de 300 € sans aucune explication.'],
    ['es', 'La fianza de 250 € sigue sin aparecer y ya han pasado dos meses.'],
    ['ru', 'Залог 10 000 ₽ хозяйка так и не вернула, на звонки не отвечает.'],
    ['zh', '退房一个月了，押金到现在还没退。'],
  ],
  'belongings gone': [
    ['en', 'Left my laptop in the room while we had breakfast and it was gone when we came back.'],
    ['de', 'Nach der Massage war meine Geldbörse aus dem Spind verschwunden.'],
    ['fr', 'Mon portefeuille a disparu du vestiaire pendant le cours.'],
    ['es', 'Dejé el celular en la guantera y al recoger el coche ya no estaba.'],
    ['ru', 'После уборки номера пропали часы с тумбочки.'],
    ['zh', '放在房间里的手表，回来就不见了。'],
  ],
  'paid cash, called unpaid': [
    ['en', 'I paid £30 cash at the counter. A week later they rang to say I had an unpaid balance.'],
    ['de', 'Wir haben bar bezahlt, trotzdem hieß es am nächsten Tag, die Rechnung sei noch offen.'],
    ['fr', "J'ai payé en espèces, et on m'a ensuite accusé d'être parti sans payer."],
    ['es', 'Pagué en efectivo al camarero y luego me dijeron que no había pagado.'],
    ['ru', 'Отдал наличными администратору, а через неделю сказали, что у меня долг.'],
    ['zh', '当时给了她现金，第二天公司又打电话来催款。'],
  ],
  'fuel charged, returned full': [
    ['en', 'Returned the hire car with a full tank and still got a $70 refuelling fee on my card.'],
    ['de', 'Wagen vollgetankt zurückgegeben, trotzdem 85 € Nachtankgebühr abgebucht.'],
    ['fr', "Voiture rendue avec le plein fait, et on m'a quand même facturé 60 € de carburant."],
    ['es', 'Devolví el coche con el depósito lleno y me cobraron 55 € de combustible.'],
    ['ru', 'Сдал машину с полным баком, а с карты списали 3 000 ₽ за топливо.'],
    ['zh', '还车前加满了油，还是扣了我200的油费。'],
  ],
  'charged twice': [
    ['en', 'They charged my card twice for the same dinner and it still has not been refunded.'],
    ['de', 'Die Buchung wurde zweimal abgebucht, bis heute keine Erstattung.'],
    ['fr', 'Prélevé deux fois pour la même nuit, toujours pas remboursé.'],
    ['es', 'Me cobraron dos veces la misma cena y todavía no me lo han devuelto.'],
    ['ru', 'С карты дважды списали оплату, второе списание до сих пор висит.'],
    ['zh', '同一笔消费扣了两次，到现在还没退。'],
  ],
  'work paid for, not done': [
    ['en', 'Paid £300 to have the clutch replaced. Another mechanic showed me the old clutch is still in there.'],
    ['de', 'Für neue Bremsscheiben bezahlt, bei der nächsten Inspektion hieß es, das sind noch die alten.'],
    ['fr', "Payé 400 € pour changer l'embrayage, mais ce sont toujours ceux d'origine."],
    ['es', 'Pagué el cambio de amortiguadores y resulta que son los originales.'],
    ['ru', 'Оплатил замену колодок, а в другом сервисе сказали, что колодки старые.'],
    ['zh', '保养花了900，空气滤芯还是旧的。'],
  ],
  'a made-up sale': [
    ['en', "The 40% off sign is a joke, the 'was' price is completely made up."],
    ['de', 'Angeblich 30 % Rabatt, aber der Streichpreis ist frei erfunden.'],
    ['fr', 'Soldes à -50 %, mais le prix barré est inventé de toutes pièces.'],
    ['es', 'Un descuento del 40 % que es pura tomadura de pelo: el precio de antes es inventado.'],
    ['ru', 'Скидка 50 %, но цену перед этим накрутили вдвое.'],
    ['zh', '说是限时五折，其实是先涨价再打折。'],
  ],
  'a discount for a good review': [
    ['en', 'The waiter offered us 20% off next time if we left a five-star review.'],
    ['de', 'Man hat uns 10 % Rabatt angeboten, wenn wir eine Bewertung mit 5 Sternen schreiben.'],
    ['fr', "On nous a proposé une réduction en échange d'un avis cinq étoiles."],
    ['es', 'Nos ofrecieron un postre gratis a cambio de una reseña de cinco estrellas.'],
    ['ru', 'Администратор предложила скидку 15 % за отзыв на пять звёзд.'],
    ['zh', '老板说写五星好评就可以打八折。'],
  ],
  'counterfeit sold as genuine': [
    ['en', 'Paid £120 for "authentic" trainers and the stitching and box label show they are fakes.'],
    ['de', 'Für 180 € als Original verkauft, der Händler um die Ecke erkannte sofort eine Fälschung.'],
    ['fr', "Payé 90 € un parfum soi-disant authentique : c'est une contrefaçon, le flacon n'a même pas de numéro."],
    ['es', 'Me cobraron 60 € por un cargador original y es una imitación que se calienta.'],
    ['ru', 'Заплатил 7 000 ₽ за «оригинальные» наушники, в сервисе сказали — подделка.'],
    ['zh', '花了800元买的说是正品，专柜一看是高仿。'],
  ],
  'charged for what never came': [
    ['en', 'They charged us for a bottle of wine we never ordered and refused to take it off.'],
    ['de', 'Auf der Rechnung standen zwei Cocktails, die wir nie bestellt hatten.'],
    ['fr', "Ils ont facturé un massage que je n'ai jamais reçu."],
    ['es', 'Nos cobraron un segundo postre que no pedimos y el encargado se negó a quitarlo.'],
    ['ru', 'В счёт вписали мойку двигателя, которую никто не делал.'],
    ['zh', '结账时账单上多了两瓶饮料，我们根本没点。'],
  ],
  'paid, and the business vanished': [
    ['en', 'We paid a £400 deposit for the wedding cake. Now the shop is boarded up and the phone line is dead.'],
    ['de', 'Anzahlung 500 € überwiesen, seitdem ist die Firma nicht mehr erreichbar.'],
    ['fr', 'Acompte de 300 € versé en mars. Depuis, le rideau est baissé et le gérant est injoignable.'],
    ['es', 'Pagamos 600 € por adelantado. El local está cerrado con la persiana bajada y el móvil apagado.'],
    ['ru', 'Внесли предоплату 20 000 ₽, теперь телефон выключен, а офис закрыт.'],
    ['zh', '办了会员卡充了2000元，一个月后门上贴了通知暂停营业，老板电话打不通。'],
  ],
  'damage that was there before': [
    ['en', 'They charged £250 for a dent that was already there — it is in the photos I took at pick-up.'],
    ['de', 'Für einen Kratzer, der schon vorher da war, wurden 300 € abgebucht.'],
    ['fr', "On m'a prélevé 400 € pour une rayure qui était déjà là au départ."],
    ['es', 'Me cobraron 200 € por un arañazo que ya estaba cuando recogí el coche.'],
    ['ru', 'Удержали 5 000 ₽ за царапину, которая была ещё до нас — она есть на фото.'],
    ['zh', '还车时说有划痕要赔500元，可那道划痕本来就有。'],
  ],
  'charged on after cancelling': [
    ['en', 'I cancelled my membership in writing in March and they kept charging me £35 every month since.'],
    ['de', 'Ich habe im Januar schriftlich gekündigt, trotzdem wird weiterhin jeden Monat abgebucht.'],
    ['fr', "J'ai résilié mon abonnement en février, ils continuent à me prélever 30 € chaque mois."],
    ['es', 'Me di de baja en abril con el formulario firmado y me han pasado tres recibos más.'],
    ['ru', 'Расторгла договор ещё в марте, а они продолжают списывать по 2 000 ₽ в месяц.'],
    ['zh', '三月份就退了卡，结果每月还在扣钱。'],
  ],
  'marked delivered, never came': [
    ['en', 'The app marked my order as delivered at 7pm, but nobody knocked and there was nothing on the doorstep.'],
    ['de', 'Laut App angeblich um 19 Uhr zugestellt, aber niemand hat geklingelt und es kam nie an.'],
    ['fr', "La commande est marquée comme livrée depuis midi, mais personne n'a sonné."],
    ['es', 'El pedido aparece como entregado, pero nunca llegó a casa.'],
    ['ru', 'Заказ отмечен как «доставлен», но курьер так и не приехал.'],
    ['zh', '外卖显示已送达，可我根本没收到。'],
  ],
  'belongings held until paid more': [
    ['en', 'At the end the driver said the fare was double, or he would not open the boot with my suitcase.'],
    ['de', 'Die Umzugsfirma wollte 800 € mehr, sonst kommen die Möbel nicht aus dem Wagen raus.'],
    ['fr', 'Le déménageur a exigé 500 € de plus, sinon il ne déchargeait rien.'],
    ['es', 'El chofer pidió el doble, y si no pagaba no me devolvía la maleta.'],
    ['ru', 'Грузчики потребовали ещё 10 000, иначе вещи не отдадут.'],
    ['zh', '搬家师傅说不加钱就不卸货。'],
  ],
  'used sold as new': [
    ['en', "The 'brand new' laptop was a refurbished one with someone else's files still on it."],
    ['de', 'Das angeblich neue Handy war generalüberholt, mit Kratzern am Rahmen.'],
    ['fr', 'Le téléphone vendu neuf était un reconditionné, la batterie à 80 %.'],
    ['es', 'El móvil precintado resultó ser reacondicionado, con la batería al 85 %.'],
    ['ru', 'Под видом нового продали восстановленный телефон.'],
    ['zh', '说是全新的手机，结果是翻新机。'],
  ],
  'short weight': [
    ['en', 'Bought a kilo of prawns and weighed them at home: only 780 g.'],
    ['de', 'Ein Kilo Hack gekauft, zu Hause nachgewogen: nur 820 Gramm.'],
    ['fr', "J'ai repesé le rôti chez moi, il ne faisait que 700 g au lieu d'un kilo."],
    ['es', 'Pesé el pollo en casa y eran 800 gramos, no el kilo que cobraron.'],
    ['ru', 'Дома взвесила сыр — всего 420 грамм вместо полкило.'],
    ['zh', '回家一称，两斤的排骨只有一斤六两。'],
  ],
  'a note swapped for a fake': [
    ['en', 'The cabbie swapped my twenty for a fake one and said mine was the counterfeit.'],
    ['de', 'Der Fahrer hat mir Falschgeld als Wechselgeld gegeben.'],
    ['fr', "Le chauffeur m'a rendu un faux billet de 20 € sur la monnaie."],
    ['es', 'El taxista me hizo el cambiazo con un billete de 1000 pesos.'],
    ['ru', 'Таксист подменил купюру и вернул мне фальшивую.'],
    ['zh', '出租车司机找零给了我一张假钞。'],
  ],
  'not what was paid for': [
    ['en', 'We paid for the sea-view suite. We got a room over the bins, and the manager will not refund the difference.'],
    ['de', 'Bezahlt hatten wir das Zimmer mit Seeblick. Bekommen haben wir den Hinterhof, und die Differenz will uns keiner erstatten.'],
    ['fr', "Chalet payé d'avance, mais ce n'était pas celui des photos."],
    ['es', 'Pagamos la suite con terraza y nos dieron otra; no nos quieren devolver la diferencia.'],
    ['ru', 'Оплатили номер с видом на море, поселили во двор, разницу возвращать отказываются.'],
    ['zh', '提前付了湖景房的钱，入住只给城景房，差价不退。'],
  ],
  'an item handed in, then denied': [
    ['en', 'The dress is on the receipt, but the staff say you never gave us a dress.'],
    ['de', 'Auf dem Abholschein steht die Jacke, aber angeblich habe ich sie nie abgegeben.'],
    ['fr', "Le manteau est sur le ticket, mais ils disent que je ne l'avais jamais déposé."],
    ['es', 'El vestido figura en el recibo, pero dicen que nunca lo dejé.'],
    ['ru', 'Шапка вписана в квитанцию, а говорят «у нас такую не принимали».'],
    ['zh', '取衣单上写着大衣，店员却说没收到过。'],
  ],
};

// Sentences written for this test: discrimination told without the word.
const DISCRIMINATION: Line[] = [
  // A door rule for some of us and not for others.
  ['en', 'The bouncer said members only tonight and stopped my friend Tariq, then four lads without a reservation walked straight in.'],
  ['de', 'Türsteher: nur Stammgäste, mein Kumpel musste draußen bleiben. Danach durften fünf andere Jungs direkt rein.'],
  ['fr', 'Le videur a dit « pas ce soir » à mon pote Samir. On est revenus sans lui dix minutes plus tard et ça passe direct.'],
  ['es', 'El portero dijo que solo con reserva a mi primo y a mí, y detrás entraron cuatro chicos sin reserva ninguna.'],
  ['ru', 'Пришли с мужем, администратор сказал, что все столы забронированы. Я вернулась одна, и мне сразу предложили столик.'],
  ['zh', '门口说今天会员专场，拦住了我朋友，后面没订位的直接进去了。'],
  ['en', "We're two men and booked a double. At the desk they said we'd surely want the twin instead."],
  ['en', 'The agent said the flat was already let once she heard my accent. My colleague called an hour later and got a viewing.'],
  ['en', "The bouncer looked at my friend's turban and said 'not tonight'."],
  ['en', "The masseur kept brushing my thigh and asked if I wanted anything 'extra'."],
  ['de', 'Wir sind zwei Frauen und bekamen statt des Doppelzimmers zwei Einzelbetten.'],
  ['de', 'Mit dem Rollstuhl wurden wir abgewiesen, angeblich zu eng.'],
  ['fr', 'Nous sommes deux hommes ; le patron nous a demandé de faire ça ailleurs.'],
  ['fr', "Ma mère porte le voile, et on nous a dit qu'on ne prend pas de réservation pour nous."],
  ['es', 'Mi padre va en silla de ruedas y el encargado soltó que no aceptamos clientes así.'],
  ['es', 'El portero nos dijo «gitanos no» y cerró la puerta.'],
  ['ru', 'Я на коляске, а администратор сказала: «инвалидов не обслуживаем».'],
  ['ru', 'Массажист полез руками, куда не просили.'],
  ['zh', '我朋友坐轮椅，服务员说轮椅占地方，让我们别在大厅吃。'],
  ['zh', '前台看到身份证就说满房了，我同事马上在网上查，还有好几间。'],
  ['en', 'My sister wears a hijab and the receptionist asked her to take it off. Nobody said anything to the women in caps.'],
  ['en', 'My 81-year-old mum was told "at your age you should not be here" and asked to leave the class.'],
  ['en', 'When my girlfriend and I held hands the waiter said it was a family restaurant; the straight couple next to us were kissing.'],
  ['en', 'The instructor kept putting his hand on my knee during the lesson.'],
  ['de', 'Meine Freundin trägt Kopftuch. Der Türsteher ließ alle rein, nur sie nicht.'],
  ['de', 'Der Masseur schob das Handtuch weg und hat mich begrapscht.'],
  ['fr', 'Mon fils est autiste ; la gérante nous a demandé de sortir parce que « les enfants comme ça dérangent ».'],
  ['fr', 'Le serveur me mettait la main sur la cuisse à chaque passage.'],
  ['es', 'Somos dominicanas y el guardia solo nos pidió a nosotras abrir el bolso.'],
  ['es', 'Nos dimos un beso y el camarero nos dijo que aquí no, que hay niños.'],
  ['ru', 'Я в платке, и охранник сказал: «Таким сюда нельзя».'],
  ['ru', 'Инструктор спросил, свободна ли я вечером, и положил руку мне на колено.'],
  ['zh', '我是回族，戴着头巾，服务员说不让进。'],
  ['zh', '按摩的时候他一直往我身上贴，还要加我微信。'],
  ['en', 'The stylist said she does not do "your lot\'s hair" and told me to try somewhere else.'],
  ['de', 'Der Kellner sagte: „Leute wie ihr sind hier falsch“ und ging weg.'],
  ['fr', 'Le serveur a répété la commande de ma mère en imitant son accent devant toute la salle.'],
  ['es', 'El repartidor me gritó que me volviera a mi país, «vuélvete a tu país», delante del portal.'],
  ['ru', 'Менеджер сказала: «Пенсионеров в группы не берём, вы будете тормозить остальных».'],
  ['zh', '店员说“你们这种人就别进来了”，然后把门关上。'],
  ['en', 'The doorman would not let my cousin in because of his skin colour, and we left humiliated.'],
  ['de', 'Der Vermieter hat uns abgesagt, weil wir Muslime sind – das hat er sogar so geschrieben.'],
  ['fr', 'On nous a refusé la table parce que nous sommes arabes, le serveur l’a presque dit à voix haute.'],
  ['es', 'Al portero no le gustó mi amigo por el color de su piel y no le dejó pasar.'],
  ['ru', 'Администратор отказала в записи из-за моей национальности, так и сказала.'],
  ['zh', '服务员因为我们是外地人，就把我们安排在门口的位置，还爱答不理。'],
  // Version 16's sixth step: 'you know why', the put-downs of an age, a language, a couple, a slur, harassment in a gym.
  ['de', "Wir durften nicht rein, und als mein Freund fragte, warum, meinte der Türsteher: 'Ihr wisst schon, warum.'"],
  ['fr', 'Quand Karim a demandé pourquoi on ne rentrait pas, le videur a répondu « tu sais très bien pourquoi ».'],
  ['ru', 'Когда я спросила, почему доплата только для нас, администратор ухмыльнулся: «Вы сами понимаете».'],
  ['en', "The adviser told my 84-year-old dad to come back with your son, it'll be quicker."],
  ['es', 'La cajera le dijo a mi padre que los abuelitos vienen con un nieto, y atendió a los de atrás.'],
  ['de', "Die Dame am Empfang sagte vor allen: 'In Deutschland spricht man Deutsch.'"],
  ['zh', '美甲师笑着问我们“你们谁是男的那个”，太恶心了。'],
  ['fr', 'Le cuisinier nous a lancé « allez ailleurs, les fifs », la serveuse a ri.'],
  ['es', 'El barbero me dijo que aquí no tocamos ese tipo de pelo, que me fuera a una de las tuyas.'],
  ['ru', 'Тренер сказал «с такой попой тебе мужик нужен» и шлёпнул меня. Я расплакалась.'],
  ['fr', "Le coach m'a écrit pour me demander si j'avais un chum, après m'avoir mis les mains sur les fesses."],
  ['de', 'Der Fahrer hat die ganze Fahrt gefragt, ob ich einen Freund habe. Ich hatte Angst.'],
  // Version 17's seventh step: the white friends who walked in, a partner who got the table, 'ye know why', a surname, the age.
  ['fr', 'On était trois, deux Maghrébins et un Noir. Nos potes blancs juste derrière sont rentrés direct.'],
  ['en', "Host said fully booked. My partner (she's white) came in ten minutes later and got a table. We're Aboriginal."],
  ['en', "The bouncer said 'not tonight lads' and, when my brother asked why, 'ye know why'."],
  [
    'de',
    'Die Verwalterin hört meinen Nachnamen, und die Wohnung ist vergeben; mein Arbeitskollege hat eine Stunde später angerufen und einen Termin bekommen.',
  ],
  ['fr', "À 67 ans, on m'a dit que la salle n'était pas adaptée aux personnes de votre âge. Honteux."],
  ['zh', '我爸68岁，前台说60岁以上不办年卡，太过分了。'],
  ['ru', 'Ночной администратор звонил в номер и спрашивал, одна ли я. Мне было страшно.'],
  ['es', 'Mi papá va en silla de ruedas y el vigilante no nos dejó entrar por la puerta principal.'],
  // The eighth step: a booking gone from the system, the white group let in, 'if we were brothers', the age, a name.
  ['de', 'Drei von uns tragen Kopftuch. Die Reservierung war auf einmal nicht im System, ein Paar ohne Reservierung wurde sofort hingesetzt.'],
  ['en', 'The receptionist asked if we were brothers, then gave us a twin room.'],
  ['zh', '护士大声说“老年人就别来占地方了”，我妈当场就哭了。'],
  ['ru', 'Охранник сказал, что «таких» они не пускают.'],
  ['de', "Mein Kumpel fragt nach, Antwort: 'Mit euren Namen wird das heute nix.'"],
  // The ninth step: 'Ihr wisst doch, warum', a weight, a real dad, 'lieber deutsche Mieter'.
  ['de', 'Türsteher: „Heute nur mit Gästeliste.“ Mein Kumpel fragt nach, Antwort: „Ihr wisst doch, warum.“'],
  ['de', 'Der Arzt sagte: „Bei Ihrem Gewicht wundert mich gar nichts.“ Das halbe Wartezimmer hat zugehört, ich habe geweint.'],
  ['fr', 'La puéricultrice demande à notre fils « et ton vrai papa, il vient quand ? ». Inadmissible.'],
  ['de', 'Die Eigentümerin wolle „lieber deutsche Mieter, nichts Persönliches“. Ich bin in Offenbach geboren.'],
];

// Near misses written for this test: the same facts with no claim in them.
const NEAR_MISSES: Line[] = [
  ['en', 'They said it was members only, which was true: the couple who walked straight in had a reservation.'],
  ['fr', "J'ai rendu la voiture sans faire le plein, ils ont facturé 40 € de carburant, c'était prévu."],
  ['en', 'We got our deposit back within two days, the flat was lovely.'],
  ['en', 'Thought someone had taken my phone, but it was in the car all along.'],
  ['en', 'The repair shop replaced the screen, but all my photos were gone afterwards.'],
  ['en', 'I paid cash and the waitress brought the change straight away.'],
  ['en', 'The sale was on, 30% off everything, and the staff were helpful.'],
  ['en', 'Emailed them twice about the parking and heard nothing.'],
  ['de', 'Auf dem Weg zum Zimmer habe ich mit dem Handy telefoniert, alles bestens.'],
  ['de', 'Die Kaution kam sofort zurück, sehr korrekt.'],
  ['fr', 'Les serviettes ont été changées tous les jours, rien ne manquait.'],
  ['es', 'No cambiaron las toallas en toda la semana.'],
  ['es', 'El desayuno no estaba incluido y eran 12 € más.'],
  ['ru', 'Поменяли колодки, старые отдали мне в коробке.'],
  ['ru', 'Подняли цену на 10 %, но качество осталось прежним.'],
  ['zh', '之前被偷拍的新闻看多了，进房间先用手机查了一遍。'],
  ['zh', '床单一看就没换，跟前台说了马上换了一套。'],
  ['en', 'Two women at the next table were celebrating, and the staff were lovely to everyone.'],
  ['en', 'The staff helped my dad with his wheelchair all evening; dogs are not allowed inside, which is fair.'],
  ['en', 'Fully booked on Friday, so we came back on Saturday and got a table.'],
  ['de', 'Zwei Männer am Tresen waren laut, das Essen war gut.'],
  ['fr', 'Complet ce soir-là, mais ils nous ont trouvé une table le lendemain.'],
  ['es', 'Mi abuela va en silla de ruedas y nos atendieron de maravilla.'],
  ['ru', 'С коляской удобно, пандус есть, персонал помог.'],
  ['zh', '60岁以上老人免票，服务员很热情。'],
  ['en', 'Charged us for the bread we did not order, which is a bit cheeky.'],
  ['en', 'My 85-year-old grandad loved it; the staff asked if he wanted a cushion and helped him sit.'],
  ['en', 'The physio put his hand on my knee to test the joint and explained every step.'],
  ['en', 'The vintage shop sells replicas of old posters, clearly labelled, £15 each.'],
  ['de', 'Nach dem Zahnziehen bekam ich die private Handynummer des Arztes, falls etwas ist.'],
  ['de', 'Die Minibar-Rechnung über 40 € war falsch, wir hatten sie nie geöffnet, und die Rezeption hat den Betrag sofort gestrichen.'],
  ['fr', "Un voisin écoutait de la musique sur une enceinte toute la nuit, et on m'a refusé le changement de chambre."],
  ['es', 'Me tocó una habitación al lado del ascensor, pero el personal fue amable.'],
  ['es', 'En la cuenta había un plato que no pedimos; el encargado lo corrigió enseguida.'],
  ['ru', 'В очереди стояли пожилые люди, а кассир отказалась пересчитывать сдачу.'],
  ['ru', 'Машину вернули с царапиной, но прокат сам её признал и ничего не списал, как договаривались.'],
  ['zh', '感谢酒店把我们安排在电梯旁边，叮一声陪我入睡。'],
  ['en', 'We joked with the barman that people like us should not be allowed near the cocktail menu, and he laughed along.'],
  ['de', 'Ich habe gekündigt und die letzte Abbuchung kam wie vereinbart, danach nichts mehr.'],
  ['en', 'Staff speak English or Spanish, and the rooms are spotless.'],
  ['en', 'Paid, parked and walked in: the old town is the same as ever, lovely.'],
  ['de', 'Wir haben 45 Minuten gebraucht, das Zimmer ist neu und sauber.'],
  ['es', 'Cambiaron el filtro usado por uno nuevo y me enseñaron el viejo.'],
  ['fr', 'Ma sœur a demandé pourquoi le plat était si bon : vous savez, le chef est breton.'],
  ['zh', '包的内衬被划了一个口子，店家免费补好了。'],
  ['ru', 'Сами понимаете, в пятницу вечером тут людно, но стол нам нашли.'],
  ['de', 'Die Kaution kam nach einer Woche zurück, wie vereinbart.'],
  ['en', 'The driver agreed a fixed fare of £30 before we set off, no meter needed, and that is what we paid.'],
  ['de', 'Cappuccino 4,90 €, Milchschaum nach zwei Minuten weg.'],
  ['fr', "Deuxième passage facturé alors que c'était la même panne."],
  ['en', 'The invoice was £612, for advisories I never got a call about.'],
  ['es', 'Pagamos la habitación doble y nos dieron una mejor sin pedir la diferencia.'],
  ['ru', 'Ждали у бара, переписывались в телеграме, потом посадили у туалета.'],
  ['zh', '结账单子上多了两杯我们没点的酒，收银后来划掉了。'],
  ['en', 'The tip was generous, the signature dish was mine to choose, and the bill was right.'],
  ['en', 'Enrolled for IELTS prep, paid upfront, and the course was worth every penny.'],
  ['de', 'Nach vier Tagen stand das Auto noch unberührt auf dem Hof, dann ging es schnell.'],
  ['en', 'Kept the receipt, and the dry cleaner gave me everything back the next day.'],
];

/** The ordinary reviews of a probe file (tests/urgent/probes/): written to meet the claims' cues, none is a claim. */
function lookAlikes(file: string): Array<{ lang: AnalysisLanguage; text: string; stars: number; claim: string; line: number }> {
  return readFileSync(join(__dirname, '..', '..', 'urgent', 'probes', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l, i) => ({ ...(JSON.parse(l) as { lang: AnalysisLanguage; text: string; stars: number; urgent: boolean; claim: string }), line: i + 1 }))
    .filter((p) => !p.urgent);
}

describe('claims told as a story', () => {
  for (const [claim, lines] of Object.entries(CLAIMS)) {
    it.each(lines)(`reads a %s account of ${claim}: %s`, (lang, text) => {
      const found = claimUrgent(text, lang, cutEvidence);
      expect(found?.category).toBe('fraud');
      expect(text).toContain(found!.evidence);
    });
  }

  it.each(DISCRIMINATION)('reads a %s account of discrimination told without the word: %s', (lang, text) => {
    const found = claimUrgent(text, lang, cutEvidence, 2);
    expect(found?.category).toBe('discrimination');
    expect(text).toContain(found!.evidence);
  });

  it.each(NEAR_MISSES)('leaves a %s near miss alone: %s', (lang, text) => {
    expect(claimUrgent(text, lang, cutEvidence)).toBeUndefined();
    expect(claimUrgent(text, lang, cutEvidence, 2)).toBeUndefined();
  });

  // Written by a reviewer who had read only the rules, to make them fire on ordinary reviews: the
  // problem put right, said not to have happened, a rule for everyone (tests/urgent/probes/).
  const probes = lookAlikes('claims-review.jsonl');
  it.each(probes.map((p) => [p.lang, p.text, p.stars] as const))('leaves a %s story the business put right, or denies, alone: %s', (lang, text, stars) => {
    expect(claimUrgent(text, lang, cutEvidence, stars)).toBeUndefined();
  });

  // A second reviewer, who had read only version 16's claims, wrote 72 ordinary reviews that meet their cues
  // (a physio's hand on a knee, a family café, labelled replicas, a fair bill, a notice period): none is a claim.
  const second = lookAlikes('claims-review-16.jsonl');
  it("reads 72 ordinary reviews written against version 16's claims", () => expect(second).toHaveLength(72));
  it.each(second.map((p) => [p.lang, p.claim, p.text, p.stars] as const))('leaves a %s look-alike of "%s" alone: %s', (lang, _claim, text, stars) => {
    expect(claimUrgent(text, lang, cutEvidence, stars)).toBeUndefined();
  });

  // A third reviewer, who had read only version 17's claims, wrote 72 more look-alikes of the newer ones (a parcel
  // shown as delivered while the driver parks, a refurbished phone bought as such, a Monopoly note, a neighbour's signature).
  const third = lookAlikes('claims-review-17.jsonl');
  it("reads 72 ordinary reviews written against version 17's claims", () => expect(third).toHaveLength(72));
  it.each(third.map((p) => [p.lang, p.claim, p.text, p.stars] as const))('leaves a %s look-alike of "%s" alone: %s', (lang, _claim, text, stars) => {
    expect(claimUrgent(text, lang, cutEvidence, stars)).toBeUndefined();
  });

  // A third reviewer, who had read only version 18's new cues, wrote 60 ordinary reviews that meet them (a refuelling
  // charge for a car returned half empty, a band let in on a private night, a driver who left at the right door, a
  // static shock): version 18's claims and phrases flag none; ten are still flagged by rules older than version 18
  // (listed here and in the README: a pregnant guest and the hot tub, drivers who drove off after helping, ...).
  const fourth = lookAlikes('claims-review-18.jsonl');
  const OLDER_RULES_STILL_FLAG = new Set([5, 13, 19, 23, 40, 43, 45, 48, 50, 54]);
  it("reads 60 ordinary reviews written against version 18's cues", () => expect(fourth).toHaveLength(60));
  it.each(fourth.filter((p) => !OLDER_RULES_STILL_FLAG.has(p.line)).map((p) => [p.lang, p.text, p.stars] as const))(
    'leaves a %s look-alike of a version 18 cue alone: %s',
    (lang, text, stars) => {
      expect(analyzeReview({ text, langHint: lang, rating: stars }).urgent).toBeUndefined();
    },
  );

  it('holds each claim up to its star rating', () => {
    const deposit = 'The landlord kept our whole £400 deposit and gave no reason at all.';
    expect(claimUrgent(deposit, 'en', cutEvidence, 4)?.category).toBe('fraud');
    expect(claimUrgent(deposit, 'en', cutEvidence, 5)).toBeUndefined();
    const repair = 'Paid £300 to have the clutch replaced. Another mechanic showed me the old clutch is still in there.';
    expect(claimUrgent(repair, 'en', cutEvidence, 3)?.category).toBe('fraud');
    expect(claimUrgent(repair, 'en', cutEvidence, 4)).toBeUndefined();
    const review = 'The waiter offered us 20% off next time if we left a five-star review.';
    expect(claimUrgent(review, 'en', cutEvidence, 5)?.category).toBe('fraud');
  });

  it('takes the belongings claim back when the review says they turned up', () => {
    expect(claimUrgent('My wallet was gone from the locker. Found it later in my other jacket, my bad.', 'en', cutEvidence)).toBeUndefined();
    expect(claimUrgent('Мой телефон пропал из номера, потом нашёлся в машине.', 'ru', cutEvidence)).toBeUndefined();
  });

  it('finishes a 20,000-character hostile text quickly', () => {
    const hostile = ['deposit kept '.repeat(1500), 'twice still '.repeat(1700), '押金到现在'.repeat(4000), 'a. '.repeat(6000)].map((t) => t.slice(0, 20_000));
    for (const text of hostile) {
      const started = performance.now();
      for (const lang of ['en', 'ru', 'zh', 'es', 'de', 'fr'] as const) claimUrgent(text, lang, cutEvidence);
      // Milliseconds here; the bound only catches a quadratic or backtracking case (speed: `npm run bench:analysis`).
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe('claims in the analysis', () => {
  it("keeps a story claim below 4.5★ when a warm tone takes back the concepts' guess in the same review", () => {
    const text =
      'The agent was lovely and so friendly. When she heard my accent she refused to show me the flat, it was fully booked she said. My colleague called an hour later and got a viewing slot that same day. Lovely area, great views, amazing.';
    const a = analyzeReview({ text, langHint: 'en', rating: 2 });
    expect(a.label).toBe('positive');
    expect(a.urgent).toEqual({ category: 'discrimination', evidence: 'My colleague called an hour later and got a viewing slot that same day.' });
  });

  it('marks a 4★ review of a lovely stay whose deposit was kept urgent (fraud), with its evidence', () => {
    const text = 'Beautiful flat, great location, we loved the balcony. But the host kept our £300 deposit with no explanation.';
    const result = analyzeReview({ text, rating: 4, langHint: 'en' });
    expect(result.urgent?.category).toBe('fraud');
    expect(result.urgent?.evidence).toContain('deposit');
  });

  it('drops a double charge the business put right however it is phrased, and keeps one whose apology never came', () => {
    const refunded = analyzeReview({
      text: 'Their card machine charged me twice, £68 each time. The receptionist refunded one on the spot and it was back in my account the next day.',
      rating: 4,
      langHint: 'en',
    });
    expect(refunded.urgent).toBeUndefined();
    const unsorry = analyzeReview({ text: 'Man hat uns doppelt abgerechnet und sich nicht einmal entschuldigt.', rating: 1, langHint: 'de' });
    expect(unsorry.urgent?.category).toBe('fraud');
    const excuse = analyzeReview({
      text: 'Staff gave another guest the master key "by mistake" and £120 in cash and my passport wallet were gone.',
      rating: 1,
      langHint: 'en',
    });
    expect(excuse.urgent?.category).toBe('fraud');
  });

  it('reads a chargeback as a step towards official action, in each language', () => {
    const lines: [AnalysisLanguage, string][] = [
      ['en', 'After ten days of excuses I raised a chargeback with my bank.'],
      ['de', 'Ich habe die Lastschrift bei meiner Bank zurückgeben lassen.'],
      ['fr', "J'ai contesté le paiement auprès de ma banque pour prestation non conforme."],
      ['es', 'He abierto un contracargo con mi banco y he mandado la documentación.'],
      ['ru', 'Я оспорил списание через банк, заявление уже принято.'],
      ['zh', '我已经向信用卡中心提交了拒付申请。'],
    ];
    for (const [lang, text] of lines) expect(analyzeReview({ text, rating: 2, langHint: lang }).urgent?.category, text).toBe('legal');
  });

  it('keeps a discount offered for a good review urgent in a 5★ review that praises the work', () => {
    const text =
      'Five stars for the colourist, the balayage is beautiful. But I think people should know: at the till the manager offered me 20% off my next visit if I left a five-star review right there in front of her.';
    const result = analyzeReview({ text, rating: 5, langHint: 'en' });
    expect(result.urgent?.category).toBe('fraud');
    expect(result.urgent?.evidence).toMatch(/20% off/);
  });

  it('leaves a 5★ review that mentions a deposit returned alone', () => {
    const result = analyzeReview({ text: 'Spotless flat, and we got our deposit back the next day. Thank you!', rating: 5, langHint: 'en' });
    expect(result.urgent).toBeUndefined();
  });
});
