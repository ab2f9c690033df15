import { useEffect, useRef } from 'preact/hooks';
import { type ChatItem, draft, flow, initChat, messages, quickReplies, quickReply, submit } from './chat-model';
import { FlowControls, focusInput, INPUT_ID, ResultBox } from './flow-controls';
import { Markdown } from './markdown';

function Message({ item }: { item: ChatItem }) {
  return (
    <div class={`msg ${item.role}`} data-testid="kc-chat-message" data-role={item.role}>
      <span class="sr-only">{item.role === 'user' ? 'Jij: ' : 'Assistent: '}</span>
      {item.role === 'user' ? <p class="said">{item.text}</p> : <Markdown text={item.text} />}
      {item.result ? <ResultBox result={item.result} /> : null}
    </div>
  );
}

function QuickReplies() {
  const replies = quickReplies.value;
  if (!replies.length || flow.value) return null;
  return (
    <div class="quick" role="group" aria-label="Snel verder" data-testid="kc-quick-replies">
      {replies.map((r) => (
        <button
          type="button"
          key={`${r.action.kind}-${r.label}`}
          class={`quick-reply ${r.action.kind}`}
          data-testid="kc-quick-reply"
          onClick={() => void quickReply(r).then(focusInput)}
        >
          {r.label}
        </button>
      ))}
    </div>
  );
}

function Composer() {
  const session = flow.value;
  const input = session && !session.done ? session.view().input : undefined;
  const label = input?.label ?? 'Je vraag';
  const send = () => {
    submit(draft.value);
    focusInput();
  };
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label for={INPUT_ID} class="composer-label">
        {label}
        {input?.multiline ? <small> (Shift+Enter voor een nieuwe regel)</small> : null}
      </label>
      <div class="row">
        <textarea
          id={INPUT_ID}
          data-testid="kc-chat-input"
          rows={input?.multiline ? 3 : 2}
          value={draft.value}
          placeholder={input ? 'Typ je antwoord en druk op Enter' : 'Stel een vraag over krachtgericht werken'}
          onInput={(e) => (draft.value = e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              send();
            }
          }}
        />
        <button type="submit" data-testid="kc-chat-send">
          Versturen
        </button>
      </div>
    </form>
  );
}

/**
 * Scrolls so that the newest message shows from its top, with the flow's buttons under it as far
 * as they fit; a short answer and its buttons then both stay in view.
 */
function showNewest(scroller: HTMLElement, log: HTMLElement): void {
  const last = log.lastElementChild as HTMLElement | null;
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  if (!last) return;
  const lastTop = last.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  scroller.scrollTop = Math.max(0, Math.min(lastTop - 8, bottom));
}

/**
 * The conversation: a log that screen readers follow politely, the flow's controls and quick
 * replies under it in one scrolling part, and the input below that part (never over it).
 */
export function ChatView() {
  const scroller = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void initChat();
  }, []);
  const count = messages.value.length;
  const session = flow.value;
  const step = session && !session.done ? session.view() : undefined;
  useEffect(() => {
    if (scroller.current && log.current) showNewest(scroller.current, log.current);
  }, [count, session, step?.input?.label, quickReplies.value.length]);
  return (
    <div class="chat">
      <div ref={scroller} class="chat-scroll" data-testid="kc-chat-scroll">
        <div ref={log} class="chat-log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Gesprek met de assistent" data-testid="kc-chat-log">
          {messages.value.map((m) => (
            <Message key={m.id} item={m} />
          ))}
        </div>
        <FlowControls />
        <QuickReplies />
      </div>
      <Composer />
    </div>
  );
}
