import { signal } from '@preact/signals';
import { CATEGORY_DISPLAY } from '../analysis/categories';
import type { Category } from '../analysis/types';
import { CALM_CATEGORIES } from '../settings/preferences';
import { CategoryName } from './category-name';
import { CATEGORY_NOTES } from './category-notes';
import { organisationRules } from './organisation-model';
import { CATEGORY_ORDER, rulesOf } from './rule-catalogue';
import { preferences, setCategory, setRule } from './settings-model';
import { SwitchRow } from './switch-row';

const query = signal('');

const ORGANISATION = 'Uitgezet door je organisatie';

/** One category: its switch, and its rules folded away until the worker opens them (or searches). */
function CategoryBlock({ category }: { category: Category }) {
  const prefs = preferences.value;
  const on = !prefs.disabledCategories.includes(category);
  const hiddenByCalm = prefs.calm && !CALM_CATEGORIES.includes(category);
  const searching = query.value.trim() !== '';
  const rules = rulesOf(category, query.value);
  if (searching && rules.length === 0) return null;
  const name = CATEGORY_DISPLAY[category].name;
  return (
    <li class="category">
      <SwitchRow
        testid={`kc-options-category-${category}`}
        label={<CategoryName category={category} />}
        note={hiddenByCalm ? `${CATEGORY_NOTES[category]} Nu niet getoond: de rustige stand staat aan.` : CATEGORY_NOTES[category]}
        on={on}
        onToggle={() => void setCategory(category, !on)}
      />
      {rules.length ? (
        // Open while searching, so every match is in sight; otherwise the worker opens it.
        <details class="rules" open={searching ? true : undefined}>
          <summary>
            {searching ? `${rules.length} gevonden` : rules.length === 1 ? '1 regel' : `${rules.length} regels`}
            {on ? '' : ' (de hele soort staat uit)'}
            <span class="sr-only"> bij {name}</span>
          </summary>
          <ul class="plain-list">
            {rules.map((rule) => {
              const locked = organisationRules.value.has(rule.id);
              const ruleOn = !locked && !prefs.disabledRules.includes(rule.id);
              return (
                <li key={rule.id}>
                  <SwitchRow
                    testid={`kc-options-rule-${rule.id}`}
                    label={rule.message}
                    note={<code>{rule.id}</code>}
                    on={ruleOn}
                    lockedReason={locked ? ORGANISATION : undefined}
                    onToggle={() => void setRule(rule.id, !ruleOn)}
                  />
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** A switch for every category and every rule, grouped, with a search so it is no wall. */
export function RulesSection() {
  return (
    <section aria-labelledby="rules-title" class="card-section">
      <h2 id="rules-title">Wat Krachtcoach aanwijst</h2>
      <p class="section-note">Zet een hele soort uit, of open een soort en zet één regel uit.</p>
      <label class="search">
        <span>Zoek een regel</span>
        <input
          type="search"
          value={query.value}
          placeholder="bijvoorbeeld: moet, MDO, weigert"
          data-testid="kc-options-rule-search"
          onInput={(e) => (query.value = (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <ul class="plain-list categories">
        {CATEGORY_ORDER.map((c) => (
          <CategoryBlock key={c} category={c} />
        ))}
      </ul>
      {query.value.trim() && CATEGORY_ORDER.every((c) => rulesOf(c, query.value).length === 0) ? (
        <p class="empty">Geen regel gevonden met "{query.value.trim()}".</p>
      ) : null}
    </section>
  );
}
