import { describe, expect, it } from 'vitest';
import { stepSize } from './step-size';

const GOAL = '"Ik wil een eigen appartement in Ede, met een balkon voor mijn planten."';

describe('stepSize', () => {
  it.each([
    'Ik schrijf me maandag in bij Woonnet Ede.',
    'Ik bel de woningcorporatie om te vragen hoe ik een woning krijg.',
    'Ik vraag bij de gemeente een uittreksel aan.',
    'Ik koop een pan en een koekenpan bij de kringloop.',
    'Ik loop een dag mee bij de bakker in de Hoofdstraat.',
    'Ik maak met Sanne een cv op de computer.',
    'Ik betaal elke maand €50 af aan het CJIB.',
    'Ik ga met mijn vriendin een taart bakken voor mijn moeder.',
    'Ik lees hem voor, poets met hem zijn tanden en doe het licht uit.',
    'Ik haal mijn diploma op bij de balie van het ROC.',
    'Ik leen een rijbewijs-theorieboek bij de bibliotheek.',
    'Ik maak op 12 mei het taalexamen in Utrecht.',
    'Ik meld me aan voor het theorie-examen.',
    'Ik koop brood, melk en kaas bij de Lidl.',
    'Ik zoek op Indeed drie vacatures als kok op.',
    'Ik betaal maandag de rekening van de tandarts.',
    'Ik zoek mijn papieren bij elkaar voor de bewindvoerder.',
  ])('one act: %s', (step) => {
    expect(stepSize(step, GOAL)).toBeNull();
  });

  it.each([
    ['Een woning regelen via de urgentieregeling.', 'outcome'],
    ['Een grotere woning regelen zodat mijn kinderen kunnen logeren.', 'outcome'],
    ['Een betaalde baan van 32 uur per week vinden.', 'outcome'],
    ['Drie nieuwe vrienden maken op de sportschool.', 'outcome'],
    ['Mijn rijbewijs halen.', 'outcome'],
    ['Ik los mijn schulden af.', 'outcome'],
    ['€6.500 aflossen bij de Belastingdienst.', 'outcome'],
    ['Mijn huurachterstand van €1.900 helemaal inlopen.', 'outcome'],
    ['Verhuizen naar een eigen huis in Zwolle.', 'outcome'],
    ['Een buurtfeest voor de hele straat organiseren.', 'outcome'],
    ['Tien kilo afvallen.', 'outcome'],
    ['Een eigen appartement in Ede.', 'goal'],
    ['Ik zoek een opleiding, schrijf me in, vraag studiefinanciering aan en begin in september.', 'composite'],
    ['Ik bel de corporatie en regel een woning.', 'composite'],
    ['Mijn staatsexamen NT2 halen.', 'outcome'],
    ['Ik haal mijn theorie-examen.', 'outcome'],
    ['Mijn mbo-3 diploma Zorg behalen.', 'outcome'],
    ['De bewindvoerder regelt al mijn schulden met de Belastingdienst.', 'outcome'],
    ['Ik regel mijn echtscheiding bij de advocaat.', 'outcome'],
    ['Ik regel de verhuisdozen, de bus en een nieuwe kast.', 'composite'],
    ['Mijn schulden saneren.', 'outcome'],
    ['Afstuderen aan de hogeschool.', 'outcome'],
    ['Ik word schuldenvrij.', 'outcome'],
    ['Ik rond mijn inburgering af.', 'outcome'],
    ['Ik zoek een vaste baan.', 'outcome'],
    ['Ik ga op zoek naar een eigen woning.', 'outcome'],
    ['Mijn leven weer op de rit krijgen.', 'outcome'],
    ['Ik bouw een sociaal netwerk op.', 'outcome'],
    ['Ik meld me aan bij de schuldhulp, maak een budget en betaal mijn schulden af.', 'composite'],
    ['Ik ga eerst naar de bieb en daarna bel ik de bank en daarna zoek ik een cursus.', 'composite'],
  ])('too big: %s', (step, kind) => {
    expect(stepSize(step, GOAL)?.kind).toBe(kind);
  });

  it('names the outcome\'s words', () => {
    expect(stepSize('Een woning regelen via de urgentieregeling.', '')).toEqual({ kind: 'outcome', words: 'woning regelen' });
  });
});
