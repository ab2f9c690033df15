import { describe, expect, it } from 'vitest';
import { mayKeepDraft } from './draft-safety';
import { fieldIdentity, fieldLabel, stableSelector } from './field-identity';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('field identity', () => {
  it('uses a hand-written id, a name, or the place under the nearest such ancestor', () => {
    const doc = page(`
      <form id="rapportage"><div><textarea name="verslag"></textarea></div></form>
      <div id="dagboek"><div><p>x</p><div contenteditable="true"></div><div contenteditable="true"></div></div></div>
      <textarea id="notitie"></textarea><textarea id="ember1234"></textarea>`);
    expect(stableSelector(doc.querySelector('textarea[name]')!)).toBe('textarea[name="verslag"]');
    const editables = doc.querySelectorAll('[contenteditable]');
    expect(stableSelector(editables[1]!)).toBe('#dagboek > div > div:nth-of-type(2)');
    expect(doc.querySelector(stableSelector(editables[1]!))).toBe(editables[1]);
    expect(stableSelector(doc.getElementById('notitie')!)).toBe('#notitie');
    // A generated id does not come back after a reload: the place is used instead.
    expect(stableSelector(doc.getElementById('ember1234')!)).toBe('body > textarea:nth-of-type(2)');
  });

  it('takes the label the worker sees', () => {
    const doc = page(`<label for="v">Verslag  van de dag</label><textarea id="v"></textarea>
      <span id="t">Werkblad</span><div contenteditable="true" aria-labelledby="t"></div>
      <textarea placeholder="Schrijf hier"></textarea>`);
    expect(fieldLabel(doc.getElementById('v') as HTMLElement)).toBe('Verslag van de dag');
    expect(fieldLabel(doc.querySelector('[contenteditable]') as HTMLElement)).toBe('Werkblad');
    expect(fieldLabel(doc.querySelector('[placeholder]') as HTMLElement)).toBe('Schrijf hier');
  });

  it('names the page by path and query, not the fragment', () => {
    const doc = page('<textarea id="v"></textarea>');
    window.history.replaceState(null, '', '/clienten/12?tab=rapportage#onder');
    expect(fieldIdentity(doc.getElementById('v') as HTMLElement, 'textarea')).toEqual({ page: '/clienten/12?tab=rapportage', selector: '#v', label: '', editor: 'textarea' });
  });
});

describe('mayKeepDraft', () => {
  const field = (html: string) => {
    page(html);
    return document.body.firstElementChild as HTMLElement;
  };

  it('keeps ordinary report fields', () => {
    expect(mayKeepDraft(field('<textarea name="verslag"></textarea>'), 'Verslag')).toBe(true);
    expect(mayKeepDraft(field('<textarea autocomplete="off" name="verslag"></textarea>'), 'Verslag')).toBe(true);
  });

  it('never password fields, credential or payment tokens, or the page opt-out', () => {
    expect(mayKeepDraft(field('<input type="password">'), '')).toBe(false);
    expect(mayKeepDraft(field('<input autocomplete="one-time-code">'), '')).toBe(false);
    expect(mayKeepDraft(field('<input autocomplete="cc-number">'), '')).toBe(false);
    expect(mayKeepDraft(field('<div data-krachtcoach-drafts="off"><textarea></textarea></div>').querySelector('textarea')!, '')).toBe(false);
  });

  it('never autocomplete="off" together with a sensitive kind of field', () => {
    expect(mayKeepDraft(field('<input autocomplete="off" inputmode="numeric">'), '')).toBe(false);
    expect(mayKeepDraft(field('<input autocomplete="off" name="bsn">'), '')).toBe(false);
    expect(mayKeepDraft(field('<input autocomplete="off">'), 'Pincode')).toBe(false);
    // The sensitive name alone, without "off", is a page that lets the browser remember it anyway.
    expect(mayKeepDraft(field('<textarea name="code-uitleg"></textarea>'), '')).toBe(true);
  });
});
