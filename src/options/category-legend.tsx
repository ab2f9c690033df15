import { CATEGORY_ORDER } from './rule-catalogue';
import { CategoryName } from './category-name';
import { CATEGORY_NOTES } from './category-notes';

/** What each colour and line style means: the name, drawn as the coach draws it, and one line. */
export function CategoryLegend() {
  return (
    <ul class="plain-list legend" data-testid="kc-welcome-legend">
      {CATEGORY_ORDER.map((c) => (
        <li key={c}>
          <CategoryName category={c} />
          <span class="switch-note">{CATEGORY_NOTES[c]}</span>
        </li>
      ))}
    </ul>
  );
}
