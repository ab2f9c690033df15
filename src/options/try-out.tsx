import { CATEGORY_DISPLAY } from '../analysis/categories';
import { pieces, tryFindings, tryText } from './try-out-model';

/** The first-run page's try-out: type, and see at once what Krachtcoach points at and why. */
export function TryOut() {
  const findings = tryFindings.value;
  return (
    <div class="try-out" data-testid="kc-welcome-try">
      <label for="try-text">Typ of verander de zin</label>
      <textarea id="try-text" rows={3} spellcheck={false} value={tryText.value} data-testid="kc-welcome-try-text" onInput={(e) => (tryText.value = (e.currentTarget as HTMLTextAreaElement).value)} />
      <p class="section-note" id="preview-title">Zo onderstreept Krachtcoach het in het dossier:</p>
      <p class="preview" aria-labelledby="preview-title" data-testid="kc-welcome-preview">
        {pieces(tryText.value, findings).map((p, i) =>
          p.finding ? (
            <span
              key={i}
              class="flag"
              data-category={p.finding.category}
              style={{ textDecorationColor: CATEGORY_DISPLAY[p.finding.category].color, textDecorationStyle: CATEGORY_DISPLAY[p.finding.category].line }}
            >
              {p.text}
            </span>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      <div aria-live="polite">
        {findings.length ? (
          <ul class="try-findings" data-testid="kc-welcome-findings">
            {findings.map((f) => {
              // The message names the leading category; the others on these words are named after it.
              const others = [...new Set((f.also ?? []).map((a) => a.category))].filter((c) => c !== f.category);
              return (
                <li key={`${f.start}-${f.rule}`}>
                  <q>{f.text}</q>: {f.message}
                  {others.length ? <span class="list-meta"> Ook: {others.map((c) => CATEGORY_DISPLAY[c].name.toLowerCase()).join(', ')}.</span> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="ok-note" data-testid="kc-welcome-findings-none">
            Krachtcoach ziet hier niets meer om naar te kijken. Zo schrijf je krachtgericht.
          </p>
        )}
      </div>
    </div>
  );
}
