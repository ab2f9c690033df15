import * as z from 'zod/mini';

/**
 * Which field a draft belongs to. The content script describes the field (page, selector,
 * label, editor kind); the site is never taken from the message but from the browser's word on
 * who sent it (background/handlers/drafts.ts), so a frame of one site cannot ask for another
 * site's drafts. Pure: the DOM side is content/drafts/field-identity.ts.
 */
export const FieldIdentitySchema = z.object({
  /**
   * The page's path and query, without the fragment: an ECD often names the client in either
   * (`/clienten/123/rapportage`, `?client=123`), and a draft for one client must never be
   * offered in another client's file.
   */
  page: z.string().check(z.maxLength(2000)),
  /** A selector that finds the field again after a reload (ids that look generated are left out). */
  selector: z.string().check(z.minLength(1), z.maxLength(500)),
  /** What the field is called on the page (its label, aria-label or placeholder), trimmed. */
  label: z.string().check(z.maxLength(120)),
  /** The editor kind (textarea, ckeditor5, tinymce …): the same place with another editor is another field. */
  editor: z.string().check(z.minLength(1), z.maxLength(20)),
});
export type FieldIdentity = z.infer<typeof FieldIdentitySchema>;

/** Separates the parts: a character no URL, selector or label of a page carries. */
const SEP = '\u001f';

/** The site of a page: its origin (`https://ecd.zorg.nl`), or null for what is no web page. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The page part of a URL: path and query, no fragment (a fragment is a place on the page, not a page). */
export function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return '';
  }
}

/** The database key of a field's draft. Starts with the site, so one site's drafts go at once. */
export function fieldKey(site: string, field: FieldIdentity): string {
  return [site, field.page, field.selector, field.label, field.editor].map((p) => p.replaceAll(SEP, ' ')).join(SEP);
}

/** What every key of a site's drafts starts with. */
export function sitePrefix(site: string): string {
  return site + SEP;
}

/** The site of a key, for a draft whose site was switched off. */
export function siteOfKey(key: string): string {
  return key.slice(0, key.indexOf(SEP));
}
