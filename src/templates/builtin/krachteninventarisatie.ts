import type { BuiltinTemplate } from '../template-schema';

/** `/ki`: a krachteninventarisatie to fill in together, in the client's words (ik-vorm). */
export const krachteninventarisatie = {
  id: 'krachteninventarisatie',
  title: 'Krachteninventarisatie',
  shortcut: '/ki',
  tags: ['werkblad', 'krachteninventarisatie', 'leefgebieden'],
  origin: 'builtin',
  source:
    'Opbouw volgens Herstelwerk / Krachtwerk (J. Wolf, naar het Strengths Model van Rapp & Goscha): Wie en wat?, de tien leefgebieden met per gebied nu (krachten, talenten, mogelijkheden), wensen en ambities en krachten en hulpbronnen van vroeger, prioriteiten, opmerkingen en ondertekening. De hulpvragen tussen [haken] zijn eigen formuleringen van Krachtcoach, geen kopie van het officiële formulier (domain/METHOD.md).',
  body: `## Mijn krachteninventarisatie
Naam: {{naam}}
Datum: {{datum:Datum|vandaag}}
Samen ingevuld met: {{tekst:Naam begeleider}}

## Wie en wat?
[Wie ben ik, in mijn eigen woorden? Waar woon ik, wie zijn belangrijk voor mij, wat wil ik dat anderen van mij weten?]

## 1. Veiligheid & bescherming tegen geweld
Nu (krachten, talenten, mogelijkheden): [Waar en bij wie voel ik mij veilig? Wat doe ik al om mijzelf en mijn naasten veilig te houden?]
Wensen en ambities: [Wat heb ik nodig om mij veiliger te voelen?]
Krachten en hulpbronnen van vroeger: [Wanneer voelde ik mij veilig? Wie of wat hielp mij daarbij?]

## 2. Wonen & dagelijks leven
Nu (krachten, talenten, mogelijkheden): [Waar woon ik? Wat doe ik zelf in huis: koken, opruimen, boodschappen?]
Wensen en ambities: [Hoe en waar wil ik wonen? Wat wil ik in huis zelf gaan doen?]
Krachten en hulpbronnen van vroeger: [Waar woonde ik fijn? Wat deed ik toen zelf?]

## 3. Financiën & sociale zekerheid
Nu (krachten, talenten, mogelijkheden): [Wat is mijn inkomen? Wat regel ik zelf met geld, en wie helpt mij daarbij?]
Wensen en ambities: [Wat wil ik met mijn geld bereiken?]
Krachten en hulpbronnen van vroeger: [Wanneer had ik overzicht over mijn geld? Hoe deed ik dat?]

## 4. Kinderen & opvoeding
Nu (krachten, talenten, mogelijkheden): [Heb ik kinderen, of kinderen om mij heen? Wat doe ik met en voor hen?]
Wensen en ambities: [Wat wil ik voor mijn kinderen, en voor mijzelf als ouder?]
Krachten en hulpbronnen van vroeger: [Wat ging goed in de opvoeding? Wie hielp mij?]

## 5. (Ex-)partner
Nu (krachten, talenten, mogelijkheden): [Heb ik een partner of een ex-partner? Wat geeft dat contact mij?]
Wensen en ambities: [Wat wil ik in de liefde, of in het contact met mijn ex-partner?]
Krachten en hulpbronnen van vroeger: [Wat ging goed in eerdere relaties?]

## 6. Sociale relaties
Nu (krachten, talenten, mogelijkheden): [Wie zijn belangrijk voor mij: familie, vrienden, buren, collega's? Wat doen wij samen?]
Wensen en ambities: [Met wie wil ik meer contact?]
Krachten en hulpbronnen van vroeger: [Wie waren er vroeger voor mij? Met wie wil ik het contact weer oppakken?]

## 7. Activiteit, werk & leren
Nu (krachten, talenten, mogelijkheden): [Wat doe ik overdag? Wat kan ik goed, wat leer ik graag?]
Wensen en ambities: [Welk werk, vrijwilligerswerk of welke opleiding trekt mij?]
Krachten en hulpbronnen van vroeger: [Welk werk of welke opleiding heb ik gedaan? Waar was ik trots op?]

## 8. Vrije tijd & recreatie
Nu (krachten, talenten, mogelijkheden): [Wat doe ik graag in mijn vrije tijd?]
Wensen en ambities: [Wat wil ik weer of voor het eerst gaan doen?]
Krachten en hulpbronnen van vroeger: [Welke hobby's, sport of clubs gaven mij plezier?]

## 9. Gezondheid & zelfverzorging
Nu (krachten, talenten, mogelijkheden): [Wat doe ik om mij goed te voelen, in mijn lichaam en in mijn hoofd? Wie helpt mij daarbij?]
Wensen en ambities: [Wat wil ik voor mijn gezondheid?]
Krachten en hulpbronnen van vroeger: [Wanneer voelde ik mij gezond en fit? Wat deed ik toen?]

## 10. Zingeving
Nu (krachten, talenten, mogelijkheden): [Wat geeft mijn leven zin? Waar haal ik hoop en kracht uit?]
Wensen en ambities: [Waar droom ik van?]
Krachten en hulpbronnen van vroeger: [Wat of wie gaf mij vroeger kracht: geloof, natuur, muziek, mensen?]

## Prioriteiten
[Wat vind ik nu het belangrijkst? Ik kies er drie of vier.]
1. [leefgebied, en wat ik daar wil]
2. [leefgebied, en wat ik daar wil]
3. [leefgebied, en wat ik daar wil]

## Opmerkingen en ondertekening
In mijn eigen woorden: "[een zin die ik zelf zei en belangrijk vind]"
Opmerkingen: [wat wil ik nog kwijt?]
{{vink:Ik heb deze inventarisatie gelezen en ik herken mij erin}}
Ik, {{naam}}: ____________________
Mijn begeleider, {{tekst:Naam begeleider}}: ____________________
Samen bijwerken op: {{datum:Samen bijwerken op|+3m}}`,
} satisfies BuiltinTemplate;
