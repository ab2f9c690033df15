import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';

/**
 * Markdown of the assistant (knowledge cards, flow texts, a chat history read back) to safe HTML.
 * Two layers: marked shows raw HTML, images and external links as text, and DOMPurify then keeps
 * only plain formatting tags, so an answer can never run script, carry an event handler or load
 * anything (no img, iframe, object, style; no URL but an in-page #anchor).
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

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'start', 'align'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_TAGS: ['img', 'iframe', 'object', 'embed', 'style', 'script', 'link', 'meta', 'base', 'form', 'input', 'svg', 'math', 'video', 'audio', 'source', 'picture', 'frame', 'frameset'],
  FORBID_ATTR: ['style', 'src', 'srcset', 'action', 'formaction', 'background', 'poster'],
  ALLOWED_URI_REGEXP: IN_PAGE,
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
