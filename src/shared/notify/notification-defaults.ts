import type { NotificationTemplate } from './notification-template';

const contactBlock = (labels: { phone: string; email: string; portal: string }): string =>
  [
    '{{#serviceDesk.name}}<p><strong>{{serviceDesk.name}}</strong>',
    `{{#serviceDesk.phone}}<br>${labels.phone}: {{serviceDesk.phone}}{{/serviceDesk.phone}}`,
    `{{#serviceDesk.email}}<br>${labels.email}: <a href="mailto:{{serviceDesk.email}}">{{serviceDesk.email}}</a>{{/serviceDesk.email}}`,
    `{{#serviceDesk.portalUrl}}<br>${labels.portal}: <a href="{{serviceDesk.portalUrl}}">{{serviceDesk.portalUrl}}</a>{{/serviceDesk.portalUrl}}`,
    '</p>{{/serviceDesk.name}}',
  ].join('\n');

/**
 * The security notice people know from the onboarding runbook (a pass was created, how long it is
 * valid, contact the service desk if you did not ask for it), as editable starting points.
 */
export const defaultNotificationTemplates = (): Record<string, NotificationTemplate> => ({
  en: {
    subject: 'Security notice: a Temporary Access Pass was created for your account',
    html: [
      '<p>Hello {{displayName}},</p>',
      '<p>{{technicianName}} has created a Temporary Access Pass for your account <strong>{{userPrincipalName}}</strong>.</p>',
      '<p>The pass is valid from {{validFrom}} until {{validUntil}} ({{lifetime}}){{#oneTime}} and works for one sign-in only{{/oneTime}}. You use it instead of a password to sign in and set up Microsoft Authenticator or a passkey.</p>',
      '<p><strong>If you did not ask for this pass, contact the service desk straight away.</strong></p>',
      contactBlock({ phone: 'Phone', email: 'E-mail', portal: 'Portal' }),
      '<p>{{tenantName}}</p>',
    ].join('\n'),
  },
  de: {
    subject: 'Sicherheitshinweis: Für Ihr Konto wurde ein befristeter Zugriffspass erstellt',
    html: [
      '<p>Hallo {{displayName}},</p>',
      '<p>{{technicianName}} hat für Ihr Konto <strong>{{userPrincipalName}}</strong> einen befristeten Zugriffspass (Temporary Access Pass) erstellt.</p>',
      '<p>Der Pass gilt von {{validFrom}} bis {{validUntil}} ({{lifetime}}){{#oneTime}} und nur für eine einzige Anmeldung{{/oneTime}}. Sie verwenden ihn statt eines Kennworts, um sich anzumelden und Microsoft Authenticator oder einen Passkey einzurichten.</p>',
      '<p><strong>Wenn Sie diesen Pass nicht angefordert haben, wenden Sie sich bitte sofort an den Service Desk.</strong></p>',
      contactBlock({ phone: 'Telefon', email: 'E-Mail', portal: 'Portal' }),
      '<p>{{tenantName}}</p>',
    ].join('\n'),
  },
});
