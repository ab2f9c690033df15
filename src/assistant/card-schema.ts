import * as z from 'zod/mini';
import { TOPICS } from './topics';

/** A card id: kebab-case, also the file name of its Markdown source. */
const CardId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id in kleine letters met streepjes'));

/** The front matter of a knowledge card (src/assistant/knowledge/*.md). */
export const CardFrontMatter = z.object({
  id: CardId,
  title: z.string().check(z.minLength(3)),
  /** What a trainer would file the card under (topics.ts): for routing and for measuring it. */
  topic: z.enum(TOPICS),
  tags: z.array(z.string().check(z.minLength(1))).check(z.minLength(3)),
  sources: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
  related: z.array(CardId).check(z.minLength(2)),
  templates: z.array(CardId),
});

export const KnowledgeCardSchema = z.object({
  ...CardFrontMatter.shape,
  /** The card text in Markdown (Dutch). */
  body: z.string().check(z.minLength(40)),
});

export type KnowledgeCard = z.infer<typeof KnowledgeCardSchema>;
