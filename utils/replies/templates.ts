/**
 * Reply drafts in the six review languages: a greeting, an apology and a concrete step for
 * each complaint theme, and a closing that invites the reviewer to get in touch. Written to be
 * edited: plain, polite, no promises the owner has not made, no placeholders to forget.
 */
import type { ThemeId } from '../analysis/types';
import { englishTeam, frenchOf, germanOf, russianSigned } from './business-name';

export const REPLY_LANGUAGES = ['en', 'ru', 'zh', 'es', 'de', 'fr'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export type ReplyTopic = ThemeId | 'general';

export interface ReplyTemplate {
  greeting(name: string | undefined): string;
  /** Per topic: what we are sorry about, and what we do about it. */
  topics: Record<ReplyTopic, { sorry: string; step: string }>;
  closing(business: string): string;
  /** The closing without its sign-off, for an owner who signs with their own words. */
  invite: string;
  /** What the review named, said back: the wait ("over an hour"), the dish ("the soup"), the staff member. */
  waited(duration: string): string;
  dish(dish: string): string;
  staff(name: string): string;
  /** How sentences are joined (no spaces in Chinese). */
  separator: string;
}

export const REPLY_TEMPLATES: Record<ReplyLanguage, ReplyTemplate> = {
  en: {
    greeting: (name) => (name ? `Hello ${name}, thank you for taking the time to write to us.` : 'Hello, thank you for taking the time to write to us.'),
    topics: {
      general: { sorry: 'We are sorry your visit fell short of what you expected.', step: 'We have shared your feedback with the whole team.' },
      service: { sorry: 'We are sorry our service let you down.', step: 'We have gone through your feedback with the team so it does not happen again.' },
      waiting: { sorry: 'We apologise for the long wait.', step: 'We are reviewing our staffing and the way we work at busy times.' },
      cleanliness: {
        sorry: 'We are sorry about the cleanliness problems you saw.',
        step: 'We have asked the team to check and tighten our cleaning routine right away.',
      },
      price: { sorry: 'We are sorry the experience did not feel worth the price.', step: 'We take value for money seriously and are reviewing what we offer.' },
      quality: {
        sorry: 'We are sorry the quality was not what it should be.',
        step: 'We have passed your comments on to the people responsible so it does not happen again.',
      },
      booking: { sorry: 'We apologise for the trouble with your booking.', step: 'We are looking into what went wrong with your reservation.' },
      ambience: { sorry: 'We are sorry the atmosphere spoiled your visit.', step: 'We are looking at what we can change to make the place more comfortable.' },
      location: { sorry: 'We are sorry you had trouble finding or reaching us.', step: 'We will make our directions and parking information clearer.' },
    },
    closing: (business) => `We would be glad of the chance to make it right: please get in touch with us directly. ${englishTeam(business)}`,
    invite: 'We would be glad of the chance to make it right: please get in touch with us directly.',
    waited: (d) => `We are sorry you waited ${d}.`,
    dish: (d) => `We have passed what you wrote about ${d} on to the kitchen.`,
    staff: (name) => `${name} has read your feedback too, and we will go through what happened together.`,
    separator: ' ',
  },
  ru: {
    greeting: (name) => (name ? `Здравствуйте, ${name}! Спасибо, что нашли время оставить отзыв.` : 'Здравствуйте! Спасибо, что нашли время оставить отзыв.'),
    topics: {
      general: { sorry: 'Нам жаль, что визит не оправдал ваших ожиданий.', step: 'Мы передали ваш отзыв всей команде.' },
      service: { sorry: 'Нам очень жаль, что обслуживание вас разочаровало.', step: 'Мы разобрали ваш отзыв с командой, чтобы это не повторилось.' },
      waiting: { sorry: 'Приносим извинения за долгое ожидание.', step: 'Мы пересматриваем организацию работы в часы наибольшей загрузки.' },
      cleanliness: { sorry: 'Нам жаль, что вы столкнулись с проблемами с чистотой.', step: 'Мы уже попросили сотрудников проверить и усилить уборку.' },
      price: {
        sorry: 'Нам жаль, что цена показалась вам завышенной.',
        step: 'Мы серьёзно относимся к соотношению цены и качества и пересматриваем наше предложение.',
      },
      quality: {
        sorry: 'Нам жаль, что качество оказалось не на должном уровне.',
        step: 'Мы передали ваши замечания ответственным сотрудникам, чтобы это не повторилось.',
      },
      booking: { sorry: 'Приносим извинения за проблемы с бронированием.', step: 'Мы выясняем, что пошло не так с вашей бронью.' },
      ambience: { sorry: 'Нам жаль, что атмосфера испортила вам впечатление.', step: 'Мы думаем, что можно изменить, чтобы у нас было уютнее.' },
      location: { sorry: 'Нам жаль, что до нас было непросто добраться.', step: 'Мы опишем дорогу и парковку понятнее.' },
    },
    closing: (business) => `Будем рады возможности всё исправить — пожалуйста, свяжитесь с нами напрямую. С уважением, ${russianSigned('команда', business)}`,
    invite: 'Будем рады возможности всё исправить — пожалуйста, свяжитесь с нами напрямую.',
    waited: (d) => `Приносим извинения за то, что вам пришлось ждать ${d}.`,
    dish: (d) => `То, что вы написали про ${d}, мы передали на кухню.`,
    staff: (name) => `${name} уже знает о вашем отзыве, и мы вместе разберём, что произошло.`,
    separator: ' ',
  },
  zh: {
    greeting: (name) => (name ? `${name}您好，感谢您抽出时间留下评价。` : '您好，感谢您抽出时间留下评价。'),
    topics: {
      general: { sorry: '很抱歉这次的体验没有达到您的期望。', step: '我们已将您的意见转达给整个团队。' },
      service: { sorry: '很抱歉我们的服务让您失望了。', step: '我们已与团队认真沟通，避免再次发生。' },
      waiting: { sorry: '让您久等了，非常抱歉。', step: '我们正在调整高峰时段的人手和流程安排。' },
      cleanliness: { sorry: '对于您遇到的卫生问题，我们深表歉意。', step: '我们已要求员工立即检查并加强清洁工作。' },
      price: { sorry: '很抱歉让您觉得物非所值。', step: '我们非常重视性价比，正在重新审视我们的价格与服务。' },
      quality: { sorry: '很抱歉质量没有达到应有的水准。', step: '我们已将您的意见转告相关负责人，避免再次发生。' },
      booking: { sorry: '对于预订中出现的问题，我们深表歉意。', step: '我们正在核查您的预订出了什么问题。' },
      ambience: { sorry: '很抱歉环境影响了您的体验。', step: '我们正在研究如何改善环境，让大家更舒适。' },
      location: { sorry: '很抱歉给您的到访带来了不便。', step: '我们会把交通和停车信息写得更清楚。' },
    },
    closing: (business) => `希望有机会弥补，请直接与我们联系。${business}团队敬上`,
    invite: '希望有机会弥补，请直接与我们联系。',
    waited: (d) => `让您等了${d}，非常抱歉。`,
    dish: (d) => `您提到的${d}问题，我们已经转告厨房。`,
    staff: (name) => `${name}也看到了您的评价，我们会一起了解当时的情况。`,
    separator: '',
  },
  es: {
    greeting: (name) => (name ? `Hola, ${name}: gracias por tomarse el tiempo de escribirnos.` : 'Hola: gracias por tomarse el tiempo de escribirnos.'),
    topics: {
      general: { sorry: 'Lamentamos que su visita no estuviera a la altura de lo que esperaba.', step: 'Hemos compartido sus comentarios con todo el equipo.' },
      service: {
        sorry: 'Sentimos mucho que nuestro servicio le haya decepcionado.',
        step: 'Hemos revisado sus comentarios con el equipo para que no vuelva a ocurrir.',
      },
      waiting: { sorry: 'Le pedimos disculpas por la larga espera.', step: 'Estamos revisando la organización del personal en las horas de más trabajo.' },
      cleanliness: {
        sorry: 'Lamentamos los problemas de limpieza que encontró.',
        step: 'Hemos pedido al equipo que revise y refuerce la limpieza de inmediato.',
      },
      price: {
        sorry: 'Sentimos que la experiencia no le pareciera acorde con el precio.',
        step: 'Nos tomamos muy en serio la relación calidad-precio y estamos revisando nuestra oferta.',
      },
      quality: {
        sorry: 'Lamentamos que la calidad no fuera la que debía.',
        step: 'Hemos trasladado sus comentarios a los responsables para que no se repita.',
      },
      booking: { sorry: 'Le pedimos disculpas por los problemas con su reserva.', step: 'Estamos revisando qué falló con su reserva.' },
      ambience: { sorry: 'Lamentamos que el ambiente estropeara su visita.', step: 'Estamos estudiando qué cambiar para que el local resulte más agradable.' },
      location: {
        sorry: 'Sentimos que le resultara difícil encontrarnos o llegar hasta nosotros.',
        step: 'Vamos a explicar mejor cómo llegar y dónde aparcar.',
      },
    },
    closing: (business) =>
      `Nos encantaría tener la oportunidad de compensarle: por favor, póngase en contacto con nosotros directamente. El equipo de ${business}`,
    invite: 'Nos encantaría tener la oportunidad de compensarle: por favor, póngase en contacto con nosotros directamente.',
    waited: (d) => `Lamentamos que tuviera que esperar ${d}.`,
    dish: (d) => `Hemos trasladado a cocina lo que nos cuenta sobre ${d}.`,
    staff: (name) => `${name} también ha leído sus comentarios y revisaremos juntos lo que ocurrió.`,
    separator: ' ',
  },
  de: {
    greeting: (name) =>
      name
        ? `Hallo ${name}, vielen Dank, dass Sie sich die Zeit für Ihre Bewertung genommen haben.`
        : 'Hallo, vielen Dank, dass Sie sich die Zeit für Ihre Bewertung genommen haben.',
    topics: {
      general: {
        sorry: 'Es tut uns leid, dass Ihr Besuch nicht Ihren Erwartungen entsprochen hat.',
        step: 'Wir haben Ihr Feedback an unser ganzes Team weitergegeben.',
      },
      service: {
        sorry: 'Es tut uns leid, dass unser Service Sie enttäuscht hat.',
        step: 'Wir haben Ihr Feedback mit dem Team besprochen, damit das nicht wieder vorkommt.',
      },
      waiting: { sorry: 'Bitte entschuldigen Sie die lange Wartezeit.', step: 'Wir überprüfen unsere Personalplanung und Abläufe zu Stoßzeiten.' },
      cleanliness: {
        sorry: 'Es tut uns leid, dass Ihnen Mängel bei der Sauberkeit aufgefallen sind.',
        step: 'Wir haben das Team gebeten, die Reinigung sofort zu prüfen und zu verbessern.',
      },
      price: {
        sorry: 'Es tut uns leid, dass Ihnen das Preis-Leistungs-Verhältnis nicht angemessen erschien.',
        step: 'Wir nehmen das ernst und überprüfen unser Angebot.',
      },
      quality: {
        sorry: 'Es tut uns leid, dass die Qualität nicht so war, wie sie sein sollte.',
        step: 'Wir haben Ihre Hinweise an die Verantwortlichen weitergegeben, damit sich das nicht wiederholt.',
      },
      booking: { sorry: 'Bitte entschuldigen Sie die Probleme mit Ihrer Reservierung.', step: 'Wir prüfen, was bei Ihrer Reservierung schiefgelaufen ist.' },
      ambience: {
        sorry: 'Es tut uns leid, dass die Atmosphäre Ihren Besuch getrübt hat.',
        step: 'Wir überlegen, was wir ändern können, damit man sich bei uns wohler fühlt.',
      },
      location: {
        sorry: 'Es tut uns leid, dass Sie Schwierigkeiten hatten, uns zu finden oder zu erreichen.',
        step: 'Wir werden Anfahrt und Parkmöglichkeiten klarer beschreiben.',
      },
    },
    closing: (business) => `Wir würden uns freuen, es wiedergutmachen zu dürfen – bitte kontaktieren Sie uns direkt. ${germanOf('Ihr Team', business)}`,
    invite: 'Wir würden uns freuen, es wiedergutmachen zu dürfen – bitte kontaktieren Sie uns direkt.',
    waited: (d) => `Es tut uns leid, dass Sie ${d} warten mussten.`,
    dish: (d) => `Was Sie über ${d} schreiben, haben wir an die Küche weitergegeben.`,
    staff: (name) => `Auch ${name} hat Ihre Bewertung gelesen, und wir besprechen gemeinsam, was passiert ist.`,
    separator: ' ',
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name}, merci d’avoir pris le temps de nous écrire.` : 'Bonjour, merci d’avoir pris le temps de nous écrire.'),
    topics: {
      general: {
        sorry: 'Nous sommes désolés que votre visite n’ait pas été à la hauteur de vos attentes.',
        step: 'Nous avons transmis votre avis à toute l’équipe.',
      },
      service: { sorry: 'Nous sommes désolés que notre service vous ait déçu.', step: 'Nous en avons parlé avec l’équipe pour que cela ne se reproduise pas.' },
      waiting: { sorry: 'Nous vous prions de nous excuser pour la longue attente.', step: 'Nous revoyons l’organisation de l’équipe aux heures d’affluence.' },
      cleanliness: {
        sorry: 'Nous sommes désolés pour les problèmes de propreté que vous avez constatés.',
        step: 'Nous avons demandé à l’équipe de vérifier et de renforcer le nettoyage sans attendre.',
      },
      price: {
        sorry: 'Nous regrettons que l’expérience ne vous ait pas semblé à la hauteur du prix.',
        step: 'Nous prenons le rapport qualité-prix très au sérieux et revoyons notre offre.',
      },
      quality: {
        sorry: 'Nous sommes désolés que la qualité n’ait pas été au rendez-vous.',
        step: 'Nous avons transmis vos remarques aux responsables pour que cela ne se reproduise pas.',
      },
      booking: {
        sorry: 'Nous vous prions de nous excuser pour le problème de réservation.',
        step: 'Nous vérifions ce qui n’a pas fonctionné avec votre réservation.',
      },
      ambience: {
        sorry: 'Nous regrettons que l’ambiance ait gâché votre visite.',
        step: 'Nous réfléchissons à ce que nous pouvons changer pour que l’endroit soit plus agréable.',
      },
      location: {
        sorry: 'Nous sommes désolés que vous ayez eu du mal à nous trouver.',
        step: 'Nous allons rendre nos indications d’accès et de stationnement plus claires.',
      },
    },
    closing: (business) => `Nous serions heureux de pouvoir nous rattraper : n’hésitez pas à nous contacter directement. ${frenchOf('L’équipe', business)}`,
    invite: 'Nous serions heureux de pouvoir nous rattraper : n’hésitez pas à nous contacter directement.',
    waited: (d) => `Nous sommes désolés que vous ayez dû attendre ${d}.`,
    dish: (d) => `Nous avons transmis à la cuisine vos remarques sur ${d}.`,
    staff: (name) => `${name} a pris connaissance de votre avis, et nous allons revenir ensemble sur ce qui s’est passé.`,
    separator: ' ',
  },
};
