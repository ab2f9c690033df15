import { signal } from '@preact/signals';
import { draftsKept, DRAFTS_SUMMARY } from '../drafts/drafts-explained';
import { hourChoices } from '../drafts/draft-settings';
import { draftHours, draftPolicy, draftSettings, includeAgain, setHours, sitesToOffer, switchOff, switchOn } from './drafts-model';

const address = signal('');
const host = (site: string) => new URL(site).host;
const hoursText = (h: number) => (h === 1 ? '1 uur' : `${h} uur`);

/** "Conceptbeveiliging": drafts per site, how long they are kept, and the fields left out. */
export function DraftsSection() {
  const settings = draftSettings.value;
  const policy = draftPolicy.value;
  const orgSites = policy.sites;
  return (
    <section aria-labelledby="drafts-title" class="card-section" data-testid="kc-options-drafts">
      <h2 id="drafts-title" tabIndex={-1}>
        Conceptbeveiliging
      </h2>
      <p class="section-note">{DRAFTS_SUMMARY}</p>
      <ul class="section-note">
        {draftsKept(draftHours.value).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!policy.allowed ? (
        <p class="locked-reason" data-testid="kc-options-drafts-forbidden">
          <span aria-hidden="true">🔒 </span>Je organisatie staat conceptbeveiliging niet toe.
        </p>
      ) : (
        <>
          <h3>Aan op</h3>
          {settings.sites.length ? (
            <ul class="plain-list">
              {settings.sites.map((site) => (
                <li key={site} class="list-row" data-testid="kc-options-drafts-site">
                  <span class="list-text">{host(site)}</span>
                  <button type="button" class="button" aria-label={`Conceptbeveiliging uit op ${host(site)}`} onClick={() => {
                    document.getElementById('drafts-title')?.focus();
                    void switchOff(site);
                  }}>
                    Uitzetten
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">Nog nergens.</p>
          )}
          {sitesToOffer.value.map((site) => (
            <button key={site} type="button" class="button" data-testid="kc-options-drafts-offer" onClick={() => void switchOn(site)}>
              Aanzetten op {host(site)}
            </button>
          ))}
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void switchOn(address.value).then((ok) => ok && (address.value = ''));
            }}
          >
            <label for="drafts-site-input">Adres van de site (bijvoorbeeld ecd.zorg.nl)</label>
            <div class="row">
              <input
                id="drafts-site-input"
                type="text"
                autoComplete="off"
                value={address.value}
                data-testid="kc-options-drafts-input"
                onInput={(e) => (address.value = (e.currentTarget as HTMLInputElement).value)}
              />
              <button type="submit" class="button" data-testid="kc-options-drafts-add">
                Aanzetten
              </button>
            </div>
          </form>
          {orgSites.length ? (
            <>
              <h3>Aangezet door je organisatie</h3>
              <ul class="plain-list">
                {orgSites.map((s) => (
                  <li key={s} class="list-row locked" data-testid="kc-options-drafts-org-site">
                    <span class="list-text">
                      {s}
                      <span class="locked-reason">
                        <span aria-hidden="true">🔒 </span>Aangezet door je organisatie
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <label class="search">
            Een concept bewaren voor
            <select data-testid="kc-options-drafts-hours" value={String(draftHours.value)} onChange={(e) => void setHours(Number(e.currentTarget.value))}>
              {hourChoices(policy).map((h) => (
                <option key={h} value={String(h)}>
                  {hoursText(h)}
                </option>
              ))}
            </select>
          </label>
          {policy.maxHours ? (
            <p class="locked-reason">
              <span aria-hidden="true">🔒 </span>Je organisatie staat hoogstens {hoursText(policy.maxHours)} toe.
            </p>
          ) : null}
          {settings.excluded.length ? (
            <>
              <h3>Velden zonder concept</h3>
              <ul class="plain-list">
                {settings.excluded.map((f, i) => (
                  <li key={`${f.site} ${f.selector}`} class="list-row" data-testid="kc-options-drafts-excluded">
                    <span class="list-text">
                      {f.label || 'Tekstveld'} <span class="list-meta">op {host(f.site)}</span>
                    </span>
                    <button type="button" class="button quiet" onClick={() => {
                      document.getElementById('drafts-title')?.focus();
                      void includeAgain(i);
                    }}>
                      Weer bewaren
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
