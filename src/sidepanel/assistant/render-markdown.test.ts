import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_CARDS } from '../../assistant/knowledge-cards.generated';
import { createRouter } from '../../assistant/router';
import { allowedAttribute, renderMarkdown } from './render-markdown';

const ATTACKS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  'tekst <img src="https://evil.example/p.png" onerror=alert(1)> tekst',
  '![plaatje](https://evil.example/p.png)',
  '[klik](javascript:alert(1))',
  '[extern](https://evil.example/)',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="https://evil.example" onclick="alert(1)">a</a>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  '<svg onload=alert(1)><circle/></svg>',
  '<object data="https://evil.example/x.swf"></object>',
  '<p style="background:url(https://evil.example/x)">stijl</p>',
  '<details open ontoggle=alert(1)>x</details>',
  '**vet** <b onmouseover=alert(1)>b</b>',
];

function inert(html: string): void {
  const doc = document.createElement('div');
  doc.innerHTML = html;
  expect(doc.querySelectorAll('script, img, iframe, object, embed, style, svg, link, form, input').length).toBe(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
      expect(['style', 'src', 'srcset']).not.toContain(attr);
    }
    const href = el.getAttribute('href');
    if (href !== null) expect(href).toMatch(/^#/);
  }
}

describe('renderMarkdown', () => {
  it('renders plain Markdown formatting', () => {
    // (happy-dom loses the first element's tag under DOMPurify; a real browser does not: the e2e checks that)
    const html = renderMarkdown('Inleiding\n\n### Titel\n\n**vet** en *schuin*\n\n- een\n- twee\n\n> citaat');
    expect(html).toContain('<h3>Titel</h3>');
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('<li>een</li>');
    expect(html).toContain('<blockquote>');
  });

  it.each(ATTACKS)('renders %s inert', (attack) => {
    inert(renderMarkdown(`Een antwoord.\n\n${attack}\n\nEn verder.`));
  });

  it('shows raw HTML as text rather than dropping what the card says', () => {
    expect(renderMarkdown('a <script>x</script> b')).toContain('&lt;script&gt;');
  });

  it('keeps the link text of an external link, not the link', () => {
    const html = renderMarkdown('[de site](https://evil.example/)');
    expect(html).toContain('de site');
    expect(html).not.toContain('href');
  });

  it('every knowledge card renders inert', () => {
    for (const card of KNOWLEDGE_CARDS) inert(renderMarkdown(card.body));
  });

  it('a crafted card in the knowledge data renders inert through the router', () => {
    const base = KNOWLEDGE_CARDS[0]!;
    const evil = {
      ...base,
      id: 'kwaadaardig',
      title: 'Kwaadaardige kaart <img src=x onerror=alert(1)>',
      tags: ['kwaadaardig', 'aanval', 'script'],
      body: `Deze kaart is gemaakt om te testen. <script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">\n\n[klik](javascript:alert(1))`,
      related: [base.id, KNOWLEDGE_CARDS[1]!.id],
    };
    const router = createRouter([...KNOWLEDGE_CARDS, evil]);
    const r = router.route('kwaadaardige kaart aanval');
    expect(r.answers[0]!.card).toBe('kwaadaardig');
    inert(renderMarkdown(r.text));
  });

  it('keeps the start of a numbered list and the alignment of table columns, as marked writes them', () => {
    const html = renderMarkdown('Stappen:\n\n3. derde\n4. vierde\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<th align="center">b</th>');
    expect(html).toContain('<td align="right">3</td>');
  });
});

describe('allowedAttribute: exactly start on ol, align on th/td, #anchors on a', () => {
  it.each([
    ['ol', 'start', '3'],
    ['ol', 'start', '120'],
    ['th', 'align', 'left'],
    ['td', 'align', 'center'],
    ['td', 'align', 'right'],
    ['a', 'href', '#kaart'],
    ['a', 'href', '#'],
  ])('keeps <%s %s="%s">', (tag, name, value) => {
    expect(allowedAttribute(tag, name, value)).toBe(true);
  });

  it.each([
    ['ol', 'start', 'javascript:alert(1)'],
    ['ol', 'start', '-1'],
    ['ol', 'start', '3 onclick=x'],
    ['ul', 'start', '3'],
    ['li', 'start', '3'],
    ['td', 'align', 'justify'],
    ['td', 'align', 'center;background:url(x)'],
    ['p', 'align', 'center'],
    ['table', 'align', 'center'],
    ['div', 'align', 'left'],
    ['a', 'href', 'javascript:alert(1)'],
    ['a', 'href', 'https://evil.example/'],
    ['a', 'href', '#x y'],
    ['p', 'href', '#kaart'],
    ['a', 'onclick', 'x'],
    ['img', 'src', 'x'],
    ['p', 'style', 'color:red'],
    ['span', 'class', 'x'],
  ])('drops <%s %s="%s">', (tag, name, value) => {
    expect(allowedAttribute(tag, name, value)).toBe(false);
  });
});
