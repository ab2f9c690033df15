import { describe, expect, it } from 'vitest';
import { professionalTerms, systemLanguageInGoal } from './system-language';

const all = (text: string) => [{ start: 0, end: text.length }];
const words = (found: Array<{ text: string }>) => found.map((f) => f.text);

describe('system language', () => {
  it('finds care-plan words anywhere, compounds included', () => {
    const t = 'Ik zit in een CRA-traject. Medicatietrouw en dagstructuur zijn belangrijk; ik werk aan mijn budgetvaardigheden.';
    expect(words(professionalTerms(t, all(t)))).toEqual(['CRA-traject', 'Medicatietrouw', 'dagstructuur', 'budgetvaardigheden']);
    const u = 'Ik oefen emotieregulatie. Ik heb een licht verstandelijke beperking.';
    expect(words(professionalTerms(u, all(u)))).toEqual(['emotieregulatie', 'licht verstandelijke beperking']);
  });

  it('leaves everyday words and ordinary services alone', () => {
    const t = 'Ik heb een uitkering en een bewindvoerder. Ik ga naar de dagbesteding en de huisarts; op het mbo loop ik stage. De thuiszorg komt op woensdag.';
    expect(professionalTerms(t, all(t))).toEqual([]);
  });

  it('finds the plan\'s way of stating a goal only where asked', () => {
    const t = 'Vergroten van zelfredzaamheid op het gebied van financiën.';
    expect(words(systemLanguageInGoal(t, all(t)))).toEqual(['Vergroten van', 'zelfredzaamheid', 'op het gebied van']);
    const u = 'Ik wil stabiel blijven en terugval voorkomen.';
    expect(words(systemLanguageInGoal(u, all(u)))).toEqual(['stabiel blijven', 'terugval']);
    expect(professionalTerms(u, all(u))).toEqual([]);
  });
});
