/** How long the pointer rests on underlined words before their card opens. */
export const HOVER_OPEN_MS = 400;
/** How long an open card waits for the pointer to come back (from the words to the card, or back). */
export const HOVER_CLOSE_MS = 300;

interface CardControl<K> {
  open(key: K): void;
  close(): void;
}

/**
 * When the pointer opens and closes the card. A pointer that passes over an underline on its
 * way elsewhere opens nothing: the card opens once it rests on the same words for
 * HOVER_OPEN_MS. A card the pointer is on (its words or the card itself) stays; once the pointer
 * has left both for HOVER_CLOSE_MS it closes. A card opened from the keyboard (Alt+Enter) is not
 * the pointer's to close until the pointer has been on it.
 */
export class HoverIntent<K> {
  private waiting: K | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The open card's words, or null when no card is open. */
  private shown: K | null = null;
  /** Whether the pointer may close the open card (it opened it, or has been on it). */
  private pointerOwns = false;

  constructor(
    private readonly card: CardControl<K>,
    private readonly same: (a: K, b: K) => boolean,
  ) {}

  /** The pointer is on the words of `key`. */
  overWords(key: K): void {
    this.stopClosing();
    if (this.shown !== null && this.same(this.shown, key)) {
      this.pointerOwns = true;
      this.stopOpening();
      return;
    }
    if (this.waiting !== null && this.same(this.waiting, key)) return;
    this.stopOpening();
    this.waiting = key;
    this.openTimer = setTimeout(() => {
      this.openTimer = undefined;
      this.waiting = null;
      this.card.open(key); // which calls opened() once the card shows
    }, HOVER_OPEN_MS);
  }

  /** The pointer is on the open card. */
  overCard(): void {
    this.stopOpening();
    this.stopClosing();
    if (this.shown !== null) this.pointerOwns = true;
  }

  /** The pointer is on neither (other text, elsewhere on the page, out of the frame). */
  away(): void {
    this.stopOpening();
    if (this.shown === null || !this.pointerOwns || this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.card.close();
    }, HOVER_CLOSE_MS);
  }

  /** A card was opened for `key` (by the pointer, or from the keyboard). */
  opened(key: K, byPointer: boolean): void {
    this.shown = key;
    this.pointerOwns = byPointer;
  }

  /** The card closed (any way): nothing is waiting to open or close. */
  closed(): void {
    this.shown = null;
    this.pointerOwns = false;
    this.stopOpening();
    this.stopClosing();
  }

  /** Nothing waits to open (the worker typed: only a new rest of the pointer opens a card). */
  stopOpening(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.waiting = null;
  }

  private stopClosing(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
