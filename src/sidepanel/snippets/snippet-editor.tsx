import { useMemo, useState } from 'preact/hooks';
import { builtInRules, createAnalyzer } from '../../analysis';
import { CATEGORY_DISPLAY } from '../../analysis/categories';
import type { SnippetDraft } from '../../messaging/snippet-protocol';
import { renderTemplate } from '../../templates/fields';
import { editing, save } from './snippets-model';

const analyzer = createAnalyzer(builtInRules);

/** Create or edit an own snippet, with a live preview and the coach's findings on it. */
export function SnippetEditor({ draft }: { draft: SnippetDraft }) {
  const [title, setTitle] = useState(draft.title);
  const [shortcut, setShortcut] = useState(draft.shortcut ?? '');
  const [tags, setTags] = useState(draft.tags.join(', '));
  const [body, setBody] = useState(draft.body);
  const preview = useMemo(() => renderTemplate(body, {}, new Date()), [body]);
  const findings = useMemo(() => analyzer.analyze(preview).findings.filter((f) => f.category !== 'vague'), [preview]);

  const submit = (e: Event) => {
    e.preventDefault();
    void save({
      ...(draft.id ? { id: draft.id } : {}),
      title: title.trim(),
      body,
      tags: tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean),
      ...(shortcut.trim() ? { shortcut: shortcut.trim() } : {}),
    });
  };
  return (
    <form class="editor" onSubmit={submit} aria-label="Sjabloon bewerken" data-testid="kc-snippet-editor">
      <label>
        Titel <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} required />
      </label>
      <label>
        Sneltoets <input value={shortcut} placeholder="/kort" onInput={(e) => setShortcut(e.currentTarget.value)} />
      </label>
      <label>
        Labels <input value={tags} placeholder="werkblad, gesprek" onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label>
        Tekst <small>({'{{naam}}, {{tekst:Vraag}}, {{keuze:Wie?|ik|samen}}, {{datum:+2w}}, {{vink:Besproken}}'})</small>
        <textarea rows={8} value={body} onInput={(e) => setBody(e.currentTarget.value)} required />
      </label>
      <details open>
        <summary>Voorbeeld</summary>
        <pre class="preview" data-testid="kc-snippet-preview">{preview}</pre>
      </details>
      <div aria-live="polite" data-testid="kc-snippet-findings">
        {findings.length ? (
          <ul class="snippet-findings">
            {findings.map((f) => (
              <li key={`${f.rule}-${f.start}`}>
                <strong>{CATEGORY_DISPLAY[f.category].name}</strong>: <q>{f.text}</q>, {f.message}
              </li>
            ))}
          </ul>
        ) : (
          <p class="ok">De coach vindt niets in deze tekst.</p>
        )}
      </div>
      <div class="row">
        <button type="submit">Opslaan</button>
        <button type="button" onClick={() => (editing.value = null)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
