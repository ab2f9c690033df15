import { EDITORS, editorSuite } from './editors';

// One shared suite per editor in the table (tests/e2e/editors.ts, EDITORS.md).
for (const editor of EDITORS) editorSuite(editor);
