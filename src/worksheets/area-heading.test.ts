import { describe, expect, it } from 'vitest';
import { areasOfHeading } from './area-heading';

describe('areasOfHeading', () => {
  it.each([
    ['Veilig zijn', ['veiligheid']],
    ['Me veilig voelen', undefined],
    ['Veilig voelen', ['veiligheid']],
    ['Hoe gaat het met mijn geld', ['financien']],
    ['Thuis', ['wonen']],
    ['Liefde / (ex-)partner', ['partner']],
    ['School en werk', ['activiteit']],
    ['Baan en stage', ['activiteit']],
    ['Vrienden en familie', ['sociale-relaties']],
    ['Gezond leven', ['gezondheid']],
    ['Mijn gezondheid', ['gezondheid']],
    ['Lichamelijke en psychische gezondheid', ['gezondheid']],
    ['Gezin en opvoeding', ['kinderen']],
    // a letter marker in any case, with any punctuation
    ['A. Veiligheid', ['veiligheid']],
    ['b) Huisvesting', ['wonen']],
    ['(c) Inkomen', ['financien']],
    ['D: Opvoeding', ['kinderen']],
    ['E - Relatie', ['partner']],
    // everyday wordings, per area
    ['Onveiligheid en mishandeling', ['veiligheid']],
    ['Mijn thuis en het dagelijks leven', ['wonen']],
    ['Woonplek en dagritme', ['wonen']],
    ['Boodschappen en schoonmaken', ['wonen']],
    ['Rondkomen', ['financien']],
    ['Post en papierwerk', ['financien']],
    ['Moeder zijn', ['kinderen']],
    ['Huwelijk en scheiding', ['partner']],
    ['Mensen om mij heen', ['sociale-relaties']],
    ['Mijn sociale leven', ['sociale-relaties']],
    ['Daginvulling en cursussen', ['activiteit']],
    ['Plezier en uitjes', ['vrije-tijd']],
    ['Slaap en medicatie', ['gezondheid']],
    ['Zorg voor mezelf', ['gezondheid']],
    ['Normen en waarden', ['zingeving']],
    ['Kerk en inspiratie', ['zingeving']],
  ])('%s', (label, ids) => {
    expect(areasOfHeading(label)).toEqual(ids);
  });

  it('leaves a sentence alone, even one about an area', () => {
    for (const s of ['Ik voel me veilig', 'Ik heb geld', 'Hoe gaat het', 'Het gaat goed', 'Ik. Thuis', 'Ab. Wonen', 'Moeder belt', 'Vader zijn is zwaar', 'Wat ik overdag leuk vind']) expect([s, areasOfHeading(s)]).toEqual([s, undefined]);
  });
});
