import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../analysis/types';
import { loadPreferences } from '../settings/preference-store';
import { CoachView } from './coach-view';
import { field, showFieldState, switchedOff, tabId, undoSwitchOff } from './panel-model';

const TEXT = 'Meneer moet zijn medicatie innemen. Hij sprak in het MDO.';

const finding = (over: Partial<Finding> & Pick<Finding, 'rule' | 'category' | 'text'>): Finding => {
  const start = TEXT.indexOf(over.text);
  return { severity: 'warning', start, end: start + over.text.length, message: 'Melding.', explanation: 'Uitleg.', suggestions: [], ...over };
};

const COERCION = finding({
  rule: 'moet',
  category: 'coercion',
  text: 'moet',
  message: 'Sturende taal: beschrijf de afspraak of de wens, niet een opdracht.',
  suggestions: [{ kind: 'question', question: 'Wat is er afgesproken, en met wie?', label: 'Vraag' }],
});
const JARGON = finding({
  rule: 'mdo',
  category: 'jargon',
  text: 'MDO',
  suggestions: [
    { kind: 'replace', replacement: 'multidisciplinair overleg', label: 'Voluit' },
    { kind: 'replace', replacement: 'overleg met het team', label: 'Gewoon' },
  ],
});

let root: HTMLElement;
let sent: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // The tab's content script: it answers every message; here it only keeps them.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sent.push(message);
    return true;
  });
  tabId.value = 7;
  switchedOff.value = null;
  field.value = { fieldId: 'f1', editor: 'textarea', mode: 'report', modeGuessed: true, text: TEXT, findings: [COERCION, JARGON] };
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const items = () => [...root.querySelectorAll<HTMLElement>('[data-testid="kc-finding"]')];
const button = (item: HTMLElement, id: string) => item.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

describe('CoachView', () => {
  it('shows one line per finding: marker named for screen readers, the words, the message without its category', async () => {
    await act(() => render(<CoachView />, root));
    const [coercion] = items();
    expect(coercion!.querySelector('.sr-only')!.textContent).toBe('Sturende taal: ');
    expect(coercion!.querySelector('q')!.textContent).toBe('moet');
    expect(coercion!.querySelector('.finding-msg')!.textContent).toBe('Beschrijf de afspraak of de wens, niet een opdracht.');
    // The question is shown, with no button that would insert it; the explanation is folded.
    expect(coercion!.querySelector('[data-testid="kc-panel-question"]')!.textContent).toContain('Wat is er afgesproken');
    expect(coercion!.querySelector('[data-testid="kc-panel-rewrite"]')).toBeNull();
    expect(coercion!.querySelector('details.explain')!.hasAttribute('open')).toBe(false);
    expect(root.textContent).not.toMatch(/Krachtscore|\/100/);
  });

  it('Vervangen applies the first replacement, shown above it; the others wait in a small menu', async () => {
    await act(() => render(<CoachView />, root));
    const jargon = items()[1]!;
    expect(jargon.querySelector('.proposal')!.textContent).toContain('‘multidisciplinair overleg’');
    const choices = [...jargon.querySelectorAll<HTMLButtonElement>('[data-testid="kc-panel-rewrite"]')];
    expect(choices.map((b) => b.dataset.replacement)).toEqual(['multidisciplinair overleg', 'overleg met het team']);
    expect(choices[0]!.textContent).toBe('Vervangen');
    expect(choices[1]!.closest('details.menu')).not.toBeNull();
    await act(async () => choices[0]!.click());
    expect(sent).toContainEqual({ type: 'kc:apply', fieldId: 'f1', start: JARGON.start, end: JARGON.end, expected: 'MDO', replacement: 'multidisciplinair overleg' });
    await act(async () => choices[1]!.click());
    expect(sent).toContainEqual({ type: 'kc:apply', fieldId: 'f1', start: JARGON.start, end: JARGON.end, expected: 'MDO', replacement: 'overleg met het team' });
  });

  it('Negeer removes the finding at once and tells the page; a state of the same text on its way does not bring it back', async () => {
    await act(() => render(<CoachView />, root));
    await act(async () => button(items()[0]!, 'kc-panel-ignore').click());
    expect(items().map((i) => i.querySelector('q')!.textContent)).toEqual(['MDO']);
    expect(sent).toContainEqual({ type: 'kc:ignore', fieldId: 'f1', start: COERCION.start, end: COERCION.end, expected: 'moet' });
    // The content script had already sent the text's state with the finding in it.
    const before = { fieldId: 'f1', editor: 'textarea', mode: 'report' as const, modeGuessed: true, text: TEXT, findings: [COERCION, JARGON] };
    await act(() => showFieldState(before));
    expect(items().map((i) => i.querySelector('q')!.textContent)).toEqual(['MDO']);
    // Once the text changes, the content script's own state decides again.
    const typed = `${TEXT} `;
    await act(() => showFieldState({ ...before, text: typed }));
    expect(items()).toHaveLength(2);
  });

  it('Regel uit stores the rule as switched off and removes its findings; Ongedaan maken switches it back on', async () => {
    await act(() => render(<CoachView />, root));
    await act(async () => button(items()[0]!, 'kc-panel-disable-rule').click());
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    expect((await loadPreferences()).disabledRules).toEqual(['moet']);
    expect(switchedOff.value?.rule).toBe('moet');
    await undoSwitchOff();
    expect((await loadPreferences()).disabledRules).toEqual([]);
    expect(switchedOff.value).toBeNull();
  });
});
