import { useEffect } from 'preact/hooks';
import { CalmSection } from './calm-section';
import { DisabledRulesSection } from './disabled-rules-section';
import { loadDrafts } from './drafts-model';
import { DraftsSection } from './drafts-section';
import { loadOrganisationPolicy, policyIssues } from './organisation-model';
import { RulesSection } from './rules-section';
import { loadSettings, settingsLoaded, statusMessage } from './settings-model';
import { loadSites } from './sites-model';
import { SitesSection } from './sites-section';
import { TransferSection } from './transfer-section';
import { WordListSection } from './word-list-section';

/** The options page: every setting of the worker, saved at once, the organisation's shown locked. */
export function OptionsApp() {
  useEffect(() => {
    void loadSettings();
    void loadSites();
    void loadDrafts();
    loadOrganisationPolicy();
  }, []);
  const status = statusMessage.value;
  return (
    <main class="page" data-testid="kc-options" aria-busy={!settingsLoaded.value}>
      <header class="page-header">
        <h1>Krachtcoach: instellingen</h1>
        <p class="lead">
          Alles blijft op deze computer. Een wijziging wordt meteen bewaard en geldt direct in de pagina's die openstaan.
        </p>
      </header>
      <div role="status" aria-live="polite" class={`message${status ? ` ${status.kind}` : ''}`} data-testid="kc-options-message">
        {status?.text ?? ''}
      </div>
      {policyIssues.value.length ? (
        <section class="card-section" aria-labelledby="policy-title" data-testid="kc-options-policy-issues">
          <h2 id="policy-title">Beleid van de organisatie</h2>
          <p>Een deel van het beleid kon Krachtcoach niet gebruiken. Geef dit door aan je beheerder:</p>
          <ul>
            {policyIssues.value.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <CalmSection />
      <DisabledRulesSection />
      <RulesSection />
      <WordListSection />
      <SitesSection />
      <DraftsSection />
      <TransferSection />
      <footer class="page-footer">
        <a href="/welcome.html">Uitleg en proberen</a>
      </footer>
    </main>
  );
}
