/**
 * A tiny front-matter parser for the knowledge cards: the block between two `---` lines at the
 * top of a Markdown file, with `key: value`, `key: [a, b, "c, d"]` and block lists
 * (`key:` followed by `  - item` lines). Only what the cards need; no YAML dependency in the
 * extension bundle. Throws a FrontMatterError with the line number on anything else.
 */

type FrontMatterValue = string | string[];

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`regel ${line}: ${message}`);
  }
}

interface ParsedMarkdown {
  data: Record<string, FrontMatterValue>;
  body: string;
}

function unquote(raw: string, line: number): string {
  const s = raw.trim();
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) {
    return s.slice(1, -1);
  }
  if (/^["']/.test(s)) throw new FrontMatterError(`aanhalingsteken niet gesloten: ${s}`, line);
  return s;
}

/** Splits the inside of `[a, "b, c", d]` on commas outside quotes. */
function parseFlowList(inner: string, line: number): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of inner) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quote) throw new FrontMatterError('aanhalingsteken niet gesloten in lijst', line);
  items.push(current);
  const values = items.map((i) => unquote(i, line));
  if (values.length === 1 && values[0] === '') return [];
  if (values.some((v) => v === '')) throw new FrontMatterError('lege waarde in lijst', line);
  return values;
}

export function parseFrontMatter(source: string): ParsedMarkdown {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') throw new FrontMatterError('het bestand begint niet met ---', 1);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new FrontMatterError('de front matter wordt niet afgesloten met ---', 1);

  const data: Record<string, FrontMatterValue> = {};
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s*(.*)$/.exec(line);
    if (item) {
      if (!listKey) throw new FrontMatterError('lijstitem zonder sleutel erboven', n);
      const value = unquote(item[1]!, n);
      if (!value) throw new FrontMatterError('leeg lijstitem', n);
      (data[listKey] as string[]).push(value);
      continue;
    }
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) throw new FrontMatterError(`verwacht "sleutel: waarde", kreeg: ${line.trim()}`, n);
    const key = pair[1]!;
    const rest = pair[2]!.trim();
    if (Object.hasOwn(data, key)) throw new FrontMatterError(`sleutel "${key}" staat er twee keer`, n);
    listKey = null;
    if (rest === '') {
      data[key] = [];
      listKey = key;
    } else if (rest.startsWith('[')) {
      if (!rest.endsWith(']')) throw new FrontMatterError(`lijst van "${key}" sluit niet af met ]`, n);
      data[key] = parseFlowList(rest.slice(1, -1), n);
    } else {
      data[key] = unquote(rest, n);
    }
  }
  return { data, body: lines.slice(end + 1).join('\n').trim() };
}
