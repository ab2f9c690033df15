import { offerText, previewOf } from '../drafts/offer-text';
import { closePreview, draftHours, draftsHere, previewOffer, previews, restoreOffer, tabOffers } from './drafts-model';

/**
 * Where drafts are on: one line that says so and what it keeps, and the restore offers of the
 * page's fields, quiet at the top of the panel. Nothing where drafts are off.
 */
export function DraftOffers() {
  const list = tabOffers.value;
  const on = draftsHere.value;
  if (!list.length && !on) return null;
  const now = Date.now();
  return (
    <section class="draft-offers" aria-label="Conceptbeveiliging" data-testid="kc-panel-drafts">
      {on ? (
        <p class="draft-on" data-testid="kc-panel-drafts-on">
          Conceptbeveiliging staat aan: per veld blijft je laatste tekst versleuteld op deze computer, hoogstens {draftHours.value} uur,
          tot je opslaat of de browser sluit (zie Privacy bij Assistent).
        </p>
      ) : null}
      {list.map((offer) => {
        const preview = previews.value[offer.id];
        return (
          <div key={`${offer.frame}-${offer.id}`} class="draft-offer" data-testid="kc-panel-draft">
            <p class="draft-field">{offer.label}</p>
            <div class="draft-actions">
              <button type="button" data-testid="kc-panel-draft-restore" onClick={() => void restoreOffer(offer)}>
                {offerText(offer, now)}
              </button>
              <button
                type="button"
                class="link"
                aria-expanded={preview !== undefined}
                data-testid="kc-panel-draft-look"
                onClick={() => (preview === undefined ? void previewOffer(offer) : closePreview(offer))}
              >
                Bekijk
              </button>
            </div>
            {preview !== undefined ? (
              <p class="draft-preview" data-testid="kc-panel-draft-preview">
                {previewOf(preview)}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
