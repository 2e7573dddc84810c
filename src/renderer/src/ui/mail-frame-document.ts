import { defaultTreeAdapter as tree, html as spec, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { pageNonce } from '../app/page-nonce';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

// The mail's own look, as most mail clients start from.
const MAIL_BASE_STYLE = 'body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;color:#111;margin:12px;overflow-wrap:anywhere}';

/** CSS text that cannot close the style element it is written into. */
const inStyleElement = (css: string) => css.replaceAll('<', '\\3c ');

/**
 * A style attribute's declarations, each marked important so that, moved into a style element, they still win
 * over the mail's own style elements as an inline style does. Read through the CSSOM of an element that never
 * joins a document, which the page's policy does not treat as inline style.
 */
const importantDeclarations = (styleAttribute: string): string => {
  const { style } = document.createElement('div');
  style.cssText = styleAttribute;
  return Array.from({ length: style.length }, (_, at) => style.item(at))
    .map((property) => `${property}:${style.getPropertyValue(property)} !important`)
    .join(';');
};

// A template's content is never shown in a frame that runs no script, so it is not walked.
const elementsOf = function* (node: Node): Generator<Element> {
  if (tree.isElementNode(node)) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elementsOf(child);
};

/**
 * The mail body as the document of the preview's sandboxed `srcdoc` frame. That frame inherits the page's
 * Content-Security-Policy, which admits no style attribute and only style elements with the page's nonce, while
 * mail HTML styles nearly everything inline. So each style attribute becomes a rule of one nonced style element,
 * keyed by a data attribute, and the mail's own style elements get the nonce too; the frame runs no script, so
 * the tenant's CSS can do no more than style the preview. The HTML is rewritten as a tree of plain objects
 * (parse5), never parsed into a DOM of this page, which would report every inline style it met as a violation.
 */
export const mailFrameDocument = (html: string, nonce: string | undefined = pageNonce()): string => {
  const page = parse(`<!doctype html><html translate="no"><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  const rules = [MAIL_BASE_STYLE];
  const nonced = nonce ? [{ name: 'nonce', value: nonce }] : [];
  let head: Element | undefined;
  for (const element of elementsOf(page)) {
    if (element.nodeName === 'head') head ??= element;
    if (element.nodeName === 'style') element.attrs = [...element.attrs.filter(({ name }) => name !== 'nonce'), ...nonced];
    const style = element.attrs.find(({ name }) => name === 'style');
    if (!style) continue;
    element.attrs = element.attrs.filter((attribute) => attribute !== style);
    const declarations = importantDeclarations(style.value);
    if (!declarations) continue;
    const key = String(rules.length);
    element.attrs.push({ name: 'data-mail-style', value: key });
    rules.push(`[data-mail-style="${key}"]{${inStyleElement(declarations)}}`);
  }
  const sheet = tree.createElement('style', spec.NS.HTML, nonced);
  tree.insertText(sheet, rules.join('\n'));
  if (head) tree.appendChild(head, sheet);
  return serialize(page);
};
