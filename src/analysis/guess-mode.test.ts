import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMode, modeCues } from './guess-mode';

// Texts of our own, one of each kind a worker pastes or types.

const EMAIL = `Hoi Karin,

Ik heb vanmorgen met meneer Verbeek gesproken over de verhuizing naar de Lindenlaan. Hij wil graag dat zijn broer erbij is als de sleutel wordt overgedragen. Ik heb de woningcorporatie gebeld en de overdracht staat nu op donderdag 14 maart om 10.00 uur.
Kun jij die ochtend de bus regelen? Ik ben zelf tot half elf bij een andere afspraak, daarna kom ik erbij.
Mijn idee is om na de overdracht samen met hem boodschappen te doen, zodat er de eerste avond eten in huis is.

Groet,
Sanne`;

const EMAIL_FIRST_PERSON = `Hoi Ahmed,

Ik heb je bericht gelezen en ik kan dinsdag gewoon de late dienst doen. Mijn auto staat nog bij de garage, dus ik kom met de fiets. Ik neem de sleutel van het kantoor mee.

Groetjes, Ilse`;

const MINUTES = `Notulen teamoverleg Beschermd Wonen De Horst
Datum: 6 maart 2025
Aanwezig: Petra (voorzitter), Joost, Samira, Ellen (notulen)
Afwezig: Marco

1. Opening en mededelingen
Petra opent om 13.30 uur. De nieuwe collega Samira stelt zich voor; zij komt van de ambulante begeleiding.

2. Rooster
Het rooster voor april is rond. Joost ruilt de nachtdienst van 12 april met Ellen.

3. Bewonersraad
De bewonersraad wil in de zomer een barbecue organiseren. Het team denkt mee over de kosten.

Actiepunten
Wie: Joost
Wat: offerte voor de barbecue opvragen
Wanneer: 20 maart

4. Rondvraag en sluiting
Geen vragen. Petra sluit om 14.45 uur.`;

const ARTICLE = `Herstelwerk: kijken naar wat mensen wel kunnen

In de maatschappelijke opvang werken steeds meer organisaties met Herstelwerk, de Nederlandse uitwerking van het krachtenmodel. De begeleider kijkt daarbij eerst naar wat iemand kan, wil en heeft. Problemen worden niet weggepoetst, maar ze staan niet meer vooraan in het dossier.

Een begeleider van onze locatie in Zwolle vertelt: "Vroeger begon ik een gesprek met de schulden. Nu vraag ik eerst wat iemand graag doet." Zij ziet dat bewoners daardoor meer zelf gaan regelen. Een bewoner die jarenlang op straat heeft geleefd, kookt nu elke vrijdag voor de hele groep.

De methode begint met een krachteninventarisatie. Daarin beschrijft de cliënt samen met de begeleider tien leefgebieden, van wonen en financiën tot zingeving. Daarna kiest hij drie of vier prioriteiten en maakt hij een actieplan met kleine stappen. De begeleider is coach; de cliënt houdt het stuur.

Volgens de onderzoekers van de hogeschool werkt het vooral omdat de relatie centraal staat. Een medewerker zegt het zo: "Je bent er gewoon, ook als het even tegenzit." De organisatie wil de methode het komende jaar op alle locaties invoeren.`;

const RECIPE = `Erwtensoep voor acht personen

Ingrediënten:
500 gram spliterwten
1 winterwortel
1 knolselderij
2 preien
1 rookworst
2 liter water

Bereiding:
Spoel de erwten af en breng ze met het water aan de kook. Laat ze een uur zachtjes koken en roer af en toe.
Snijd intussen de groente in blokjes en voeg die toe. Laat de soep nog drie kwartier koken.
Snijd de rookworst in plakjes en warm die de laatste tien minuten mee. Breng op smaak met peper en zout.`;

const TRAINING = `Module 2: De krachteninventarisatie

Wat is een krachteninventarisatie?
De krachteninventarisatie is het hart van Herstelwerk. Je brengt samen met de cliënt in kaart wat hij nu kan en heeft, wat hij wil en waar hij vroeger kracht uit haalde. Je doet dat in zijn eigen woorden en in de ik-vorm. Het is geen intake: je vult hem niet in één gesprek in, maar bouwt hem op in het tempo van de cliënt.

De tien leefgebieden
- Veiligheid & bescherming tegen geweld
- Wonen & dagelijks leven
- Financiën & sociale zekerheid
- Kinderen & opvoeding
- (Ex-)partner
- Sociale relaties
- Activiteit, werk & leren
- Vrije tijd & recreatie
- Gezondheid & zelfverzorging
- Zingeving

Opdracht
Kies een cliënt met wie je nu werkt. Schrijf bij twee leefgebieden op wat hij je vertelde, zo letterlijk mogelijk. Bespreek in je groepje: waar schreef je over de cliënt in plaats van met hem? Hoe klinkt het als hij het zelf zegt?

Tip
Vraag door op uitzonderingen: wanneer ging het wel goed, en wat deed hij toen anders?`;

const WORKSHEET = `Krachteninventarisatie Marloes
Ingevuld samen met Dirk, 3 februari

Wie en wat?
Ik ben Marloes, 34 jaar. Ik woon in Leeuwarden met mijn kat Sip.

Wonen & dagelijks leven
Nu: Ik heb een eigen appartement en ik doe zelf de was.
Wensen en ambities: Ik wil een balkon met planten.
Vroeger: Bij mijn oma leerde ik koken.

Financiën & sociale zekerheid
Nu: Ik heb budgetbeheer bij de gemeente en ik krijg elke week leefgeld.
Wensen en ambities: Ik wil over een jaar zelf mijn rekeningen betalen.

Sociale relaties
Nu: Mijn vriendin Tineke komt op zaterdag koffie drinken.
Wensen en ambities: Ik wil mijn broer weer zien.

Prioriteiten
1. Zelf mijn rekeningen betalen
2. Contact met mijn broer`;

const ACTION_PLAN = `Mijn actieplan

Doel: "Ik wil in september beginnen met de opleiding tot kok."

Stap 1: Ik vraag de open dag van het Friesland College op.
Wie: ik
Wanneer: vóór 15 maart

Stap 2: Ik kook elke zondag voor mijn moeder om te oefenen.
Wie: ik en mijn moeder
Wanneer: elke zondag

Stap 3: Ik vraag bij de gemeente naar studiefinanciering.
Wie: ik samen met Dirk
Wanneer: april`;

/** A report about the client, ordered by leefgebied, in the third person: a report (an ECD's evaluation form). */
const REPORT_BY_AREA = `Wonen: Meneer heeft zijn kamer deze week zelf schoongemaakt en de was gedaan.
Financiën: Hij heeft met de bewindvoerder het budget voor maart besproken.`;

describe('mode guess', () => {
  it('takes a text about the client for a report', () => {
    expect(guessMode('Meneer heeft vandaag zijn kamer opgeruimd. Hij was tevreden.')).toBe('report');
  });
  it('does not take the ik-vorm alone for a worksheet: e-mails and notes are written as ik too', () => {
    expect(guessMode('Ik wil graag werk in een tuin. Mijn zus helpt mij met de post.')).toBe('report');
    expect(guessMode(EMAIL_FIRST_PERSON)).toBe('report');
  });
  it('takes an e-mail to a colleague about a client for a report', () => {
    expect(guessMode(EMAIL)).toBe('report');
  });
  it('takes minutes with action points (wie, wat, wanneer) for a report: they have no goal', () => {
    expect(guessMode(MINUTES)).toBe('report');
  });
  it('takes a web article about the method, in the third person, for a report', () => {
    expect(guessMode(ARTICLE)).toBe('report');
  });
  it('takes a recipe for a report', () => {
    expect(guessMode(RECIPE)).toBe('report');
  });
  it('takes a training text that lists the leefgebieden for a report: a list of names is no filled-in worksheet', () => {
    expect(guessMode(TRAINING)).toBe('report');
  });
  it('takes a pasted krachteninventarisatie with its headings for a worksheet', () => {
    expect(guessMode(WORKSHEET)).toBe('worksheet');
  });
  it('takes an actieplan with a goal and steps for a worksheet', () => {
    expect(guessMode(ACTION_PLAN)).toBe('worksheet');
  });
  it('takes one leefgebied field in the client’s voice for a worksheet, and in the third person for a report', () => {
    // A field of a krachteninventarisatie: the leefgebied label is the worksheet's structure and
    // the text is the client's own voice. The same label over "meneer" is a report ordered by leefgebied.
    expect(guessMode('Wonen: ik wil een eigen huis met een tuin, dicht bij mijn zus.')).toBe('worksheet');
    expect(guessMode('Wonen: meneer wil een eigen huis met een tuin.')).toBe('report');
    expect(guessMode('Doel: ik wil weer elke week zwemmen.')).toBe('worksheet');
  });
  it('takes a third-person report ordered by two leefgebieden for a report', () => {
    expect(guessMode(REPORT_BY_AREA)).toBe('report');
  });
  it('takes leefgebied headings with a worksheet block or in the ik-vorm for a worksheet', () => {
    expect(guessMode('Wonen & dagelijks leven:\nIk kook zelf.\nFinanciën:\nIk heb een budget.')).toBe('worksheet');
    expect(guessMode('Wie en wat?\nMeneer is 58.\nWonen\nMeneer kookt zelf.\nFinanciën\nHij heeft een budget.')).toBe('worksheet');
  });
  it('takes every example worksheet in tests/worksheets for a worksheet, the third-person ones included', () => {
    const root = resolve(import.meta.dirname, '../../tests/worksheets');
    for (const kind of ['krachteninventarisatie', 'actieplan']) {
      for (const file of readdirSync(resolve(root, kind)).filter((f) => f.endsWith('.txt'))) {
        expect(guessMode(readFileSync(resolve(root, kind, file), 'utf8')), `${kind}/${file}`).toBe('worksheet');
      }
    }
  });
  it('reads a spreadsheet saved with semicolons as a table, and a semicolon in a sentence as prose', () => {
    const sheet = 'Leefgebied;Nu;Wens\nWonen;Ik woon op een kamer.;Een eigen flat.\nWerk en leren;Ik werk twee dagen in de kringloop.;\nVrije tijd;Ik zwem op maandag.;';
    expect(guessMode(sheet)).toBe('worksheet');
    expect(modeCues('Wonen;Ik woon op een kamer.;Een eigen flat.').filledAreas).not.toBe(0);
    const report = 'Meneer woont op een kamer; hij wil een eigen flat.\nZe werkt twee dagen in de kringloop; op maandag zwemt ze.';
    expect(guessMode(report)).toBe('report');
    expect(modeCues('Wonen; hij wil een eigen flat.').filledAreas).toBe(0);
  });

  it('takes a text addressed to the client for a message', () => {
    expect(guessMode('Ik maak me zorgen. Ik zie dat je moe bent.')).toBe('message');
    expect(guessMode('Ik maak me zorgen over je. Ik zie dat je moe bent.')).toBe('message');
  });
  it('does not count the client’s quoted ik as the writer’s voice', () => {
    expect(guessMode('Wonen: meneer zegt: "Ik wil een huis met een tuin."')).toBe('report');
  });
  it('takes an empty text for a report', () => {
    expect(guessMode('')).toBe('report');
  });
  it('counts cues per paragraph, so a cache of cues gives the same guess', () => {
    const text = 'Ik maak me zorgen.\nIk zie dat je moe bent.\nMeneer kookt.';
    const seen: string[] = [];
    const cached = (p: string) => (seen.push(p), modeCues(p));
    expect(guessMode(text, cached)).toBe(guessMode(text));
    expect(seen).toEqual(['Ik maak me zorgen.', 'Ik zie dat je moe bent.', 'Meneer kookt.']);
    for (const t of [WORKSHEET, ACTION_PLAN, TRAINING]) expect(guessMode(t, (p) => modeCues(p))).toBe(guessMode(t));
  });
  it('lets the first 20,000 characters decide', () => {
    const report = 'Meneer heeft vandaag zijn kamer opgeruimd.\n'.repeat(500);
    expect(guessMode(`${report}Ik zie dat je moe bent. Ik zie je.\n`.repeat(3))).toBe('report');
  });
  it('reads one long paragraph only as far as the first 20,000 characters', () => {
    const seen: string[] = [];
    guessMode('Meneer kookt. '.repeat(2000), (p) => (seen.push(p), modeCues(p)));
    expect(seen.map((p) => p.length)).toEqual([20000]);
  });
});
