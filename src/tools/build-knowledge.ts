/**
 * Compiles the assistant's knowledge cards (src/assistant/knowledge/*.md) into the checked-in
 * module src/assistant/knowledge-cards.generated.ts, so that Node (CLI, tests) and the extension
 * bundle load the same data without a Markdown loader. Run after editing a card:
 *   node src/tools/run.mjs src/tools/build-knowledge.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileCards, KnowledgeError, renderCardsModule } from '../assistant/compile-knowledge';
import { projectRoot } from './project-root';

const dir = resolve(projectRoot(), 'src/assistant/knowledge');
const out = resolve(projectRoot(), 'src/assistant/knowledge-cards.generated.ts');

try {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => ({ file, source: readFileSync(resolve(dir, file), 'utf8') }));
  const cards = compileCards(files);
  writeFileSync(out, renderCardsModule(cards));
  console.log(`${cards.length} kaarten geschreven naar ${out}`);
} catch (e) {
  if (!(e instanceof KnowledgeError)) throw e;
  console.error(`build-knowledge: ${e.message}`);
  process.exitCode = 2;
}
