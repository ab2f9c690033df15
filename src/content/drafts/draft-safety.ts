/**
 * Fields whose text is never kept as a draft, even where drafts are on. The coach already skips
 * password, e-mail and number fields (editable-fields.ts); here also what a page marks as
 * secret: an autocomplete token for credentials or payment, or autocomplete="off" on a field
 * that is about a code, a PIN, a BSN or an account. And the page's own opt-out.
 */

/** Autocomplete tokens that mean a secret or payment data, with or without "off". */
const SECRET_TOKENS = /\b(?:current-password|new-password|one-time-code|cc-[a-z-]+|transaction-[a-z-]+)\b/i;
/** What a field's name, id or label says when it holds something sensitive (Dutch and English). */
const SENSITIVE_NAME = /pass|wachtwoord|\bpin\b|pincode|\bbsn\b|burgerservice|\biban\b|rekeningnummer|token|secret|geheim|\bcode\b|verificatie|\bcvc\b|\bcvv\b/i;
/** Input modes of numbers, phone numbers and addresses: no report is typed that way. */
const SENSITIVE_MODES = new Set(['numeric', 'decimal', 'tel', 'email']);

export function mayKeepDraft(el: HTMLElement, label: string): boolean {
  if (el instanceof HTMLInputElement && el.type === 'password') return false;
  if (el.closest('[data-krachtcoach-drafts="off"]')) return false;
  const autocomplete = el.getAttribute('autocomplete') ?? '';
  if (SECRET_TOKENS.test(autocomplete)) return false;
  if (/^\s*off\s*$/i.test(autocomplete)) {
    const mode = (el.getAttribute('inputmode') ?? '').toLowerCase();
    const names = [el.getAttribute('name'), el.id, label, el.getAttribute('aria-label')].filter(Boolean).join(' ');
    if (SENSITIVE_MODES.has(mode) || SENSITIVE_NAME.test(names)) return false;
  }
  return true;
}
