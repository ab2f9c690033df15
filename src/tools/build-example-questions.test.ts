import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesFrom, renderExamplesModule } from '../assistant/example-pool';
import { KNOWLEDGE_CARDS } from '../assistant/knowledge-cards.generated';
import { readQuestionSets } from './question-sets';

const root = resolve(import.meta.dirname, '../..');

describe('example questions of the topic model', () => {
  it('keeps example-questions.generated.ts up to date with tests/assistant (node src/tools/run.mjs src/tools/build-example-questions.ts)', () => {
    const generated = readFileSync(resolve(root, 'src/assistant/example-questions.generated.ts'), 'utf8');
    expect(generated).toBe(renderExamplesModule(examplesFrom(readQuestionSets(root), KNOWLEDGE_CARDS)));
  });
});
