import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './front-matter';

describe('parseFrontMatter', () => {
  it('reads scalars, flow lists with quotes and the body', () => {
    const { data, body } = parseFrontMatter(`---
id: complete-boodschap
title: "De complete boodschap: ik, jij, wij"
tags: [confronteren, "ik, jij en wij", 'lastig gesprek']
templates: []
---

Tekst van de **kaart**.
`);
    expect(data).toEqual({
      id: 'complete-boodschap',
      title: 'De complete boodschap: ik, jij, wij',
      tags: ['confronteren', 'ik, jij en wij', 'lastig gesprek'],
      templates: [],
    });
    expect(body).toBe('Tekst van de **kaart**.');
  });

  it('reads block lists, comments, CRLF line ends and a BOM', () => {
    const { data } = parseFrontMatter('\uFEFF---\r\n# commentaar\r\nrelated:\r\n  - labels\r\n  - "ik-vorm"\r\nid: x\r\n---\r\nBody');
    expect(data).toEqual({ related: ['labels', 'ik-vorm'], id: 'x' });
  });

  it('keeps a colon inside a value', () => {
    expect(parseFrontMatter('---\nsources: [METHOD.md § Talking: complete boodschap]\n---\n').data.sources).toEqual([
      'METHOD.md § Talking: complete boodschap',
    ]);
  });

  it.each([
    ['no opening line', 'id: x\n---\n', /regel 1: het bestand begint niet met ---/],
    ['no closing line', '---\nid: x\n', /niet afgesloten/],
    ['a line without a key', '---\nid x\n---\n', /regel 2: verwacht "sleutel: waarde"/],
    ['a duplicate key', '---\nid: a\nid: b\n---\n', /regel 3: sleutel "id" staat er twee keer/],
    ['an unclosed list', '---\ntags: [a, b\n---\n', /sluit niet af met \]/],
    ['an unclosed quote', '---\ntitle: "abc\n---\n', /aanhalingsteken niet gesloten/],
    ['an empty list item', '---\ntags: [a, , b]\n---\n', /lege waarde in lijst/],
    ['a list item without a key', '---\n  - a\n---\n', /lijstitem zonder sleutel/],
  ])('rejects %s with the line number', (_name, source, message) => {
    expect(() => parseFrontMatter(source)).toThrow(FrontMatterError);
    expect(() => parseFrontMatter(source)).toThrow(message);
  });
});
