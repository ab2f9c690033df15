import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route } from '../../assistant/router';
import { freshDb } from '../../storage/test-support';
import { field } from '../panel-model';
import { chatStore, loadKeepHistory, useDatabase } from './assistant-store';
import {
  ask,
  back,
  beginFlow,
  FLOW_REPLIES,
  flow,
  keepHistory,
  messages,
  quickReplies,
  repliesFor,
  restart,
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
    expect(await loadKeepHistory()).toBe(false);
    ask('wat is presentie');
    expect(await chatStore.list()).toEqual([]);
    await setKeepHistory(true);
    expect(await loadKeepHistory()).toBe(true);
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
