/**
 * Turns the Markdown cards into validated data and into the checked-in module
 * `knowledge-cards.generated.ts`. Pure (no file system): the build script and the test that
 * keeps the generated file up to date both call it with the file contents.
 */
import { CardFrontMatter, type KnowledgeCard, KnowledgeCardSchema } from './card-schema';
import { FrontMatterError, parseFrontMatter } from './front-matter';
import { KNOWN_TEMPLATE_IDS } from './template-ids';

interface CardSource {
  /** File name, e.g. `complete-boodschap.md`. */
  file: string;
  source: string;
}

export class KnowledgeError extends Error {}

export function compileCards(files: readonly CardSource[]): KnowledgeCard[] {
  const cards: KnowledgeCard[] = [];
  for (const { file, source } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    let parsed;
    try {
      parsed = parseFrontMatter(source);
    } catch (e) {
      if (e instanceof FrontMatterError) throw new KnowledgeError(`${file}, ${e.message}`);
      throw e;
    }
    const front = CardFrontMatter.safeParse(parsed.data);
    if (!front.success) {
      const issue = front.error.issues[0];
      throw new KnowledgeError(`${file}: veld "${issue?.path.join('.') || '?'}" klopt niet (${issue?.message}).`);
    }
    const card = KnowledgeCardSchema.parse({ ...front.data, body: parsed.body });
    if (`${card.id}.md` !== file) throw new KnowledgeError(`${file}: id "${card.id}" moet gelijk zijn aan de bestandsnaam.`);
    cards.push(card);
  }

  const ids = new Set(cards.map((c) => c.id));
  const templates = new Set<string>(KNOWN_TEMPLATE_IDS);
  for (const card of cards) {
    for (const r of card.related) {
      if (r === card.id) throw new KnowledgeError(`${card.id}.md: verwijst naar zichzelf in related.`);
      if (!ids.has(r)) throw new KnowledgeError(`${card.id}.md: related "${r}" bestaat niet.`);
    }
    for (const t of card.templates) {
      if (!templates.has(t)) throw new KnowledgeError(`${card.id}.md: sjabloon "${t}" is onbekend (zie template-ids.ts).`);
    }
  }
  return cards;
}

/** The source text of `knowledge-cards.generated.ts`. */
export function renderCardsModule(cards: readonly KnowledgeCard[]): string {
  return `// Gegenereerd door src/tools/build-knowledge.ts uit src/assistant/knowledge/*.md: niet met de hand bewerken.
// Opnieuw maken: node src/tools/run.mjs src/tools/build-knowledge.ts
import type { KnowledgeCard } from './card-schema';

export const KNOWLEDGE_CARDS: readonly KnowledgeCard[] = ${JSON.stringify(cards, null, 2)};
`;
}
