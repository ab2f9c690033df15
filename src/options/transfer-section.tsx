import { exportSettings, importSettings } from './settings-transfer';

/** Export and import of the settings, as a file for another computer or browser. */
export function TransferSection() {
  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is read again.
    input.value = '';
    if (file) void importSettings(file);
  };
  return (
    <section aria-labelledby="transfer-title" class="card-section">
      <h2 id="transfer-title">Bewaren en overzetten</h2>
      <p class="section-note">
        Bewaar je instellingen als bestand (soorten, regels, woordenlijst, rustige stand en je sites) en lees ze in op een andere
        computer. Een bestand dat niet klopt, verandert niets.
      </p>
      <div class="row">
        <button type="button" class="button" data-testid="kc-options-export" onClick={exportSettings}>
          Exporteren
        </button>
        <span class="file-button">
          <input id="import-file" type="file" accept=".json,application/json" class="visually-hidden" data-testid="kc-options-import" onChange={onFile} />
          <label for="import-file" class="button">
            Importeren…
          </label>
        </span>
      </div>
    </section>
  );
}
