/**
 * Intervision methods, as data. METHOD.md only names them (incidentmethode, roddelmethode,
 * Balint, socratisch gesprek); the steps below are a general description in our own words of
 * how these methods are commonly run. They are not an official version: the exact steps differ
 * per school, book and group, and every guide says so.
 */

export const INTERVISION_NOTE =
  'Dit is een algemene beschrijving in onze eigen woorden, geen officiële versie: de precieze stappen verschillen per school, boek en intervisiegroep. Volg de werkwijze van jouw groep.';

export interface IntervisionMethod {
  id: 'incidentmethode' | 'roddelmethode' | 'balint' | 'socratisch-gesprek';
  title: string;
  /** One sentence: what the method is for. */
  summary: string;
  /** How a meeting commonly goes, in general terms. */
  steps: string[];
  /** Questions to prepare one's own inbreng. */
  preparation: string[];
}

export const INTERVISION_METHODS: readonly IntervisionMethod[] = [
  {
    id: 'incidentmethode',
    title: 'Incidentmethode',
    summary: 'Een kort, concreet voorval uit je werk waarin je snel moest kiezen wat je deed; de groep denkt mee over dat beslismoment.',
    steps: [
      'De inbrenger vertelt kort een recent incident, tot aan het moment waarop hij of zij moest kiezen wat te doen.',
      'De groep stelt informatieve vragen om de situatie goed te begrijpen.',
      'Ieder zegt wat hij of zij op dat moment zou doen, en waarom.',
      'De inbrenger vertelt wat hij of zij werkelijk deed.',
      'Samen bespreken jullie de verschillen en wat eronder ligt.',
      'De inbrenger zegt wat hij of zij meeneemt; de groep kijkt terug op de bijeenkomst.',
    ],
    preparation: [
      'Welk incident wil je inbrengen? Beschrijf kort wat er gebeurde, waar en met wie (zonder namen).',
      'Wat was het beslismoment: waar moest je kiezen wat je deed?',
      'Wat deed je toen? (Dit vertel je in de intervisie pas als de anderen hun keuze hebben genoemd.)',
      'Wat wil je van de groep horen of leren?',
    ],
  },
  {
    id: 'roddelmethode',
    title: 'Roddelmethode',
    summary: 'De groep praat over jouw situatie alsof je er niet bij bent, terwijl jij luistert; zo hoor je ideeën zonder ze meteen te hoeven verdedigen.',
    steps: [
      'De inbrenger vertelt de situatie en stelt een vraag aan de groep.',
      'De groep stelt verhelderende vragen.',
      'De inbrenger draait zich om of gaat iets verder zitten en luistert alleen.',
      'De groep praat over de situatie in de derde persoon: indrukken, vermoedens, ideeën.',
      'De inbrenger komt terug en vertelt wat hem of haar raakte en wat bruikbaar is.',
      'Afronding: wat neemt de inbrenger mee, hoe was het voor de groep?',
    ],
    preparation: [
      'Wat is de situatie, in een paar zinnen?',
      'Wat is je vraag aan de groep?',
      'Wat heb je al geprobeerd, en wat werkte (een beetje)?',
      'Wat vind je spannend om over jezelf te horen?',
    ],
  },
  {
    id: 'balint',
    title: 'Balint',
    summary: 'Aandacht voor de relatie tussen jou en een cliënt en voor wat die relatie in jou oproept, meer dan voor oplossingen.',
    steps: [
      'De inbrenger vertelt vrij, zonder aantekeningen, over een cliënt die hem of haar bezighoudt.',
      'De groep stelt een paar feitelijke vragen.',
      'De groep praat over wat het verhaal oproept: gevoelens, beelden, vermoedens over de relatie; de inbrenger luistert.',
      'De inbrenger doet weer mee en vertelt wat hij of zij herkent.',
      'De begeleider van de groep rondt af.',
    ],
    preparation: [
      'Welke cliënt blijft je bezighouden, ook na je werk?',
      'Wat gebeurt er in jou als je aan deze cliënt denkt?',
      'Hoe zou je het contact tussen jullie omschrijven?',
      'Wat zou je willen begrijpen van wat er tussen jullie gebeurt?',
    ],
  },
  {
    id: 'socratisch-gesprek',
    title: 'Socratisch gesprek',
    summary: 'Samen onderzoeken jullie een algemene vraag (bijvoorbeeld "wanneer respecteer ik iemands keuze?") aan de hand van één concreet voorbeeld uit de praktijk.',
    steps: [
      'De groep kiest een algemene vraag.',
      'Deelnemers noemen voorbeelden uit hun eigen ervaring; de groep kiest er één.',
      'De inbrenger vertelt het voorbeeld in detail; de groep vraagt door.',
      'Samen zoeken jullie het kernmoment en de uitspraak of het oordeel van de inbrenger op dat moment.',
      'De groep onderzoekt die uitspraak: welke redenen en vooronderstellingen zitten erachter?',
      'Terug naar de algemene vraag: wat hebben jullie ontdekt? Tot slot kijken jullie terug op het gesprek zelf.',
    ],
    preparation: [
      'Welke algemene vraag houdt je bezig? (bijvoorbeeld "Wanneer help ik iemand echt?")',
      'Welk concreet voorbeeld uit je eigen werk hoort daarbij?',
      'Wat is het moment in dat voorbeeld waar het voor jou om draait?',
      'Wat was op dat moment je oordeel of je uitspraak, in één zin?',
    ],
  },
];
