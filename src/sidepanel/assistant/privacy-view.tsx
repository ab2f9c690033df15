import { useEffect, useState } from 'preact/hooks';
import { initChat, keepHistory, setKeepHistory, wipeChat } from './chat-model';
import { wipeJournal } from './journal-model';
import { Confirm } from './journal-view';

/** What the assistant keeps, and "Wis alles". */
export function PrivacyView() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void initChat();
  }, []);
  return (
    <section class="privacy-view" aria-labelledby="kc-privacy-title">
      <h2 id="kc-privacy-title">Privacy</h2>
      <p>De assistent werkt helemaal in je browser. Vragen, antwoorden en je dagboek gaan nergens heen.</p>
      <label class="check">
        <input
          type="checkbox"
          data-testid="kc-keep-history"
          checked={keepHistory.value}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void setKeepHistory(on).then(() => setStatus(on ? 'Het gesprek wordt voortaan bewaard op deze computer.' : 'Het gesprek wordt niet meer bewaard; wat bewaard was, is gewist.'));
          }}
        />{' '}
        Gesprek met de assistent bewaren op deze computer
      </label>
      <p class="hint">Staat dit uit (zo staat het in het begin), dan is het gesprek weg zodra je het paneel sluit.</p>
      <button type="button" class="danger" data-testid="kc-wipe-all" onClick={() => setConfirming(true)}>
        Wis alles
      </button>
      {confirming ? (
        <Confirm
          question="Alles wissen: het bewaarde gesprek én je hele reflectiedagboek? Dit kan niet ongedaan worden gemaakt."
          yes="Ja, wis alles"
          onYes={() => {
            setConfirming(false);
            void Promise.all([wipeChat(), wipeJournal()]).then(() => setStatus('Alles is gewist: het gesprek en je dagboek.'));
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
