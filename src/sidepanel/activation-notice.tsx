import { clickLasts } from '../activation/activation';
import { sitePattern } from '../activation/site-pattern';
import { activateHere, activation, allowedOnSite, alwaysOnSite, enableAlways, stopAlways, tabUrl } from './panel-model';

/**
 * The browser tells the page's address only once Krachtcoach may read along: before the
 * worker's click there is no site to ask "always" for.
 */
function siteKnown(): boolean {
  return sitePattern(tabUrl.value) !== null;
}

/** Says when Krachtcoach does not run on the page, and how to switch it on. */
export function ActivationNotice() {
  if (activation.value === 'active') {
    if (alwaysOnSite.value) {
      return (
        <p class="privacy">
          Altijd aan op deze site.{' '}
          <button type="button" class="link" onClick={() => void stopAlways()}>
            Niet meer altijd op deze site
          </button>
        </p>
      );
    }
    // Switched on by the button or Alt+Shift+K: say how long that lasts (activated-tabs.ts), and offer more.
    if (!allowedOnSite.value) {
      return (
        <p class="privacy" data-testid="kc-panel-tab-only">
          Aan in dit tabblad, {clickLasts() === 'site' ? 'zolang je op deze site blijft' : 'tot je de pagina verlaat of herlaadt'}.{' '}
          {siteKnown() ? (
            <button type="button" class="link" data-testid="kc-enable-site" onClick={() => void enableAlways()}>
              Altijd op deze site
            </button>
          ) : null}
        </p>
      );
    }
    return null;
  }
  if (activation.value === 'unsupported') {
    return (
      <section class="activation" data-testid="kc-panel-activation">
        <p>Op deze pagina kan Krachtcoach niet werken (een pagina van de browser zelf). Open het cliëntdossier in dit tabblad.</p>
      </section>
    );
  }
  const known = siteKnown();
  return (
    <section class="activation" aria-label="Krachtcoach aanzetten" data-testid="kc-panel-activation">
      <p>
        <strong>Krachtcoach is niet actief op deze pagina.</strong> Hij leest pas mee nadat je hem aanzet: met de
        Krachtcoach-knop in de werkbalk of <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> voor dit tabblad
        {known ? ', of altijd op deze site.' : '. Daarna kun je hem hier ook altijd aanzetten voor deze site.'}
      </p>
      <div class="row">
        <button type="button" onClick={() => void activateHere()}>Hier aanzetten</button>
        {known ? (
          <button type="button" data-testid="kc-enable-site" onClick={() => void enableAlways()}>
            Altijd op deze site
          </button>
        ) : null}
      </div>
    </section>
  );
}
