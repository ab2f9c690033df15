import { CATEGORY_DISPLAY } from '../analysis/categories';
import { ruleById } from './rule-catalogue';
import { organisationRules } from './organisation-model';
import { preferences, setRule } from './settings-model';

/**
 * The rules switched off with "Regel uit" on the card or in the panel, each
 * with a way back; and the organisation's, locked.
 */
export function DisabledRulesSection() {
  const own = preferences.value.disabledRules.filter((id) => !organisationRules.value.has(id));
  const org = [...organisationRules.value];
  return (
    <section aria-labelledby="disabled-title" class="card-section" data-testid="kc-options-disabled-list">
      {/* Focus lands here when a row goes, instead of on the page's top. */}
      <h2 id="disabled-title" tabIndex={-1}>
        Uitgezette regels
      </h2>
      {own.length === 0 ? (
        <p class="empty">
          Je hebt geen regels uitgezet. Zet je een regel uit met "Regel uit" op de kaart of in het paneel, dan staat hij hier en
          kun je hem weer aanzetten.
        </p>
      ) : (
        <ul class="plain-list">
          {own.map((id) => {
            const rule = ruleById(id);
            return (
              <li key={id} class="list-row" data-testid={`kc-options-disabled-${id}`}>
                <span class="list-text">
                  {rule ? rule.message : `Regel "${id}" (bestaat niet meer in deze versie)`}
                  {/* Most messages start with their category's name already ("Vakjargon: …"). */}
                  {rule && !rule.message.startsWith(CATEGORY_DISPLAY[rule.category].name) ? (
                    <span class="list-meta">{CATEGORY_DISPLAY[rule.category].name}</span>
                  ) : null}
                </span>
                <button
                  type="button"
                  class="button"
                  aria-label={`Weer aanzetten: ${rule?.message ?? id}`}
                  onClick={() => {
                    document.getElementById('disabled-title')?.focus();
                    void setRule(id, true, rule ? `De regel staat weer aan: ${rule.message}` : `De regel "${id}" is uit de lijst gehaald.`);
                  }}
                >
                  Weer aanzetten
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {org.length ? (
        <>
          <h3>Uitgezet door je organisatie</h3>
          <ul class="plain-list">
            {org.map((id) => (
              <li key={id} class="list-row locked" data-testid={`kc-options-org-disabled-${id}`}>
                <span class="list-text">
                  {ruleById(id)?.message ?? `Regel "${id}"`}
                  <span class="locked-reason">
                    <span aria-hidden="true">🔒 </span>Uitgezet door je organisatie
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
