import { CATEGORY_DISPLAY } from '../analysis/categories';
import { replacementsOf } from '../analysis/rewrite';
import { MODES, type Mode } from '../analysis/types';
import { activation, applySuggestion, field, grouped, score, setMode } from './panel-model';
import { WorksheetCheck } from './worksheet-check';

const MODE_NL: Record<Mode, string> = { report: 'Rapportage', worksheet: 'Werkblad', message: 'Boodschap' };
const PART_NL = { ik: 'ik', jij: 'jij', wij: 'wij' } as const;

function ModeSwitch() {
  const f = field.value!;
  return (
    <fieldset class="modes" data-testid="kc-panel-mode">
      <legend>Soort tekst {f.modeGuessed ? <small>(geraden)</small> : null}</legend>
      {MODES.map((m) => (
        <label key={m}>
          <input type="radio" name="mode" checked={f.mode === m} onChange={() => void setMode(m)} /> {MODE_NL[m]}
        </label>
      ))}
    </fieldset>
  );
}

function MessageMeter() {
  const f = field.value!;
  if (f.mode !== 'message') return null;
  const present = new Set(f.parts ?? []);
  return (
    <section class="meter" aria-label="Complete boodschap" data-testid="kc-panel-parts">
      <h2>Complete boodschap</h2>
      <ol>
        {(['ik', 'jij', 'wij'] as const).map((p) => (
          <li key={p} class={present.has(p) ? 'ok' : 'missing'}>
            {present.has(p) ? '✓' : '○'} {PART_NL[p]}-deel
          </li>
        ))}
      </ol>
    </section>
  );
}

function Findings() {
  const groups = grouped.value;
  if (!groups.length) return <p class="empty" data-testid="kc-panel-empty">Niets te verbeteren gevonden. Mooi krachtgericht geschreven.</p>;
  return (
    <section aria-label="Bevindingen" data-testid="kc-panel-findings">
      {groups.map(({ category, items }) => (
        <details open key={category} class="group">
          <summary style={{ borderColor: CATEGORY_DISPLAY[category].color }}>
            {CATEGORY_DISPLAY[category].name} <span class="count">{items.length}</span>
          </summary>
          <ul>
            {items.map(({ finding, index }) => (
              <li key={`${index}-${finding.start}`} data-testid="kc-finding">
                <q>{finding.text}</q> <span class="msg">{finding.message}</span>
                {finding.also?.map((a) => (
                  <span class="also" key={a.rule}>
                    {' '}
                    · {CATEGORY_DISPLAY[a.category].name}: {a.message}
                  </span>
                ))}
                <p class="why">{finding.explanation}</p>
                <div class="rewrites">
                  {replacementsOf(finding.suggestions).map((s) => (
                    <button type="button" data-testid="kc-panel-rewrite" title={s.label} onClick={() => void applySuggestion(finding, s.replacement)}>
                      {s.replacement}
                    </button>
                  ))}
                </div>
                {finding.suggestions.map((s) =>
                  s.kind === 'question' ? (
                    <p class="question" data-testid="kc-panel-question">
                      {s.question}
                    </p>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** The coach for the focused field: score, kind of text, message meter, findings. */
export function CoachView() {
  const f = field.value;
  const s = score.value;
  if (!f) {
    return activation.value === 'active' ? <p class="empty">Klik in een tekstveld van het dossier: hier verschijnen dan de suggesties.</p> : null;
  }
  return (
    <>
      {s ? (
        <p class="score" data-testid="kc-panel-score">
          Krachtscore <strong>{s.score}</strong>/100 <small>({s.clean} van {s.sentences} zinnen zonder opmerking)</small>
        </p>
      ) : null}
      <ModeSwitch />
      <MessageMeter />
      {f.mode === 'worksheet' ? <WorksheetCheck /> : null}
      <Findings />
    </>
  );
}
