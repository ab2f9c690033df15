import { Fragment } from 'preact';
import { draftsKept, DRAFTS_SUMMARY } from '../drafts/drafts-explained';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { CategoryLegend } from './category-legend';
import { TryOut } from './try-out';

const keys = (...k: string[]) =>
  k.map((key, i) => (
    <Fragment key={key}>
      {i ? '+' : ''}
      <kbd>{key}</kbd>
    </Fragment>
  ));

/** Two shortcuts to name as examples: the first two of the begeleidingstraject that have one. */
const SHORTCUTS = BUILTIN_TEMPLATES.filter((t) => t.shortcut).slice(1, 3);

/** The page that opens once after install: what it does, how to switch it on, what the lines mean, and a try-out. */
export function WelcomeApp() {
  return (
    <main class="page" data-testid="kc-welcome">
      <header class="page-header">
        <h1>Welkom bij Krachtcoach</h1>
        <p class="lead">
          Krachtcoach helpt je krachtgericht te rapporteren. Terwijl je in het dossier schrijft, onderstreept hij woorden die je
          krachtgerichter kunt zeggen. Hij legt uit waarom en geeft een voorstel of een vraag. Wat erin komt, beslis jij.
        </p>
        <p class="privacy-note">
          <strong>Alles blijft op deze computer.</strong> Je tekst gaat nergens heen: niet naar een server, niet naar ons.
        </p>
      </header>

      <section aria-labelledby="on-title" class="card-section">
        <h2 id="on-title">Aanzetten op een site</h2>
        <p>Krachtcoach leest alleen mee waar jij hem aanzet.</p>
        <ol class="steps">
          <li>Open het cliëntdossier.</li>
          <li>
            Klik op de Krachtcoach-knop in de werkbalk of druk {keys('Alt', 'Shift', 'K')}. Hij staat dan aan in dit tabblad, en
            het paneel gaat open.
          </li>
          <li>Wil je hem daar altijd? Kies in het paneel "Altijd op deze site". De browser vraagt één keer om toestemming.</li>
        </ol>
        <p class="section-note">Zie je de knop niet? Klik op het puzzelstukje naast de adresbalk en zet Krachtcoach vast.</p>
      </section>

      <section aria-labelledby="legend-title" class="card-section">
        <h2 id="legend-title">Wat de lijnen betekenen</h2>
        <p>Elke soort heeft een eigen kleur en een eigen lijn, zodat je ze ook zonder kleur uit elkaar houdt.</p>
        <CategoryLegend />
      </section>

      <section aria-labelledby="keys-title" class="card-section">
        <h2 id="keys-title">Handig om te weten</h2>
        <ul class="steps">
          <li>
            Beweeg over een onderstreept woord, of zet de cursor erop en druk {keys('Alt', 'Enter')}: de kaart met uitleg en
            voorstellen. {keys('Esc')} sluit hem.
          </li>
          <li>
            Typ een sneltoets voor een sjabloon, zoals{' '}
            {SHORTCUTS.map((t, i) => (
              <Fragment key={t.id}>
                {i ? ' of ' : ''}
                <code>{t.shortcut}</code> ({t.title.toLowerCase()})
              </Fragment>
            ))}
            .
          </li>
          <li>Druk {keys('Alt', 'Shift', 'I')} om een sjabloon te kiezen op de plek van de cursor.</li>
          <li>
            In de <a href="/options.html">instellingen</a> zet je soorten of regels uit, houd je een woordenlijst bij (namen die
            nooit worden aangewezen) en zet je de rustige stand aan.
          </li>
        </ul>
      </section>

      <section aria-labelledby="drafts-title" class="card-section" data-testid="kc-welcome-drafts">
        <h2 id="drafts-title">Conceptbeveiliging (staat uit)</h2>
        <p>{DRAFTS_SUMMARY} Wat het bewaart:</p>
        <ul class="steps">
          {draftsKept().map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p class="section-note">
          Aanzetten doe je per site in de <a href="/options.html#drafts-title">instellingen</a>, bij Conceptbeveiliging.
        </p>
      </section>

      <section aria-labelledby="try-title" class="card-section">
        <h2 id="try-title">Probeer het: 20 seconden</h2>
        <p>Hieronder staat een zin zoals je die aan het eind van een dienst schrijft. Verander hem en kijk wat Krachtcoach ziet.</p>
        <TryOut />
      </section>
    </main>
  );
}
