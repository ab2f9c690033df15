/** `npm run docs:rules`: writes docs/rules.md from the rule data. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtInRules } from '../analysis/rules';
import { renderRulesDoc } from '../docs/render-rules-doc';
import { projectRoot } from './project-root';

const out = resolve(projectRoot(), 'docs/rules.md');
writeFileSync(out, renderRulesDoc(builtInRules));
console.log(`${builtInRules.length} regels geschreven naar ${out}`);
