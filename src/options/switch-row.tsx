import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface SwitchRowProps {
  /** The thing switched, as the worker reads it. */
  label: ComponentChildren;
  /** One line below the label. */
  note?: ComponentChildren;
  on: boolean;
  onToggle: () => void;
  /** Set by the organisation: shown, not changeable, with the reason. */
  lockedReason?: string;
  testid?: string;
  /** A colour mark before the label (a category's colour and line style). */
  mark?: ComponentChildren;
}

/**
 * A labelled on/off switch (a button with role "switch", as WAI-ARIA describes it): the whole
 * row is the label, so the target is large, and the state is said in words too ("Aan" / "Uit"),
 * not only by colour.
 */
export function SwitchRow({ label, note, on, onToggle, lockedReason, testid, mark }: SwitchRowProps) {
  const id = useId();
  const locked = lockedReason !== undefined;
  return (
    <div class={`switch-row${locked ? ' locked' : ''}`} data-testid={testid} data-on={on ? 'true' : 'false'}>
      <div class="switch-text">
        <span class="switch-label" id={`${id}-label`}>
          {mark}
          {label}
        </span>
        {note ? <span class="switch-note" id={`${id}-note`}>{note}</span> : null}
        {locked ? (
          <span class="locked-reason" id={`${id}-locked`}>
            <span aria-hidden="true">🔒 </span>
            {lockedReason}
          </span>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={on}
        aria-labelledby={`${id}-label`}
        aria-describedby={[note ? `${id}-note` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined}
        aria-disabled={locked || undefined}
        onClick={() => {
          if (!locked) onToggle();
        }}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-state">{on ? 'Aan' : 'Uit'}</span>
      </button>
    </div>
  );
}
