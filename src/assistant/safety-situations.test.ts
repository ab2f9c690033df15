/**
 * Safety read as situations (src/assistant/safety-situations.ts), tested with our own phrasings:
 * written before the patterns (three batches, each run once before any change: 17/65, 11/28
 * and 5/30 opened with their card), told by a neighbour, a school or the child, in the past tense, Dutch
 * and English; and near-misses (idioms, films, games, sport, a worker's frustration) that must
 * not get the safety answer.
 */
import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { SAFETY_CARDS, SAFETY_LINES, safetySignals } from './safety';

const router = createRouter();

/** Violence, sexual, financial and psychological abuse, neglect, an unsafe child: meldcode first. */
const VIOLENCE = [
    "de buurvrouw belde dat ze gisteravond weer harde klappen en gehuil hoorde bij mijn cliënte",
    "op school zagen ze striemen op de rug van het zoontje van mijn client",
    "mijn cliënt vertelde dat zijn vader hem vroeger met de riem sloeg en dat het nu zijn broertje overkomt",
    "mevrouw draagt sinds kort lange mouwen terwijl het 30 graden is en schrikt als haar man binnenkomt",
    "ze heeft een gebroken pols en zegt dat ze van de trap is gevallen, maar haar vriend wijkt niet van haar zijde",
    "de dochter van 8 komt vaak zonder jas en zonder eten naar school zegt de juf",
    "bewoner van 82 zijn zoon beheert zijn geld en meneer heeft nooit meer iets om boodschappen te doen",
    "my client's son keeps asking her for her pin code and she has no money left at the end of the month",
    "the teacher called me: the little girl has bruises on her arms again",
    "a resident told me her brother forced her to do things she did not want when she was a child",
    "mijn client is bang dat haar man haar iets aandoet als ze gaat scheiden",
    "she said her husband grabbed her by the throat last night",
    "hij heeft haar gisteren tegen de muur gedrukt en haar telefoon kapotgegooid",
    "de baby huilt uren en moeder zegt dat ze hem soms hard door elkaar rammelt",
    "het kind zegt dat mama haar opsluit in de kelder als ze stout is",
    "de oudste zoon van 14 vertelde dat stiefvader met een mes dreigde",
    "ze mag van haar vriend geen contact meer hebben met haar familie en hij bepaalt wat ze aantrekt",
    "her partner checks her location all day and she has to send photos of where she is",
    "de kinderen lopen in te kleine kleren en slapen op een matras vol vlekken, ouders zijn er nauwelijks",
    "meneer zegt dat zijn dochter hem pas eten geeft als hij zijn pensioen overmaakt",
    "oma werd door haar kleinzoon geduwd en viel, ze wil geen ruzie maken",
    "mijn cliënte vertelde dat haar ex haar vroeger verkrachtte en dat hij nu weer contact zoekt",
    "mijn client had een gescheurde trommelvlies na een ruzie thuis",
    "the neighbours called the police twice this month because of fights next door at my client's flat",
    "cliënt vertelde lachend dat zijn vrouw hem met een pan had geslagen",
    "a 13 year old girl at our location gets picked up by older men in cars",
    "mijn cliënte werd door haar vader uitgehuwelijkt beloofd aan een neef en ze wil dat niet",
    "de moeder van mijn client laat haar dochter van 6 elke avond alleen om te gaan stappen",
    "my client admitted he sometimes hits his kids when he has been drinking",
    "het meisje vertelde dat papa aan haar plassertje kwam",
    "hij zei tegen haar: als je weggaat zie je de kinderen nooit meer terug en dan weet je wat er gebeurt",
    "de buren zien de kinderen vaak tot laat op straat zwerven en ze hebben vaak geen eten gehad",
    "ze was vorige week op de SEH met een hersenschudding en wilde niet zeggen hoe het kwam, haar man was erbij",
    "my client's husband won't let her have her own bank account or keys",
    "het zoontje van mijn client plast weer in bed, is angstig en wil niet naar huis na school",
    "een bewoonster vertelt dat een medebewoner haar op de gang betast heeft",
    "cliënte zegt dat haar vriend haar soms aan de haren trekt als hij boos is",
    "haar oudere buurman heeft haar spaargeld 'geleend' en ze durft het niet terug te vragen, ze is 79",
    "the toddler has had the same nappy on since yesterday and there is mould in the kitchen",
    "his stepfather locks the fridge and the boy is losing weight",
    "de pleegmoeder belde: het meisje van 11 heeft verteld dat haar stiefbroer 's nachts bij haar in bed kroop",
    "cliënte liet me een filmpje zien waarop haar vriend haar uitscheldt en een deur intrapt",
    "my client's boyfriend took her passport and says she can't leave the country without him",
    "een vader in de opvang tilde zijn dochter aan haar arm op en schudde haar hard heen en weer",
    "the school says the twins come in hungry every morning and smell of urine",
    "mevrouw van 88 zegt dat haar dochter haar bankzaken 'regelt' maar ze weet niet meer waar haar geld is",
    "ze durft niet naar huis omdat haar broer haar anders slaat",
    "hij kneep haar zo hard in haar arm dat je de vingers nog zag staan",
    "bewoner vertelt dat zijn oom hem als kind vaak opsloot in het donker",
    "a mother in our group said her husband threatens to take the children abroad if she reports him",
    "haar ex stuurt honderden berichten per dag en stond gisteren ineens in haar tuin",
    "de jongen van 15 heeft een brandwond in de vorm van een strijkijzer",
    "the neighbour heard a child screaming and something breaking upstairs at my client's place",
    "mijn cliënt zegt dat zijn vrouw hem kleineert, zijn geld afpakt en hem verbiedt om vrienden te zien",
    "haar man heeft haar vorige week bij de keel gegrepen, ze wil geen aangifte doen",
    "the little boy said daddy hurt mummy and there was blood on the floor",
    "moeder is vaak dronken en de kinderen van 3 en 5 zorgen dan voor zichzelf",
    "een oudere meneer vertelt dat de thuishulp steeds geld uit zijn portemonnee pakt",
  "cliente had een kapotte bril en een schram op haar wang, vriend zat ernaast en praatte voor haar",
  "dochtertje (5) tekent steeds papa met een groot mes",
  "buurjongen vertelde dat hij s avonds niet naar binnen mag van zijn moeder tot ze klaar is met 'visite'",
  "her husband makes her ask permission for every euro she spends",
  "mijn client zegt dat haar zoon haar soms een duw geeft als hij zijn zin niet krijgt, ze is 76",
  "the boy (9) said his mum's boyfriend makes him sleep in the shed when he is bad",
  "jongen van 16 heeft sigarettenbrandjes op zijn arm, zegt dat hij het zelf deed maar vader staat erbij",
  "cliënt z'n vrouw zegt dat ze van de trap is gevallen maar ze heeft vingerafdrukken op haar bovenarm",
  "meisje uit de groep krijgt ineens veel geld en nieuwe nagels van een 'vriend' van 25",
  "haar ex heeft een gps tracker onder haar auto geplakt",
  "de buurman van mijn cliënte hoort haar bijna elke nacht om hulp roepen",
  "de opa van een bewoonster haalt haar geld van de rekening en geeft haar 20 euro per week",
  "mw vertelde dat haar man haar vroeger vaak sloeg en dat ze nu weer bij hem woont",
  "the kids at my client's house are home alone most evenings and the 7 year old cooks",
  "zijn moeder gooide een bord naar zijn hoofd toen hij laat thuiskwam",
  "ze zegt dat ze seks moet hebben met haar man anders krijgt ze geen geld voor boodschappen",
  "clients baby has a broken arm and nobody can explain how it happened",
  "de vader van een jongere die ik begeleid noemt hem waardeloos en sluit hem buiten in de kou",
];

/** Talk of death or being a burden, plans and means, self-harm, farewell, sudden calm: taxatie first. */
const SUICIDE = [
    "mijn cliënt zei gisteren: ik ben er klaar mee, ik wil er niet meer zijn",
    "hij vroeg of ik voor zijn kat wil zorgen als hij er straks niet meer is",
    "ze heeft haar testament laten maken en iedereen een brief geschreven, ze is pas 34",
    "bewoner zoekt op internet hoe hoog een flat moet zijn",
    "mijn client zegt dat hij een last is voor iedereen en dat ze beter af zijn als hij weg is",
    "he said he has thought about how he would do it",
    "she keeps saying she just wants to sleep and never wake up",
    "my client told me he bought a rope last week",
    "cliënte heeft een opgespaarde voorraad slaappillen in haar la",
    "meneer zegt dat hij niet weet hoe lang hij dit nog volhoudt en dat hij er een punt achter wil zetten",
    "ze vertelde dat ze op het spoor heeft gestaan maar op het laatste moment wegliep",
    "hij appte: sorry voor alles, zorg goed voor mama",
    "she has been cutting herself again, the school nurse noticed",
    "mijn cliënt is ineens heel rustig en blij nadat hij wekenlang somber was en heeft zijn schulden geregeld en afscheid genomen van zijn broer",
    "de zus van mijn cliënt belde: hij heeft het over een einde maken",
    "a resident said life is not worth living anymore since his wife died",
    "hij zegt dat het voor iedereen beter zou zijn als hij er niet meer was",
    "mevrouw zegt dat ze hoopt dat ze morgen niet wakker wordt",
    "cliënt heeft zich gisteren met een mes in zijn arm gesneden",
    "my client keeps saying goodbye at the end of every visit as if it were the last time",
    "ze zei: ik zie geen uitweg meer, ik kan niet meer",
    "he asked me how many of his insulin pens would be deadly",
    "meneer heeft een overdosis genomen vorig jaar en nu praat hij weer zo somber",
    "client zei dat ze wou dat ze dood was",
    "ik maak me zorgen, hij zegt steeds dat hij er een eind aan maakt als zijn vrouw niet terugkomt",
    "hij zei: volgende week ben ik er toch niet meer, dus wat maakt het uit",
    "ze heeft me gevraagd wat er met haar lichaam gebeurt als ze een hele strip paracetamol neemt",
    "my client wrote a letter to his children and gave me his watch to keep",
    "mijn cliënt heeft vannacht op de brug gestaan en is door de politie thuisgebracht",
    "she said she is tired of living and sees no future",
    "hij zegt dat het leven geen zin meer heeft en dat hij aan de dood denkt",
    "cliënte heeft krassen op haar armen en draagt nu altijd lange mouwen",
    "meneer appte om 3 uur: dit is mijn laatste bericht, bedankt voor alles",
    "my client said everyone would be better off without him",
    "ze vertelde dat ze soms aan de rand van het perron staat en denkt: één stap",
  "hij zei in het voorbijgaan dat hij niet van plan is om zijn verjaardag te halen",
  "she asked if I would come to her funeral",
  "mijn cliënt postte 'bedankt iedereen, het is mooi geweest' op facebook",
  "cliënte vertelt dat ze de pillen al klaar heeft liggen voor als het te veel wordt",
  "meneer heeft zijn huisdieren naar het asiel gebracht en zijn huur opgezegd zonder nieuw huis",
  "he said he keeps thinking about driving his car into a tree",
  "ze zegt dat niemand haar zou missen als ze verdwijnt",
  "bewoner zegt dat hij liever morgen dood neervalt dan nog een jaar zo",
  "my client googled the tallest building in the city and how to get onto the roof",
  "ze heeft een mes onder haar kussen en zegt dat het voor haarzelf is",
  "mijn client vertelde dat hij vorige week met een touw in het bos was",
  "ze wil haar kinderen bij haar zus onderbrengen want ze 'gaat op reis' maar ze heeft geen geld en is erg somber",
];

/** Words of harm or death in a harmless sense: no safety answer. */
const NEAR_MISSES = [
    "dit rooster is echt moordend, hoe plan ik mijn rapportages",
    "mijn cliënt speelt de hele nacht shooters waarin hij mensen doodschiet, hoe bespreek ik zijn dagritme",
    "ik ga dood van de hoeveelheid verslagen die ik moet schrijven",
    "cliënt keek een film over een seriemoordenaar en wil erover praten",
    "bewoner zit op kickboksen en slaat graag op de zak, hoe schrijf ik dat als kracht",
    "the deadline is killing me, how do I write a short daily note",
    "mijn client wil dood graag naar het concert van zijn idool",
    "hij lag dubbel van het lachen, ik ging bijna dood",
    "ik word gek van die collega die nooit rapporteert",
    "de cliënt heeft een boek gelezen over zelfmoordterrorisme in de oorlog, hoe haak ik aan bij zijn interesse in geschiedenis",
    "mijn client schopt het ver met voetbal, hoe zet ik dat in het actieplan",
    "ze sloeg een mooie slag bij de uitverkoop",
    "mijn cliënt wil zijn oude leven achter zich laten en opnieuw beginnen in een andere stad",
    "de bewoner is bang om te falen bij zijn nieuwe baan",
    "hij heeft zijn hond laten inslapen en is verdrietig, hoe bied ik hoop",
    "my client is dying to start his new job",
    "mijn cliënt wil stoppen met drinken, hoe maak ik een plan",
    "ze zegt dat ze het nu wel gehad heeft met de schuldhulp en zelf haar post wil doen",
    "de kinderen van mijn cliënt gaan dit weekend naar hun vader, hoe begeleid ik de overdracht",
    "we verloren de wedstrijd, ze hebben ons ingemaakt",
    "mijn cliënt wil afscheid nemen van de dagbesteding, hoe rond ik goed af",
    "client says the game was brutal and he got beaten badly in the final",
    "hij schiet uit zijn slof als hij moet wachten bij de balie, hoe spreek ik hem aan",
    "mevrouw heeft haar oude kleren weggegeven aan de kringloop omdat ze gaat verhuizen",
    "bewoner wil zijn leven weer oppakken na de opname, hoe maak ik kleine stappen",
    "ik hoop dat de vergadering snel voorbij is, ik verveel me dood",
    "mijn cliënt wil graag een keer mee naar een voetbalwedstrijd, daar wordt zo hard geschreeuwd",
    "hij zegt dat hij zich dood schaamt voor zijn huis, hoe bespreek ik het leefgebied wonen",
    "het kind van mijn cliënte speelt graag verstoppertje onder het bed, hoe zet ik haar ouderschap als kracht in",
    "bewoner wil afscheid nemen van zijn oude buurt en verhuist naar een eigen studio",
    "my client's son manages her money since she moved, how do I involve him in the plan",
    "de buren klagen over harde muziek van mijn cliënt, hoe spreek ik hem aan",
    "ze is klaar met haar opleiding en weet niet wat ze nu wil, hoe help ik haar een doel te vinden",
    "mijn cliënt heeft een blauwe plek van het voetballen, moet ik dat rapporteren",
    "de juf zegt dat de zoon van mijn cliënt goed meekomt op school, hoe vier ik dat",
    "hij heeft zijn auto verkocht en zijn schulden afbetaald, hoe vier ik dat succes",
  "bewoner kijkt graag horrorfilms met veel bloed, hoe gebruik ik dat als gespreksopener",
  "ze vertelde dat haar vriend haar verraste met een weekendje weg, hoe vier ik dat",
  "mijn cliënt heeft een schram op zijn hand van de kat, hoe noteer ik dat",
  "hij zegt dat hij zich rot schrok toen de brandweer kwam voor een oefening",
  "de opa van mijn cliënt beheert sinds jaren samen met haar haar geld en dat gaat goed",
  "mijn client wil een testament laten maken nu ze 70 is, hoe help ik haar met de notaris",
  "client said he'd rather die than sing karaoke at the party lol",
  "de kinderen van mijn client hadden gisteren geen school vanwege een studiedag",
  "we hebben een oefening gedaan met touwtjes voor het netwerk, hoe leg ik dat vast",
  "mijn cliënt gaat op reis naar zijn familie in Marokko, hoe bereid ik de overdracht voor",
];

describe('safety situations, own phrasings', () => {
  it('has at least 60 phrasings and 30 near-misses', () => {
    expect(VIOLENCE.length + SUICIDE.length).toBeGreaterThanOrEqual(60);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(VIOLENCE)('meldcode and its first steps first: %s', (q) => {
    const r = router.route(q);
    expect(r.outOfScope).toBe(false);
    expect(r.answers[0]?.card).toBe(SAFETY_CARDS.violence);
    expect(r.text.startsWith(SAFETY_LINES.violence)).toBe(true);
  });

  it.each(SUICIDE)('taxatie and its first steps first: %s', (q) => {
    const r = router.route(q);
    expect(r.outOfScope).toBe(false);
    expect(r.answers[0]?.card).toBe(SAFETY_CARDS.suicide);
    expect(r.text.startsWith(SAFETY_LINES.suicide)).toBe(true);
  });

  it.each(NEAR_MISSES)('no safety answer: %s', (q) => {
    expect(safetySignals(q)).toEqual([]);
    expect(router.route(q).text).not.toMatch(/Eerst de veiligheid/);
  });
});
