/**
 * Form fields in a template body, their parser and the renderers (plain text and HTML).
 * Pure: no DOM, no browser APIs; the side panel, the insertion code and the CLI share it.
 *
 * FIELD SYNTAX (one field never spans a line; spaces around the parts are ignored)
 *
 *   {{naam}}                              the client's name: asked once per insertion, every
 *                                         {{naam}} in the body gets the same value
 *   {{tekst:Wat gaat goed?}}              one line of text
 *   {{alinea:Wat wil ik bereiken?}}       several lines of text
 *   {{keuze:Wie?|ik|begeleider|samen}}    a choice; the form starts on the first option
 *   {{datum}}                             a date, today by default
 *   {{datum:+2w}}                         default: today + 2 weeks (+3d days, +1m months,
 *                                         +1j years, -1w back; also vandaag, morgen,
 *                                         overmorgen, or a fixed 2025-03-31)
 *   {{datum:Volgende afspraak|+2w|kort}}  with a label and a format: lang "3 maart 2025"
 *                                         (default), kort "03-03-2025", dag "maandag 3 maart 2025"
 *   {{vink:Besproken met cliënt}}         a checkbox: "[x] Besproken met cliënt" or "[ ] …"
 *   {{vink:Label|als aangevinkt|als niet}} a checkbox with its own two texts (either may be empty)
 *   \{{                                   a literal "{{"
 *
 * Fields with the same kind and label are one field (asked once), as in Text Blaze.
 * A malformed field (unknown kind, no closing "}}", a choice without options …) stays in the
 * text as written and is reported in `issues`: a template never loses text and never throws.
 *
 * BODY LAYOUT (for the HTML renderer; the plain text keeps it readable as is)
 *   "## Kop" is a heading (plain text: the heading without "## "), "- punt" and "1. punt" are
 *   list items, a blank line ends a paragraph. Text in [brackets] is a prompt for the worker to
 *   overwrite: the coach never flags it and the worksheet check counts it as empty. A field left
 *   empty renders as such a prompt: "[Wat gaat goed?]".
 */

const FIELD_KINDS = ['naam', 'tekst', 'alinea', 'keuze', 'datum', 'vink'] as const;
type FieldKind = (typeof FIELD_KINDS)[number];

const DATE_FORMATS = ['lang', 'kort', 'dag'] as const;
type DateFormat = (typeof DATE_FORMATS)[number];

interface FieldBase {
  /** Stable key for the values map: `naam`, or `kind:label`. */
  key: string;
  label: string;
}
export type Field =
  | (FieldBase & { kind: 'naam' })
  | (FieldBase & { kind: 'tekst' })
  | (FieldBase & { kind: 'alinea' })
  | (FieldBase & { kind: 'keuze'; options: string[] })
  | (FieldBase & { kind: 'datum'; initial: string; format: DateFormat })
  | (FieldBase & { kind: 'vink'; on: string; off: string });

type Token = { type: 'text'; text: string } | { type: 'field'; field: Field; start: number; end: number };

interface FieldIssue {
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  message: string;
}

interface ParsedTemplate {
  tokens: Token[];
  /** Each field once, in order of first appearance: the form asks these. */
  fields: Field[];
  issues: FieldIssue[];
}

export type FieldValue = string | boolean;
type FieldValues = Readonly<Record<string, FieldValue | undefined>>;

const MAX_FIELD = 500;
const KIND_RE = /^[\p{L}]+$/u;

/** Parses a body. Total: any string gives tokens whose text, joined, loses nothing. */
export function parseTemplate(body: string): ParsedTemplate {
  const tokens: Token[] = [];
  const issues: FieldIssue[] = [];
  const fields = new Map<string, Field>();
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) tokens.push({ type: 'text', text });
    text = '';
  };
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    if (open < 0) {
      text += body.slice(i);
      break;
    }
    if (open > 0 && body[open - 1] === '\\') {
      text += `${body.slice(i, open - 1)}{{`;
      i = open + 2;
      continue;
    }
    text += body.slice(i, open);
    const close = findClose(body, open + 2);
    if (close < 0) {
      issues.push({ start: open, end: open + 2, message: 'Veld zonder "}}" op dezelfde regel; de tekst blijft staan zoals hij is.' });
      text += '{{';
      i = open + 2;
      continue;
    }
    const raw = body.slice(open, close + 2);
    const result = parseField(body.slice(open + 2, close));
    if (typeof result === 'string') {
      issues.push({ start: open, end: close + 2, message: result });
      text += raw;
    } else {
      const known = fields.get(result.key);
      if (!known) fields.set(result.key, result);
      flush();
      tokens.push({ type: 'field', field: known ?? result, start: open, end: close + 2 });
    }
    i = close + 2;
  }
  flush();
  return { tokens, fields: [...fields.values()], issues };
}

/** Index of the "}}" that closes a field opened before `from`, or -1 (not on this line, nested, too long). */
function findClose(body: string, from: number): number {
  const limit = Math.min(body.length, from + MAX_FIELD);
  for (let j = from; j < limit; j++) {
    const c = body[j];
    if (c === '\n' || c === '\r') return -1;
    if (c === '{' && body[j + 1] === '{') return -1;
    if (c === '}' && body[j + 1] === '}') return j;
  }
  return -1;
}

/** A field, or a Dutch message saying why it is not one. */
function parseField(inner: string): Field | string {
  const colon = inner.indexOf(':');
  const kindRaw = (colon < 0 ? inner : inner.slice(0, colon)).trim().toLowerCase();
  const parts = colon < 0 ? [] : inner.slice(colon + 1).split('|').map((p) => p.trim());
  if (!KIND_RE.test(kindRaw) || !(FIELD_KINDS as readonly string[]).includes(kindRaw)) {
    return `Onbekend veld "${kindRaw || inner.trim()}": kies ${FIELD_KINDS.join(', ')}.`;
  }
  const kind = kindRaw as FieldKind;
  const label = sanitizeLabel(parts[0] ?? '');
  switch (kind) {
    case 'naam':
      return { kind, key: 'naam', label: label || 'Naam' };
    case 'tekst':
    case 'alinea':
      if (!label) return `Het veld "${kind}" heeft een vraag nodig, bijvoorbeeld {{${kind}:Wat gaat goed?}}.`;
      if (parts.length > 1) return `Het veld "${kind}" heeft alleen een vraag, zonder "|".`;
      return { kind, key: `${kind}:${label}`, label };
    case 'keuze': {
      const options = parts.slice(1).filter(Boolean);
      if (!label) return 'Een keuzeveld heeft een vraag nodig: {{keuze:Wie?|ik|begeleider}}.';
      if (options.length < 2) return `Het keuzeveld "${label}" heeft minstens twee opties nodig, gescheiden door "|".`;
      return { kind, key: `keuze:${label}`, label, options };
    }
    case 'datum': {
      let fieldLabel = '';
      let initial = '';
      let format: DateFormat = 'lang';
      for (const [n, p] of parts.entries()) {
        if (!p) continue;
        if ((DATE_FORMATS as readonly string[]).includes(p.toLowerCase())) format = p.toLowerCase() as DateFormat;
        else if (isDateExpression(p)) {
          if (initial) return `Het datumveld heeft twee datums ("${initial}" en "${p}").`;
          initial = p.toLowerCase();
        } else if (n === 0) fieldLabel = sanitizeLabel(p);
        else return `"${p}" is geen datum of opmaak: gebruik vandaag, +2w, +3d, +1m, 2025-03-31 en lang, kort of dag.`;
      }
      initial ||= 'vandaag';
      const shown = fieldLabel || `Datum (${describeDateExpression(initial)})`;
      return { kind, key: `datum:${fieldLabel || initial}`, label: shown, initial, format };
    }
    case 'vink':
      if (!label) return 'Een vinkje heeft een tekst nodig: {{vink:Besproken met cliënt}}.';
      if (parts.length > 3) return `Het vinkje "${label}" heeft hoogstens twee teksten na de vraag.`;
      return {
        kind,
        key: `vink:${label}`,
        label,
        on: parts.length > 1 ? parts[1]! : `[x] ${label}`,
        off: parts.length > 2 ? parts[2]! : `[ ] ${label}`,
      };
  }
}

/** Brackets in a label would break the "[prompt]" an empty field renders as. */
function sanitizeLabel(label: string): string {
  return label.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ').trim();
}

// ----- dates -----

const RELATIVE = /^([+-])\s*(\d{1,4})\s*([dwmj])$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH_NUMERIC = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const NAMED: Record<string, number> = { vandaag: 0, morgen: 1, overmorgen: 2 };

function isDateExpression(expr: string): boolean {
  return resolveDate(expr, new Date(2000, 0, 1)) !== undefined;
}

/** The calendar date an expression stands for, relative to `today`; undefined when it is none. */
export function resolveDate(expr: string, today: Date): Date | undefined {
  const e = expr.trim().toLowerCase();
  const base = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (e in NAMED) return addDays(base, NAMED[e]!);
  let m = RELATIVE.exec(e);
  if (m) {
    const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
    switch (m[3]) {
      case 'd':
        return addDays(base, n);
      case 'w':
        return addDays(base, 7 * n);
      case 'm':
        return addMonths(base, n);
      default:
        return addMonths(base, 12 * n);
    }
  }
  m = ISO.exec(e);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DUTCH_NUMERIC.exec(e);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** 31 January + 1 month is 28/29 February, not 2 or 3 March. */
function addMonths(d: Date, n: number): Date {
  const first = new Date(d.getFullYear(), d.getMonth() + n, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(d.getDate(), last));
}

function validDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : undefined;
}

const LONG = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric' });
const WITH_DAY = new Intl.DateTimeFormat('nl', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(date: Date, format: DateFormat = 'lang'): string {
  if (format === 'kort') return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
  return (format === 'dag' ? WITH_DAY : LONG).format(date);
}

/** ISO `yyyy-mm-dd` in local time, for a date input in the form. */
function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const UNITS: Record<string, [string, string]> = { d: ['dag', 'dagen'], w: ['week', 'weken'], m: ['maand', 'maanden'], j: ['jaar', 'jaar'] };

/** "+2w" → "over 2 weken", for a form label. */
export function describeDateExpression(expr: string): string {
  const e = expr.trim().toLowerCase();
  const m = RELATIVE.exec(e);
  if (!m) return e;
  const n = Number(m[2]);
  const unit = UNITS[m[3]!.toLowerCase()]!;
  return `${m[1] === '-' ? '' : 'over '}${n} ${n === 1 ? unit[0] : unit[1]}${m[1] === '-' ? ' geleden' : ''}`;
}

// ----- values and rendering -----

/** What the form starts with: the first option, the default date (ISO), unticked, empty text. */
export function initialValues(fields: readonly Field[], today: Date): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const f of fields) {
    if (f.kind === 'keuze') out[f.key] = f.options[0]!;
    else if (f.kind === 'datum') out[f.key] = isoDate(resolveDate(f.initial, today) ?? today);
    else if (f.kind === 'vink') out[f.key] = false;
    else out[f.key] = '';
  }
  return out;
}

/** The text a field stands for. An empty text field becomes a "[prompt]" for the worker. */
function fieldText(field: Field, value: FieldValue | undefined, today: Date): string {
  const str = typeof value === 'string' ? value.trim() : '';
  switch (field.kind) {
    case 'naam':
      return str || '[naam]';
    case 'tekst':
    case 'alinea':
      return str || `[${field.label}]`;
    case 'keuze':
      return str || `[${field.label} ${field.options.join(' / ')}]`;
    case 'datum': {
      const date = resolveDate(str || field.initial, today);
      // A date the worker typed in words ("eind maart") is kept as they wrote it.
      return date ? formatDate(date, field.format) : str;
    }
    case 'vink':
      return value === true || str === 'ja' || str === 'true' ? field.on : field.off;
  }
}

/** Plain text for a textarea or a plain field: headings lose their "## ". */
export function renderTemplate(body: string, values: FieldValues = {}, today: Date = new Date()): string {
  return linesOf(body, values, today)
    .map((l) => (l.kind === 'heading' ? l.text : l.kind === 'text' || l.kind === 'blank' ? l.text : `${l.marker}${l.text}`))
    .join('\n');
}

type Line =
  | { kind: 'blank'; text: '' }
  | { kind: 'heading'; text: string }
  | { kind: 'bullet'; marker: string; text: string }
  | { kind: 'number'; marker: string; n: number; text: string }
  | { kind: 'text'; text: string };

const HEADING = /^#{1,6}\s+/;
const BULLET = /^\s*[-*•]\s+/;
const NUMBER = /^\s*(\d{1,3})[.)]\s+/;

/**
 * Lines of the rendered body, each classified by the TEMPLATE's own markup (never by what a
 * worker typed into a field: a value starting with "- " does not become a list item).
 */
function linesOf(body: string, values: FieldValues, today: Date): Line[] {
  const { tokens } = parseTemplate(body);
  const lines: Line[] = [];
  let template = '';
  let rendered = '';
  const end = () => {
    // A line of nothing but fields that all came out empty (an unticked "vink" with an empty
    // text) disappears, so an optional sentence leaves no gap.
    const onlyFields = template.includes('\u0000') && !template.replace(/\u0000/g, '').trim();
    if (!(onlyFields && !rendered.trim())) lines.push(classify(template, rendered));
    template = '';
    rendered = '';
  };
  for (const t of tokens) {
    if (t.type === 'field') {
      const v = fieldText(t.field, values[t.field.key], today);
      template += '\u0000';
      rendered += v;
      continue;
    }
    const parts = t.text.split(/\r?\n/);
    parts.forEach((p, n) => {
      if (n > 0) end();
      template += p;
      rendered += p;
    });
  }
  end();
  return lines;
}

function classify(template: string, rendered: string): Line {
  if (!rendered.trim() && !template.includes('\u0000')) return { kind: 'blank', text: '' };
  let m = HEADING.exec(template);
  if (m) return { kind: 'heading', text: rendered.slice(m[0].length).trimEnd() };
  m = BULLET.exec(template);
  if (m) return { kind: 'bullet', marker: rendered.slice(0, m[0].length), text: rendered.slice(m[0].length) };
  m = NUMBER.exec(template);
  if (m) return { kind: 'number', marker: rendered.slice(0, m[0].length), n: Number(m[1]), text: rendered.slice(m[0].length) };
  return { kind: 'text', text: rendered };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const inline = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>');

/**
 * HTML for rich editors: paragraphs, bold headings (`<p><strong>`: ECD editors often drop
 * `<h2>`) and lists. Every value is escaped; a multi-line value keeps its lines as `<br>`.
 */
export function renderTemplateHtml(body: string, values: FieldValues = {}, today: Date = new Date()): string {
  const out: string[] = [];
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[]; start: number } | undefined;
  const closePara = () => {
    if (para.length) out.push(`<p>${para.join('<br>')}</p>`);
    para = [];
  };
  const closeList = () => {
    if (list) {
      const start = list.tag === 'ol' && list.start !== 1 ? ` start="${list.start}"` : '';
      out.push(`<${list.tag}${start}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    }
    list = undefined;
  };
  for (const line of linesOf(body, values, today)) {
    if (line.kind === 'bullet' || line.kind === 'number') {
      closePara();
      const tag = line.kind === 'bullet' ? 'ul' : 'ol';
      if (list?.tag !== tag) {
        closeList();
        list = { tag, items: [], start: line.kind === 'number' ? line.n : 1 };
      }
      list.items.push(inline(line.text));
      continue;
    }
    closeList();
    if (line.kind === 'blank') closePara();
    else if (line.kind === 'heading') {
      closePara();
      out.push(`<p><strong>${inline(line.text)}</strong></p>`);
    } else para.push(inline(line.text));
  }
  closePara();
  closeList();
  return out.join('');
}
