import { normalize, withoutAsides } from '../analysis/heading-text';
import { hasContent, headingMatcher, type Line, readLines, type Span, type TextSpan } from './text-lines';
import { namesActor, readWhen } from './time-and-actor';

/**
 * The structure of an actieplan as a worker filled it in: the goal, and the steps with their
 * wat / hoe / wie / wanneer. Steps come as "Stap 1" blocks with "Wie:" / "Wanneer:" lines, as
 * bullets or numbers under "Acties" / "Stappen" / "Hoe?", as rows of a table pasted as text
 * (Wat | Hoe | Wie | Wanneer), as columns pasted one after the other ("Wie?" followed by a list),
 * or as text with "(wie: ik, wanneer: 3 maart)" inside.
 */

type StepField = 'what' | 'how' | 'who' | 'when';

export interface Step {
  /** The number shown in messages: "Stap 2". Explicit ("Stap 2", "2.") or the position. */
  n: number;
  /** The line that opened the step. */
  anchor: TextSpan;
  what: TextSpan[];
  how: TextSpan[];
  who: TextSpan[];
  when: TextSpan[];
  /** Indentation of the opening line, and whether it was a plain line (for continuation lines). */
  indent: number;
  plain: boolean;
}

export interface ActionPlan {
  lines: Line[];
  goal?: { heading: TextSpan; text: TextSpan[] };
  steps: Step[];
  /** One "Wie en wanneer: …" line for all steps, outside any step: the method asks for one per step. */
  shared: TextSpan[];
  /** Labels and headings: the form, not the client's text. */
  structure: Span[];
}

type Section = 'goal' | 'actions' | 'progress' | 'signatures';

/** Block headings of the actieplan (see headingMatcher). */
const sectionOf = headingMatcher<Section>([
  [
    '(?:mijn |ons |onze |het |de )?(?:lange ?termijn ?doel(?:en)?|doel(?:en)? op (?:de )?lange termijn|hersteldoel(?:en)?|hoofddoel|einddoel|doel(?:en|stelling)?|wat wil ik bereiken|wat wil ik|passie|droom|wens)',
    'goal',
  ],
  [
    // "Zo ga ik het aanpakken", "Dit ga ik doen", "Hoe gaan we dat bereiken", "Welke stappen zet ik"
    '(?:mijn |de |kleine |eerste |concrete )?(?:acties|actiepunten|stappen|stapjes|plan van aanpak|aanpak|activiteiten|werkwijze)|(?:zo|hoe|dit|dat|wat|daarvoor) (?:ga|gaan|wil|doe|doen) (?:ik|we|wij)(?: (?:het|dat|dit|daarvoor|ervoor|eraan|samen))* ?(?:aanpakken|doen|bereiken|regelen|werken|ondernemen)?|welke stappen(?: (?:zet|neem|ga) (?:ik|we|wij))?(?: zetten| nemen)?',
    'actions',
  ],
  // the worker's own notes: never judged ("Opmerkingen", "Aantekeningen begeleider", "Toelichting")
  [
    '(?:overige |ruimte voor )?(?:voortgang|verloop|tussenstand|evaluatie|notities|voortgangsnotities|hoe gaat het|terugblik|opmerkingen|aantekeningen|toelichting|verslag|bijzonderheden)(?: (?:van )?(?:de )?(?:begeleider|begeleiding|mentor|hulpverlener))?',
    'progress',
  ],
  ['handtekening(?:en)?|ondertekening|getekend|akkoord|paraaf', 'signatures'],
]);

const FIELDS: Array<[RegExp, StepField]> = [
  [/^(?:wat|actie|wat ga ik doen|wat doe ik|wat gaan (?:we|wij) doen|omschrijving|taak)$/, 'what'],
  [/^(?:hoe|hoe pak ik het aan|hoe ga ik dat doen|aanpak|middelen|hulpmiddelen|met wie|met welke hulp)$/, 'how'],
  [/^(?:wie|wie doet het|wie doet wat|wie doet dat|door wie|door|uitvoerder|verantwoordelijke|wie is verantwoordelijk)$/, 'who'],
  [/^(?:wanneer|datum|deadline|wanneer klaar|klaar op|klaar|uiterlijk|planning|termijn|tijdpad|streefdatum|einddatum|wanneer af|wanneer doe ik het)$/, 'when'],
];

/** A column that only numbers the rows ("Stap | Wat ga ik doen?", "Nr"). */
const NUMBER_COLUMN = /^(?:stap|nr|nummer|no|#)$/;
/** A table's column for the action may also be headed "Stap", "Actie", "Wat ga ik doen?". */
const ACTION_COLUMN = /^(?:stap|stappen|stapje|stapjes|actie|acties|actiepunt|actiepunten|wat ga ik doen|wat gaan we doen|kleine stappen)$/;
/** "Wie en wanneer:" names both for every step at once. */
const WHO_AND_WHEN = /^(?:wie en wanneer|wanneer en wie|wie wanneer|wanneer wie)$/;

const META = /^(?:naam|datum|leefgebied|begeleider|client|opgesteld|ingevuld|volgende evaluatie|evaluatiedatum|samen evalueren op|periode)\b/;
const SIGNATURE_LINE = /^(?:handtekening|ondertekening|ondertekend|getekend|paraaf)/;
const STEP_HEADER = /^(?:stap|stapje|actie|actiepunt)\s*(\d{1,3})\b/;
/** A cheap test before normalising: a step header opens with "stap" or "actie" after any marks. */
const MAY_OPEN_STEP = /^[^\p{L}]*(?:stap|actie)/iu;


/** Labels repeat on every step ("Wie:", "Wanneer:"): their keys are kept, up to a few hundred. */
const keyOfLabel = new Map<string, StepField | null>();

function fieldKey(label: string): StepField | undefined {
  const known = keyOfLabel.get(label);
  if (known !== undefined) return known ?? undefined;
  const n = normalize(withoutAsides(label));
  let key: StepField | undefined;
  for (const [re, f] of FIELDS) if (re.test(n)) key = key ?? f;
  if (keyOfLabel.size > 500) keyOfLabel.clear();
  keyOfLabel.set(label, key ?? null);
  return key;
}

interface FieldLine {
  key: StepField;
  label: TextSpan;
  value: TextSpan;
  /** "Datum:" is a step's wanneer only inside a step; at the top it is the plan's date. */
  weak: boolean;
}

/**
 * "Hoe? / Wie? / Wanneer?", "Wat – wie – wanneer": a line that only names fields is the header of
 * the steps below it (the fields of each step follow under it), not a field with a value.
 */
const FIELD_NAME_SEPARATOR = /[/|,&+–—]|\s-\s|\ben\b/;
function fieldNamesOf(line: Line): StepField[] | undefined {
  if (line.cells || line.body.text.length > 60 || !FIELD_NAME_SEPARATOR.test(line.body.text)) return undefined;
  const parts = line.body.text.split(/\s*(?:[/|,&+–—]|\s-\s|\ben\b)\s*/).map((p) => p.replace(/[?:]+$/, '').trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const keys: StepField[] = [];
  for (const p of parts) {
    const key = fieldKey(p) ?? (ACTION_COLUMN.test(normalize(p)) ? 'what' : undefined);
    if (!key) return undefined;
    keys.push(key);
  }
  return keys;
}

/** "Wie: ik", "Wanneer? maandag", "Wie?" (value empty). */
function fieldOf(line: Line): FieldLine | undefined {
  if (line.label && line.value) {
    const key = fieldKey(line.label.text);
    // "Datum:", "Planning:" … are a step's wanneer only inside a step; "Actie:", "Door:" open or fill one anywhere
    if (key) return { key, label: line.label, value: line.value, weak: key === 'when' && !/^wanneer/.test(normalize(line.label.text)) };
  }
  const m = /^(wie|wat|hoe|wanneer)\s*\?\s*(?:\([^()]*\)\s*)?/i.exec(line.body.text);
  if (!m) return undefined;
  const start = line.body.start;
  // "Wat? (mijn doel, in mijn woorden)": the aside belongs to the label
  const value = { start: start + m[0].length, end: line.body.end, text: line.body.text.slice(m[0].length) };
  return { key: fieldKey(m[1]!)!, label: { start, end: start + m[1]!.length + 1, text: line.body.text.slice(0, m[1]!.length + 1) }, value, weak: false };
}


interface TableHeader {
  /** The field of each column, in order. */
  keys: Array<StepField | undefined>;
  /** Where each column starts, counted from the start of the line: for columns aligned with spaces. */
  columns?: number[];
}

const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

function columnKey(cell: string): StepField | undefined {
  const c = cell.replace(/\?$/, '');
  return fieldKey(c) ?? (ACTION_COLUMN.test(normalize(withoutAsides(c))) ? 'what' : undefined);
}

function isFieldOutside(table: TableHeader, label: string): boolean {
  const key = fieldKey(label);
  return !!key && !table.keys.includes(key);
}

/** Cells of a line split at runs of two or more spaces (a table aligned by hand in a plain field). */
function spaceCells(line: Line): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /\S+(?: \S+)*/g;
  const body = line.body;
  for (let m = re.exec(body.text); m; m = re.exec(body.text)) out.push({ start: body.start + m.index, end: body.start + m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * A table header: cells (pipes, tabs, or words two spaces apart) of which at least two name a
 * field (Wat / Hoe / Wie / Wanneer, or Stap / Actie for the action). Columns aligned with spaces
 * keep their positions, so that rows whose cells stand only two spaces apart are read right.
 */
function tableHeader(text: string, line: Line): TableHeader | undefined {
  if (line.rule || line.body.text.length > 200) return undefined;
  const aligned = !line.cells || !/[|\t;]/.test(line.text);
  const cells = line.cells ?? spaceCells(line);
  if (cells.length < 2) return undefined;
  let keys = cells.map((c) => (c.text ? columnKey(c.text) : undefined));
  // "Stap | Wat | Wie | Wanneer": with a Wat or Hoe column, "Stap" only numbers the rows
  const named = cells.map((c) => (c.text ? fieldKey(c.text.replace(/\?$/, '')) : undefined));
  if (named.includes('what') || named.includes('how')) keys = named;
  // "Stap | Wat ga ik doen?": one column with the action and one that numbers the rows
  const numbered = named.includes('what') && cells.every((c, k) => !c.text || named[k] || NUMBER_COLUMN.test(normalize(c.text)));
  if (numbered) keys = named;
  else if (new Set(keys.filter(Boolean)).size < 2 || keys.filter(Boolean).length < cells.filter((c) => c.text).length - 1) return undefined;
  const from = lineStartOf(text, line.start);
  return { keys, columns: aligned ? cells.map((c) => c.start - from) : undefined };
}

/**
 * The cells of a row under a header. A row of a table aligned with spaces is cut at the gaps of
 * two or more spaces nearest to where the header's columns start; a row with a single gap-free
 * text is no row.
 */
function rowCells(text: string, line: Line, table: TableHeader): TextSpan[] | undefined {
  if (!table.columns) return line.cells && line.cells.length >= 2 ? line.cells : undefined;
  const from = lineStartOf(text, line.start);
  const gaps: Array<{ start: number; end: number }> = [];
  const re = /\s{2,}|\t/g;
  const body = line.body;
  for (let m = re.exec(body.text); m; m = re.exec(body.text)) gaps.push({ start: body.start + m.index, end: body.start + m.index + m[0].length });
  if (!gaps.length) return undefined;
  const columns = table.columns.slice(1);
  // as many gaps as column borders: each gap is a border; otherwise the gap nearest each border, in order
  let cuts: Array<{ start: number; end: number }> = [];
  if (gaps.length === columns.length) cuts = gaps;
  else {
    let next = 0;
    for (const col of columns) {
      let best = -1;
      let bestDistance = Infinity;
      for (let g = next; g < gaps.length; g++) {
        const gap = gaps[g]!;
        const d = gap.start - from <= col && col <= gap.end - from ? 0 : Math.min(Math.abs(gap.end - from - col), Math.abs(gap.start - from - col));
        if (d < bestDistance) [best, bestDistance] = [g, d];
      }
      if (best < 0 || bestDistance > 12) continue;
      cuts.push(gaps[best]!);
      next = best + 1;
    }
  }
  if (!cuts.length) return undefined;
  const out: TextSpan[] = [];
  let start = body.start;
  for (const c of cuts) {
    out.push({ start, end: c.start, text: text.slice(start, c.start) });
    start = c.end;
  }
  out.push({ start, end: body.end, text: text.slice(start, body.end) });
  return out;
}

/** "Ik bel de schuldhulp (wie: ik, wanneer: maandag 3 maart)": the action and its inline fields. */
const INLINE = /[\s(\[,;/|–—-]*\b(wie|door|wanneer|datum|deadline)\s*[:=]\s*/gi;

function splitInline(s: TextSpan): { rest: TextSpan; fields: Array<[StepField, TextSpan]> } {
  INLINE.lastIndex = 0;
  const first = INLINE.exec(s.text);
  if (!first) return { rest: s, fields: [] };
  const fields: Array<[StepField, TextSpan]> = [];
  const marks: Array<{ key: StepField; from: number; valueFrom: number }> = [];
  for (let m: RegExpExecArray | null = first; m; m = INLINE.exec(s.text)) {
    const word = m[1]!.toLowerCase();
    marks.push({ key: word === 'wie' || word === 'door' ? 'who' : 'when', from: m.index, valueFrom: m.index + m[0].length });
  }
  marks.forEach((mk, k) => {
    const until = k + 1 < marks.length ? marks[k + 1]!.from : s.text.length;
    let v = s.text.slice(mk.valueFrom, until);
    // trailing punctuation, but the final dot of an abbreviation ("z.s.m.") stays
    v = v.replace(/[\s)\],;/|–—-]+$/, '');
    if (v.endsWith('.') && !/\.\S+\.$/.test(v)) v = v.slice(0, -1).trimEnd();
    fields.push([mk.key, { start: s.start + mk.valueFrom, end: s.start + mk.valueFrom + v.length, text: v }]);
  });
  const restText = s.text.slice(0, first.index).replace(/[\s(\[,;:/|–—-]+$/, '');
  return { rest: { start: s.start, end: s.start + restText.length, text: restText }, fields };
}

/** A line that is only a when: "Week 19", "Maandag 5 mei:", "**Vóór 1 juni**" (no one doing anything). */
function isWhenHeading(line: Line): boolean {
  if ((line.label && line.value?.text) || line.cells || (line.marker && !line.heading)) return false;
  const text = (line.label ?? line.body).text.replace(/[\s:]+$/, '');
  if (!text || text.length > 40 || text.split(/\s+/).length > 5 || /[.!?]$/.test(text)) return false;
  // ("Zaterdag haalt Ria" names who does something: a step, not a heading)
  return readWhen(text).concrete && !namesActor(text);
}

/** Separators of columns typed on one line: "Ik bel de huisarts; ik; ma 5 mei", "… – Ria – za 10 mei". */
const COLUMN_SEPARATORS = [/;\s*/g, /\s+[–—-]\s+/g, /\s+\/\s+/g, /\s+\|\s+/g];
const WHO_OPENING = /^(?:(?:[Ii]k|[Ww]e|[Ww]ij|[Ss]amen|[Zz]elf|[Mm]ijn|[Mm]['’]n|[Dd]e|[Hh]et|[Oo]nze|[Oo]ns|[Hh]aar|[Zz]ijn)(?![\p{L}])|\p{Lu})/u;
/** A who written as a bare name or names: "Linda", "mevrouw Aydin", "Wilma en Gerrit", "ik, Linda belt mee". */
const BARE_NAMES = /^(?:(?:mevrouw|meneer|dhr\.|mevr\.|mw\.)\s+)?\p{Lu}[\p{L}-]+(?:\s*(?:,|en|&)\s*(?:ik|\p{Lu}[\p{L}-]+))*$/u;

/**
 * A step whose who and when stand after it as columns without labels: the last two parts, between
 * the same separator, are a who (a person, a role, "ik", a name) and a when (a date, a day, or a
 * vague when such as "z.s.m."). Otherwise undefined: a dash inside a sentence stays text.
 */
function unlabelledColumns(s: TextSpan): [TextSpan, TextSpan, TextSpan] | undefined {
  for (const sep of COLUMN_SEPARATORS) {
    const cuts: Array<{ at: number; end: number }> = [];
    sep.lastIndex = 0;
    for (let m = sep.exec(s.text); m; m = sep.exec(s.text)) cuts.push({ at: m.index, end: m.index + m[0].length });
    if (cuts.length < 2) continue;
    const [a, b] = cuts.slice(-2) as [{ at: number; end: number }, { at: number; end: number }];
    const part = (from: number, to: number): TextSpan => {
      // a final full stop goes, the last dot of an abbreviation ("z.s.m.") stays
      let text = s.text.slice(from, to).trimEnd();
      if (text.endsWith('.') && !/\.\S+\.$/.test(text)) text = text.slice(0, -1).trimEnd();
      return { start: s.start + from, end: s.start + from + text.length, text };
    };
    const what = part(0, a.at);
    const who = part(a.end, b.at);
    const when = part(b.end, s.text.length);
    if (!what.text || who.text.split(/\s+/).length > 6 || when.text.split(/\s+/).length > 10) continue;
    const whenRead = readWhen(when.text);
    if (!whenRead.concrete && !whenRead.vague) continue;
    // a who column opens with the person: "ik", "mijn zus", "de buurman", a name ("daarna ga ik" is a clause)
    if (!WHO_OPENING.test(who.text) || (!namesActor(who.text) && !BARE_NAMES.test(who.text))) continue;
    return [what, who, when];
  }
  return undefined;
}

/**
 * Reads goal and steps. Decisions, in order, for each line:
 * 1. A table header naming two or more of wat / hoe / wie / wanneer starts a table: each row
 *    after it is a step. When the table has both Wat and Hoe and the plan has no goal heading,
 *    Wat is the goal (as on the method's form: Wat? is the goal, Hoe? the actions).
 * 2. "Stap 2" / "Actie 2" starts a step; text after it is its wat.
 * 3. A "Wat:" / "Hoe:" / "Wie:" / "Wanneer:" line fills the current step, or starts the next one
 *    when the current step already has that field. Without a goal heading, the first "Wat?"
 *    before any step is the goal. A bare "Wie?" followed by a list gives the steps their wie in
 *    order (columns pasted one after the other). "Datum:" counts only inside a step.
 * 4. A block heading (Doel, Acties / Stappen, Voortgang, Handtekeningen) starts that block.
 * 5. In the actions block, each list item or line is a step; a deeper-indented item or a line
 *    inside a "Stap N" block adds to the current step.
 * 6. Lines in the goal block are the goal, until a list item after the goal is filled in (that
 *    is the first step); lines in Voortgang / Handtekeningen are no steps.
 */
export function readActionPlan(text: string): ActionPlan {
  const lines = readLines(text);
  const structure: Span[] = [];
  const steps: Step[] = [];
  let goal: ActionPlan['goal'];
  const fieldHeaders = lines.map(fieldNamesOf);
  const fieldLines = lines.map((l, i) => (fieldHeaders[i] ? undefined : fieldOf(l)));
  const hasGoalHeading = lines.some((l, i) => !fieldLines[i] && sectionOf(l) === 'goal');
  // The method's own form: one "Wat?" (the goal) and "Hoe?" (the actions).
  // (the Hoe may also be a column of a table: "Wat?" with the goal, then "Hoe | Wie | Wanneer")
  const headers = lines.map((l) => tableHeader(text, l));
  const hasHow =
    fieldLines.some((f) => f?.key === 'how') || fieldHeaders.some((h) => h?.includes('how')) || headers.some((h) => h?.keys.includes('how'));
  // (or the steps follow as a list: "Wat?" with the goal, then "1. Ik bel …")
  const whats = fieldLines.flatMap((f, i) => (f?.key === 'what' ? [i] : []));
  const listAfter = whats.length === 1 && lines.some((l, i) => i > whats[0]! && l.marker === 'number');
  const whatIsGoal = !hasGoalHeading && whats.length === 1 && (hasHow || listAfter);
  let section: Section | undefined;
  let current: Step | undefined;
  let inBlock = false; // inside a "Stap N" block
  let table: TableHeader | undefined;
  let tableGoal = false;
  const shared: TextSpan[] = [];
  const whenGroups: Array<{ from: number; when: TextSpan }> = [];

  const newStep = (anchor: Line, n?: number, plain = false): Step => {
    const step: Step = {
      n: n ?? steps.length + 1,
      anchor: { start: anchor.start, end: anchor.end, text: anchor.text },
      what: [],
      how: [],
      who: [],
      when: [],
      indent: anchor.indent,
      plain,
    };
    steps.push(step);
    current = step;
    return step;
  };
  const addText = (step: Step, key: StepField, s: TextSpan) => {
    const { rest, fields } = splitInline(s);
    const columns = key === 'what' && !fields.length && !step.who.length && !step.when.length ? unlabelledColumns(rest) : undefined;
    if (columns) {
      step.what.push(columns[0]);
      step.who.push(columns[1]);
      step.when.push(columns[2]);
      return;
    }
    if (rest.text.trim()) step[key].push(rest);
    for (const [k, v] of fields) step[k].push(v);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;

    // 1. tables
    const header = headers[i];
    if (header) {
      table = header;
      tableGoal = !hasGoalHeading && !goal && header.keys.includes('what') && header.keys.includes('how');
      structure.push(line);
      inBlock = false;
      continue;
    }
    // a labelled line ("Handtekeningen: …", "Voortgang: -") ends the table
    // (so does "Wie: ik" under a table without a Wie column: a field for the steps above)
    if (table && line.label && (sectionOf(line) || META.test(normalize(line.label.text)) || isFieldOutside(table, line.label.text))) table = undefined;
    const row = table && !line.rule ? rowCells(text, line, table) : undefined;
    if (table && row) {
      let step: Step | undefined;
      row.forEach((cell, c) => {
        let key = table!.keys[c];
        if (!key || !cell.text) return;
        if (key === 'what' && tableGoal) {
          goal ??= { heading: cell, text: [] };
          goal.text.push(cell);
          return;
        }
        if (key === 'how' && tableGoal) key = 'what';
        step ??= newStep(line, line.marker === 'number' ? line.number : undefined);
        addText(step, key, cell);
      });
      continue;
    }
    if (!line.rule) table = undefined;
    if (line.rule) continue;

    // "Hoe? / Wie? / Wanneer?": the steps follow, each with its fields under it
    if (fieldHeaders[i]) {
      section = 'actions';
      current = undefined;
      inBlock = false;
      structure.push(line.body);
      continue;
    }

    // 2. "Stap 2"
    const opening = (line.label ?? line.body).text.slice(0, 24);
    const stepHeader = MAY_OPEN_STEP.test(opening) ? STEP_HEADER.exec(normalize(opening)) : null;
    if (stepHeader) {
      const step = newStep(line, Number(stepHeader[1]));
      inBlock = true;
      section = 'actions';
      const labelEnd = line.label ? line.label.end : line.body.start + (/^\S+\s*\d+/.exec(line.body.text)?.[0].length ?? 0);
      structure.push({ start: line.body.start, end: labelEnd });
      const after = line.value ?? { start: labelEnd, end: line.body.end, text: text.slice(labelEnd, line.body.end) };
      const trimmedAfter = after.text.replace(/^[\s:.)–—-]+/, '');
      if (trimmedAfter) {
        const from = after.end - trimmedAfter.length;
        addText(step, 'what', { start: from, end: after.end, text: trimmedAfter });
      }
      continue;
    }

    // 3. field lines; "Wie en wanneer: …" fills a "Stap N" block, or else is one line for all steps
    if (line.label && line.value && WHO_AND_WHEN.test(normalize(line.label.text))) {
      structure.push(line.label);
      if (inBlock && current) {
        current.who.push(line.value);
        current.when.push(line.value);
      } else if (line.value.text) shared.push(line.value);
      continue;
    }
    const field = fieldLines[i];
    const stepContext = inBlock || section === 'actions' || steps.length > 0;
    if (field && !(field.weak && !stepContext) && section !== 'progress' && section !== 'signatures') {
      structure.push(field.label);
      if (field.key === 'what' && whatIsGoal && !goal) {
        goal = { heading: field.label, text: field.value.text ? [field.value] : [] };
        section = 'goal';
        continue;
      }
      // "Wie? Ik, samen met Sarah." under a list of two or more steps that have no wie or wanneer
      // yet, not indented under the last one: one line for all steps
      const last = steps.at(-1);
      const forAll =
        !inBlock &&
        (field.key === 'who' || field.key === 'when') &&
        !!field.value.text &&
        !!last &&
        line.indent <= last.indent &&
        (shared.length > 0 || (steps.length >= 2 && steps.every((s) => !s.who.length && !s.when.length)));
      if (forAll) {
        shared.push(field.value);
        continue;
      }
      const next = lines[i + 1];
      if (!field.value.text && next?.marker && !inBlock && next.indent <= line.indent && (!current || line.indent <= current.indent)) {
        // columns pasted one after the other: "Wie?" then "1. ik", "2. samen", …
        let k = 0;
        for (; lines[i + 1]?.marker; i++, k++) {
          const item = lines[i + 1]!;
          const step = steps[k] ?? newStep(item, item.number);
          addText(step, field.key, item.body);
        }
        section = 'actions';
        continue;
      }
      let value = field.value;
      if (!value.text && next && !next.marker && !fieldLines[i + 1] && !fieldHeaders[i + 1] && !STEP_HEADER.test(normalize(next.body.text.slice(0, 24))) && !sectionOf(next)) {
        value = next.body; // "Wie:" with the answer on the next line
        i++;
      }
      // (inside a "Stap N" block everything belongs to that step: "Stap 1: Bellen" + "Wat: …")
      if (!current || (current[field.key].length && !inBlock)) {
        newStep(line);
        inBlock = false;
      }
      if (value.text) addText(current!, field.key, value);
      section = 'actions';
      continue;
    }

    // 4. block headings
    const sec = sectionOf(line);
    if (sec && (line.heading || !line.marker || !line.label)) {
      section = sec;
      inBlock = false;
      current = undefined;
      structure.push(line.label ?? line.body);
      const inline = line.label ? line.value : undefined;
      if (sec === 'goal') goal = { heading: line.label ?? line.body, text: inline?.text ? [inline] : [] };
      if (sec === 'actions' && inline?.text) addText(newStep(line), 'what', inline);
      continue;
    }
    // "Handtekening Priya ____  Kevin ____": the signatures, also without a colon
    if (SIGNATURE_LINE.test(normalize(line.body.text.slice(0, 30)).slice(0, 20))) {
      section = 'signatures';
      current = undefined;
      inBlock = false;
      structure.push(line.body);
      continue;
    }
    if (line.label && META.test(normalize(line.label.text)) && !inBlock) {
      structure.push(line.label);
      continue;
    }

    // "Week 19", "Maandag 5 mei:": a heading that is only a when, over the steps that follow it
    const goalFilled = !!goal && goal.text.some((t) => hasContent(t.text));
    if (!inBlock && (section === 'actions' || (section === 'goal' && goalFilled)) && isWhenHeading(line)) {
      section = 'actions';
      current = undefined;
      const shown = line.label ?? line.body;
      const when = shown.text.replace(/[\s:]+$/, '');
      whenGroups.push({ from: steps.length, when: { start: shown.start, end: shown.start + when.length, text: when } });
      continue;
    }

    // 5 and 6. content; a list item after a filled-in goal is the first step
    if (section === 'goal' && line.marker && goal!.text.some((t) => hasContent(t.text))) section = 'actions';
    if (section === 'goal') {
      if (!line.marker && line.label && !fieldKey(line.label.text)) {
        // "Waarom dit belangrijk is voor mij: …" belongs to the goal, its label is form
        structure.push(line.label);
        if (line.value?.text) goal!.text.push(line.value);
      } else goal!.text.push(line.body);
      continue;
    }
    if (section === 'actions') {
      // A line continues the current step inside a "Stap N" block, when it is indented deeper,
      // or when it is plain text after a list item or field lines; a list item, or a plain line
      // after a plain line, is the next step.
      const continues = current && (inBlock || line.indent > current.indent || (!current.plain && !line.marker));
      if (continues) addText(current!, current!.what.length || !current!.how.length ? 'what' : 'how', line.body);
      else addText(newStep(line, line.marker === 'number' ? line.number : undefined, !line.marker), 'what', line.body);
    }
  }
  // each step under a when heading has that when, unless it names its own
  whenGroups.forEach((g, k) => {
    for (const step of steps.slice(g.from, whenGroups[k + 1]?.from ?? steps.length)) if (!step.when.length) step.when.push(g.when);
  });
  if (steps.length === 1) splitParagraph(steps);
  if (!steps.length && goal) stepsInGoal(goal, lines, steps);
  return { lines, goal, steps, shared, structure };
}

/** A sentence end followed by the next sentence's capital: where a paragraph of steps is cut. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["„“]?\p{Lu})/gu;

/**
 * Steps written as one paragraph of sentences ("Op maandag bel ik … Daarna gaat mijn zus …"):
 * when the only step is a plain text of two or more sentences with no wie or wanneer of its own,
 * each sentence is a step, as a trainer reads it.
 */
function splitParagraph(steps: Step[]): void {
  const only = steps[0]!;
  if (!only.plain || only.who.length || only.when.length || only.how.length || only.what.length !== 1) return;
  const text = only.what[0]!;
  const out: TextSpan[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text.text); m; m = SENTENCE_END.exec(text.text)) {
    out.push({ start: text.start + from, end: text.start + m.index, text: text.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: text.start + from, end: text.end, text: text.text.slice(from) });
  // an abbreviation ("ca. Twee") or a short aside is no step: every part must be a sentence
  if (out.length < 2 || out.some((p) => p.text.split(/\s+/).length < 4)) return;
  steps.length = 0;
  out.forEach((p, k) => {
    const { rest, fields } = splitInline(p);
    const step: Step = { ...only, n: k + 1, anchor: p, what: [rest], how: [], who: [], when: [] };
    for (const [key, v] of fields) step[key].push(v);
    steps.push(step);
  });
}

/**
 * No steps found, but the goal block goes on for several plain lines: the steps were written
 * under the goal without a heading of their own. The goal is what its heading holds, or else its
 * first line; the plain lines after it are the steps.
 */
function stepsInGoal(goal: NonNullable<ActionPlan['goal']>, lines: readonly Line[], steps: Step[]): void {
  const byStart = new Map(lines.map((l) => [l.body.start, l]));
  const rest = goal.text.slice(1).filter((t) => {
    const line = byStart.get(t.start);
    return line && !line.label && hasContent(t.text) && t.text.split(/\s+/).length >= 3;
  });
  if (rest.length < 2) return;
  goal.text = goal.text.filter((t) => !rest.includes(t));
  rest.forEach((t, k) => {
    const line = byStart.get(t.start)!;
    const { rest: what, fields } = splitInline(t);
    const step: Step = { n: line.marker === 'number' ? line.number! : k + 1, anchor: t, what: [what], how: [], who: [], when: [], indent: line.indent, plain: !line.marker };
    for (const [key, v] of fields) step[key].push(v);
    steps.push(step);
  });
}
