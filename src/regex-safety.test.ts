/**
 * No shipped regex puts an unbounded `.*` (or `.+`, `.{n,}`) between two parts: on a long text
 * without a match, such a pattern tries every start against every end, and a 1.6 MB question
 * took 24 s in the assistant's router. A gap between two words is written as a bounded number
 * of words (`(?: \S+){0,8} `); `.*` at the very end of a pattern (before `$` or nothing) is fine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * An unbounded any-character run with more pattern after it (in its branch) than `$` and closing
 * groups. A pattern anchored at the start (`^` without the m flag) tries one start only: fine.
 */
function unboundedGap(pattern: string, flags = ''): boolean {
  if (pattern.startsWith('^') && !flags.includes('m')) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    if (pattern[i] === '[') {
      // Skip a character class: a `.` in it is a literal dot.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (pattern[i] !== '.') continue;
    const rest = pattern.slice(i + 1);
    const quantifier = /^(?:\*|\+|\{\d+,\})\??/.exec(rest);
    if (!quantifier) continue;
    if (!/^[)$]*(?:\||$)/.test(rest.slice(quantifier[0].length))) return true;
  }
  return false;
}

interface Node {
  type: string;
  [key: string]: unknown;
}
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const v of Object.values(node)) {
    if (Array.isArray(v)) for (const c of v) if (isNode(c)) walk(c, visit);
    if (isNode(v)) walk(v, visit);
  }
}

/** The regex literals of a file, and the static first argument of each `new RegExp(…)`. */
function patternsOf(file: string): Array<{ pattern: string; flags: string }> {
  const code = readFileSync(file, 'utf8');
  const parsed = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts', sourceType: 'module' });
  const out: Array<{ pattern: string; flags: string }> = [];
  walk(parsed.program as unknown as Node, (node) => {
    const regex = node.regex as { pattern?: string; flags?: string } | undefined;
    if (node.type === 'Literal' && regex?.pattern !== undefined) out.push({ pattern: regex.pattern, flags: regex.flags ?? '' });
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && (node.callee as Node | undefined)?.name === 'RegExp') {
      const [arg, flagsArg] = node.arguments as Node[];
      const flags = flagsArg?.type === 'Literal' && typeof flagsArg.value === 'string' ? flagsArg.value : 'm';
      if (arg?.type === 'Literal' && typeof arg.value === 'string') out.push({ pattern: arg.value, flags });
      if (arg?.type === 'TemplateLiteral') out.push({ pattern: (arg.quasis as Array<{ value: { cooked: string } }>).map((q) => q.value.cooked).join('x'), flags });
    }
  });
  return out;
}

describe('regex safety', () => {
  it('finds the patterns it is about', () => {
    expect(unboundedGap('\\bmedicatie\\b.*\\bverhogen\\b')).toBe(true);
    expect(unboundedGap('a.+?b')).toBe(true);
    expect(unboundedGap('^(.*)$')).toBe(false);
    expect(unboundedGap('^(.+?)x')).toBe(false);
    expect(unboundedGap('^(.+?)x', 'm')).toBe(true);
    expect(unboundedGap('a.*$|b.*$')).toBe(false);
    expect(unboundedGap('\\s(?:om|zodat)\\s.*$')).toBe(false);
    expect(unboundedGap('[.*]x')).toBe(false);
    expect(unboundedGap('\\.*x')).toBe(false);
    expect(unboundedGap('a(?: \\S+){0,8} b')).toBe(false);
  });

  it('ships no regex with an unbounded gap between two parts', () => {
    const offenders = [...sources(resolve(root, 'src')), ...sources(resolve(root, 'entrypoints'))]
      .filter((f) => !f.includes(`${join('src', 'tools')}`))
      .flatMap((file) => patternsOf(file).filter((p) => unboundedGap(p.pattern, p.flags)).map((p) => `${relative(root, file)}: /${p.pattern}/${p.flags}`));
    expect(offenders).toEqual([]);
  });
});
