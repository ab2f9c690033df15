import { offerText, previewOf } from '../drafts/offer-text';
import { closePreview, previewOffer, previews, restoreOffer, tabOffers } from './drafts-model';

/** The restore offers of the page's fields, quiet at the top of the panel; nothing when there are none. */
export function DraftOffers() {
  const list = tabOffers.value;
  if (!list.length) return null;
  const now = Date.now();
  return (
    <section class="draft-offers" aria-label="Concepten om terug te zetten" data-testid="kc-panel-drafts">
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
