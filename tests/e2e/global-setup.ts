import { buildEditors } from '../fixtures/editors/build-editors';

/** Bundles the editors without a browser build (Tiptap, Lexical) before the e2e tests. */
export default async function globalSetup(): Promise<void> {
  await buildEditors();
}
