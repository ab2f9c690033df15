import { siteName } from './site-name';
import { allowSites, forgetPending, pendingSites, stopSite, workerSites } from './sites-model';
import { organisationSites } from './organisation-model';

/** Where Krachtcoach starts by itself: the worker's sites, the organisation's (locked), and imported ones still to allow. */
export function SitesSection() {
  const own = workerSites.value;
  const pending = pendingSites.value;
  const org = organisationSites.value;
  return (
    <section aria-labelledby="sites-title" class="card-section" data-testid="kc-options-sites">
      {/* Focus lands here when a row goes, instead of on the page's top. */}
      <h2 id="sites-title" tabIndex={-1}>
        Sites waar Krachtcoach altijd aan staat
      </h2>
      {own.length ? (
        <ul class="plain-list">
          {own.map((s) => (
            <li key={s} class="list-row" data-testid="kc-options-site">
              <span class="list-text">{siteName(s)}</span>
              <button type="button" class="button" aria-label={`Stoppen op ${siteName(s)}`} onClick={() => {
                  document.getElementById('sites-title')?.focus();
                  void stopSite(s);
                }}>
                Stoppen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">
          Nog geen. Ga naar het dossier, klik op de Krachtcoach-knop in de werkbalk of druk <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>, en
          kies in het paneel "Altijd op deze site".
        </p>
      )}
      {pending.length ? (
        <>
          <h3>Nog toestaan</h3>
          <p class="section-note">
            Deze sites kwamen uit een ingelezen bestand. De browser vraagt je eerst om toestemming; daarna start Krachtcoach daar vanzelf.
          </p>
          <ul class="plain-list">
            {pending.map((s) => (
              <li key={s} class="list-row" data-testid="kc-options-pending-site">
                <span class="list-text">
                  {siteName(s)} <span class="list-meta">nog toestaan</span>
                </span>
                <span class="row">
                  <button type="button" class="button" aria-label={`Toestaan op ${siteName(s)}`} onClick={() => void allowSites([s])}>
                    Toestaan
                  </button>
                  <button type="button" class="button quiet" aria-label={`${siteName(s)} niet toestaan`} onClick={() => {
                    document.getElementById('sites-title')?.focus();
                    void forgetPending(s);
                  }}>
                    Niet
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {pending.length > 1 ? (
            <button type="button" class="button" onClick={() => void allowSites(pending)}>
              Alle {pending.length} toestaan
            </button>
          ) : null}
        </>
      ) : null}
      {org.length ? (
        <>
          <h3>Aangezet door je organisatie</h3>
          <ul class="plain-list">
            {org.map((s) => (
              <li key={s} class="list-row locked" data-testid="kc-options-org-site">
                <span class="list-text">
                  {siteName(s)}
                  <span class="locked-reason">
                    <span aria-hidden="true">🔒 </span>Aangezet door je organisatie; stoppen kan hier niet
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
