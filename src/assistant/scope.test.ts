import { describe, expect, it } from 'vitest';
import { route } from './router';
import { SCOPE_FAMILIES, type ScopeFamilyId } from './scope-families';
import { scopeOf } from './scope';

/** Our own phrasings per family, Dutch and English, typed the way workers type. */
const OUT_OF_SCOPE: Record<ScopeFamilyId, string[]> = {
  it: [
    'ik ben mijn wachtwoord van het ecd kwijt',
    'mijn werklaptop start niet meer op, wie kan ik bellen',
    'de printer op kantoor print alleen lege vellen',
    'hoe log ik in op outlook vanaf thuis',
    'my account for the client system is locked, can you reset it',
    'Why can’t I log in to the rostering app on my phone?',
    'het dossiersysteem geeft een foutmelding bij opslaan',
    'mijn outlook blijft hangen zodra ik een bijlage open',
    'ik heb geen toegang tot de map met werkinstructies op de schijf',
    'the client app keeps crashing when I open a report',
    "hoe maak ik een nieuw account aan in het roosterprogramma",
  ],
  hr: [
    'hoeveel vakantiedagen heb ik nog staan',
    'wanneer wordt het vakantiegeld uitbetaald',
    'kan ik mijn dienst van zaterdag ruilen met een collega',
    'hoe declareer ik mijn reiskosten',
    'ik ben ziek, bij wie moet ik me ziekmelden',
    'How many days of annual leave do I have left?',
    'ik ben nu twee weken ziek, moet ik zelf de arbodienst bellen',
    'I have been ill since Monday, who do I tell at work?',
  ],
  'money-legal': [
    'hoe hoog is de zorgtoeslag voor iemand met een uitkering',
    'heeft mijn cliënt recht op bijzondere bijstand voor een wasmachine',
    'hoe wordt partneralimentatie berekend na een scheiding',
    'kan een verhuurder zomaar de huur opzeggen, wat zegt het huurrecht',
    'welke stappen bij de kantonrechter voor een ondertoezichtstelling',
    'How much welfare benefit does a single parent get?',
    'what is the maximum housing benefit for a couple',
    'hoe vraag je bijzondere bijstand aan voor een cliënt met schulden',
    'tot welk inkomen heeft iemand recht op zorgtoeslag',
    'hoe teken ik bezwaar aan tegen de beschikking van de gemeente',
    'hoe vraagt mijn cliënt kwijtschelding van de gemeentelijke belastingen aan',
    'hoeveel mag iemand in de bijstand netto per maand bijverdienen',
    'wat is de bijstandsnorm voor een stel met een kind',
    "kan mijn client bijzondere bijstand krijgen voor een nieuwe koelkast",
    "hoeveel kost beschermingsbewind per maand voor een cliënt",
    "what benefits can my client apply for as a single mum",
    "hoe werkt de kinderbijslag als de kinderen om de week bij vader zijn",
    "wat zijn de regels voor een huisbezoek door de sociale recherche",
    "wat is de hoogte van de eigen bijdrage voor beschermd wonen",
    "heeft mijn cliënt recht op een gratis ov-kaart",
    "hoe hoog is de boete als je zonder kaartje reist",
    "kun je me helpen met mijn belastingaangifte",
  ],
  forms: [
    'welke score geef ik op de zrm voor het domein huisvesting',
    'hoe vul ik de HoNOS in na een opname',
    'welk formulier van het UWV moet mijn cliënt invullen voor de wia',
    'hoe vraag ik een wlz indicatie aan bij het ciz',
    "hoe krijgt mijn cliënt een indicatie voor begeleid wonen",
    "wat is het verschil tussen een pgb en zorg in natura",
    "welk formulier moet ik invullen voor een wmo aanvraag",
    "wat moet er in een melding bij de gemeente voor een zorgwoning",
    "hoeveel uur begeleiding krijgt iemand met een wmo indicatie gemiddeld",
    "moet ik mijn cliënt aanmelden bij het CIZ of bij de gemeente",
  ],
  local: [
    'welke huisartsen in Zwolle nemen nog nieuwe patiënten aan',
    'hoe lang is de wachttijd voor een plek bij de dagbesteding in onze gemeente',
    'which schools near Deventer have room for a boy of 9?',
    'welke woonvorm in de regio heeft nog plaats voor een jongen met lvb',
    'which shelter in Arnhem still has a bed open tonight?',
    "welke middelbare school past het best bij de zoon van mijn cliënte, hij heeft havo advies",
    "hoe lang is de wachtlijst voor schuldhulpverlening in Amersfoort",
    "welke huisarts in de buurt neemt nog nieuwe patiënten aan voor mijn cliënt",
    "how long is the waiting list for supported housing in Utrecht",
    "mijn cliënt wil naar het mbo, welke opleidingen zijn er in de zorg",
    "Can you recommend a good therapist for trauma in Rotterdam?",
    "wat is het telefoonnummer van de schuldhulp in Tilburg",
  ],
  medical: [
    'mag mijn cliënt 20 mg oxazepam per dag',
    'is die jongen volgens u autistisch, hij kijkt me nooit aan',
    'heeft deze bewoner nou echt een bipolaire stoornis denk je',
    'wat zijn de bijwerkingen van risperidon',
    'denk je dat mijn cliënt een bipolaire stoornis heeft',
    'heeft haar zoon autisme, hij praat nooit',
    'kan ik zijn medicatie verlagen als hij slaperig is',
    'Does my client have ADHD? He never sits still.',
    'ik vermoed dat ze dementie heeft, hoe laat ik dat onderzoeken',
    'mag je oxazepam samen met alcohol gebruiken',
    'is dat nou borderline of adhd',
    "ik denk dat mijn cliënt autistisch is, klopt dat als hij geen oogcontact maakt?",
    "Is it autism or just shyness? My client avoids eye contact.",
    "Which antidepressant has the fewest side effects?",
    "mag ik als begeleider een geneesmiddel toedienen zonder bevoegdheid",
  ],
  translation: [
    'vertaal deze afspraak naar het Arabisch',
    'hoe zeg ik "welkom" in het Turks',
    'Can you translate my message to Polish for a resident?',
    'kun je deze brief van de gemeente even vertalen voor een Eritrese bewoner',
  ],
  writing: [
    'schrijf jij het evaluatieverslag van meneer, de gegevens staan hieronder',
    'schrijf een sinterklaasgedicht voor mijn teamleider',
    'maak een kerstkaart voor de bewoners van de afdeling',
    'maak een toespraak voor de afscheidsborrel van Kees',
    'kun je mijn aantekeningen van het werkoverleg uitwerken tot notulen',
    'schrijf een evaluatieverslag over meneer Pietersen',
    'Write a poem for my colleague who is retiring',
    'Write a LinkedIn post about our team',
    'Can you draft a complete progress report from my notes on Mr de Wit?',
    "kun je een vacature schrijven voor een ambulant begeleider 24 uur",
    "maak van deze aantekeningen een complete voortgangsrapportage: gesprek gehad, ging goed, volgende week verder",
    "can you write the whole intake report for me from these bullet points",
    "schrijf een afscheidsmail namens het team voor een collega die vertrekt",
    "can you summarise this client file for me in 5 bullet points",
  ],
  chitchat: ['tell me a funny joke about nurses', 'heb jij nog plannen voor de kerst', 'lekker weer vandaag he', 'ken jij een goede mop over de zorg', "vertel me iets leuks, ik verveel me op de nachtdienst", 'ben jij ook weleens moe na een dienst', 'do you ever get bored of all these questions', 'hallo', 'hoe gaat het met je', 'wie ben jij eigenlijk', 'vertel een grap', 'wat is 12 keer 12', 'who won the match yesterday'],
};

/** Method questions that share words with a family: they stay in scope. */
const IN_SCOPE = [
  // an income and its loss as the client's situation; a wish to apply for something as a goal
  'mijn cliënt heeft weinig inkomen en verliest bijna zijn huis, hoe maak ik samen een plan',
  // frustration and a client's sick leave, not the worker's own
  'ik word er ziek van dat hij steeds te laat komt, hoe spreek ik hem daarop aan',
  'mijn cliënt moet naar de bedrijfsarts, hoe bereiden we dat gesprek samen voor',
  // life-area words and agencies as the client's situation
  'mijn cliënt heeft schulden en een uitkering, hoe maak ik daar een doel van met kleine stappen',
  'mijn cliënt heeft een gesprek bij het UWV, hoe bereid ik dat samen voor',
  'cliënt zit de hele dag achter de computer, welk leefgebied is dat',
  'mijn cliënt heeft autisme, hoe sluit ik in het gesprek aan bij zijn tempo',
  'cliënte is depressief en ziet het niet meer zitten, hoe houd ik hoop',
  'hoe help ik een bewoner een weekrooster te maken voor zijn dagbesteding',
  'mijn cliënt wil weer werken, hoe zet ik dat in het actieplan',
  'mijn cliënt neemt zijn medicijnen niet in, mag ik medicatieontrouw schrijven?',
  'verstoring in de werkrelatie, hoe herstel ik het contact',
  'hoe voer ik een gesprek met een tolk erbij',
  'heb jij tips om een gesprek met een Poolse bewoner goed te beginnen',
  'mijn cliënt vindt het moeilijk om rond te komen per maand, hoe maak ik daar een haalbaar doel van',
  'welke dagbesteding past bij wat mijn cliënt zelf wil, hoe bespreek ik dat',
  'mijn cliënt staat op de wachtlijst voor begeleid wonen, hoe houd ik de hoop levend',
  'mijn teams werken elk anders met het actieplan, hoe krijgen we één lijn',
  'welke activiteiten in de wijk passen bij wat mijn cliënt graag doet',
  'mijn cliënt heeft een diagnose autisme gekregen en schaamt zich, hoe houd ik hoop',
  // writing and reports as the method
  'hoe schrijf ik mijn rapportage krachtgerichter',
  'kun je me helpen mijn verslag positiever te formuleren',
  'hoe schrijf ik een afscheidsbrief aan een cliënt bij het afronden van het traject',
  'How do I write my report in plain language?',
  'hoe vaak werk ik de krachteninventarisatie bij',
  // the worker's own feelings are reflection, not HR
  'ik erger me aan een collega die steeds over cliënten roddelt, hoe spreek ik haar aan',
  // facts of a life area told as the client's situation, with a method question
  "de zoon van mijn cliënte moet een school kiezen, hoe help ik haar daar zelf regie in te nemen",
  "mijn cliënt staat al maanden op de wachtlijst voor schuldhulp en verliest de moed, hoe houd ik hoop",
  "hoe bereid ik met mijn cliënt het keukentafelgesprek voor de wmo voor",
  "mijn cliënt heeft autisme, hoe pas ik mijn gesprekken daarop aan",
  "hoe schrijf ik in mijn rapportage over zijn geldzorgen zonder hem te labelen",
  "mijn cliënt wil solliciteren, hoe maak ik daar een doel met kleine stappen van",
  "how do I support my client to apply for a job himself instead of me doing it",
  "mijn cliënt krijgt bijzondere bijstand niet rond en raakt gefrustreerd, hoe spreek ik dat met hem door",
  "hoe help ik mijn cliënt zelf zijn belastingpapieren uit te zoeken zonder het over te nemen",
  "mijn cliënt is op zoek naar een therapeut, hoe betrek ik hem bij die keuze",
  "how do I talk with a client who refuses his medication without judging him",
  "ik verveel me op de nachtdienst en wil iets nuttigs doen met mijn rapportages, hoe schrijf ik ze krachtgerichter",
  "mijn cliënt krijgt een boete en raakt in paniek, hoe help ik hem rustig te blijven",
  "hoe schrijf ik een afscheidsbrief aan mijn cliënt bij het einde van de begeleiding",
];

describe('scope', () => {
  it('has a reply for every family that says where to go instead', () => {
    for (const f of SCOPE_FAMILIES) expect(f.reply, f.id).toMatch(/\*\*[^*]+\*\*/);
  });

  for (const [family, questions] of Object.entries(OUT_OF_SCOPE)) {
    it(`puts ${family} questions out of scope with that family's reply`, () => {
      for (const q of questions) expect(scopeOf(q).family, `${q} ${JSON.stringify(scopeOf(q))}`).toBe(family);
    });
  }

  it('keeps method questions that share words with a family in scope', () => {
    for (const q of IN_SCOPE) expect(scopeOf(q).family, `${q} ${JSON.stringify(scopeOf(q))}`).toBeUndefined();
  });

  it('weighs life-area words lightly and the method and the worker’s actions strongly', () => {
    expect(scopeOf('geld kinderen huis werk scheiden').method).toBeLessThan(3);
    expect(scopeOf('hoe kan ik hem aanspreken op zijn gedrag en samen een doel formuleren').method).toBeGreaterThanOrEqual(6);
  });

  it('ignores what stands inside a quote when it looks for a request', () => {
    expect(scopeOf('Mijn cliënt zegt steeds "hoe gaat het met je?" tegen iedereen, hoe sluit ik daarbij aan').family).toBeUndefined();
  });
});

describe('the out-of-scope answer', () => {
  it('says kindly where to go and what the assistant can do, without a card', () => {
    const r = route('ik ben mijn wachtwoord vergeten');
    expect(r).toMatchObject({ outOfScope: true, answers: [] });
    expect(r.text).toMatch(/functioneel beheerder/);
    expect(r.text).toMatch(/kan je helpen met/);
    expect(r.text).not.toMatch(/^###/m);
    expect(route('wat zijn de bijwerkingen van lithium').text).toMatch(/behandelaar/);
    expect(route('hoeveel verlofuren heb ik nog').text).toMatch(/leidinggevende|HR/);
    expect(route('hoe hoog is de huurtoeslag').text).toMatch(/Juridisch Loket/);
  });

  it('never puts a disclosure out of scope (safety comes first)', () => {
    const r = route('mijn cliënt vertelde dat haar man haar slaat, kan ik juridisch advies geven?');
    expect(r.outOfScope).toBe(false);
    expect(r.answers[0]?.card).toBe('meldcode');
  });
});
