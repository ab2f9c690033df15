import { useEffect, useState } from 'preact/hooks';

function mmss(seconds: number): string {
  const s = Math.max(0, seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * An optional timer for a step of the teamkrachtbespreking. Off until the chair turns it on; the
 * minutes are a proposal and can be changed. Only "time is up" is announced, not every second.
 */
export function StepTimer({ minutes, stepKey }: { minutes: number; stepKey: string }) {
  const [on, setOn] = useState(false);
  const [total, setTotal] = useState(minutes);
  const [left, setLeft] = useState(minutes * 60);
  const [running, setRunning] = useState(false);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    setTotal(minutes);
    setLeft(minutes * 60);
    setRunning(false);
    setAnnounce('');
  }, [stepKey, minutes]);

  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setLeft((l) => l - 1), 1000);
    return () => clearInterval(timer);
  }, [running]);

  useEffect(() => {
    if (running && left <= 0) {
      setRunning(false);
      setAnnounce('De tijd voor deze stap is om.');
    }
  }, [left, running]);

  return (
    <div class="timer" data-testid="kc-tkb-timer">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.currentTarget.checked)} /> Timer gebruiken
      </label>
      {on ? (
        <div class="row">
          <label>
            Minuten{' '}
            <input
              type="number"
              min={1}
              max={60}
              value={total}
              onChange={(e) => {
                const m = Math.min(60, Math.max(1, Number(e.currentTarget.value) || 1));
                setTotal(m);
                setLeft(m * 60);
              }}
            />
          </label>
          <span role="timer" class={left <= 0 ? 'time up' : 'time'} aria-label="Resterende tijd">
            {mmss(left)}
          </span>
          <button type="button" onClick={() => setRunning(!running)}>{running ? 'Pauze' : 'Start'}</button>
          <button
            type="button"
            onClick={() => {
              setRunning(false);
              setLeft(total * 60);
              setAnnounce('');
            }}
          >
            Opnieuw
          </button>
        </div>
      ) : null}
      <span role="status" class="sr-only">{announce}</span>
      {announce ? <p class="time-up">{announce}</p> : null}
    </div>
  );
}
