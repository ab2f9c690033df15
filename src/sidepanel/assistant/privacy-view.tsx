import { useEffect, useState } from 'preact/hooks';
import { HISTORY_DAY_CHOICES, historyDaysOf } from '../../storage/chat';
import { historyDays, initChat, keepHistory, setHistoryDays, setKeepHistory } from './chat-model';
import { Confirm } from './journal-view';
import { keptItems, NEVER_KEPT, wipeAll, wipeAllDone, wipeAllQuestion } from './privacy-model';
import './privacy-view.css';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const dayLabel = (d: number) => (d === 1 ? '1 dag' : `${d} dagen`);

/** What Krachtcoach keeps and where, what it never keeps, the chat-history setting and "Wis alles". */
export function PrivacyView() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void initChat();
  }, []);
  const days = historyDays.value;
  return (
    <section class="privacy-view" aria-labelledby="kc-privacy-title">
      <h2 id="kc-privacy-title">Privacy</h2>
      <p>Krachtcoach werkt helemaal in je browser: er gaat niets naar een server.</p>

      <h3>Wat bewaard wordt, en waar</h3>
      <ul data-testid="kc-kept-list">
        {keptItems(keepHistory.value, days).map((item) => (
          <li key={item.id} data-testid="kc-kept-item" data-kept={item.id}>
            <strong>{capital(item.name)}</strong>
            {item.detail ? ` (${item.detail})` : ''}
            <span class="where">{item.where}</span>
          </li>
        ))}
      </ul>

      <h3>Wat nooit bewaard wordt</h3>
      <ul data-testid="kc-never-kept">
        {NEVER_KEPT.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h3>Het gesprek met de assistent</h3>
      <label class="check">
        <input
          type="checkbox"
          data-testid="kc-keep-history"
          checked={keepHistory.value}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void setKeepHistory(on).then(() =>
              setStatus(on ? `Het gesprek wordt voortaan bewaard op deze computer, ${dayLabel(historyDays.value)}.` : 'Het gesprek wordt niet meer bewaard; wat bewaard was, is gewist.'),
            );
          }}
        />{' '}
        Gesprek bewaren op deze computer
      </label>
      {keepHistory.value ? (
        <label class="days">
          Bewaren voor{' '}
          <select
            data-testid="kc-history-days"
            value={String(days)}
            onChange={(e) => {
              const chosen = historyDaysOf(Number(e.currentTarget.value));
              void setHistoryDays(chosen).then(() => setStatus(`Het gesprek blijft voortaan ${dayLabel(chosen)} bewaard; wat ouder was, is gewist.`));
            }}
          >
            {HISTORY_DAY_CHOICES.map((d) => (
              <option key={d} value={String(d)}>
                {dayLabel(d)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p class="hint">
        Staat dit uit (zo staat het in het begin), dan is het gesprek weg zodra je het paneel sluit. Staat het aan, dan wordt wat ouder is dan je keuze gewist.
      </p>

      <h3>Wis alles</h3>
      {confirming ? null : (
        <p class="hint" data-testid="kc-wipe-explained">
          {wipeAllQuestion()}
        </p>
      )}
      <button type="button" class="danger" data-testid="kc-wipe-all" onClick={() => setConfirming(true)}>
        Wis alles
      </button>
      {confirming ? (
        <Confirm
          question={wipeAllQuestion()}
          yes="Ja, wis alles"
          onYes={() => {
            setConfirming(false);
            void wipeAll().then(
              () => setStatus(wipeAllDone()),
              (error: unknown) => setStatus(error instanceof Error ? error.message : 'Wissen lukte niet.'),
            );
          }}
          onNo={() => setConfirming(false)}
        />
      ) : null}
      <p role="status" class="status" data-testid="kc-privacy-status">
        {status}
      </p>
    </section>
  );
}
