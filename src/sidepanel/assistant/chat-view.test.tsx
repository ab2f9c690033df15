import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '../../storage/test-support';
import { useDatabase } from './assistant-store';
import { ChatView } from './chat-view';
import { messages, wipeChat } from './chat-model';

let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  useDatabase(freshDb());
  await wipeChat();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

/** The chat has loaded (its welcome, or the kept history) and rendered it. */
const loaded = () => vi.waitFor(() => expect(root.querySelector('[role="log"]')?.children.length).toBeGreaterThan(0));

describe('ChatView', () => {
  it('is a polite log with a labelled input; Enter sends and the input keeps focus', async () => {
    await act(() => render(<ChatView />, root));
    await loaded();
    const log = root.querySelector('[role="log"]')!;
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(messages.value.length).toBeGreaterThanOrEqual(1);
    const input = root.querySelector<HTMLTextAreaElement>('#kc-chat-input')!;
    expect(root.querySelector(`label[for="kc-chat-input"]`)).not.toBeNull();
    input.focus();
    await act(() => {
      input.value = 'wat is een ecogram';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    const said = [...root.querySelectorAll('[data-testid="kc-chat-message"]')];
    expect(said.at(-2)!.textContent).toContain('wat is een ecogram');
    expect(said.at(-1)!.textContent).toContain('Het ecogram');
    expect(input.value).toBe('');
    expect(document.activeElement).toBe(input);
  });

  it('Shift+Enter does not send', async () => {
    await act(() => render(<ChatView />, root));
    await loaded();
    const before = messages.value.length;
    const input = root.querySelector<HTMLTextAreaElement>('#kc-chat-input')!;
    await act(() => {
      input.value = 'regel een';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    });
    expect(messages.value.length).toBe(before);
  });

  it('starts a flow from a quick reply and shows its controls; an example fills the input', async () => {
    await act(() => render(<ChatView />, root));
    await loaded();
    const start = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="kc-quick-reply"]')].find((b) => b.textContent === 'Complete boodschap')!;
    await act(async () => start.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="kc-flow"]')).not.toBeNull());
    expect(root.querySelector<HTMLButtonElement>('[data-testid="kc-flow-back"]')!.disabled).toBe(true);
    const example = root.querySelector<HTMLButtonElement>('[data-testid="kc-flow-example"]')!;
    await act(async () => example.click());
    expect(root.querySelector<HTMLTextAreaElement>('#kc-chat-input')!.value).toBe('Ik word er bang van als ');
    expect(root.querySelector('.composer-label')!.textContent).toContain('Het ik-deel');
  });
});
