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

/**
 * Names of people and tenants come in any script, whatever language the slip is in: without a CJK face in the
 * list, Japanese, Chinese or Korean names print as empty boxes on machines whose fallback finds none.
 */
export const slipFonts =
  '"Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Yu Gothic", "Meiryo", "Hiragino Sans", "Microsoft YaHei", "PingFang SC", "Malgun Gothic", system-ui, sans-serif';

// Black on white, no script, no remote resource (the page's CSP forbids both). The @page rule sets margins but
// no size: the PDF is A5 because the printer asks for it, and a print takes the paper in the printer, so the
// layout must fit the smallest, A5, on one sheet: the QR codes sit beside what they belong to instead of in a
// row of their own. The pass is one unbroken word in the text layer, so copying it never yields a separator;
// its groups are told apart by shading and rules only, which print even where backgrounds are turned off.
// A sheet is many slips in one document, each a page of its own in its person's language.
const documentTemplate = `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{{title}}</title>
<style>
  @page { margin: 10mm 11mm; }
  * { box-sizing: border-box; }
  body { font: 9.5pt/1.3 ${slipFonts}; color: #000; margin: 0; }
  p, ol, h1, h2, dl, figure { margin: 0; }
  header { display: flex; justify-content: space-between; align-items: center; gap: 4mm; border-bottom: 2px solid {{accentColor}}; padding-bottom: 2mm; }
  h1 { font-size: 15pt; line-height: 1.2; }
  .tenant { font-weight: 600; }
  .logo { display: block; max-height: 11mm; max-width: 36mm; }
  .row { display: grid; grid-template-columns: minmax(0, 1fr) max-content; gap: 4mm; align-items: start; }
  dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .6mm 3mm; margin-top: 3mm; }
  dt { color: #333; }
  dd { margin: 0; font-weight: 600; }
  .name { overflow-wrap: anywhere; }
  .upn, .url { overflow-wrap: normal; word-break: keep-all; }
  .upn > span, .url > span { white-space: nowrap; }
  figure { text-align: center; font-size: 8pt; line-height: 1.2; }
  figure img { display: block; margin: 0 auto 1mm; width: 26mm; height: 26mm; image-rendering: pixelated; }
  figcaption { max-width: 30mm; }
  .pass-box { margin-top: 3mm; border: 1.5px solid #000; border-radius: 2mm; padding: 2mm 3mm; }
  .pass-label { font-size: 9pt; color: #333; }
  .pass { font: 700 20pt/1.3 "Cascadia Mono", Consolas, "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-variant-ligatures: none; overflow-wrap: normal; word-break: keep-all; }
  .group { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .group:nth-of-type(even) { background: #dcdcdc; border-inline: 1px solid #000; }
  .note { margin-top: 2mm; border-left: 3px solid {{accentColor}}; padding-left: 3mm; }
  .start { margin-top: 3mm; }
  h2 { font-size: 11pt; margin-bottom: 1mm; }
  ol { padding-left: 5mm; }
  li + li { margin-top: .6mm; }
  .url { margin-top: 1.5mm; font: 8pt/1.3 "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; }
  footer { margin-top: 3.5mm; border-top: 1px solid #000; padding-top: 1.5mm; font-size: 9pt; }
  .private { font-weight: 600; }
  .slip + .slip { break-before: page; }
</style>
</head>
<body>
{{{pages}}}
</body>
</html>`;

const pageTemplate = `<section class="slip" lang="{{language}}">
<header><div><h1>{{text.title}}</h1><div class="tenant">{{tenantName}}</div></div>{{#logoDataUrl}}<img class="logo" src="{{logoDataUrl}}" alt="">{{/logoDataUrl}}</header>
<dl>
  <dt>{{text.forPerson}}</dt><dd class="name">{{displayName}}</dd>
  <dt>{{text.signInName}}</dt><dd class="upn">{{{userPrincipalNameHtml}}}</dd>
  <dt>{{text.validFrom}}</dt><dd>{{startsAt}}</dd>
  <dt>{{text.validUntil}}</dt><dd>{{expiresAt}}</dd>
</dl>
<div class="pass-box">
  <div class="row">
    <div>
      <div class="pass-label">{{text.pass}}</div>
      <div class="pass">{{{passHtml}}}</div>
    </div>
    <figure><img src="{{passQr}}" alt="{{text.scanPass}}"><figcaption>{{text.scanPass}}</figcaption></figure>
  </div>
  <p class="note">{{usageNote}}</p>
</div>
<div class="start row">
  <div>
    <h2>{{text.stepsTitle}}</h2>
    <ol>{{#text.steps}}<li>{{.}}</li>{{/text.steps}}</ol>
  </div>
  <figure><img src="{{registerQr}}" alt="{{text.scanRegister}}"><figcaption>{{text.scanRegister}}</figcaption></figure>
</div>
<p class="url">{{{securityInfoUrlHtml}}}</p>
<footer><p class="private">{{text.keepPrivate}}</p>{{#serviceDesk}}<p>{{text.questions}} {{serviceDesk}}</p>{{/serviceDesk}}</footer>
</section>`;

const escape = (text: string): string => Mustache.escape(text);

/**
 * Groups of four make a long pass easier to copy by hand. Nothing but markup lies between them: a space or a
 * dash on paper is one more character someone types. A long pass may wrap, but only between groups.
 */
export const passHtml = (pass: string): string =>
  (pass.match(/.{1,4}/gsu) ?? []).map((group) => `<span class="group">${escape(group)}</span>`).join('<wbr>');

/**
 * Text someone may type wraps only after the given marks. Each piece is kept whole, since a browser would also
 * break after a hyphen, and a hyphen at the end of a printed line reads as a hyphenation, not as part of a name.
 */
const breakingAfter = (text: string, marks: RegExp): string =>
  text
    .split(marks)
    .filter(Boolean)
    .map((piece) => `<span>${escape(piece)}</span>`)
    .join('<wbr>');

/** A sign-in name wraps only after `@` and dots, never inside a word someone has to type. */
export const userPrincipalNameHtml = (userPrincipalName: string): string => breakingAfter(userPrincipalName, /(?<=[@.])/u);

/** The address below the steps wraps between its parts: after `/ ? & = .` and before an escape such as `%40`. */
const urlHtml = (url: string): string => breakingAfter(url, /(?<=[/?&=.])|(?=%)/u);

const renderPage = (model: SlipModel, timeZone: string | undefined): string => {
  const text = slipText(model.language);
  const format = new Intl.DateTimeFormat(model.language, { dateStyle: 'full', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return Mustache.render(pageTemplate, {
    ...model,
    text,
    passHtml: passHtml(model.pass),
    userPrincipalNameHtml: userPrincipalNameHtml(model.userPrincipalName),
    securityInfoUrlHtml: urlHtml(model.securityInfoUrl),
    startsAt: format.format(model.startsAt),
    expiresAt: format.format(model.expiresAt),
    usageNote: model.isUsableOnce ? text.oneTime : text.multiUse,
  });
};

interface SheetLook {
  /** The document's own language (its title); each page speaks its person's. */
  language: string;
  /** The tenant's colour: one tenant, one sheet. */
  accentColor: string;
}

const renderDocument = ({ language, accentColor }: SheetLook, pages: string[]): string =>
  Mustache.render(documentTemplate, { language, accentColor, title: slipText(language).title, pages: pages.join('\n') });

/** The slip as a self-contained HTML document; every field is escaped, the person's name included. */
export const renderSlip = (model: SlipModel, timeZone?: string): string => renderDocument(model, [renderPage(model, timeZone)]);

/**
 * One slip per person, each on a page of its own and in its own language (the page's `lang` tells the print
 * engine which faces and hyphenation to use).
 */
export const renderSheet = (models: readonly SlipModel[], look: SheetLook, timeZone?: string): string =>
  renderDocument(look, models.map((model) => renderPage(model, timeZone)));
