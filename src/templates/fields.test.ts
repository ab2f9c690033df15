import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeDateExpression,
  formatDate,
  initialValues,
  parseTemplate,
  renderTemplate,
  renderTemplateHtml,
  resolveDate,
} from './fields';

const TODAY = new Date(2025, 2, 3); // maandag 3 maart 2025

describe('parseTemplate', () => {
  it('reads every kind of field', () => {
    const { fields, issues } = parseTemplate(
      '{{naam}} {{tekst:Wat gaat goed?}} {{alinea:Mijn doel}} {{keuze:Wie?|ik|begeleider|samen}} {{datum:+2w}} {{datum:Volgende afspraak|+3d|kort}} {{vink:Besproken met cliënt}}',
    );
    expect(issues).toEqual([]);
    expect(fields).toEqual([
      { kind: 'naam', key: 'naam', label: 'Naam' },
      { kind: 'tekst', key: 'tekst:Wat gaat goed?', label: 'Wat gaat goed?' },
      { kind: 'alinea', key: 'alinea:Mijn doel', label: 'Mijn doel' },
      { kind: 'keuze', key: 'keuze:Wie?', label: 'Wie?', options: ['ik', 'begeleider', 'samen'] },
      { kind: 'datum', key: 'datum:+2w', label: 'Datum (over 2 weken)', initial: '+2w', format: 'lang' },
      { kind: 'datum', key: 'datum:Volgende afspraak', label: 'Volgende afspraak', initial: '+3d', format: 'kort' },
      { kind: 'vink', key: 'vink:Besproken met cliënt', label: 'Besproken met cliënt', on: '[x] Besproken met cliënt', off: '[ ] Besproken met cliënt' },
    ]);
  });

  it('asks the name once, however often it occurs, and merges fields with the same label', () => {
    const { fields, tokens } = parseTemplate('{{naam}} en {{naam}}: {{tekst:Wens}} / {{ tekst : Wens }}');
    expect(fields.map((f) => f.key)).toEqual(['naam', 'tekst:Wens']);
    expect(tokens.filter((t) => t.type === 'field')).toHaveLength(4);
  });

  it('is tolerant about case and spaces', () => {
    const { fields, issues } = parseTemplate('{{ Keuze : Wie? | ik | samen }}');
    expect(issues).toEqual([]);
    expect(fields[0]).toMatchObject({ kind: 'keuze', options: ['ik', 'samen'] });
  });

  it('keeps malformed fields as text and says why, with offsets', () => {
    const body = 'A {{onbekend:x}} B {{keuze:Wie?}} C {{tekst}} D {{datum:overmorgen|soms}} E {{niet dicht\nF';
    const { tokens, issues } = parseTemplate(body);
    expect(issues.map((i) => body.slice(i.start, i.end))).toEqual(['{{onbekend:x}}', '{{keuze:Wie?}}', '{{tekst}}', '{{datum:overmorgen|soms}}', '{{']);
    expect(issues[0]!.message).toMatch(/Onbekend veld "onbekend"/);
    expect(issues[1]!.message).toMatch(/minstens twee opties/);
    expect(tokens.every((t) => t.type === 'text')).toBe(true);
    expect(renderTemplate(body, {}, TODAY)).toBe(body);
  });

  it('reads \\{{ as a literal {{', () => {
    const { fields } = parseTemplate('Schrijf \\{{naam}} in de sjabloon.');
    expect(fields).toEqual([]);
    expect(renderTemplate('Schrijf \\{{naam}} in de sjabloon.', {}, TODAY)).toBe('Schrijf {{naam}} in de sjabloon.');
  });

  it('never lets a field run over a line or swallow a nested {{', () => {
    expect(parseTemplate('{{tekst:a\n}}').fields).toEqual([]);
    expect(parseTemplate('{{tekst:a {{naam}}').fields.map((f) => f.key)).toEqual(['naam']);
  });
});

describe('dates', () => {
  it('resolves vandaag, morgen, +3d, +2w, +1m, -1w, +1j and fixed dates', () => {
    const iso = (e: string) => {
      const d = resolveDate(e, TODAY);
      return d && `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
    };
    expect(iso('vandaag')).toBe('2025-3-3');
    expect(iso('Morgen')).toBe('2025-3-4');
    expect(iso('overmorgen')).toBe('2025-3-5');
    expect(iso('+3d')).toBe('2025-3-6');
    expect(iso('+2w')).toBe('2025-3-17');
    expect(iso('+1m')).toBe('2025-4-3');
    expect(iso('-1w')).toBe('2025-2-24');
    expect(iso('+1j')).toBe('2026-3-3');
    expect(iso('2025-12-31')).toBe('2025-12-31');
    expect(iso('31-12-2025')).toBe('2025-12-31');
    expect(iso('2025-02-30')).toBeUndefined();
    expect(iso('eind maart')).toBeUndefined();
  });

  it('clamps a month step at the end of the month', () => {
    expect(resolveDate('+1m', new Date(2025, 0, 31))!.getDate()).toBe(28);
  });

  it('formats with Dutch month and day names', () => {
    expect(formatDate(TODAY)).toBe('3 maart 2025');
    expect(formatDate(TODAY, 'kort')).toBe('03-03-2025');
    expect(formatDate(TODAY, 'dag')).toBe('maandag 3 maart 2025');
    expect(describeDateExpression('+1w')).toBe('over 1 week');
    expect(describeDateExpression('-3d')).toBe('3 dagen geleden');
  });
});

describe('renderTemplate', () => {
  const body = '## Afspraak met {{naam}}\nDatum: {{datum:Datum|+2w}}\nWie: {{keuze:Wie?|ik|samen}}\n{{vink:Besproken}}\n{{vink:Getekend|Getekend door {{naam}}.|}}\n- {{tekst:Wat gaat goed?}}';

  it('fills values and turns the template markup into plain text', () => {
    const text = renderTemplate(body, { naam: 'Yusuf', 'keuze:Wie?': 'samen', 'vink:Besproken': true, 'tekst:Wat gaat goed?': 'Ik kook zelf.' }, TODAY);
    expect(text).toBe('Afspraak met Yusuf\nDatum: 17 maart 2025\nWie: samen\n[x] Besproken\n{{vink:Getekend|Getekend door Yusuf.|}}\n- Ik kook zelf.');
  });

  it('renders empty fields as [prompts] the coach never flags, and drops an empty optional line', () => {
    const text = renderTemplate('{{naam}}: {{tekst:Wat gaat goed?}}\n{{vink:Klaar|Klaar.|}}\n{{keuze:Wie?|ik|samen}}', {}, TODAY);
    expect(text).toBe('[naam]: [Wat gaat goed?]\n[Wie? ik / samen]');
  });

  it('keeps a date typed in words as the worker wrote it, and reads an ISO date from the form', () => {
    expect(renderTemplate('{{datum:Wanneer?|+1w}}', { 'datum:Wanneer?': 'eind maart' }, TODAY)).toBe('eind maart');
    expect(renderTemplate('{{datum:Wanneer?|+1w}}', { 'datum:Wanneer?': '2025-04-01' }, TODAY)).toBe('1 april 2025');
    expect(renderTemplate('{{datum:Wanneer?|+1w}}', initialValues(parseTemplate('{{datum:Wanneer?|+1w}}').fields, TODAY), TODAY)).toBe('10 maart 2025');
  });

  it('gives the form sensible starting values', () => {
    const { fields } = parseTemplate('{{naam}} {{keuze:Wie?|ik|samen}} {{datum:+2w}} {{vink:Klaar}} {{alinea:Doel}}');
    expect(initialValues(fields, TODAY)).toEqual({ naam: '', 'keuze:Wie?': 'ik', 'datum:+2w': '2025-03-17', 'vink:Klaar': false, 'alinea:Doel': '' });
  });
});

describe('renderTemplateHtml', () => {
  it('makes paragraphs, bold headings and lists, and escapes every value', () => {
    const body = '## Doel van {{naam}}\nRegel een\nregel twee\n\n- {{tekst:Punt}}\n- twee\n\n3. drie\n4. vier\nSlot: {{alinea:Slot}}';
    const html = renderTemplateHtml(body, { naam: '<b>Ali</b> & co', 'tekst:Punt': '- geen lijst', 'alinea:Slot': 'a\nb' }, TODAY);
    expect(html).toBe(
      '<p><strong>Doel van &lt;b&gt;Ali&lt;/b&gt; &amp; co</strong></p><p>Regel een<br>regel twee</p><ul><li>- geen lijst</li><li>twee</li></ul><ol start="3"><li>drie</li><li>vier</li></ol><p>Slot: a<br>b</p>',
    );
  });

  it('takes structure from the template, never from a value', () => {
    const html = renderTemplateHtml('{{alinea:Tekst}}', { 'alinea:Tekst': '## kop\n- punt' }, TODAY);
    expect(html).toBe('<p>## kop<br>- punt</p>');
  });
});

describe('malformed bodies (fuzzed)', () => {
  const pieces = fc.constantFrom('{{', '}}', '{', '}', '|', ':', '\\', '\n', '\r\n', '## ', '- ', '1. ', 'naam', 'tekst', 'keuze', 'datum', 'vink', 'alinea', '+2w', 'vandaag', '<', '&', '"', 'é', '🙂', ' ', 'x');
  const bodies = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')));

  it('never throws, and keeps every character of a body without valid fields', () => {
    fc.assert(
      fc.property(bodies, fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 30 }), fc.boolean())), (body, values) => {
        const parsed = parseTemplate(body);
        const text = renderTemplate(body, values, TODAY);
        renderTemplateHtml(body, values, TODAY);
        for (const i of parsed.issues) expect(i.start).toBeLessThan(i.end);
        if (!parsed.fields.length && !body.includes('\\{{')) {
          const joined = parsed.tokens.map((t) => (t.type === 'text' ? t.text : '')).join('');
          expect(joined).toBe(body);
          expect(typeof text).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('renders without leftover field syntax when the body is valid', () => {
    const valid = fc.array(
      fc.constantFrom('{{naam}}', '{{tekst:Vraag}}', '{{keuze:Wie?|ik|samen}}', '{{datum:+1w|dag}}', '{{vink:Klaar}}', 'tekst ', '\n', '- ', '## '),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(valid, (parts) => {
        const body = parts.join('');
        expect(parseTemplate(body).issues).toEqual([]);
        expect(renderTemplate(body, {}, TODAY)).not.toMatch(/\{\{|\}\}/);
        expect(renderTemplateHtml(body, {}, TODAY)).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });
});
