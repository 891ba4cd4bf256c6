/**
 * The reply draft for an urgent review (a health or safety incident, a legal threat,
 * discrimination, theft or fraud): no canned apology and no details argued in public. It thanks
 * the reviewer, says the matter is taken seriously in words that fit its category, and asks to
 * take it offline, offering direct contact with the management. In the six review languages.
 * Kept apart from the ordinary drafts (`drafts.ts`, `templates.ts`) on purpose. Pure.
 */
import type { UrgentCategory } from '../analysis/types';
import { frenchOf, germanOf, russianSigned } from './business-name';
import type { ReplyLanguage } from './templates';

export interface UrgentReplyTemplate {
  greeting(name: string | undefined): string;
  /** Per category: that it is taken seriously, without admitting or disputing anything. */
  concern: Record<UrgentCategory, string>;
  /** Take it offline: direct contact with the management instead of a public exchange. */
  offline: string;
  closing(business: string): string;
  separator: string;
}

export const URGENT_REPLY_TEMPLATES: Record<ReplyLanguage, UrgentReplyTemplate> = {
  en: {
    greeting: (name) => (name ? `Hello ${name}, thank you for telling us about this.` : 'Hello, thank you for telling us about this.'),
    concern: {
      health: 'What you describe concerns your health and safety, and we take it very seriously.',
      legal: 'We take what you raise very seriously and want to resolve it with you properly.',
      discrimination: 'Everyone must be treated with respect here, and we are looking into what happened with the staff who were there.',
      fraud: 'We want to check exactly what happened and put right anything that was wrong.',
    },
    offline:
      'Rather than go into the details here, we would like to talk it through with you directly: please contact us by phone or message and ask for the manager, so we can hear the whole story and deal with it personally.',
    closing: (business) => `The management of ${business}`,
    separator: ' ',
  },
  ru: {
    greeting: (name) => (name ? `Здравствуйте, ${name}! Спасибо, что сообщили нам об этом.` : 'Здравствуйте! Спасибо, что сообщили нам об этом.'),
    concern: {
      health: 'То, что вы описываете, касается вашего здоровья и безопасности, и мы относимся к этому очень серьёзно.',
      legal: 'Мы очень серьёзно относимся к тому, о чём вы пишете, и хотим решить этот вопрос с вами как следует.',
      discrimination: 'У нас к каждому должны относиться с уважением, и мы разбираемся в случившемся с сотрудниками, которые были на месте.',
      fraud: 'Мы хотим точно выяснить, что произошло, и исправить всё, что было сделано не так.',
    },
    offline:
      'Чтобы не обсуждать подробности здесь, пожалуйста, свяжитесь с нами напрямую — по телефону или сообщением — и попросите управляющего: мы хотим выслушать вас и лично во всём разобраться.',
    closing: (business) => `С уважением, ${russianSigned('руководство', business)}`,
    separator: ' ',
  },
  zh: {
    greeting: (name) => (name ? `${name}您好，感谢您告诉我们这件事。` : '您好，感谢您告诉我们这件事。'),
    concern: {
      health: '您所描述的情况关系到您的健康和安全，我们非常重视。',
      legal: '我们非常重视您提出的问题，希望与您妥善解决。',
      discrimination: '我们要求尊重每一位顾客，正在与当时在场的员工核实情况。',
      fraud: '我们希望查清事情的经过，并纠正任何差错。',
    },
    offline: '具体细节不便在这里讨论，请您通过电话或私信直接联系我们的负责人，我们希望听取您的完整经过并亲自处理。',
    closing: (business) => `${business}管理团队`,
    separator: '',
  },
  es: {
    greeting: (name) => (name ? `Hola, ${name}: gracias por contarnos lo ocurrido.` : 'Hola: gracias por contarnos lo ocurrido.'),
    concern: {
      health: 'Lo que describe afecta a su salud y su seguridad, y nos lo tomamos muy en serio.',
      legal: 'Nos tomamos muy en serio lo que plantea y queremos resolverlo con usted como corresponde.',
      discrimination: 'Aquí todas las personas deben ser tratadas con respeto, y estamos revisando lo ocurrido con el personal que estaba presente.',
      fraud: 'Queremos comprobar exactamente qué pasó y corregir todo lo que no se haya hecho bien.',
    },
    offline:
      'Preferimos no tratar los detalles aquí: por favor, póngase en contacto directamente con nosotros por teléfono o por mensaje y pregunte por el responsable, para que podamos escucharle y ocuparnos personalmente.',
    closing: (business) => `La dirección de ${business}`,
    separator: ' ',
  },
  de: {
    greeting: (name) => (name ? `Hallo ${name}, danke, dass Sie uns davon berichten.` : 'Guten Tag, danke, dass Sie uns davon berichten.'),
    concern: {
      health: 'Was Sie schildern, betrifft Ihre Gesundheit und Sicherheit, und wir nehmen es sehr ernst.',
      legal: 'Wir nehmen Ihr Anliegen sehr ernst und möchten es mit Ihnen ordentlich klären.',
      discrimination: 'Bei uns muss jeder Mensch respektvoll behandelt werden, und wir klären den Vorfall mit den Mitarbeitenden, die dabei waren.',
      fraud: 'Wir möchten genau prüfen, was passiert ist, und alles richtigstellen, was nicht in Ordnung war.',
    },
    offline:
      'Statt die Einzelheiten hier zu besprechen, melden Sie sich bitte direkt bei uns – telefonisch oder per Nachricht, und fragen Sie nach der Geschäftsleitung –, damit wir Sie anhören und uns persönlich darum kümmern können.',
    closing: (business) => germanOf('Die Geschäftsleitung', business),
    separator: ' ',
  },
  fr: {
    greeting: (name) =>
      name ? `Bonjour ${name}, merci de nous avoir signalé ce qui s’est passé.` : 'Bonjour, merci de nous avoir signalé ce qui s’est passé.',
    concern: {
      health: 'Ce que vous décrivez touche à votre santé et à votre sécurité, et nous le prenons très au sérieux.',
      legal: 'Nous prenons très au sérieux ce que vous soulevez et souhaitons le régler avec vous comme il se doit.',
      discrimination: 'Chacun doit être traité avec respect chez nous, et nous examinons ce qui s’est passé avec les membres de l’équipe présents.',
      fraud: 'Nous voulons vérifier précisément ce qui s’est passé et corriger tout ce qui n’a pas été fait correctement.',
    },
    offline:
      'Plutôt que d’en discuter ici, merci de nous contacter directement, par téléphone ou par message, en demandant la direction : nous voulons vous écouter et nous en occuper personnellement.',
    closing: (business) => frenchOf('La direction', business),
    separator: ' ',
  },
};

/** The draft's text for an urgent review of this category, greeting the reviewer by `name` when there is one. */
export function urgentReplyText(language: ReplyLanguage, category: UrgentCategory, name: string | undefined, business: string): string {
  const template = URGENT_REPLY_TEMPLATES[language];
  return [template.greeting(name), [template.concern[category], template.offline].join(template.separator), template.closing(business)].join('\n\n');
}
