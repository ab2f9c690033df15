import { CALM_CATEGORIES } from '../settings/preferences';
import { CATEGORY_DISPLAY } from '../analysis/categories';
import { preferences, setCalm } from './settings-model';
import { SwitchRow } from './switch-row';

/** "Rustig": only what hurts a client most when it stays in the record. */
export function CalmSection() {
  const names = CALM_CATEGORIES.map((c) => CATEGORY_DISPLAY[c].name.toLowerCase());
  return (
    <section aria-labelledby="calm-title" class="card-section">
      <h2 id="calm-title">Rustig</h2>
      <SwitchRow
        testid="kc-options-calm"
        label="Rustige stand"
        note={`Krachtcoach wijst dan alleen nog ${names.slice(0, -1).join(', ')} en ${names.at(-1)} aan. Handig aan het eind van een drukke dienst.`}
        on={preferences.value.calm}
        onToggle={() => void setCalm(!preferences.value.calm)}
      />
    </section>
  );
}
