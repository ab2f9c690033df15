import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultAnalyzer } from '../../analysis';
import { route } from '../../assistant/router';
import { freshDb } from '../../storage/test-support';
import { field } from '../panel-model';
import { chatStore, loadHistorySetting, useDatabase } from './assistant-store';
import {
  ask,
  back,
  beginFlow,
  choose,
  FLOW_REPLIES,
  flow,
  historyDays,
  keepHistory,
  messages,
  quickReplies,
  repliesFor,
  restart,
  setHistoryDays,
  setKeepHistory,
  stop,
  submit,
  wipeChat,
} from './chat-model';

beforeEach(() => {
  fakeBrowser.reset();
  useDatabase(freshDb());
  messages.value = [];
  flow.value = null;
  keepHistory.value = false;
  historyDays.value = 30;
  field.value = null;
});

describe('quick replies', () => {
  it('after a sure answer: the fitting flow, then the other close topics and related cards', () => {
    const replies = repliesFor(route('Hoe schrijf ik zonder niet-formuleringen?'));
    expect(replies[0]).toEqual({ label: 'Oefenen: Check mijn tekst', action: { kind: 'flow', flow: 'check-tekst' } });
    expect(replies.some((r) => r.action.kind === 'card')).toBe(true);
    expect(replies.length).toBeLessThanOrEqual(7);
    expect(replies.every((r) => r.action.kind !== 'card' || r.action.card !== 'niet-formuleringen')).toBe(true);
  });

  it('a card with a template offers to insert it', () => {
    const replies = repliesFor(route('hoe maak ik een actieplan'));
    expect(replies.some((r) => r.action.kind === 'template' && r.action.template === 'actieplan')).toBe(true);
  });

  it('when unsure: the two or three closest topics', () => {
    const result = route('doelen');
    expect(result.text).toContain('Ik weet niet zeker');
    expect(result.answers.length).toBeGreaterThanOrEqual(2);
    expect(repliesFor(result).map((r) => (r.action.kind === 'card' ? r.action.card : ''))).toEqual(result.answers.map((a) => a.card));
  });

  it('out of scope: the flows', () => {
    expect(repliesFor(route('wat voor weer wordt het morgen'))).toBe(FLOW_REPLIES);
  });
});

describe('the chat', () => {
  it('answers a question with the router text', () => {
    ask('wat is een wondervraag');
    expect(messages.value.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages.value[1]!.text).toContain('### De wondervraag');
    expect(quickReplies.value.length).toBeGreaterThan(0);
  });

  it('runs a flow from the input: answers, back, restart, the result, stop', () => {
    beginFlow('complete-boodschap');
    expect(flow.value?.step).toBe('ik');
    submit('Ik maak me zorgen als ik de post ongeopend zie liggen');
    expect(flow.value?.step).toBe('jij');
    back();
    expect(flow.value?.step).toBe('ik');
    restart();
    expect(flow.value?.canBack).toBe(false);
    submit('Ik maak me zorgen als ik de post ongeopend zie liggen');
    submit('Ik zie dat je het druk hebt');
    submit('Laten we samen een plan maken');
    expect(flow.value?.done).toBe(true);
    const last = messages.value.at(-1)!;
    expect(last.result?.text).toBe('Ik maak me zorgen als ik de post ongeopend zie liggen. Ik zie dat je het druk hebt. Laten we samen een plan maken.');
    stop();
    expect(flow.value).toBeNull();
    expect(quickReplies.value).toBe(FLOW_REPLIES);
  });

  it('a remark on the same step shows only the remark, not the question again', () => {
    beginFlow('complete-boodschap');
    const before = messages.value.length;
    submit('Ik vind dat je te laat bent');
    const added = messages.value.slice(before);
    expect(added.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(added[1]!.text).toContain('oordeel');
    expect(added[1]!.text).not.toContain('Stap 1 van 3');
  });

  it('a question while a flow waits for a choice goes to the router', () => {
    beginFlow('intervisie');
    submit('wat is presentie');
    expect(messages.value.at(-1)!.text).toContain('### Presentie');
    expect(flow.value?.step).toBe('methode');
  });

  it('Check mijn tekst takes the focused field', () => {
    field.value = { fieldId: 'f1', editor: 'textarea', mode: 'report', modeGuessed: true, text: 'Hij is agressief.', findings: [], parts: undefined, missing: undefined };
    beginFlow('check-tekst');
    expect(flow.value?.done).toBe(true);
    expect(messages.value.some((m) => m.text.includes('het veld waar je het laatst in klikte'))).toBe(true);
  });
});

describe('chat history', () => {
  it('is off by default and kept only when turned on; turning it off deletes it', async () => {
    expect(await loadHistorySetting()).toEqual({ keep: false, days: 30 });
    ask('wat is presentie');
    expect(await chatStore.list()).toEqual([]);
    await setKeepHistory(true);
    expect(await loadHistorySetting()).toEqual({ keep: true, days: 30 });
    expect((await chatStore.list()).map((m) => m.role)).toEqual(['user', 'assistant']);
    ask('wat is een ecogram');
    await vi.waitFor(async () => expect(await chatStore.list()).toHaveLength(4));
    await setKeepHistory(false);
    expect(await chatStore.list()).toEqual([]);
  });

  it('"wis alles" empties the conversation', async () => {
    await setKeepHistory(true);
    ask('wat is presentie');
    // At once, while the question and answer are still being saved: those saves must not bring them back.
    await wipeChat();
    expect(await chatStore.list()).toEqual([]);
    expect(messages.value).toHaveLength(1);
    expect(messages.value[0]!.role).toBe('assistant');
  });
});

/** A report as a begeleider writes it, with a client's name in it. */
const REPORT =
  'Vandaag had ik een gesprek met Jolanda Bakker over haar schulden. Jolanda is niet gemotiveerd om haar post te openen. ' +
  'Ze is een zorgmijder en moet volgende week naar de bewindvoerder. We bespraken het in het MDO.';
const SENTENCES = REPORT.split(/(?<=\.) /);

/** Every text the history holds, after the saves in flight. */
async function storedTexts(): Promise<string[]> {
  await vi.waitFor(async () => expect((await chatStore.list()).length).toBeGreaterThan(0));
  await setHistoryDays(historyDays.value); // waits for the saves in flight
  return (await chatStore.list()).map((m) => m.text);
}

/** Runs the check to its end: the first rewrite (offline: the pasted text), then skips. */
async function runCheck(): Promise<void> {
  for (let guard = 0; flow.value && !flow.value.done && guard < 20; guard++) {
    const choices = flow.value.view().choices;
    const rewrite = choices.find((c) => c.id === 'toepassen-0' && !c.apply);
    await choose(rewrite ?? choices.find((c) => c.id === 'overslaan')!);
  }
  expect(flow.value?.done).toBe(true);
}

function expectNothingOfTheReport(stored: readonly string[], quoted: readonly string[]): void {
  const all = stored.join('\n');
  for (const sentence of SENTENCES) expect(all).not.toContain(sentence.slice(0, 30));
  for (const piece of quoted) expect(all).not.toContain(piece);
  expect(all).not.toContain('Jolanda');
  expect(all).not.toContain('Bakker');
}

describe('Check mijn tekst and a kept history', () => {
  it('the field: with keeping on, only the title and the summary are stored, never the text or a quote of it', async () => {
    await setKeepHistory(true);
    field.value = { fieldId: 'f1', editor: 'textarea', mode: 'report', modeGuessed: true, text: REPORT, findings: defaultAnalyzer().analyze(REPORT).findings, parts: undefined, missing: undefined };
    beginFlow('check-tekst');
    // The chat on screen does show the sentences: the check is about what is stored.
    expect(messages.value.some((m) => m.text.includes('Jolanda'))).toBe(true);
    await runCheck();
    stop();
    const stored = await storedTexts();
    expect(stored.slice(-3)).toEqual([
      expect.stringMatching(/^Check mijn tekst$/),
      expect.stringMatching(/^Gecontroleerd: \d+ opmerkingen \(.*Etiket.*\); 0 aangepast, \d+ overgeslagen\.$/),
      expect.stringMatching(/^Klaar\./),
    ]);
    expectNothingOfTheReport(stored, ['niet gemotiveerd', 'zorgmijder', 'bewindvoerder']);
  });

  it('pasted text: the text, the rewrites and the result are not stored either', async () => {
    await setKeepHistory(true);
    beginFlow('check-tekst');
    expect(flow.value?.step).toBe('tekst');
    submit(REPORT);
    const rewrite = flow.value!.view().choices.find((c) => c.id === 'toepassen-0');
    await runCheck();
    const end = messages.value.at(-1)!;
    expect(end.result?.text).toContain('Jolanda');
    const stored = await storedTexts();
    expect(stored.at(-1)).toMatch(/^Gecontroleerd: /);
    expectNothingOfTheReport(stored, ['niet gemotiveerd', 'zorgmijder', ...(rewrite ? [rewrite.label] : [])]);
  });

  it('keeping switched on after a check stores none of it', async () => {
    beginFlow('check-tekst');
    submit(REPORT);
    await runCheck();
    stop();
    ask('wat is presentie');
    await setKeepHistory(true);
    const stored = (await chatStore.list()).map((m) => m.text);
    expectNothingOfTheReport(stored, ['niet gemotiveerd', 'zorgmijder']);
    expect(stored.some((t) => t.startsWith('Gecontroleerd: '))).toBe(true);
    expect(stored).toContain('wat is presentie');
  });

  it('a question asked while the check waits for a choice is not stored (it may quote the text)', async () => {
    await setKeepHistory(true);
    beginFlow('check-tekst');
    submit(REPORT);
    submit('is "Jolanda is niet gemotiveerd" een etiket?');
    await runCheck();
    expectNothingOfTheReport(await storedTexts(), ['niet gemotiveerd']);
  });

  it('other flows keep their conversation as before', async () => {
    await setKeepHistory(true);
    beginFlow('complete-boodschap');
    submit('Ik maak me zorgen als ik de post ongeopend zie liggen');
    expect(await storedTexts()).toContain('Ik maak me zorgen als ik de post ongeopend zie liggen');
  });
});

describe('history expiry', () => {
  it('a shorter choice of days deletes the older messages at once and is stored with the setting', async () => {
    await setKeepHistory(true);
    const day = 24 * 60 * 60 * 1000;
    await chatStore.add({ id: 'oud', at: Date.now() - 10 * day, role: 'user', text: 'tien dagen oud' }, 30);
    await chatStore.add({ id: 'vers', at: Date.now() - day / 2, role: 'user', text: 'van vanochtend' }, 30);
    await setHistoryDays(7);
    expect(await loadHistorySetting()).toEqual({ keep: true, days: 7 });
    expect((await chatStore.list()).map((m) => m.id)).toEqual(['vers']);
  });

  it('on panel start, what is older than the chosen days is deleted before the history is shown', async () => {
    vi.resetModules();
    const store = await import('./assistant-store');
    const model = await import('./chat-model');
    const db = freshDb();
    store.useDatabase(db);
    const day = 24 * 60 * 60 * 1000;
    await store.saveHistorySetting({ keep: true, days: 7 });
    await store.chatStore.add({ id: 'oud', at: Date.now() - 8 * day, role: 'user', text: 'acht dagen oud' }, 90);
    await store.chatStore.add({ id: 'vers', at: Date.now() - 6 * day, role: 'assistant', text: 'zes dagen oud' }, 90);
    await model.initChat();
    expect(model.messages.value.map((m) => m.text)).toEqual(['zes dagen oud']);
    expect((await store.chatStore.list()).map((m) => m.id)).toEqual(['vers']);
  });
});
