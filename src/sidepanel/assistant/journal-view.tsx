import { useEffect, useRef, useState } from 'preact/hooks';
import { SOURCE_NAMES } from '../../assistant/reflection-prompts';
import { beginFlow } from './chat-model';
import { formatDay, parseTags } from './journal-text';
import {
  entries,
  exportJournal,
  found,
  journalQuery,
  journalStatus,
  lastRemoved,
  loadJournal,
  otherPrompt,
  removeEntry,
  saveEntry,
  todaysPrompt,
  undoRemove,
  wipeJournal,
} from './journal-model';

const LOCAL_ONLY = 'Alleen op deze computer opgeslagen. Je dagboek gaat nergens heen: geen server, geen collega, geen dossier.';

function WriteEntry() {
  const [answer, setAnswer] = useState('');
  const [tags, setTags] = useState('');
  const prompt = todaysPrompt.value;
  return (
    <form
      class="journal-write"
      aria-labelledby="kc-journal-prompt-title"
      onSubmit={(e) => {
        e.preventDefault();
        void saveEntry(prompt.text, answer, [...prompt.tags, ...parseTags(tags)]).then((ok) => {
          if (ok) {
            setAnswer('');
            setTags('');
          }
        });
      }}
    >
      <h3 id="kc-journal-prompt-title">Vraag van vandaag</h3>
      <p class="prompt" data-testid="kc-journal-prompt">
        <small>{SOURCE_NAMES[prompt.source]}</small>
        <br />
        {prompt.text}
      </p>
      <div class="row">
        <button type="button" onClick={otherPrompt}>
          Een andere vraag
        </button>
        <button type="button" onClick={() => beginFlow('reflectie', true)} data-testid="kc-journal-series">
          Reeks voor de intervisie (in het gesprek)
        </button>
      </div>
      <label>
        Je antwoord
        <textarea rows={4} value={answer} data-testid="kc-journal-answer" onInput={(e) => setAnswer(e.currentTarget.value)} />
      </label>
      <label>
        Eigen labels <small>(met komma's, bijvoorbeeld: intervisie, presentie)</small>
        <input type="text" value={tags} data-testid="kc-journal-tags" onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <button type="submit" data-testid="kc-journal-save" disabled={!answer.trim()}>
        Bewaren in mijn dagboek
      </button>
    </form>
  );
}

/** An inline confirmation; focus starts on "Annuleren", so a stray Enter deletes nothing. */
export function Confirm({ question, yes, onYes, onNo }: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="kc-confirm-q" class="confirm" onKeyDown={(e) => e.key === 'Escape' && onNo()}>
      <p id="kc-confirm-q">{question}</p>
      <div class="row">
        <button type="button" class="danger" data-testid="kc-confirm-yes" onClick={onYes}>
          {yes}
        </button>
        <button type="button" ref={cancel} onClick={onNo}>
          Annuleren
        </button>
      </div>
    </div>
  );
}


/** The private reflection journal: write, search, export, delete. */
export function JournalView() {
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    void loadJournal();
  }, []);
  const list = found.value;
  return (
    <section class="journal" aria-labelledby="kc-journal-title">
      <h2 id="kc-journal-title">Reflectiedagboek</h2>
      <p class="local-only" data-testid="kc-journal-local">
        {LOCAL_ONLY}
      </p>
      <WriteEntry />
      <div role="status" class="status" data-testid="kc-journal-status">
        {journalStatus.value}
        {lastRemoved.value ? (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void undoRemove()}>
              Ongedaan maken
            </button>
          </>
        ) : null}
      </div>
      <h3>Mijn aantekeningen ({entries.value.length})</h3>
      <label class="search">
        Zoeken in je dagboek
        <input type="search" value={journalQuery.value} data-testid="kc-journal-search" onInput={(e) => (journalQuery.value = e.currentTarget.value)} />
      </label>
      {list.length ? (
        <ul class="journal-list" data-testid="kc-journal-list">
          {list.map((e) => (
            <li key={e.id} data-testid="kc-journal-entry">
              <p class="meta">
                <time dateTime={e.date}>{formatDay(e.date)}</time>
                {e.tags.length ? <span class="tags"> · {e.tags.join(', ')}</span> : null}
              </p>
              <p class="prompt">{e.prompt}</p>
              <p class="answer">{e.answer}</p>
              <button type="button" class="link" onClick={() => void removeEntry(e)} aria-label={`Verwijder de aantekening van ${formatDay(e.date)}`}>
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{entries.value.length ? 'Niets gevonden.' : 'Nog geen aantekeningen.'}</p>
      )}
      <div class="row">
        <button type="button" data-testid="kc-journal-export" disabled={!entries.value.length} onClick={exportJournal}>
          Exporteren (Markdown)
        </button>
        <button type="button" class="danger" disabled={!entries.value.length} onClick={() => setConfirming(true)}>
          Dagboek wissen
        </button>
      </div>
      {confirming ? (
        <Confirm
          question="Je hele dagboek wissen? Dit kan niet ongedaan worden gemaakt."
          yes="Ja, wis mijn dagboek"
          onYes={() => {
            setConfirming(false);
            void wipeJournal();
          }}
          onNo={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
