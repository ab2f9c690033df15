import type { LeefgebiedId } from '../analysis/leefgebieden';
import { areasOfHeading, letterMarkerLength } from './area-heading';
import { normalize, withoutAsides } from '../analysis/heading-text';
import { hasContent, headingMatcher, type Line, readLines, type Span, type TextSpan } from './text-lines';

/**
 * The structure of a krachteninventarisatie as a worker filled it in: where each leefgebied is
 * and what is written under it, and the Prioriteiten block. Headings may be numbered or not,
 * Markdown or bold, "Wonen:" with text after it, or the first cell of a table row.
 */

interface AreaBlock {
  /** The heading (label) spans that name this area. */
  headings: TextSpan[];
  /** Text written for the area: lines under the heading, text after "Wonen:", other table cells. */
  content: TextSpan[];
}

export interface Inventory {
  lines: Line[];
  areas: Map<LeefgebiedId, AreaBlock>;
  /**
   * The Prioriteiten block, if there is one: its heading (with any aside, "(volgens behandelteam)"),
   * further headings inside it ("Wat ik als eerste wil:"), and the priorities.
   */
  priorities?: { heading: TextSpan; marks: TextSpan[]; items: TextSpan[]; written: TextSpan[] };
  /** The text of the *Wie en wat?* block: the client's portrait. */
  about: TextSpan[];
  /** Labels and headings: the worksheet's form, not the client's text (never judged for wording). */
  structure: Span[];
}

type Section = 'wie-en-wat' | 'prioriteiten' | 'opmerkingen';

/** A heading is short; longer lines are text (and are not normalised, for speed). */
const MAX_HEADING = 100;

/** Block headings of the krachteninventarisatie other than the leefgebieden (see headingMatcher). */
const sectionOf = headingMatcher<Section>([
  ['wie en wat|wie ben ik|over mij|over mijzelf|persoonlijke gegevens|portret|introductie', 'wie-en-wat'],
  [
    // "Wat ik (zelf) als eerste wil aanpakken", "Wat wil ik nu als eerst doen", "Waar ik zelf eerst mee wil beginnen"
    "(?:mijn |onze )?(?:prioriteit(?:en)?|prio s?|belangrijkste (?:doelen|wensen|leefgebieden|punten)|(?:wat|waar) (?:wil ik|ik)(?: (?:zelf|nu|het|graag))* (?:als )?eerst(?:e)?(?: (?:aan|mee|wil))*(?: (?:doen|aanpakken|oppakken|veranderen|regelen|werken|beginnen|starten))?|(?:mijn )?eerste (?:stappen|doelen|wensen|keuze)|(?:mijn )?keuzes?|hier (?:wil ik|begin ik)(?: (?:mee|aan))*(?: (?:beginnen|starten|werken))?|waar (?:wil ik|begin ik|start ik|ga ik)(?: (?:zelf|nu|het|als eerste|eerst))* (?:mee|aan)(?: (?:beginnen|starten|werken))?|waar (?:begin|start) ik|eerst wil ik|wat (?:pak|doe) ik (?:als )?eerst(?:e)?(?: aan)?|wat (?:vind ik|is voor mij) het belangrijkst(?:e)?|(?:mijn )?top ?\\d|volgorde(?: van aanpak)?)",
    'prioriteiten',
  ],
  [
    // the worker's notes and the signatures: never judged ("Aantekeningen begeleider", "Toelichting")
    '(?:overige |ruimte voor )?(?:opmerkingen|aantekeningen|notities|toelichting|bijzonderheden|ondertekening|handtekening(?:en)?|getekend|akkoord|afsluiting|afspraken)(?: (?:van )?(?:de )?(?:begeleider|begeleiding|mentor|hulpverlener))?(?: en (?:ondertekening|handtekening(?:en)?|afspraken|opmerkingen))?',
    'opmerkingen',
  ],
]);

/** A priority marked inside an area: "(prioriteit)", "(prio 1)", "(eerste prioriteit)". */
const PRIORITY_MARK = /\((?:mijn\s+)?(?:eerste\s+|1e\s+)?(?:prioriteit|prio)(?:\s*\d)?\)/i;

/** Signatures end the areas; "Opmerkingen: …" inside an area is a remark about it. */
const SIGNATURE = /^(?:handtekening|ondertekening|ondertekend|getekend|akkoord)/;

/** The three parts of each area ("Nu", "Wensen en ambities", "Vroeger") and their synonyms. */
const ASPECT =
  /^(?:nu|wens|wat heb ik nu|wat wil ik nog|wat kan ik|wat lukt(?: al)?|op dit moment|huidige situatie|wat gaat goed|wat gaat er goed|krachten|talenten|mogelijkheden|krachten talenten(?: en)? mogelijkheden|wensen|ambities|wensen en ambities|wensen(?: en ambities)? voor de (?:nabije )?toekomst|wat wil ik|toekomst|vroeger|verleden|hulpbronnen|krachten en hulpbronnen(?: van vroeger)?|persoonlijke en sociale hulpbronnen(?: van vroeger)?|(?:krachten )?van vroeger|hoe (?:is|gaat|zit) het (?:nu|op dit moment)|hoe is het nu|wat (?:hielp|helpt|heeft) (?:me|mij)(?: vroeger)?(?: geholpen)?|wat (?:wil|zou) ik(?: graag)?(?: willen)?|wat kan ik(?: al)?|wat gaat (?:er )?goed|nu is het zo|ik zou (?:graag )?willen|vroeger hielp|dit wil ik|dit hielp(?: me| mij)?)$/;

function isAspectLabel(label: string): boolean {
  // the longest part name is under fifty characters; a sentence is not normalised
  if (label.length > 80 || (label.length > 50 && !label.includes('('))) return false;
  const n = normalize(withoutAsides(label));
  return n.length > 0 && n.length <= 60 && ASPECT.test(n);
}


interface Candidate {
  areas: LeefgebiedId[];
  label: TextSpan;
  content: TextSpan[];
  /** 'bare': the line is only the area name ("Wonen", "Wonen:"); 'inline': "Wonen: ik woon …"; 'row': a table row. */
  style: 'bare' | 'inline' | 'row';
}

function candidateOf(line: Line): Candidate | undefined {
  if (line.rule) return undefined;
  if (line.cells) {
    const [first, ...rest] = line.cells;
    const areas = first && areasOfHeading(first.text);
    return areas ? { areas, label: first, content: rest.filter((c) => c.text), style: 'row' } : undefined;
  }
  if (line.label && line.value) {
    let areas = areasOfHeading(line.label.text);
    // "Leefgebied 3: Financiën", "Leefgebied B: Wonen": the label is only a number, the name comes after it.
    if (/^(?:leefgebied|gebied|levensgebied|domein)(?: \d+| [a-z])?$/.test(normalize(line.label.text))) {
      areas = areasOfHeading(line.value.text);
      return areas ? { areas, label: line.body, content: [], style: 'bare' } : undefined;
    }
    if (!areas) return undefined;
    const inline = line.value.text ? [line.value] : [];
    return { areas, label: line.label, content: inline, style: inline.length ? 'inline' : 'bare' };
  }
  // "c. Financiën – Ik heb een uitkering": the area before a dash with spaces
  // ("C - Financiën – Ik …": a letter with a dash before the area is its marker, not the dash)
  const lead = letterMarkerLength(line.body.text);
  const found = /\s[–—-]\s/.exec(line.body.text.slice(lead, 70));
  const dash = found && { index: found.index + lead, 0: found[0] };
  if (dash) {
    const areas = areasOfHeading(line.body.text.slice(0, dash.index));
    if (areas) {
      const start = line.body.start + dash.index + dash[0].length;
      const label = { start: line.body.start, end: line.body.start + dash.index, text: line.body.text.slice(0, dash.index) };
      const value = { start, end: line.body.end, text: line.body.text.slice(dash.index + dash[0].length) };
      return { areas, label, content: value.text ? [value] : [], style: value.text ? 'inline' : 'bare' };
    }
  }
  if (line.body.text.length > MAX_HEADING) return undefined;
  const body = line.body.text.replace(/[?:]+$/, '');
  const areas = areasOfHeading(body);
  return areas ? { areas, label: line.body, content: [], style: 'bare' } : undefined;
}

/** Content of a line under a heading: the value after an aspect label, other table cells, or the line. */
function contentOf(line: Line, structure: Span[]): TextSpan[] {
  if (line.rule) return [];
  if (line.cells) {
    // A table header ("Leefgebied | Nu | Wensen | Vroeger") is form, not content.
    if (line.cells.every((c) => !c.text || isAspectLabel(c.text) || /^leefgebied(?:en)?$/.test(normalize(c.text)))) {
      structure.push(line);
      return [];
    }
    return line.cells.filter((c) => c.text);
  }
  if (line.label && line.value && isAspectLabel(line.label.text)) {
    structure.push(line.label);
    return line.value.text ? [line.value] : [];
  }
  if (isAspectLabel(line.body.text.replace(/[?:]+$/, ''))) {
    structure.push(line.body);
    return [];
  }
  // "Hoe is het nu? Ik werk …": the part's question and its answer on one line
  const asked = /^[^?"„“]{2,50}\?\s+/.exec(line.body.text);
  if (asked && isAspectLabel(asked[0].replace(/[?\s]+$/, ''))) {
    const start = line.body.start + asked[0].length;
    structure.push({ start: line.body.start, end: start });
    return [{ start, end: line.body.end, text: line.body.text.slice(asked[0].length) }];
  }
  return [line.body];
}

/**
 * Reads the blocks. Decisions, in order, for each line:
 * 1. A block heading (Wie en wat?, Prioriteiten, Opmerkingen en ondertekening) starts that block;
 *    except "Opmerkingen: …" with text inside an area, which is a remark about that area.
 * 2. A line naming only leefgebieden starts that area (see `areasOfHeading`), unless:
 *    - the worksheet has at least three bare area headings and this one is "Werk: ik werk …"
 *      (then it is a sub-label inside the current area, e.g. "Werk:" under Activiteit);
 *    - it is a bullet ("- Sport") whose next line is not indented deeper or an aspect label;
 *    - it stands in the Prioriteiten block (there "1. Wonen" is a priority), unless the next
 *      line is an aspect label ("Nu:"), which shows the areas follow after the priorities.
 * 3. Any other line is content of the current block.
 */
export function readInventory(text: string): Inventory {
  const lines = readLines(text);
  const areas = new Map<LeefgebiedId, AreaBlock>();
  const structure: Span[] = [];
  const candidates = lines.map(candidateOf);
  const bareHeadings = candidates.filter((c) => c && c.style !== 'inline').length;
  const inlineAreHeadings = bareHeadings < 3;
  let section: Section | 'area' | undefined;
  let current: LeefgebiedId[] = [];
  let priorities: Inventory['priorities'];
  const about: TextSpan[] = [];
  let onePriorityLine = false;

  const nextIsAspect = (i: number) => {
    const next = lines[i + 1];
    return !!next && isAspectLabel((next.label ?? next.body).text.replace(/[?:]+$/, ''));
  };

  // a blank line before a line: "Prioriteit: …" or "Opmerkingen: …" after one stands apart from the area above
  const apart = (i: number) => i > 0 && /\n[ \t]*\r?\n/.test(text.slice(lines[i - 1]!.end, lines[i]!.start));

  for (const [i, line] of lines.entries()) {
    const cand = candidates[i];
    const sec = cand ? undefined : sectionOf(line);
    // "Prioriteit: eerst een eigen kamer" inside an area marks a priority, and the area goes on
    if (sec === 'prioriteiten' && section === 'area' && line.label && line.value?.text && !apart(i)) {
      priorities ??= { heading: line.label, items: [], marks: [], written: [] };
      priorities.items.push(line.value);
      structure.push(line.label);
      continue;
    }
    const remark = sec === 'opmerkingen' && section === 'area' && !!line.value?.text && !apart(i) && !SIGNATURE.test(normalize((line.label ?? line.body).text));
    if (sec && !remark) {
      const inPriorities = section === 'prioriteiten';
      onePriorityLine = sec === 'prioriteiten' && !!line.value && hasContent(line.value.text);
      section = sec;
      current = [];
      structure.push(line.label ?? line.body);
      if (sec === 'prioriteiten' && priorities && inPriorities) {
        // "Wat ik als eerste wil:" under "Prioriteiten": a second heading of the same block
        priorities.marks.push(line.label ?? line.body);
        if (line.value && hasContent(line.value.text)) priorities.items.push(line.value);
      } else if (sec === 'prioriteiten') {
        priorities = { heading: line.label ?? line.body, items: priorities?.items ?? [], marks: [], written: [] };
        if (line.value && hasContent(line.value.text)) priorities.items.push(line.value);
      }
      continue;
    }
    let isHeading = !!cand && (cand.style !== 'inline' || inlineAreHeadings);
    if (isHeading && line.marker === 'bullet' && cand!.style === 'bare') {
      const next = lines[i + 1];
      isHeading = (!!next && next.indent > line.indent) || nextIsAspect(i);
    }
    // (after a one-line "Prioriteit: een huis" the areas may simply go on)
    if (isHeading && section === 'prioriteiten' && !onePriorityLine) isHeading = nextIsAspect(i);
    if (isHeading && cand) {
      section = 'area';
      current = cand.areas;
      structure.push(cand.label);
      for (const id of cand.areas) {
        const block = areas.get(id) ?? { headings: [], content: [] };
        block.headings.push(cand.label);
        for (const c of cand.content) block.content.push(...(isAspectLabel(c.text) ? [] : [c]));
        areas.set(id, block);
      }
      continue;
    }
    if (section === 'prioriteiten' && priorities) {
      priorities.items.push(line.body);
      continue;
    }
    if (section === 'area') {
      const content = contentOf(line, structure);
      for (const id of current) areas.get(id)!.content.push(...content);
      // "Wens: een eigen huurhuis (prioriteit 1)": a wish marked as a priority where it stands
      const mark = PRIORITY_MARK.exec(line.body.text);
      if (mark) {
        const at = line.body.start + mark.index;
        priorities ??= { heading: { start: at, end: at + mark[0].length, text: mark[0] }, items: [], marks: [], written: [] };
        priorities.items.push(line.value?.text ? line.value : line.body);
      }
    } else if (section === 'wie-en-wat') {
      about.push(line.body);
    } else if (line.label && /^(?:naam|datum|begeleider|cliënt|client|ingevuld|samen ingevuld met|handtekening)/i.test(line.label.text)) {
      structure.push(line.label);
    }
  }
  if (priorities) {
    priorities.written = priorities.items;
    priorities.items = priorityItems(lines, priorities.items);
  }
  return { lines, areas, priorities, about, structure };
}

/** "Weet ik nog niet.", "Nog geen keuze gemaakt.": no priority chosen yet. */
const UNDECIDED = /^(?:(?:ik )?weet (?:ik |het )*nog niet|nog geen (?:idee|keuze(?: gemaakt)?)|geen idee|(?:ik )?twijfel nog)[.!]?$/i;

/**
 * The priorities in the block: list items if there are any, otherwise one per line; a single
 * line that enumerates short parts ("wonen, werk en geld") counts its parts. Placeholders,
 * [prompts] and questions ("Wat vind ik het belangrijkst?") are no priorities.
 */
function priorityItems(lines: Line[], raw: TextSpan[]): TextSpan[] {
  const byStart = new Map(lines.map((l) => [l.body.start, l]));
  const filled = raw.filter((s) => hasContent(s.text) && !UNDECIDED.test(s.text.trim()) && !/[?:]\s*$/.test(s.text.replace(/\[[^\]]*\]/g, '').trim()));
  const listed = filled.filter((s) => byStart.get(s.start)?.marker);
  if (listed.length) return listed;
  if (filled.length === 1) {
    const only = filled[0]!;
    const parts = splitEnumeration(only);
    if (parts.length > 1 && parts.every((p) => p.text.split(/\s+/).length <= 6)) return parts;
  }
  return filled;
}

function splitEnumeration(s: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /\s*(?:[,;]|\sen\s)\s*/g;
  let from = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    out.push({ start: s.start + from, end: s.start + m.index, text: s.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return out.filter((p) => hasContent(p.text));
}
