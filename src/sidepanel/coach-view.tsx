import { CATEGORY_DISPLAY } from '../analysis/categories';
import { shownMessages } from '../analysis/merge-findings';
import { replacementsOf } from '../analysis/rewrite';
import { type Category, type Finding, MODES, type Mode } from '../analysis/types';
import { quoted } from '../analysis/message-text';
import { lookAtLine, praiseLine, shortMessage, strengthsLine } from './finding-text';
import { activation, applySuggestion, field, ignoreFinding, setMode, summary, switchOffRule } from './panel-model';
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

/** What is already good, first; then how many sentences to look at. No score. */
function Summary() {
  const s = summary.value;
  if (!s || !s.sentences) return null;
  const strong = strengthsLine(s);
  if (!s.toLookAt) {
    return (
      <p class="praise" data-testid="kc-panel-empty">
        {praiseLine(s)}
      </p>
    );
  }
  const examples = [...s.quotes.map((q) => ({ kind: 'Citaat', text: q.text })), ...s.firstPerson.map((x) => ({ kind: 'Ik-vorm', text: x.text })), ...s.concrete.map((c) => ({ kind: 'Waarneming', text: c.text }))];
  return (
    <section class="summary" aria-label="Samenvatting" data-testid="kc-panel-summary">
      {strong ? (
        <details class="strong">
          <summary>
            <strong>Sterk:</strong> {strong}
          </summary>
          <ul>
            {examples.slice(0, 4).map((e, i) => (
              <li key={i}>
                {e.kind}: {quoted(e.text)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p class="look-at">{lookAtLine(s)}</p>
    </section>
  );
}

/** The category as a short sample of its underline (colour and line style), named for screen readers. */
function Marker({ category }: { category: Category }) {
  const d = CATEGORY_DISPLAY[category];
  return (
    <span class="marker" title={d.name}>
      <span class="sample" aria-hidden="true" style={{ textDecorationColor: d.color, textDecorationStyle: d.line }}>
        {'\u00a0\u00a0\u00a0\u00a0'}
      </span>
      <span class="sr-only">{d.name}: </span>
    </span>
  );
}

/** "Vervangen" applies the first replacement (shown above it); the others wait in a small menu. */
function Replace({ finding }: { finding: Finding }) {
  const [first, ...others] = replacementsOf(finding.suggestions);
  if (!first) return null;
  return (
    <>
      <button
        type="button"
        class="primary"
        data-testid="kc-panel-rewrite"
        data-replacement={first.replacement}
        aria-label={`Vervangen door ${quoted(first.replacement)}`}
        onClick={() => void applySuggestion(finding, first.replacement)}
      >
        Vervangen
      </button>
      {others.length ? (
        <details class="menu">
          <summary>Anders…</summary>
          <div class="menu-items" role="group" aria-label="Andere vervangingen">
            {others.map((s) => (
              <button type="button" key={s.replacement} data-testid="kc-panel-rewrite" data-replacement={s.replacement} onClick={() => void applySuggestion(finding, s.replacement)}>
                {s.replacement}
              </button>
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const d = CATEGORY_DISPLAY[finding.category];
  const replacements = replacementsOf(finding.suggestions);
  const questions = finding.suggestions.flatMap((s) => (s.kind === 'question' ? [s.question] : []));
  const others = finding.also ?? [];
  return (
    <li class="finding" data-testid="kc-finding" data-category={finding.category}>
      <p class="line">
        <Marker category={finding.category} />
        {others.map((a) => (
          <Marker key={a.rule} category={a.category} />
        ))}
        <q class="words">{finding.text}</q> <span class="finding-msg">{shortMessage(finding)}</span>
      </p>
      {replacements.length ? (
        <p class="proposal">
          <span aria-hidden="true">→ </span>
          {quoted(replacements[0]!.replacement)}
        </p>
      ) : null}
      {!replacements.length && questions.length ? (
        <p class="question" data-testid="kc-panel-question">
          {questions[0]}
        </p>
      ) : null}
      <div class="actions">
        <Replace finding={finding} />
        <button type="button" data-testid="kc-panel-ignore" aria-label={`Negeer ${quoted(finding.text)}`} onClick={() => void ignoreFinding(finding)}>
          Negeer
        </button>
        <button
          type="button"
          data-testid="kc-panel-disable-rule"
          aria-label={`Regel uit: ${shortMessage(finding)}`}
          onClick={() => void switchOffRule(finding, `${d.name}, ${quoted(finding.text)}`)}
        >
          Regel uit
        </button>
        <details class="explain">
          <summary>Uitleg</summary>
          <div class="why-body">
            <p>
              <strong>{[d.name, ...others.map((a) => CATEGORY_DISPLAY[a.category].name)].join(' · ')}.</strong> {finding.explanation}
            </p>
            {/* The other categories' messages, but not one that only makes the lead's point again (folded). */}
            {shownMessages(finding)
              .slice(1)
              .map((a) => (
                <p key={a.rule}>{a.message}</p>
              ))}
            {questions.slice(replacements.length ? 0 : 1).map((q) => (
              <p class="question" key={q} data-testid="kc-panel-question">
                {q}
              </p>
            ))}
          </div>
        </details>
      </div>
    </li>
  );
}

function Findings() {
  const findings = field.value?.findings ?? [];
  if (!findings.length) return null;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const asks = sorted.some((f) => !replacementsOf(f.suggestions).length && f.suggestions.some((s) => s.kind === 'question'));
  return (
    <>
      {asks ? (
        <p class="hint" data-testid="kc-panel-answer-hint">
          Een vraag beantwoord je in de kaart bij het woord: <kbd>Alt</kbd>+<kbd>Enter</kbd>. Er komt nooit een vraag in je tekst.
        </p>
      ) : null}
      <ul class="findings" aria-label="Bevindingen" data-testid="kc-panel-findings">
        {sorted.map((f) => (
          <FindingItem key={`${f.rule}-${f.start}-${f.end}`} finding={f} />
        ))}
      </ul>
    </>
  );
}

/** The coach for the focused field: a kind summary, the kind of text, the message meter, one line per finding. */
export function CoachView() {
  const f = field.value;
  if (!f) {
    return activation.value === 'active' ? <p class="empty">Klik in een tekstveld van het dossier: hier verschijnen dan de suggesties.</p> : null;
  }
  return (
    <>
      <Summary />
      <Findings />
      <MessageMeter />
      {f.mode === 'worksheet' ? <WorksheetCheck /> : null}
      <ModeSwitch />
    </>
  );
}
