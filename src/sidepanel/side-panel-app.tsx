import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { ActivationNotice } from './activation-notice';
import { AssistantView } from './assistant/assistant-view';
import { CoachView } from './coach-view';
import { DraftOffers } from './draft-offers';
import { listenForDraftOffers } from './drafts-model';
import { connect, notice, openSettings, switchedOff, undoSwitchOff } from './panel-model';
import { SnippetsView } from './snippets/snippets-view';

interface PanelView {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

const VIEWS: PanelView[] = [
  { id: 'coach', label: 'Coach', render: () => <CoachView /> },
  { id: 'snippets', label: 'Sjablonen', render: () => <SnippetsView /> },
  { id: 'assistant', label: 'Assistent', render: () => <AssistantView /> },
];

const current = signal('coach');

/** Tabs as the WAI-ARIA pattern describes: arrow keys move between them. */
function TabBar() {
  const onKey = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === current.value);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const view = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    current.value = view.id;
    document.getElementById(`tab-${view.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Krachtcoach" class="tabs" onKeyDown={onKey}>
      {VIEWS.map((v) => (
        <button
          type="button"
          role="tab"
          id={`tab-${v.id}`}
          key={v.id}
          data-testid={`kc-tab-${v.id}`}
          aria-selected={current.value === v.id}
          aria-controls={`view-${v.id}`}
          tabIndex={current.value === v.id ? 0 : -1}
          onClick={() => (current.value = v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}

export function SidePanelApp() {
  useEffect(() => {
    listenForDraftOffers();
    void connect();
  }, []);
  const view = VIEWS.find((v) => v.id === current.value) ?? VIEWS[0]!;
  return (
    <main class="panel">
      <header class="top">
        <div class="title-row">
          <h1>Krachtcoach</h1>
          <button type="button" class="link" data-testid="kc-panel-settings" onClick={() => void openSettings()}>
            Instellingen
          </button>
        </div>
        <p class="privacy">Alles blijft op deze computer.</p>
        <div role="status" aria-live="polite" class="notice" data-testid="kc-panel-notice">
          {notice.value}
          {switchedOff.value ? (
            <p class="undo">
              Regel uitgezet: {switchedOff.value.name}.{' '}
              <button type="button" class="link" data-testid="kc-panel-undo" onClick={() => void undoSwitchOff()}>
                Ongedaan maken
              </button>
            </p>
          ) : null}
        </div>
        <ActivationNotice />
        <DraftOffers />
        <TabBar />
      </header>
      {/* Only this part scrolls: the header and the tabs stay in view. */}
      <section role="tabpanel" class="view" id={`view-${view.id}`} aria-labelledby={`tab-${view.id}`} data-testid={`kc-view-${view.id}`}>
        {view.render()}
      </section>
    </main>
  );
}
