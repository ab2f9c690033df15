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
  ])('%s', (label, ids) => {
    expect(areasOfHeading(label)).toEqual(ids);
  });

  it('leaves a sentence alone, even one about an area', () => {
    for (const s of ['Ik voel me veilig', 'Ik heb geld', 'Hoe gaat het', 'Het gaat goed']) expect([s, areasOfHeading(s)]).toEqual([s, undefined]);
  });
});
