import { activateHere, activation, alwaysOnSite, enableAlways, stopAlways } from './panel-model';

/** Says when Krachtcoach does not run on the page, and how to switch it on. */
export function ActivationNotice() {
  if (activation.value === 'active') {
    return alwaysOnSite.value ? (
      <p class="privacy">
        Altijd aan op deze site.{' '}
        <button type="button" class="link" onClick={() => void stopAlways()}>
          Niet meer altijd op deze site
        </button>
      </p>
    ) : null;
  }
  if (activation.value === 'unsupported') {
    return (
      <section class="activation" data-testid="kc-panel-activation">
        <p>Op deze pagina kan Krachtcoach niet werken (een pagina van de browser zelf). Open het cliëntdossier in dit tabblad.</p>
      </section>
    );
  }
  return (
    <section class="activation" aria-label="Krachtcoach aanzetten" data-testid="kc-panel-activation">
      <p>
        <strong>Krachtcoach is niet actief op deze pagina.</strong> Hij leest pas mee nadat je hem aanzet: met de
        Krachtcoach-knop in de werkbalk of <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> voor dit tabblad, of altijd op deze site.
      </p>
      <div class="row">
        <button type="button" onClick={() => void activateHere()}>Hier aanzetten</button>
        <button type="button" data-testid="kc-enable-site" onClick={() => void enableAlways()}>
          Altijd op deze site
        </button>
      </div>
    </section>
  );
}
