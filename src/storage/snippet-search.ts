import MiniSearch, { type Query } from 'minisearch';
import type { StoredSnippet } from './snippet-types';
import { parseTemplate } from '../templates/fields';

/**
 * The in-memory full-text index of every visible snippet (built-in, organisation, own), kept in
 * the background and updated on every change, never rebuilt per query. Title, body and tags;
 * prefixes ("afspr" finds "afspraak") and small typos ("bewindvoerdr"); lower case with
 * diacritics folded ("client" finds "cliënt", "financien" finds "financiën").
 */

/** Lower case, diacritics folded: the same on the index side and the query side. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The body as words: form fields become their question and options, not "keuze" or "datum". */
export function searchableBody(body: string): string {
  const parts: string[] = [];
  for (const token of parseTemplate(body).tokens) {
    if (token.type === 'text') parts.push(token.text);
    else {
      const f = token.field;
      parts.push(f.label);
      if (f.kind === 'keuze') parts.push(...f.options);
    }
  }
  return parts.join(' ');
}

interface IndexedDoc {
  id: string;
  title: string;
  body: string;
  tags: string;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/** Words of a text, folded: one normalisation per text rather than per word. */
function searchTerms(text: string): string[] {
  return foldTerm(text).split(SPLIT).filter(Boolean);
}

/**
 * Prefixes of fewer letters than this (the word still being typed) look in titles and tags only:
 * "kr" or "ond" starts thousands of body words, and a picker wants titles at that point anyway.
 */
const BODY_PREFIX_MIN = 4;
/** A finished word (not the last one being typed) matches by prefix from this many letters. */
const DONE_PREFIX_MIN = 6;
/** About one typo in 5 to 9 letters, two from 10 letters. */
const FUZZY_MIN = 5;
const FUZZY = 0.2;
const RERANK = 200;

export class SnippetIndex {
  private readonly mini = new MiniSearch<IndexedDoc>({
    fields: ['title', 'body', 'tags'],
    storeFields: [],
    tokenize: searchTerms,
    processTerm: (term) => term || null,
    searchOptions: { boost: { title: 3, tags: 2, body: 1 }, maxFuzzy: 2 },
  });

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds or replaces a snippet (incremental: only this document is re-indexed). */
  set(snippet: StoredSnippet): void {
    const doc = toDoc(snippet);
    if (this.mini.has(snippet.id)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  setAll(snippets: Iterable<StoredSnippet>): void {
    const fresh: IndexedDoc[] = [];
    for (const s of snippets) {
      if (this.mini.has(s.id)) this.mini.replace(toDoc(s));
      else fresh.push(toDoc(s));
    }
    this.mini.addAll(fresh);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /**
   * Ids of the snippets that match every word, best first. Every word matches exactly and, from
   * 5 letters, with a typo. The word being typed (the last one, unless the query ends in a space)
   * matches by prefix: everywhere from 4 letters, in titles and tags when shorter. Finished words
   * match by prefix from 6 letters.
   * `boost` lets the caller lift favourites and often-used snippets a little.
   */
  search(query: string, boost?: (id: string) => number): string[] {
    const terms = searchTerms(query);
    if (!terms.length) return [];
    const typing = !/\s$/.test(query);
    const queries: Query[] = terms.map((term, i) => {
      const fuzzy = term.length >= FUZZY_MIN ? FUZZY : false;
      const open = typing && i === terms.length - 1;
      // A finished word matches by prefix only when long (a compound's head: "kracht" finds
      // "krachteninventarisatie"); a short one would pull in thousands of compounds for nothing.
      const prefix = open ? term.length >= BODY_PREFIX_MIN : term.length >= DONE_PREFIX_MIN;
      if (prefix || !open) return { queries: [term], prefix, fuzzy };
      return {
        combineWith: 'OR',
        queries: [
          { queries: [term], prefix: false, fuzzy },
          { queries: [term], fields: ['title', 'tags'], prefix: true, fuzzy: false },
        ],
      };
    });
    const results = this.mini.search({ combineWith: 'AND', queries });
    if (!boost) return results.map((r) => String(r.id));
    // The boost re-ranks the best part only: cheaper than minisearch's per-term boostDocument,
    // and a small lift should not carry a weak match past a strong one anyway.
    const head = results.slice(0, RERANK).map((r) => ({ id: String(r.id), score: r.score * boost(String(r.id)) }));
    head.sort((a, b) => b.score - a.score);
    return [...head.map((r) => r.id), ...results.slice(RERANK).map((r) => String(r.id))];
  }
}

function toDoc(s: StoredSnippet): IndexedDoc {
  return { id: s.id, title: s.title, body: searchableBody(s.body), tags: s.tags.join(' ') };
}
