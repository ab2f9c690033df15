import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftOffer } from '../../drafts/draft-vault';
import type { FieldIdentity } from '../../drafts/field-key';
import { DraftKeeper, type DraftTransport, SAVE_INTERVAL_MS } from './draft-keeper';

/** A transport that records what would go to the background, and has one draft to offer. */
function recorder(offer: (DraftOffer & { text: string }) | null = null) {
  const log: Array<[string, string, string?]> = [];
  const transport: DraftTransport = {
    config: async () => ({ on: true, excluded: [] }),
    save: (f: FieldIdentity, text: string) => void log.push(['save', f.selector, text]),
    forget: (f: FieldIdentity) => void log.push(['forget', f.selector]),
    offer: async () => (offer ? { at: offer.at, words: offer.words } : null),
    take: async () => offer,
    exclude: async (f: FieldIdentity) => void log.push(['exclude', f.selector]),
    publishOffers: () => {},
    openPanel: async () => false,
  };
  return { log, transport };
}

function typeInto(el: HTMLTextAreaElement, text: string, trusted = true): void {
  el.value = text;
  const e = new Event('input', { bubbles: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

let abort: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  document.body.innerHTML = '<form id="f"><textarea id="verslag"></textarea></form><textarea id="los"></textarea>';
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

function start(transport: DraftTransport, on = true): DraftKeeper {
  const keeper = new DraftKeeper(document, transport, () => false);
  keeper.start(abort.signal);
  keeper.setConfig({ on, excluded: [] });
  return keeper;
}

const field = () => document.getElementById('verslag') as HTMLTextAreaElement;

describe('DraftKeeper', () => {
  it('saves the latest text at most once per interval, off the keystroke', async () => {
    const { log, transport } = recorder();
    start(transport);
    typeInto(field(), 'Sanne');
    typeInto(field(), 'Sanne kookte');
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_INTERVAL_MS + 1100);
    expect(log).toEqual([['save', '#verslag', 'Sanne kookte']]);
  });

  it('saves at once on pagehide', () => {
    const { log, transport } = recorder();
    start(transport);
    typeInto(field(), 'Sanne kookte zelf');
    window.dispatchEvent(new Event('pagehide'));
    expect(log).toEqual([['save', '#verslag', 'Sanne kookte zelf']]);
  });

  it('writes nothing while drafts are off', async () => {
    const { log, transport } = recorder();
    start(transport, false);
    typeInto(field(), 'Sanne kookte zelf');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(SAVE_INTERVAL_MS * 3);
    expect(log).toEqual([]);
  });

  it('a submitted form deletes its fields\' drafts, not others', () => {
    const { log, transport } = recorder();
    start(transport);
    typeInto(field(), 'Sanne kookte zelf');
    typeInto(document.getElementById('los') as HTMLTextAreaElement, 'Ander veld');
    window.dispatchEvent(new Event('pagehide'));
    log.length = 0;
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(log).toEqual([['forget', '#verslag']]);
  });

  it('a field the page empties after a save loses its draft; one the worker empties keeps it', async () => {
    const { log, transport } = recorder();
    start(transport);
    typeInto(field(), 'Sanne kookte zelf');
    window.dispatchEvent(new Event('pagehide'));
    typeInto(field(), '', true);
    window.dispatchEvent(new Event('pagehide'));
    expect(log).toEqual([['save', '#verslag', 'Sanne kookte zelf']]);
    typeInto(field(), 'Weer wat', true);
    window.dispatchEvent(new Event('pagehide'));
    field().value = ''; // the page, after its own save: no input event
    await vi.advanceTimersByTimeAsync(2500);
    expect(log.at(-1)).toEqual(['forget', '#verslag']);
  });

  it('offers a draft beside a field that came back shorter, and nothing beside one that has it all', async () => {
    const { transport } = recorder({ at: Date.now(), words: 3, text: 'Sanne kookte zelf' });
    start(transport);
    await vi.advanceTimersByTimeAsync(10);
    expect(document.querySelectorAll('krachtcoach-draft')).toHaveLength(2);
    document.querySelectorAll('krachtcoach-draft').forEach((n) => n.remove());
    document.body.innerHTML = '<textarea id="vol">Sanne kookte zelf vandaag</textarea>';
    start(transport);
    await vi.advanceTimersByTimeAsync(10);
    expect(document.querySelectorAll('krachtcoach-draft')).toHaveLength(0);
  });
});
