import type { StoredSnippet } from '../messaging/snippet-protocol';

/** What the picker shows before the worker types anything. */
export interface PickerSections {
  favourites: StoredSnippet[];
  recent: StoredSnippet[];
  all: StoredSnippet[];
}

export interface Section {
  id: string;
  title: string;
  snippets: StoredSnippet[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The sections of an empty search, in order; an empty Favorieten or Recent gebruikt is left out. */
export function browseSections({ favourites, recent, all }: PickerSections): Section[] {
  const favouriteIds = new Set(favourites.map((s) => s.id));
  const sections: Section[] = [
    { id: 'favourites', title: 'Favorieten', snippets: favourites },
    // A favourite is at the top already: recent shows the others.
    { id: 'recent', title: 'Recent gebruikt', snippets: recent.filter((s) => !favouriteIds.has(s.id)) },
    { id: 'all', title: 'Alle sjablonen', snippets: [...all].sort((a, b) => collator.compare(a.title, b.title)) },
  ];
  return sections.filter((s) => s.id === 'all' || s.snippets.length);
}
