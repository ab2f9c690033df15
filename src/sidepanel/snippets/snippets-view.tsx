import { useEffect, useRef, useState } from 'preact/hooks';
import type { DuplicateChoice } from '../../messaging/snippet-protocol';
import { SnippetEditor } from './snippet-editor';
import {
  duplicate,
  editing,
  exportJson,
  exportMarkdown,
  filter,
  importFile,
  insert,
  lastDeleted,
  loadStatus,
  policyIssues,
  query,
  refresh,
  remove,
  results,
  status,
  toggleFavourite,
  transferStatus,
  undoDelete,
} from './snippets-model';

const ORIGIN_NL = { builtin: 'methode', own: 'eigen', organisation: 'organisatie' } as const;

function ImportExport() {
  const file = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  return (
    <details class="io">
      <summary>Delen: exporteren en importeren</summary>
      <div class="row">
        <button type="button" onClick={() => void exportJson()}>Exporteer (JSON)</button>
        <button type="button" onClick={() => void exportMarkdown()}>Exporteer om te lezen (Markdown)</button>
      </div>
      <label>
        Bij dubbele sjablonen{' '}
        <select value={choice} onChange={(e) => setChoice(e.currentTarget.value as typeof choice)}>
          <option value="skip">overslaan</option>
          <option value="replace">vervangen</option>
          <option value="keep-both">allebei houden</option>
        </select>
      </label>
      <label>
        Importeer een bestand{' '}
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          data-testid="kc-import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void importFile(f, choice).finally(() => file.current && (file.current.value = ''));
          }}
        />
      </label>
      <p role="status" aria-live="polite" class={transferStatus.value?.failed ? 'notice' : 'status'} data-testid="kc-import-status">
        {transferStatus.value?.message}
      </p>
    </details>
  );
}

/** Parts of the organisation's policy that Krachtcoach skipped: folded, for the worker to pass on to IT. */
function PolicyIssues() {
  const issues = policyIssues.value;
  if (!issues.length) return null;
  return (
    <details class="io" data-testid="kc-policy-issues">
      <summary>Beleid van de organisatie: {issues.length === 1 ? '1 melding' : `${issues.length} meldingen`} voor de beheerder</summary>
      <ul>
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
    </details>
  );
}

/** Templates of the method, the organisation's and the worker's own: search, insert, manage. */
export function SnippetsView() {
  useEffect(() => {
    void refresh();
    void loadStatus();
  }, []);
  if (editing.value) return <SnippetEditor draft={editing.value} />;
  return (
    <div class="snippets" data-testid="kc-snippets">
      <div class="row">
        <input
          type="search"
          aria-label="Zoek sjablonen"
          placeholder="Zoek op titel, tekst of label…"
          value={query.value}
          onInput={(e) => {
            query.value = e.currentTarget.value;
            void refresh();
          }}
        />
        <button type="button" onClick={() => (editing.value = { title: '', body: '', tags: [] })}>
          Nieuw
        </button>
      </div>
      <div class="filters" role="radiogroup" aria-label="Welke sjablonen">
        {(['all', 'recent', 'favourites'] as const).map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="filter"
              checked={filter.value === f}
              onChange={() => {
                filter.value = f;
                void refresh();
              }}
            />{' '}
            {f === 'all' ? 'Alle' : f === 'recent' ? 'Recent' : 'Favorieten'}
          </label>
        ))}
      </div>
      <div role="status" aria-live="polite" class="status" data-testid="kc-snippets-status">
        {status.value}
        {lastDeleted.value ? (
          <button type="button" class="link" onClick={() => void undoDelete()}>
            Ongedaan maken
          </button>
        ) : null}
      </div>
      <ul class="snippet-list">
        {results.value.map((s) => (
          <li key={s.id} data-testid="kc-snippet">
            <div class="title">
              <strong>{s.title}</strong> {s.shortcut ? <code>{s.shortcut}</code> : null}{' '}
              <span class={`origin ${s.origin}`}>{ORIGIN_NL[s.origin]}{s.readOnly ? ', alleen lezen' : ''}</span>
            </div>
            {s.tags.length ? <div class="tags">{s.tags.map((t) => `#${t}`).join(' ')}</div> : null}
            <div class="row">
              <button type="button" data-testid="kc-snippet-insert" onClick={() => void insert(s)}>
                Invoegen
              </button>
              <button type="button" aria-pressed={s.favourite} title="Favoriet" onClick={() => void toggleFavourite(s)}>
                {s.favourite ? '★' : '☆'}
                <span class="sr-only">Favoriet</span>
              </button>
              <button type="button" onClick={() => void duplicate(s)}>Dupliceren</button>
              {!s.readOnly ? (
                <>
                  <button type="button" onClick={() => (editing.value = { id: s.id, title: s.title, body: s.body, tags: s.tags, ...(s.shortcut ? { shortcut: s.shortcut } : {}) })}>
                    Bewerken
                  </button>
                  <button type="button" data-testid="kc-snippet-delete" onClick={() => void remove(s)}>
                    Verwijderen
                  </button>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <ImportExport />
      <PolicyIssues />
    </div>
  );
}
