import { useState } from 'preact/hooks';
import type { FlowResult } from '../../assistant/flows';
import { TKB_RULES, TKB_STEPS } from '../../assistant/flows/teamkrachtbespreking';
import { back, choose, draft, flow, keepInJournal, restart, stop } from './chat-model';
import { copyText, insertText } from './page-actions';
import { StepTimer } from './step-timer';

export const INPUT_ID = 'kc-chat-input';

/** Keyboard-first: after every button the worker can type on. */
export function focusInput(): void {
  const input = document.getElementById(INPUT_ID) as HTMLTextAreaElement | null;
  if (!input) return;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

/** An example fills the input, to be completed ("Ik word er bang van als …" → "Ik word er bang van als "). */
function useExample(example: string): void {
  draft.value = example.replace(/\s*(?:…|\.\.\.)$/, ' ');
  requestAnimationFrame(focusInput);
}

/** The chair's view: all eight steps at a glance, with the rules. */
function FacilitatorView({ current }: { current: number }) {
  return (
    <details class="facilitator" data-testid="kc-tkb-facilitator">
      <summary>Voorzittersweergave</summary>
      <ol>
        {TKB_STEPS.map((s, i) => (
          <li key={s.title} aria-current={i === current ? 'step' : undefined} class={i === current ? 'current' : i < current ? 'done' : ''}>
            <strong>{s.title}</strong> <small>({s.minutes} min)</small>
            <br />
            {s.chair}
          </li>
        ))}
      </ol>
      <p>
        <strong>Spelregels</strong>
      </p>
      <ul>
        {TKB_RULES.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p class="hint">De richttijden zijn een voorstel van Krachtcoach, niet van de methode.</p>
    </details>
  );
}

/** The end of a flow inside the conversation: the text, and what to do with it. */
export function ResultBox({ result }: { result: FlowResult }) {
  const [status, setStatus] = useState('');
  const [kept, setKept] = useState(false);
  return (
    <div class="result-box">
      <pre class="result" data-testid="kc-flow-result">
        {result.text}
      </pre>
      <div class="row">
        {result.insertable ? (
          <button type="button" data-testid="kc-flow-insert" onClick={() => void insertText(result.text).then((ok) => setStatus(ok ? 'Ingevoegd in het veld.' : 'Niet ingevoegd: klik eerst in een tekstveld.'))}>
            Invoegen in het veld
          </button>
        ) : null}
        <button type="button" data-testid="kc-flow-copy" onClick={() => void copyText(result.text).then((ok) => setStatus(ok ? 'Gekopieerd.' : 'Kopiëren lukte niet.'))}>
          Kopiëren
        </button>
        {result.journal?.length && !kept ? (
          <button
            type="button"
            data-testid="kc-flow-journal"
            onClick={() => {
              setKept(true);
              void keepInJournal(result);
            }}
          >
            Bewaar in dagboek
          </button>
        ) : null}
      </div>
      <span role="status" class="result-status">
        {status}
      </span>
    </div>
  );
}

/** The running flow: where you are, examples, choices, back / restart / stop. */
export function FlowControls() {
  const session = flow.value;
  if (!session) return null;
  const v = session.view();
  const current = v.outline?.findIndex((o) => o.state === 'current') ?? -1;
  return (
    <section class="flow" aria-label={`Oefening: ${session.title}`} data-testid="kc-flow">
      <h2 class="flow-title">{session.title}</h2>
      {v.outline && v.outline.length <= 5 ? (
        <ol class="outline" aria-label="Stappen">
          {v.outline.map((o) => (
            <li key={o.label} class={o.state} aria-current={o.state === 'current' ? 'step' : undefined}>
              {o.state === 'done' ? <span aria-hidden="true">✓ </span> : null}
              {o.label}
            </li>
          ))}
        </ol>
      ) : v.outline ? (
        // Many or long steps: where you are, in one line.
        <p class="progress">{current >= 0 ? `Stap ${current + 1} van ${v.outline.length}: ${v.outline[current]!.label}` : 'Alle stappen gedaan'}</p>
      ) : null}
      {v.examples.length ? (
        <div class="examples" role="group" aria-label="Voorbeelden om mee te beginnen">
          {v.examples.map((e) => (
            <button type="button" key={e} class="example" data-testid="kc-flow-example" onClick={() => useExample(e)}>
              {e}
            </button>
          ))}
        </div>
      ) : null}
      {v.choices.length ? (
        <div class="choices" role="group" aria-label="Keuzes">
          {v.choices.map((c) => (
            <button type="button" key={c.id} class={c.apply ? 'choice apply' : 'choice'} data-testid="kc-flow-choice" onClick={() => void choose(c).then(focusInput)}>
              {c.label}
            </button>
          ))}
        </div>
      ) : null}
      {session.flowId === 'teamkrachtbespreking' && v.timerMinutes ? (
        <>
          <StepTimer minutes={v.timerMinutes} stepKey={session.step} />
          <FacilitatorView current={current} />
        </>
      ) : null}
      <div class="flow-nav">
        <button type="button" data-testid="kc-flow-back" disabled={!session.canBack} onClick={() => (back(), focusInput())}>
          ← Terug
        </button>
        <button type="button" data-testid="kc-flow-restart" onClick={() => (restart(), focusInput())}>
          Opnieuw beginnen
        </button>
        <button type="button" data-testid="kc-flow-stop" onClick={() => (stop(), focusInput())}>
          {session.done ? 'Sluiten' : 'Stoppen'}
        </button>
      </div>
    </section>
  );
}
