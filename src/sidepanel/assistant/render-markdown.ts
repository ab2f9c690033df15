import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';

/**
 * Markdown of the assistant (knowledge cards, flow texts, a chat history read back) to safe HTML.
 * Two layers: marked shows raw HTML, images and external links as text, and DOMPurify then keeps
 * only plain formatting tags, so an answer can never run script, carry an event handler or load
 * anything (no img, iframe, object, style; no URL but an in-page #anchor). Numbered lists keep
 * their start and table cells their alignment (allowedAttribute).
 */

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const IN_PAGE = /^#[\w-]*$/;

const marked = new Marked({ async: false, gfm: true });
marked.use({
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    image({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      return IN_PAGE.test(href) ? false : this.parser.parseInline(tokens);
    },
  },
});

const ALLOWED_TAGS = ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'del', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'span'];

/**
 * The attributes that are not URLs, each on the tags marked renders it on and with the values it
 * writes: a numbered list that starts at 3 (`<ol start="3">`) and an aligned table column
 * (`<th align="center">`). Nothing else passes, whatever the tag or value.
 */
const PLAIN_ATTRIBUTES: Record<string, { tags: readonly string[]; value: RegExp }> = {
  start: { tags: ['ol'], value: /^\d{1,9}$/ },
  align: { tags: ['th', 'td'], value: /^(?:left|center|right)$/ },
};

/** Whether `name="value"` may stay on `tag` (lower case): an in-page #anchor, or a plain attribute above. */
export function allowedAttribute(tag: string, name: string, value: string): boolean {
  if (name === 'href') return tag === 'a' && IN_PAGE.test(value);
  const plain = PLAIN_ATTRIBUTES[name];
  return plain !== undefined && plain.tags.includes(tag) && plain.value.test(value);
}

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', ...Object.keys(PLAIN_ATTRIBUTES)],
  // DOMPurify checks every allowed attribute's value against ALLOWED_URI_REGEXP unless it is
  // "URI safe": without this, start="3" and align="center" fail the #anchor test and are dropped.
  // Their values are checked in the hook below instead.
  ADD_URI_SAFE_ATTR: Object.keys(PLAIN_ATTRIBUTES),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_TAGS: ['img', 'iframe', 'object', 'embed', 'style', 'script', 'link', 'meta', 'base', 'form', 'input', 'svg', 'math', 'video', 'audio', 'source', 'picture', 'frame', 'frameset'],
  FORBID_ATTR: ['style', 'src', 'srcset', 'action', 'formaction', 'background', 'poster'],
  ALLOWED_URI_REGEXP: IN_PAGE,
};

/** Our own DOMPurify, so its hook touches no other user of the library. */
const purify = DOMPurify(window);
purify.addHook('uponSanitizeAttribute', (node, data) => {
  if (!allowedAttribute(node.nodeName.toLowerCase(), data.attrName, data.attrValue)) data.keepAttr = false;
});

/** The second layer on its own: any HTML to the formatting above, inert. */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string);
}
