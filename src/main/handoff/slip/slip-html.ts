import Mustache from 'mustache';
import { slipText } from './slip-text';

export interface SlipModel {
  language: string;
  tenantName: string;
  /** The tenant's logo as a data: URL, when it has one. */
  logoDataUrl?: string | null;
  /** The tenant's colour, '#RRGGBB', for the slip's rules. */
  accentColor: string;
  displayName: string;
  userPrincipalName: string;
  pass: string;
  startsAt: Date;
  expiresAt: Date;
  isUsableOnce: boolean;
  securityInfoUrl: string;
  /** QR codes as data: URLs. */
  passQr: string;
  registerQr: string;
  /** The tenant's service-desk contact, when it has one. */
  serviceDesk: string | null;
}

// Printed on A5, black on white; no script, no remote resource (the page's CSP forbids both).
const template = `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{{text.title}}</title>
<style>
  @page { size: A5; margin: 12mm; }
  body { font: 11pt/1.45 "Segoe UI", system-ui, sans-serif; color: #000; margin: 0; }
  .logo { max-height: 10mm; max-width: 40mm; vertical-align: middle; margin-right: 3mm; }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid {{accentColor}}; padding-bottom: 4mm; }
  h1 { font-size: 16pt; margin: 0; }
  .tenant { font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 5mm 0; }
  dt { color: #333; }
  dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .pass { font: 600 22pt/1.2 "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; letter-spacing: .12em; }
  .group { margin-right: .5em; }
  .note { border-left: 3px solid {{accentColor}}; padding-left: 3mm; }
  .codes { display: flex; gap: 8mm; margin: 5mm 0; }
  figure { margin: 0; text-align: center; font-size: 9pt; }
  figure img { width: 32mm; height: 32mm; image-rendering: pixelated; }
  ol { padding-left: 5mm; }
  .url { font-family: monospace; font-size: 9pt; overflow-wrap: anywhere; }
  footer { margin-top: 5mm; font-size: 9pt; border-top: 1px solid #000; padding-top: 2mm; }
</style>
</head>
<body>
<header><h1>{{text.title}}</h1><span class="tenant">{{#logoDataUrl}}<img class="logo" src="{{logoDataUrl}}" alt="">{{/logoDataUrl}}{{tenantName}}</span></header>
<dl>
  <dt>{{text.forPerson}}</dt><dd>{{displayName}}</dd>
  <dt>{{text.signInName}}</dt><dd>{{userPrincipalName}}</dd>
  <dt>{{text.pass}}</dt><dd class="pass">{{#groups}}<span class="group">{{.}}</span>{{/groups}}</dd>
  <dt>{{text.validFrom}}</dt><dd>{{startsAt}}</dd>
  <dt>{{text.validUntil}}</dt><dd>{{expiresAt}}</dd>
</dl>
<p class="note">{{usageNote}}</p>
<div class="codes">
  <figure><img src="{{passQr}}" alt="{{text.scanPass}}"><figcaption>{{text.scanPass}}</figcaption></figure>
  <figure><img src="{{registerQr}}" alt="{{text.scanRegister}}"><figcaption>{{text.scanRegister}}</figcaption></figure>
</div>
<h2>{{text.stepsTitle}}</h2>
<ol>{{#text.steps}}<li>{{.}}</li>{{/text.steps}}</ol>
<p class="url">{{securityInfoUrl}}</p>
<footer><p>{{text.keepPrivate}}</p>{{#serviceDesk}}<p>{{text.questions}} {{serviceDesk}}</p>{{/serviceDesk}}</footer>
</body>
</html>`;

/** Groups of four make a long pass easier to copy by hand; the groups are visual only. */
const groupsOf = (pass: string): string[] => pass.match(/.{1,4}/gsu) ?? [];

/** The slip as a self-contained HTML document; every field is escaped, the person's name included. */
export const renderSlip = (model: SlipModel, timeZone?: string): string => {
  const text = slipText(model.language);
  const format = new Intl.DateTimeFormat(model.language, { dateStyle: 'full', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return Mustache.render(template, {
    ...model,
    text,
    groups: groupsOf(model.pass),
    startsAt: format.format(model.startsAt),
    expiresAt: format.format(model.expiresAt),
    usageNote: model.isUsableOnce ? text.oneTime : text.multiUse,
  });
};
