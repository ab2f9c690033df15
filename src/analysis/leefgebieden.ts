import { normalize, withoutAsides } from './heading-text';

/**
 * The ten leefgebieden of the krachteninventarisatie, named exactly as domain/METHOD.md names
 * them, with the words practitioners use for them in headings. A heading may name two areas
 * ("Werk en vrije tijd"); its text then counts for both.
 */
export const LEEFGEBIEDEN = [
  {
    id: 'veiligheid',
    name: 'Veiligheid & bescherming tegen geweld',
    terms: ['veiligheid', 'veilig', 'bescherming', 'bescherming tegen geweld', 'geweld', 'huiselijk geweld', 'veilig voelen'],
  },
  {
    id: 'wonen',
    name: 'Wonen & dagelijks leven',
    terms: ['wonen', 'woning', 'woonsituatie', 'huisvesting', 'huis', 'dagelijks leven', 'dagelijkse leven', 'dagelijkse levensverrichtingen', 'huishouden', 'huishouding', 'adl'],
  },
  {
    id: 'financien',
    name: 'Financiën & sociale zekerheid',
    terms: ['financien', 'financieel', 'financiele situatie', 'financiele zaken', 'geld', 'geldzaken', 'inkomen', 'sociale zekerheid', 'schulden', 'administratie', 'uitkering', 'budget'],
  },
  {
    id: 'kinderen',
    name: 'Kinderen & opvoeding',
    terms: ['kinderen', 'kind', 'opvoeding', 'opvoeden', 'ouderschap'],
  },
  {
    id: 'partner',
    name: '(Ex-)partner',
    terms: ['partner', 'ex partner', 'expartner', 'ex', 'partnerrelatie', 'relatie', 'liefde', 'intieme relatie'],
  },
  {
    id: 'sociale-relaties',
    name: 'Sociale relaties',
    terms: ['sociale relaties', 'sociale contacten', 'sociaal netwerk', 'netwerk', 'relaties', 'contacten', 'familie', 'vrienden', 'vriendschap', 'vriendschappen', 'sociaal', 'kennissen'],
  },
  {
    id: 'activiteit',
    name: 'Activiteit, werk & leren',
    terms: ['activiteit', 'activiteiten', 'werk', 'werken', 'leren', 'opleiding', 'school', 'studie', 'scholing', 'dagbesteding', 'zinvolle dagbesteding', 'arbeid', 'vrijwilligerswerk', 'dagactiviteiten'],
  },
  {
    id: 'vrije-tijd',
    name: 'Vrije tijd & recreatie',
    terms: ['vrije tijd', 'vrijetijd', 'vrijetijdsbesteding', 'recreatie', 'hobby', 'hobbys', 'hobby s', 'hobbies', 'ontspanning', 'sport'],
  },
  {
    id: 'gezondheid',
    name: 'Gezondheid & zelfverzorging',
    terms: [
      'gezondheid', 'lichamelijke gezondheid', 'psychische gezondheid', 'geestelijke gezondheid', 'mentale gezondheid', 'zelfverzorging',
      'verzorging', 'persoonlijke verzorging', 'welzijn', 'lichaam', 'lichamelijk', 'psychisch',
    ],
  },
  {
    id: 'zingeving',
    name: 'Zingeving',
    terms: ['zingeving', 'zin', 'zin in het leven', 'zinvol leven', 'spiritualiteit', 'geloof', 'levensbeschouwing', 'religie', 'betekenis', 'levensvragen'],
  },
] as const;

export type LeefgebiedId = (typeof LEEFGEBIEDEN)[number]['id'];

/** Words a heading may hold besides the area's name: "2. Mijn wonen", "Leefgebied 3: Geld". */
const CONNECTORS = new Set(['en', 'of', 'mijn', 'de', 'het', 'van', 'met', 'leefgebied', 'leefgebieden', 'gebied', 'levensgebied', 'domein', 'thema', 'nr']);

/** Term phrases as word lists, longest first so "sociale zekerheid" wins over "sociaal". */
const PHRASES: Array<{ words: string[]; id: LeefgebiedId }> = LEEFGEBIEDEN.flatMap((a) =>
  a.terms.map((t) => ({ words: t.split(' '), id: a.id as LeefgebiedId })),
).sort((x, y) => y.words.length - x.words.length);

/**
 * The areas a heading names, or undefined when it is not (only) a leefgebied heading: every word
 * must belong to an area's term or be a connector or a number, and at least one term must occur.
 * "Wonen & dagelijks leven" → [wonen]; "Werk en vrije tijd" → [activiteit, vrije-tijd];
 * "Ik wil wonen in Utrecht" → undefined.
 */
export function matchLeefgebieden(label: string): LeefgebiedId[] | undefined {
  const words = normalize(withoutAsides(label)).split(' ').filter(Boolean);
  if (!words.length || words.length > 10) return undefined;
  const found: LeefgebiedId[] = [];
  let i = 0;
  outer: while (i < words.length) {
    const w = words[i]!;
    if (CONNECTORS.has(w) || /^\d+$/.test(w)) {
      i++;
      continue;
    }
    for (const p of PHRASES) {
      if (p.words.every((pw, k) => words[i + k] === pw)) {
        if (!found.includes(p.id)) found.push(p.id);
        i += p.words.length;
        continue outer;
      }
    }
    return undefined;
  }
  return found.length ? found : undefined;
}
