/**
 * House rules as a test. Every import between the folders of src/ must be an arrow in ALLOWED,
 * and ALLOWED itself may break none of RULES; so a new arrow needs a conscious edit of the table,
 * and a forbidden one cannot be added there either. The pure folders (analysis, assistant,
 * worksheets) also use no DOM, browser or Node API in their sources.
 *
 * Test files are judged by the same table: a test that needs another folder makes that arrow
 * visible here. They are exempt only from the "pure sources" rule, since a test may read its
 * fixtures with node:fs; the package ban of assistant and worksheets (Dexie, Preact, wxt…) holds
 * for their tests too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
// The TypeScript parser of vite (oxc): TypeScript 7 has no JavaScript API, and vitest runs on
// vite, so it is installed wherever this test runs.
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

const FOLDERS = [
  'activation',
  'analysis',
  'assistant',
  'background',
  'cli',
  'content',
  'docs',
  'drafts',
  'messaging',
  'options',
  'picker',
  'settings',
  'sidepanel',
  'storage',
  'templates',
  'tools',
  'worksheets',
] as const;
type Folder = (typeof FOLDERS)[number];

/** Which src folders each folder may import (tests included). The only place to add an arrow. */
const ALLOWED: Record<Folder, readonly Folder[]> = {
  /** The coach engine: pure, imported by everyone. */
  analysis: [],
  /** Template data; its tests run the builtins through the coach and the worksheet check. */
  templates: ['analysis', 'worksheets'],
  worksheets: ['analysis'],
  /** Router, knowledge and flows; knowledge.test.ts checks the cards against the templates. */
  assistant: ['analysis', 'templates', 'worksheets'],
  /** Renders docs/rules.md from the rules. */
  docs: ['analysis'],
  /** Snippet records, IndexedDB and the organisation's policy. */
  storage: ['templates'],
  /** Drafts of fields being written: field keys, their encryption, expiry and settings (the database in storage). */
  drafts: ['storage'],
  /** The messages between background, content script and side panel, with the records they carry. */
  messaging: ['analysis', 'drafts', 'storage'],
  /** Which sites the coach runs on (permissions). */
  activation: [],
  background: ['activation', 'analysis', 'drafts', 'messaging', 'storage'],
  /** The worker's coaching preferences: their meaning (pure) and their storage. */
  settings: ['analysis', 'drafts', 'messaging'],
  /** UI in the host page. */
  content: ['analysis', 'drafts', 'messaging', 'settings', 'templates'],
  /** UI in the side panel, an extension page: it may open the extension's own database. */
  sidepanel: ['activation', 'analysis', 'assistant', 'drafts', 'messaging', 'settings', 'storage', 'templates', 'worksheets'],
  /** The template picker's frame: an extension page that the content script places in the host page. */
  picker: ['messaging'],
  /** The options page and the first-run page (extension pages): settings, sites, the organisation's policy, a try-out of the engine. */
  options: ['activation', 'analysis', 'drafts', 'settings', 'storage', 'templates'],
  /** `npm run coach`. */
  cli: ['analysis', 'assistant', 'worksheets'],
  /** Node scripts: demo, benches, e2e helpers, generators. */
  tools: ['analysis', 'assistant', 'docs', 'storage', 'templates', 'worksheets'],
};

/** Folders that render. content draws into the host page by hand; a folder that imports Preact must be listed here. */
const UI_FOLDERS: readonly Folder[] = ['content', 'options', 'picker', 'sidepanel'];
/** Code that runs anywhere (Node, the worker, the page): no DOM, browser or Node API in its sources. */
const PURE_FOLDERS = ['analysis', 'assistant', 'worksheets'] as const;
/** The only packages the sources of the pure folders import. */
const PURE_PACKAGES: Record<PureFolder, readonly string[]> = {
  analysis: ['zod'],
  assistant: ['zod', 'minisearch'],
  worksheets: ['zod'],
};
/** DOM, browser and Node globals that pure sources do not touch. */
const IMPURE_GLOBALS: ReadonlySet<string> = new Set([
  'document',
  'window',
  'globalThis',
  'self',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'chrome',
  'browser',
  'process',
  'require',
  'Buffer',
  '__dirname',
]);

const NO_DOM_FROM = ['assistant', 'worksheets'] as const;
/** DOM, browser, storage and UI code, as folders and as packages. */
const DOM_STORAGE_UI: readonly Folder[] = ['storage', 'drafts', 'messaging', 'settings', 'background', 'activation', ...UI_FOLDERS];
const DOM_STORAGE_UI_PACKAGE = /^(?:dexie|fake-indexeddb|preact|@preact\/.*|wxt|happy-dom)$/;

interface Rule {
  name: string;
  breaks(from: Folder, to: Folder): boolean;
}

const RULES: readonly Rule[] = [
  { name: 'analysis imports no other src folder', breaks: (from, to) => from === 'analysis' && to !== 'analysis' },
  {
    name: 'assistant and worksheets import no DOM, storage or UI code',
    breaks: (from, to) => (NO_DOM_FROM as readonly Folder[]).includes(from) && DOM_STORAGE_UI.includes(to),
  },
  { name: 'no UI folder imports another UI folder', breaks: (from, to) => from !== to && UI_FOLDERS.includes(from) && UI_FOLDERS.includes(to) },
  { name: 'storage does not depend on the message protocol', breaks: (from, to) => from === 'storage' && to === 'messaging' },
];

// ----- reading the sources -----

interface Import {
  specifier: string;
  line: number;
}

interface SourceFile {
  /** Relative to the project root, with forward slashes: `src/sidepanel/coach-view.tsx`. */
  file: string;
  imports: readonly Import[];
  /** Uses of IMPURE_GLOBALS that are not declared in the file itself. */
  globals: readonly Import[];
}

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function walk(node: Node, visit: (node: Node, parent: Node | undefined, key: string) => void, parent?: Node, key = ''): void {
  visit(node, parent, key);
  for (const [k, v] of Object.entries(node)) {
    if (Array.isArray(v)) for (const c of v) if (isNode(c)) walk(c, visit, node, k);
    if (isNode(v)) walk(v, visit, node, k);
  }
}

/** [parent type, key]: an identifier there is a name, not a use of a variable. */
const NAME_SLOTS = new Set([
  'MemberExpression.property',
  'Property.key',
  'PropertyDefinition.key',
  'MethodDefinition.key',
  'AccessorProperty.key',
  'TSPropertySignature.key',
  'TSMethodSignature.key',
  'TSEnumMember.id',
  'TSQualifiedName.right',
  'ImportSpecifier.imported',
  'ExportSpecifier.exported',
  'ExportSpecifier.local',
  'LabeledStatement.label',
  'BreakStatement.label',
  'ContinueStatement.label',
  'MetaProperty.meta',
  'MetaProperty.property',
]);

/** Slots that bind a name in the file (an identifier anywhere below them counts as declared). */
const BINDING_SLOTS = new Set([
  'VariableDeclarator.id',
  'FunctionDeclaration.id',
  'FunctionExpression.id',
  'ClassDeclaration.id',
  'ClassExpression.id',
  'CatchClause.param',
  'ImportSpecifier.local',
  'ImportDefaultSpecifier.local',
  'ImportNamespaceSpecifier.local',
  'TSTypeAliasDeclaration.id',
  'TSInterfaceDeclaration.id',
  'TSEnumDeclaration.id',
  'TSModuleDeclaration.id',
]);

/** Stands for an `import(…)` whose path is computed: it cannot be checked, so it fails. */
const COMPUTED = '<computed>';

/** Every import of a TypeScript source, type-only ones included, and its uses of impure globals. */
function scan(file: string, code: string): SourceFile {
  const result = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts', sourceType: 'module' });
  if (result.errors.length) throw new Error(`${file}: ${result.errors[0]!.message}`);
  const lineAt = (offset: number) => code.slice(0, offset).split('\n').length;
  const imports: Import[] = [];
  const declared = new Set<string>();
  const uses: { name: string; start: number }[] = [];
  const add = (source: unknown, at: number) => {
    if (isNode(source) && typeof source.value === 'string') imports.push({ specifier: source.value, line: lineAt(at) });
    else imports.push({ specifier: COMPUTED, line: lineAt(at) });
  };
  const declare = (node: Node) =>
    walk(node, (n) => {
      if (n.type === 'Identifier') declared.add(n.name as string);
    });
  walk(result.program as unknown as Node, (node, parent, key) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        add(node.source, node.start);
        break;
      case 'ExportNamedDeclaration':
        if (node.source) add(node.source, node.start);
        break;
      case 'ImportExpression':
        add(node.source, node.start);
        break;
      case 'TSImportType': // `import('./x').T` in a type
        add(isNode(node.argument) && node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument ?? node.source, node.start);
        break;
      case 'TSExternalModuleReference': // `import x = require('./x')`
        add(node.expression, node.start);
        break;
      case 'CallExpression':
        if (isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'require') add((node.arguments as unknown[])[0], node.start);
        break;
      case 'Identifier': {
        const slot = parent ? `${parent.type}.${key}` : '';
        if (BINDING_SLOTS.has(slot) || key === 'params') declare(node);
        else if (IMPURE_GLOBALS.has(node.name as string) && !(NAME_SLOTS.has(slot) && parent!.computed !== true))
          uses.push({ name: node.name as string, start: node.start });
        break;
      }
      default:
        // Destructuring and parameters: every name in the pattern is declared.
        if (parent && (BINDING_SLOTS.has(`${parent.type}.${key}`) || key === 'params')) declare(node);
    }
  });
  const globals = uses.filter((u) => !declared.has(u.name)).map((u) => ({ specifier: u.name, line: lineAt(u.start) }));
  return { file, imports, globals };
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules') return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

// ----- judging the imports (pure: the synthetic tests below feed it by hand) -----

const ALIASES = ['@/', '~/', '@@/', '~~/']; // wxt: each is the project root (.wxt/tsconfig.json)

type Target = { kind: 'path'; path: string } | { kind: 'package'; name: string };

function target(file: string, specifier: string): Target {
  const alias = ALIASES.find((a) => specifier.startsWith(a));
  if (alias) return { kind: 'path', path: posix.normalize(specifier.slice(alias.length)) };
  if (specifier.startsWith('.')) return { kind: 'path', path: posix.join(posix.dirname(file), specifier) };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
}

const isFolder = (name: string | undefined): name is Folder => (FOLDERS as readonly (string | undefined)[]).includes(name);

/** `src/<folder>/…` or the folder itself (its index): the folder; the top of src or outside it: undefined. */
function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'src' && (parts.length > 2 || isFolder(parts[1])) ? parts[1] : undefined;
}
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
type PureFolder = (typeof PURE_FOLDERS)[number];
const pureFolder = (folder: Folder) => ((PURE_FOLDERS as readonly Folder[]).includes(folder) ? (folder as PureFolder) : undefined);

interface Violation {
  file: string;
  line: number;
  imports: string;
  rule: string;
}

function check(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const { file, imports, globals } of files) {
    const from = folderOf(file);
    if (from !== undefined && !isFolder(from)) {
      out.push({ file, line: 1, imports: '', rule: `src/${from} is no folder of ALLOWED (src/architecture.test.ts): add it to the table` });
      continue;
    }
    if (from === undefined) {
      // Only a test may sit at the top of src (this one), and it imports none of the folders.
      if (!isTest(file)) out.push({ file, line: 1, imports: '', rule: 'every source sits in a folder of ALLOWED (src/architecture.test.ts)' });
      for (const i of imports) {
        const t = target(file, i.specifier);
        if (t.kind === 'path' && folderOf(t.path)) out.push({ file, line: i.line, imports: `${i.specifier} (${t.path})`, rule: 'a file outside the folders imports none of them' });
      }
      continue;
    }
    const pure = pureFolder(from);
    for (const i of imports) {
      if (i.specifier === COMPUTED) {
        out.push({ file, line: i.line, imports: 'import(…)', rule: 'every import names its module literally, so this test can check it' });
        continue;
      }
      const t = target(file, i.specifier);
      if (t.kind === 'package') {
        if ((NO_DOM_FROM as readonly Folder[]).includes(from) && DOM_STORAGE_UI_PACKAGE.test(t.name))
          out.push({ file, line: i.line, imports: i.specifier, rule: 'assistant and worksheets import no DOM, storage or UI code' });
        else if (pure && !isTest(file) && !PURE_PACKAGES[pure].includes(t.name))
          out.push({ file, line: i.line, imports: i.specifier, rule: `pure sources import only ${PURE_PACKAGES[pure].join(', ')} (PURE_PACKAGES)` });
        else if (!UI_FOLDERS.includes(from) && !isTest(file) && /^(?:preact|@preact\/.*)$/.test(t.name))
          out.push({ file, line: i.line, imports: i.specifier, rule: `${from} renders with Preact: list it in UI_FOLDERS` });
        continue;
      }
      const to = folderOf(t.path);
      if (to === from) continue;
      const what = `${i.specifier} (${t.path})`;
      if (!isFolder(to)) {
        out.push({ file, line: i.line, imports: what, rule: `src imports only from the folders of src (${from} → ${to ?? t.path})` });
        continue;
      }
      const broken = RULES.filter((r) => r.breaks(from, to)).map((r) => r.name);
      if (broken.length) out.push({ file, line: i.line, imports: what, rule: `${from} → ${to} breaks: ${broken.join('; ')}` });
      else if (!ALLOWED[from].includes(to))
        out.push({ file, line: i.line, imports: what, rule: `${from} → ${to} is not in ALLOWED (src/architecture.test.ts): add the arrow there if it is meant` });
    }
    if (pure && !isTest(file))
      for (const g of globals) out.push({ file, line: g.line, imports: g.specifier, rule: `pure sources use no DOM, browser or Node global (${g.specifier})` });
  }
  return out;
}

const report = (violations: readonly Violation[]) =>
  violations.map((v) => `${v.file}:${v.line}${v.imports ? ` uses ${v.imports}` : ''}: ${v.rule}`);

// ----- the tests -----

describe('architecture: the table', () => {
  it('allows no arrow that a rule forbids', () => {
    const broken = FOLDERS.flatMap((from) =>
      ALLOWED[from].flatMap((to) => RULES.filter((r) => r.breaks(from, to)).map((r) => `${from} → ${to}: ${r.name}`)),
    );
    expect(broken).toEqual([]);
  });

  it('has no arrow from a folder to itself', () => {
    expect(FOLDERS.filter((f) => ALLOWED[f].includes(f))).toEqual([]);
  });
});

describe('architecture: the checker', () => {
  const one = (file: string, specifier: string, globals: string[] = []): SourceFile => ({
    file,
    imports: [{ specifier, line: 3 }],
    globals: globals.map((g) => ({ specifier: g, line: 7 })),
  });

  it('names the file, the import and the rule of a forbidden arrow', () => {
    expect(report(check([one('src/sidepanel/coach-view.tsx', '../content/category-style')]))).toEqual([
      'src/sidepanel/coach-view.tsx:3 uses ../content/category-style (src/content/category-style): sidepanel → content breaks: no UI folder imports another UI folder',
    ]);
  });

  it('catches each rule, through relative paths and the @/ alias', () => {
    const rules = (f: SourceFile) => check([f]).map((v) => v.rule);
    expect(rules(one('src/analysis/rules/x.ts', '../../templates/fields'))).toEqual(['analysis → templates breaks: analysis imports no other src folder']);
    expect(rules(one('src/storage/snippets.ts', '@/src/messaging/snippet-protocol'))).toEqual([
      'storage → messaging breaks: storage does not depend on the message protocol',
    ]);
    expect(rules(one('src/assistant/flows/x.ts', '../../storage/db'))).toEqual([
      'assistant → storage breaks: assistant and worksheets import no DOM, storage or UI code',
    ]);
    expect(rules(one('src/worksheets/x.test.ts', 'dexie'))).toEqual(['assistant and worksheets import no DOM, storage or UI code']);
    expect(rules(one('src/assistant/x.ts', 'wxt/browser'))).toEqual(['assistant and worksheets import no DOM, storage or UI code']);
    expect(rules(one('src/content/x.ts', '~/src/sidepanel/y'))).toEqual(['content → sidepanel breaks: no UI folder imports another UI folder']);
  });

  it('fails on an arrow that is not in the table, and on folders it does not know', () => {
    expect(check([one('src/docs/x.ts', '../cli/coach')]).map((v) => v.rule)).toEqual([
      'docs → cli is not in ALLOWED (src/architecture.test.ts): add the arrow there if it is meant',
    ]);
    expect(check([one('src/docs/x.ts', '../../tests/unit/y')]).map((v) => v.rule)).toEqual(['src imports only from the folders of src (docs → tests/unit/y)']);
    expect(check([one('src/newfolder/x.ts', '../analysis')]).map((v) => v.rule)).toEqual([
      'src/newfolder is no folder of ALLOWED (src/architecture.test.ts): add it to the table',
    ]);
    expect(check([one('src/helpers.ts', './analysis')]).map((v) => v.rule)).toEqual([
      'every source sits in a folder of ALLOWED (src/architecture.test.ts)',
      'a file outside the folders imports none of them',
    ]);
    expect(check([one('src/tools/x.ts', 'preact')]).map((v) => v.rule)).toEqual(['tools renders with Preact: list it in UI_FOLDERS']);
  });

  it('keeps pure sources free of DOM, browser and Node, but lets their tests read fixtures', () => {
    expect(check([one('src/worksheets/x.ts', 'node:fs', ['document'])]).map((v) => v.rule)).toEqual([
      'pure sources import only zod (PURE_PACKAGES)',
      'pure sources use no DOM, browser or Node global (document)',
    ]);
    expect(check([one('src/worksheets/x.test.ts', 'node:fs', ['process'])])).toEqual([]);
  });

  it('lets allowed arrows, own-folder imports and packages pass', () => {
    expect(
      check([
        one('src/content/x.ts', '../analysis/types'),
        one('src/content/adapters/x.ts', '../text-map'),
        one('src/messaging/x.ts', '@/src/storage/snippet-types'),
        one('src/assistant/x.ts', 'minisearch/SearchableMap'),
        one('src/sidepanel/x.tsx', '@preact/signals'),
        one('src/architecture.test.ts', 'vitest'),
      ]),
    ).toEqual([]);
  });

  it('reads every kind of import, and only real uses of globals', () => {
    const code = [
      "// import a from '../commented';",
      "import type { A } from '../type-only';",
      "import { type B, c } from '@/src/mixed';",
      "export * from './all';",
      "export { d } from './named';",
      "export type { E } from './type-named';",
      "const s = \"import z from '../in-a-string'\";",
      "const f = () => import('../dynamic');",
      "type T = import('../import-type').T;",
      'const o = { window: 1, document: o.document };',
      'function g(history: number, { navigator }: { navigator: number }) { return history + navigator; }',
      'export const x = location.href + fetch;',
    ].join('\n');
    const { imports, globals } = scan('src/assistant/x.ts', code);
    expect(imports).toEqual([
      { specifier: '../type-only', line: 2 },
      { specifier: '@/src/mixed', line: 3 },
      { specifier: './all', line: 4 },
      { specifier: './named', line: 5 },
      { specifier: './type-named', line: 6 },
      { specifier: '../dynamic', line: 8 },
      { specifier: '../import-type', line: 9 },
    ]);
    expect(globals).toEqual([
      { specifier: 'location', line: 12 },
      { specifier: 'fetch', line: 12 },
    ]);
  });
});

describe('architecture: src/', () => {
  const paths = sourcesUnder(join(root, 'src'));
  const files = paths.map((p) => scan(relative(root, p).split('\\').join('/'), readFileSync(p, 'utf8')));

  it('reads all of src', () => {
    const imports = files.reduce((n, f) => n + f.imports.length, 0);
    const arrows = files.flatMap((f) =>
      f.imports.flatMap((i) => {
        const t = target(f.file, i.specifier);
        const to = t.kind === 'path' ? folderOf(t.path) : undefined;
        const from = folderOf(f.file);
        return to && from && to !== from ? [`${from} → ${to}`] : [];
      }),
    );
    expect(files.length).toBeGreaterThan(200);
    expect(imports).toBeGreaterThan(600);
    expect(arrows.length).toBeGreaterThan(120);
    // Every arrow of the table is used: an arrow nobody needs any more goes.
    const used = new Set(arrows);
    expect(FOLDERS.flatMap((from) => ALLOWED[from].map((to) => `${from} → ${to}`)).filter((a) => !used.has(a))).toEqual([]);
    expect(new Set(files.map((f) => folderOf(f.file)).filter(Boolean))).toEqual(new Set(FOLDERS));
    // The globals scanner sees the DOM where it is used.
    const contentGlobals = new Set(files.filter((f) => folderOf(f.file) === 'content' && !isTest(f.file)).flatMap((f) => f.globals.map((g) => g.specifier)));
    expect([...contentGlobals]).toEqual(expect.arrayContaining(['document', 'window']));
  });

  it('resolves every import inside the project to a file', () => {
    const exists = (path: string) =>
      ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].some((ext) => existsSync(join(root, path + ext)) && statSync(join(root, path + ext)).isFile());
    const unresolved = files.flatMap((f) =>
      f.imports.flatMap((i) => {
        const t = target(f.file, i.specifier);
        return t.kind === 'path' && !exists(t.path) ? [`${f.file}:${i.line} ${i.specifier}`] : [];
      }),
    );
    expect(unresolved).toEqual([]);
  });

  it('keeps every import to the table and the rules', () => {
    expect(report(check(files))).toEqual([]);
  });
});
