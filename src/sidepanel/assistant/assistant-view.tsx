import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ChatView } from './chat-view';
import { flow } from './chat-model';
import { JournalView } from './journal-view';
import { PrivacyView } from './privacy-view';

const PARTS = [
  { id: 'gesprek', label: 'Gesprek', render: () => <ChatView /> },
  { id: 'dagboek', label: 'Dagboek', render: () => <JournalView /> },
  { id: 'privacy', label: 'Privacy', render: () => <PrivacyView /> },
] as const;

type PartId = (typeof PARTS)[number]['id'];
const assistantPart = signal<PartId>('gesprek');

/** The assistant: the chat, the private reflection journal and the privacy settings. */
export function AssistantView() {
  // A flow started from the journal ("Reeks voor de intervisie") runs in the chat.
  useEffect(() => flow.subscribe((f) => f && (assistantPart.value = 'gesprek')), []);
  const part = PARTS.find((p) => p.id === assistantPart.value) ?? PARTS[0];
  const onKey = (e: KeyboardEvent) => {
    const i = PARTS.findIndex((p) => p.id === assistantPart.value);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const p = PARTS[(next + PARTS.length) % PARTS.length]!;
    assistantPart.value = p.id;
    document.getElementById(`kc-part-${p.id}`)?.focus();
  };
  return (
    <div class="assistant">
      <div role="tablist" aria-label="Assistent" class="subtabs" onKeyDown={onKey}>
        {PARTS.map((p) => (
          <button
            type="button"
            role="tab"
            key={p.id}
            id={`kc-part-${p.id}`}
            data-testid={`kc-assistant-${p.id}`}
            aria-selected={assistantPart.value === p.id}
            aria-controls={`kc-part-panel-${p.id}`}
            tabIndex={assistantPart.value === p.id ? 0 : -1}
            onClick={() => (assistantPart.value = p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`kc-part-panel-${part.id}`} aria-labelledby={`kc-part-${part.id}`}>
        {part.render()}
      </div>
    </div>
  );
}
