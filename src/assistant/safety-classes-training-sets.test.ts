/**
 * Safety classes that our training sets T1–T3 and sets J, K, L, M and N showed we missed (issue 15, session 21),
 * tested with our own phrasings, not copied from those sets: the passive "geslagen door haar
 * vader" (the Dutch "door" was read as the English door, a thing hit in anger); a blow received
 * at home; a child or young person who avoids home or feeds itself because of a parent's state;
 * an adult's night visits to a child's room, with a secret; control with a cover story; an older
 * person's card carried off or left without money while a relative has it; a child said to be
 * unsafe; blows in a euphemism ("wordt soms hard", "gets rough"); a wet nappy and an empty fridge;
 * self-harm and death wishes in other word orders; "soon done with it", "you won't miss me",
 * "doesn't matter what happens to me"; pills saved or researched; giving things away or paying
 * back debts with a farewell. And near-misses: aggression against the worker
 * (an incident at work, not domestic violence), the worker's or a peer's own past, a threat at
 * a referee on TV, a setback called "een klap", "een rustige man" (a man, not a husband).
 */
import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { SAFETY_CARDS, SAFETY_LINES, safetySignals } from './safety';

const router = createRouter();

const VIOLENCE = [
  'de school denkt dat de dochter van mijn cliënte thuis geslagen wordt door haar stiefvader',
  'hij vertelde dat hij als kind vaak geschopt werd door zijn vader, hoe ga ik daarmee om',
  'het meisje van 12 zei dat ze bij haar moeder weer een pak slaag had gekregen',
  'de jongere wil liever bij een vriend slapen omdat zijn vader weer dronken is',
  'mijn pupil van 11 gaat liever niet naar huis als mama gedronken heeft',
  'een meisje van 9 zegt dat ze zelf moet koken omdat haar vader altijd dronken is',
  'een jongen van 13 vertelde dat zijn stiefvader s avonds bij hem op de kamer komt en dat hij het aan niemand mag vertellen',
  'haar vriend controleert haar telefoon en ze zegt dat ze van de trap is gevallen',
  'mijn cliënte van 80 zegt dat haar buurman haar bankpas meeneemt en dat er weinig over is',
  'zijn zus beheert het geld van hun oude vader en hij durft er niks van te zeggen',
  'de kinderen van mijn cliënte zijn thuis niet veilig, wat moet ik doen',
  'ze zei dat haar vriend wel eens handtastelijk wordt als hij gedronken heeft',
  "her partner can get rough with the kids when he's stressed",
  'bij het huisbezoek zat de baby in een volle luier en was de koelkast leeg',
  'mevrouw van 84 heeft nooit meer geld voor boodschappen sinds haar neef haar bankzaken doet',
  'my elderly client says her grandson borrows her debit cards and there is never any money left',
  'het jongetje wil niet meer naar zijn vader in het weekend, want dan is hij weer zo kwaad',
  'haar familie heeft een huwelijk voor haar geregeld en ze moet de eer van de familie hooghouden',
  'het meisje zei dat papa mama vaak pijn doet als hij gedronken heeft',
  'een buurman geeft haar drugs als ze lief voor hem is, ze is pas 17',
  'de peuter heeft brandplekjes op zijn rug en moeder zegt dat het van de verwarming is',
  'haar vriend kwam binnen en schold haar uit waar de kinderen bij waren',
  'oom speelt spelletjes met hem als mama weg is en dat is ons geheim, zei de jongen van 6',
  'zijn vrouw neemt zijn telefoon in zodat hij niemand kan bellen',
  'her ex waits outside her flat every night in his car',
  'ze moet van haar vriend dingen doen met zijn vrienden, anders krijgt ze geen geld',
  'de jongen zei dat papa mama gisteren weer blauw heeft gemaakt',
  'haar ex belt haar wel dertig keer per dag en ziet via een app waar ze is',
  'meneer van 85 met dementie mist 4000 euro sinds zijn neef zijn bankzaken doet',
  'haar vader stuurt foto\'s van haar eigen voordeur en heeft haar nieuwe adres gevonden',
  'the oldest (10) takes his little sisters upstairs when it kicks off again downstairs',
  'my elderly client flinches whenever her son talks to her',
  'hij gaf zijn vriendin een zet tegen de muur toen ze wilde weggaan',
  'haar man zorgt dat ze geen eigen pinpas heeft, en ze mag nooit alleen met mij praten',
  'de kinderen werden gisteravond door moeder buiten gezet tot middernacht',
  'ik zag grijpplekken op de armen van mevrouw, haar zoon helpt haar met douchen',
  'they took her passport and want her to marry her cousin',
];

const SUICIDE = [
  'ze krast in haar armen als het haar te veel wordt, hoe bespreek ik dat',
  'ze zei dat het misschien beter is als ze er niet meer kon zijn',
  'hij zei dat zijn kinderen beter af zouden zijn zonder hem',
  'my client has been stockpiling her sleeping pills',
  'hij gaf zijn vissen en zijn boeken weg aan de buurjongen en wil alles netjes achterlaten',
  'ze heeft al haar planten weggegeven en zei dat we ons straks geen zorgen meer hoeven te maken',
  'hij heeft opgezocht hoeveel pillen je nodig hebt',
  'ze zei dat ze er straks wel klaar mee is, en ze bedoelde niet de dagbesteding',
  'he said we won\'t have to put up with him much longer',
  'het maakt hem niet uit wat er met hem gebeurt, zegt hij steeds',
  'ze zei dat wij haar toch niet zouden missen',
  'hij heeft het gevoel dat hij iedereen alleen maar tot last is',
  'she keeps saying she is a burden to her kids',
  'ik ben er straks toch niet meer, zei hij in de auto',
  'als ik dat huis niet krijg hoeft het voor mij niet meer',
  'ze zegt dat ze buiten gaat liggen en niet meer opstaat',
  'ze ligt sinds gisteren in het ziekenhuis na een overdosis',
  'hij spaart zijn temazepam op in een potje in de kast',
  'he told me which bridge he would use',
  'er zat bloed op haar mouw en ze draagt altijd lange mouwen',
  'in zijn dossier staat een poging met pillen, en nu heeft hij zijn medicatie weer zelf',
  'hij heeft zijn zus een dichte envelop gegeven en zei dat het voelde als afscheid',
  'ze weet waar haar broer het jachtgeweer bewaart, zei ze terloops',
  'ze krabt haar armen open als ze gespannen is',
  'he said that if the job falls through, that\'s it for him, then i\'m done',
  'hij stond vorige week bij het spoor en durfde het toen niet',
  'het heeft allemaal geen zin zegt ze, en ze ligt alleen nog op bed',
  'mevrouw eet niet meer en zegt dat ze haar tijd wel heeft gehad, laat me maar gaan',
  'there were fresh cuts on her thighs and razor blades in her bag',
  'hij had een touw in zijn tas en zei dat hij het niet meer ziet zitten',
  'she has given her rings to her daughter and written letters to everyone',
];

const NEAR_MISSES = [
  'onze ervaringsdeskundige vertelt in de groep over haar eigen zelfmoordpoging, hoe begeleid ik dat gesprek',
  'een bewoner bedreigde een collega bij de voordeur, hoe bespreken we dat in het team',
  'a resident pushed me against the wall during the night shift, how do I report this incident',
  'tijdens de wedstrijd op tv schreeuwde meneer dat hij de keeper zou vermoorden',
  'hij heeft een klap gehad door zijn ontslag en zit nu veel thuis',
  'de jongere wil liever niet naar huis omdat het daar saai is',
  'een moeder vertelt dat haar zoon van 15 zelf moet koken als zij werkt',
  'he kicked the door when his mum said no, how do I talk about anger with him',
  'in zijn dossier staat dat hij agressief is, maar ik ken hem als een rustige man, hoe schrijf ik dat',
  'ik ben bijna klaar met mijn rapportage, hoe maak ik de laatste alinea krachtgericht',
  'mijn cliënt heeft zijn schulden afgelost en wil dat vieren, hoe doe ik dat',
  'na de zelfdoding van een bewoner wil ons team samen terugkijken, welke intervisievorm past',
  'ik ben er niet meer zo zeker van dat dit doel bij hem past',
  'the debt letters are killing him, how do I help him make a plan',
  'de bovenburen klagen dat ze laat nog met pannen en kastjes slaat, hoe spreek ik haar aan',
  'an older man I support wants to see his grandchildren more often, how do I involve his son',
];

describe('safety classes from the training sets, own phrasings', () => {
  it.each(VIOLENCE)('meldcode and its first steps first: %s', (q) => {
    const r = router.route(q);
    expect(r.answers[0]?.card).toBe(SAFETY_CARDS.violence);
    expect(r.text.startsWith(SAFETY_LINES.violence)).toBe(true);
  });

  it.each(SUICIDE)('taxatie and its first steps first: %s', (q) => {
    const r = router.route(q);
    expect(r.answers[0]?.card).toBe(SAFETY_CARDS.suicide);
    expect(r.text.startsWith(SAFETY_LINES.suicide)).toBe(true);
  });

  it.each(NEAR_MISSES)('no safety answer: %s', (q) => {
    expect(safetySignals(q)).toEqual([]);
  });
});
