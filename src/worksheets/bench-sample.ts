import { LEEFGEBIEDEN } from '../analysis/leefgebieden';
import { wordCount } from './text-lines';

/**
 * Realistic worksheets of about `words` words, for `npm run bench` (assess on a 3,000-word
 * worksheet: target ≤ 5 ms in process). A mix of clean, quoted, vague, negative and third-person
 * sentences, as in a long filled-in worksheet, so every criterion does its full work.
 */
const SENTENCES = [
  'Ik kook op maandag en donderdag voor mijn huisgenoten en ik doe zelf de boodschappen.',
  'Mijn zus belt mij elke zondag en we drinken op woensdag koffie bij de buurvrouw.',
  '"Ik wil weer iets betekenen voor een ander," zeg ik tegen mijn begeleider.',
  'Ik fiets soms naar de markt, maar vaak neem ik de bus.',
  'Ik wil niet meer terug naar mijn oude buurt in Rotterdam-Zuid.',
  'Vroeger werkte ik acht jaar als kok in een restaurant in het centrum.',
  'Ik heb moeite met het openen van post, mijn bewindvoerder helpt mij daarbij.',
  'Ik wandel elke ochtend twintig minuten met de hond van de buurman.',
  'Meneer vertelt dat hij graag tekent en muziek maakt.',
  'Ik wil binnen een jaar een opleiding tot kok afmaken bij het ROC.',
];

function filler() {
  let i = 0;
  return () => SENTENCES[i++ % SENTENCES.length]!;
}

/** A krachteninventarisatie: the ten leefgebieden with Nu / Wensen / Vroeger, over and over. */
export function inventoryOfWords(words: number): string {
  const next = filler();
  const out = ['Krachteninventarisatie', '', 'Wie en wat?', next(), ''];
  const tail = ['Prioriteiten', '1. Werk', '2. Wonen', '3. Geld', '', 'Opmerkingen en ondertekening', 'Handtekening: A.'];
  let count = wordCount(out.join('\n')) + wordCount(tail.join('\n'));
  while (count < words) {
    for (const [n, area] of LEEFGEBIEDEN.entries()) {
      if (count >= words) break;
      const block = [`${n + 1}. ${area.name}`];
      for (const aspect of ['Nu', 'Wensen en ambities', 'Krachten en hulpbronnen van vroeger']) block.push(`${aspect}: ${next()} ${next()}`);
      block.push('');
      out.push(...block);
      count += wordCount(block.join('\n'));
    }
  }
  return [...out, ...tail].join('\n');
}

const STEPS = [
  'Ik bel de woningcorporatie over mijn inschrijving.',
  'Ik zoek met mijn begeleider drie vacatures als kok.',
  'Ik ga werken aan meer structuur in mijn week.',
  'Ik loop op zaterdag mee met de wandelgroep van het buurthuis.',
];
const WHO = ['ik', 'ik samen met mijn begeleider', 'mijn zus', '-'];
const WHEN = ['maandag 3 maart', 'binnenkort', 'week 12', '14-03-2025'];

/** An actieplan: a goal, then "Stap N" blocks with Wat / Hoe / Wie / Wanneer. */
export function actionPlanOfWords(words: number): string {
  const next = filler();
  const out = ['Mijn actieplan', 'Naam: A.', '', 'Mijn doel', '"Ik wil weer werken als kok, eerst twintig uur per week."', '', 'Stappen'];
  let count = wordCount(out.join('\n'));
  for (let n = 1; count < words; n++) {
    const block = [`Stap ${n}`, `Wat: ${STEPS[n % STEPS.length]}`, `Hoe: ${next()}`, `Wie: ${WHO[n % WHO.length]}`, `Wanneer: ${WHEN[n % WHEN.length]}`, ''];
    out.push(...block);
    count += wordCount(block.join('\n'));
  }
  out.push('Voortgang', '3 maart: de eerste stap is gelukt.', '', 'Handtekeningen', 'Ik: A.', 'Mijn begeleider: S.');
  return out.join('\n');
}
