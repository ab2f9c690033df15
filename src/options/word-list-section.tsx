import { signal } from '@preact/signals';
import { addTerm, preferences, removeTerm, say } from './settings-model';

const draft = signal('');

/** Must match the limits of preferences.ts: longer text is not a term. */
const MAX_TERM = 80;
const MAX_TERMS = 500;

function add(e: Event): void {
  e.preventDefault();
  const term = draft.value.trim();
  const terms = preferences.value.ignoredTerms;
  if (!term) return say('Typ eerst een naam of woord.', 'error');
  if (term.length > MAX_TERM) return say(`Een naam of woord is hoogstens ${MAX_TERM} tekens. Er is niets toegevoegd.`, 'error');
  if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) return say(`"${term}" staat al in je woordenlijst.`);
  if (terms.length >= MAX_TERMS) return say(`Je woordenlijst is vol (${MAX_TERMS} woorden). Haal eerst iets weg.`, 'error');
  draft.value = '';
  void addTerm(term);
}

/** Names and terms the coach never flags: a client called "Niet", a word of the organisation. */
export function WordListSection() {
  const terms = preferences.value.ignoredTerms;
  return (
    <section aria-labelledby="terms-title" class="card-section" data-testid="kc-options-terms">
      <h2 id="terms-title">Je woordenlijst</h2>
      <p class="section-note">
        Namen en woorden die Krachtcoach nooit aanwijst, zoals de achternaam van een cliënt of een woord dat jullie organisatie
        gebruikt. De lijst blijft op deze computer.
      </p>
      <form class="inline-form" onSubmit={add}>
        <label for="term-input">Naam of woord</label>
        <div class="row">
          <input
            id="term-input"
            type="text"
            maxLength={MAX_TERM}
            autoComplete="off"
            value={draft.value}
            data-testid="kc-options-term-input"
            onInput={(e) => (draft.value = (e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button" data-testid="kc-options-term-add">
            Toevoegen
          </button>
        </div>
      </form>
      {terms.length ? (
        <ul class="plain-list terms">
          {terms.map((t) => (
            <li key={t} class="list-row">
              <span class="list-text">{t}</span>
              <button
                type="button"
                class="button quiet"
                aria-label={`${t} uit de woordenlijst halen`}
                onClick={() => {
                  // The row goes: the keyboard stays in the list's form, not at the top of the page.
                  document.getElementById('term-input')?.focus();
                  void removeTerm(t);
                }}
              >
                Weghalen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">Je woordenlijst is nog leeg.</p>
      )}
    </section>
  );
}
