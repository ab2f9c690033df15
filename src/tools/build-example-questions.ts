/**
 * Writes the example questions of the assistant's topic model (src/assistant/topic-model.ts)
 * from our own question sets into the checked-in module
 * src/assistant/example-questions.generated.ts, so the extension and the CLI load them without
 * reading tests/. The held-out sets are skipped (src/assistant/example-pool.ts). Run after
 * adding or changing a set:
 *   node src/tools/run.mjs src/tools/build-example-questions.ts
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { examplesFrom, renderExamplesModule } from '../assistant/example-pool';
import { KNOWLEDGE_CARDS } from '../assistant/knowledge-cards.generated';
import { projectRoot } from './project-root';
import { readQuestionSets } from './question-sets';

const root = projectRoot();
const out = resolve(root, 'src/assistant/example-questions.generated.ts');
const examples = examplesFrom(readQuestionSets(root), KNOWLEDGE_CARDS);
writeFileSync(out, renderExamplesModule(examples));
console.log(`${examples.length} voorbeeldvragen geschreven naar ${relative(root, out)}`);
