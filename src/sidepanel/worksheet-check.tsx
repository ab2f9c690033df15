import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { assessWorksheet } from '../worksheets';
import type { WorksheetKind } from '../worksheets/assessment-schema';
import { field } from './panel-model';

const chosen = signal<WorksheetKind | null>(null);

/** An actieplan has steps with wie / wanneer; anything else is read as a krachteninventarisatie. */
function guessKind(text: string): WorksheetKind {
  return /^\s*(?:[-*•]\s*)?(?:stap\s*\d|wie\s*[:?]|wanneer\s*[:?]|actie\s*\d|hoe\s*[:?])/im.test(text) ? 'actieplan' : 'krachteninventarisatie';
}

/** The worksheet quality check for the focused field: the same verdicts as `coach assess`. */
export function WorksheetCheck() {
  const text = field.value?.text ?? '';
  const kind = chosen.value ?? guessKind(text);
  const assessment = useMemo(() => assessWorksheet(text, kind), [text, kind]);
  return (
    <section class="worksheet-check" aria-label="Kwaliteitscheck werkblad" data-testid="kc-panel-assess">
      <h2>
        Kwaliteitscheck{' '}
        <select aria-label="Soort werkblad" value={kind} onChange={(e) => (chosen.value = e.currentTarget.value as WorksheetKind)}>
          <option value="krachteninventarisatie">krachteninventarisatie</option>
          <option value="actieplan">actieplan</option>
        </select>{' '}
        <span class="count">
          {assessment.score.passed}/{assessment.score.total}
        </span>
      </h2>
      <ul>
        {assessment.criteria.map((c) => (
          <li key={c.id} class={c.verdict} data-testid={`kc-criterion-${c.id}`}>
            <span aria-hidden="true">{c.verdict === 'pass' ? '✓' : '○'}</span> <span class="sr-only">{c.verdict === 'pass' ? 'voldoet' : 'nog niet'}</span> {c.message}
            {c.verdict === 'fail' ? <p class="why">{c.advice}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
