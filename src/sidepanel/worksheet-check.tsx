import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { assessWorksheet } from '../worksheets';
import type { CriterionId, WorksheetKind } from '../worksheets/assessment-schema';
import { isWholeWorksheet } from '../worksheets/whole-worksheet';
import { field } from './panel-model';

const chosen = signal<WorksheetKind | null>(null);

/** An actieplan has steps with wie / wanneer; anything else is read as a krachteninventarisatie. */
function guessKind(text: string): WorksheetKind {
  return /^\s*(?:[-*•]\s*)?(?:stap\s*\d|wie\s*[:?]|wanneer\s*[:?]|actie\s*\d|hoe\s*[:?])/im.test(text) ? 'actieplan' : 'krachteninventarisatie';
}

/**
 * The criteria that judge the wording of one entry (one leefgebied, one goal or step). The rest
 * (all ten leefgebieden, the priorities, wie en wanneer per step, the goal) only a whole worksheet can meet.
 */
const ENTRY_CRITERIA: ReadonlySet<CriterionId> = new Set(['ik-vorm', 'positief', 'eigen-woorden', 'specifiek']);

/**
 * The worksheet quality check for the focused field: the same verdicts as `coach assess`. A field
 * that holds one entry of a worksheet gets only the checks that apply to one entry. No score:
 * the list says what is in order and what is still open.
 */
export function WorksheetCheck() {
  const text = field.value?.text ?? '';
  const kind = chosen.value ?? guessKind(text);
  const whole = useMemo(() => isWholeWorksheet(text, kind), [text, kind]);
  const assessment = useMemo(() => assessWorksheet(text, kind), [text, kind]);
  const criteria = whole ? assessment.criteria : assessment.criteria.filter((c) => ENTRY_CRITERIA.has(c.id as CriterionId));
  return (
    <section class="worksheet-check" aria-labelledby="kc-assess-title" data-testid="kc-panel-assess" data-scope={whole ? 'whole' : 'entry'}>
      <h2 id="kc-assess-title">{whole ? 'Kwaliteitscheck werkblad' : 'Check van dit onderdeel'}</h2>
      <label class="kind">
        Soort werkblad{' '}
        <select value={kind} onChange={(e) => (chosen.value = e.currentTarget.value as WorksheetKind)}>
          <option value="krachteninventarisatie">krachteninventarisatie</option>
          <option value="actieplan">actieplan</option>
        </select>
      </label>
      {whole ? null : (
        <p class="hint" data-testid="kc-assess-entry">
          Dit veld is één onderdeel van het werkblad. De punten voor het hele werkblad (alle leefgebieden, prioriteiten, stappen) tellen hier niet.
        </p>
      )}
      <ul>
        {criteria.map((c) => (
          <li key={c.id} class={c.verdict} data-testid={`kc-criterion-${c.id}`}>
            <span aria-hidden="true">{c.verdict === 'pass' ? '✓' : '○'}</span> <span class="sr-only">{c.verdict === 'pass' ? 'in orde:' : 'nog niet:'}</span> {c.message}
            {c.verdict === 'fail' ? <p class="why">{c.advice}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
