/**
 * Situations: what the worker wants to DO, read from verbs and the situation they describe,
 * not from topic nouns. "Hoe breng ik het ter sprake" is confronting with a complete boodschap
 * whatever the subject; "vader belt en wil weten hoe het gaat" is about naastbetrokkenen even
 * though it names no method word; "een bewoner wil mij toevoegen op Facebook" is the working
 * relationship and its limits.
 *
 * Each situation is a family of phrasings (Dutch and English, on the normalised question: lower
 * case, no diacritics, punctuation as spaces) from the method's own description of the work
 * (../shared/domain/METHOD.md: the course of a trajectory, talking with the client, reflection,
 * the etiquette). A match gives its card a bonus in the ranking, on the same scale as a keyword
 * found whole (see router.ts); it never decides alone.
 */
import { PatternGuard } from './pattern-guard';

export interface Situation {
  id: string;
  /** The card that explains what to do. */
  card: string;
  patterns: readonly RegExp[];
  /** Bonus in the ranking (a whole keyword phrase is worth about 0.3 to 0.9). */
  bonus: number;
}

/** People close to the client. */
const RELATIVE =
  '(?:vader|moeder|ouders|ouder|pa|ma|partner|vrouw|man|echtgenoot|echtgenote|vriend|vriendin|broer|zus|zoon|dochter|familie|familieleden|schoonmoeder|schoonvader|oom|tante|opa|oma|mantelzorger|father|mother|parents|partner|wife|husband|brother|sister|son|daughter|family|relatives)';

/** A client, as workers name them. */
const CLIENT = '(?:client|cliente|clienten|bewoner|bewoonster|bewoners|deelnemer|jongere|jongen|meisje|meneer|mevrouw|hem|haar|mensen)';

export const SITUATIONS: readonly Situation[] = [
  // Talking: confronting while keeping the contact, bringing up something unwelcome.
  {
    id: 'confront',
    card: 'complete-boodschap',
    bonus: 0.6,
    patterns: [
      /\bhoe (?:zeg|vertel|breng) ik (?:\w+ ){0,4}(?:dat|het|er iets van|ter sprake|bespreekbaar|aan de orde|tegen)\b|\bhoe maak ik (?:\w+ ){0,4}bespreekbaar\b/,
      /\b(?:ter sprake|bespreekbaar|aan de orde) (?:brengen|maken|stellen)\b/,
      /\b(?:aanspreken|aanspreek|spreek (?:\w+ ){1,5}aan|confronteren|confronteer|de les lezen|zeg ik er iets van|er iets van zeggen|grens aangeven|grenzen aangeven)\b/,
      /\b(?:ik moet|hoe moet ik) (?:\w+ ){1,3}(?:vertellen|zeggen|melden) dat\b/,
      /\b(?:how do i|how can i|how to) (?:tell|address|raise|bring up|confront|talk to (?:him|her|them) about|give feedback)\b/,
    ],
  },
  // Reflection on one's own part: it keeps coming back, what does it say about me.
  {
    id: 'reflect-self',
    card: 'zelfreflectie',
    // Above 'confront': "ik erger me … wat heeft dat met mij te maken" asks about the worker.
    bonus: 0.8,
    patterns: [
      /\b(?:blijf|bleef) (?:\w+ ){0,2}(?:denken|malen|piekeren) (?:aan|over)\b/,
      /\b(?:zit me dwars|laat me niet los|houdt me bezig|slaap ik slecht van|neem ik mee naar huis)\b/,
      /\bmet mij te maken\b|\bover mij(?:zelf)? zegt\b|\bzegt (?:\w+ ){0,3}over mij(?:zelf)?\b|\bmijn (?:irritatie|ergernis|frustratie)\b|\bmijn eigen (?:reactie|rol|aandeel|gevoel|irritatie|houding|oordeel)\b/,
      /\b(?:misliep|mis liep|uit de hand liep|verkeerd ging|mislukte)\b/,
      /\b(?:keep thinking about|my own (?:reaction|part|role|feelings)|what it says about me|went wrong)\b/,
    ],
  },
  // Learning together from cases: the forms of intervision.
  {
    id: 'learn-together',
    card: 'intervisiemethodes',
    bonus: 0.5,
    patterns: [
      /\b(?:samen|met (?:mijn |de )?collega ?s|als team|met het team|met elkaar) (?:\w+ ){0,3}(?:leren|reflecteren|sparren|terugkijken) (?:van|op|over)\b/,
      // Bringing one's own struggle to colleagues.
      /\b(?:met|samen met) (?:mijn |de |een paar )?(?:collega s|collegas|team) (?:\w+ ){0,4}(?:bespreken|over praten|uitzoeken|naar kijken|onderzoeken)\b/,
      /\b(?:welke vorm|een vorm|werkvorm|methode) (?:\w+ ){0,4}(?:casus|casussen|lastige situaties|leren)\b/,
      /\blearn (?:together|from (?:difficult|hard) (?:cases|situations))\b/,
    ],
  },
  // Self-disclosure and lived experience.
  {
    id: 'self-disclosure',
    card: 'ervaringsdeskundigheid',
    bonus: 0.7,
    patterns: [
      /\b(?:i|i ve) (?:went|have gone|have been|was|struggled|dealt) (?:\w+ ){0,4}(?:myself|in my own life|too)\b|\btell (?:a |my |the )?(?:clients?|residents?) (?:\w+ ){0,2}(?:that i|about my|i)\b/,
      /\b(?:heb|had) (?:ik )?zelf (?:ook )?(?:\w+ ){0,3}(?:op straat geleefd|geleefd|gebruikt|gezeten|meegemaakt|gekend|gedronken)\b|\b(?:het|dat) zelf (?:ook )?(?:gekend|meegemaakt|doorgemaakt)\b|\bhoe ver (?:kan|mag|ga) ik (?:gaan )?(?:\w+ ){0,3}(?:vertel|vertellen|delen)\b|\bervaringsdeskundige (?:collega|in (?:het|t|ons|mijn) team)\b/,
      /\b(?:peer (?:support )?workers?|lived experience|experts? by experience|what (?:does|do) (?:a )?peers? (?:\w+ ){0,2}add)\b/,
      /\b(?:vroeg|vraagt|vragen|wil weten) (?:\w+ ){0,3}of ik (?:zelf )?(?:ook )?(?:ooit|wel eens|weleens|zelf)\b/,
      /\b(?:mijn eigen|over mijn) (?:verleden|geschiedenis|ervaring|ervaringen|herstel|herstelverhaal|verhaal|verslaving|depressie)\b/,
      /\b(?:i|i ve) (?:used to|have|had|once) (?:\w+ ){0,4}(?:myself|in my own life)\b|\b(?:tell|share with) (?:my )?(?:clients?|residents?) (?:\w+ ){0,2}(?:that i|about my)\b/,
      /\b(?:dat|of) ik zelf (?:ook )?(?:\w+ ){0,3}(?:ben geweest|heb gehad|heb meegemaakt|heb gedaan|heb gebruikt|heb gedronken)\b/,
      /\b(?:zelf ook|zelf ooit) (?:\w+ ){0,3}(?:gedronken|gebruikt|depressief|dakloos|opgenomen|meegemaakt)\b/,
      /\b(?:clean|nuchter|hersteld|droog)\b(?: \w+){0,8} (?:anderen|lotgenoten) (?:\w+ ){0,2}(?:helpen|steunen|ondersteunen)\b/,
      /\b(?:asked (?:\w+ ){0,2}if i (?:ever|have ever|was ever)|my own (?:past|history|experience|recovery))\b/,
      // Peers: people who went through it themselves.
      /\b(?:mensen|anderen|iemand|lotgenoten) die (?:het |dit |dat )?(?:zelf )?(?:ook )?(?:zelf )?(?:\w+ ){0,4}(?:meegemaakt|doorgemaakt|af zijn|zijn geweest|hebben gehad|kennen|gekomen|verslaafd|dakloos|opgenomen|clean)\b|\bpeople who (?:have )?(?:been through|went through|lived)\b/,
    ],
  },
  // The working relationship and its limits: private contact, gifts, free time, dependence.
  {
    id: 'professional-limits',
    card: 'werkrelatie',
    // Strong: the worker's own free time or phone is never the client's life area.
    bonus: 0.9,
    patterns: [
      // Being asked along in one's free time, or called the client's friend.
      /\b(?:vraagt|vroeg|vragen) (?:\w+ ){0,2}of ik (?:\w+ ){0,6}(?:mee|langs|op bezoek|uit eten|op cafe|naar de kroeg)\b|\b(?:asks|asked) (?:me )?(?:if|whether) i (?:\w+ ){0,4}(?:come|join|go out|would like to)\b/,
      /\b(?:jij|je|ge|gij|you) (?:bent|zijt|are) (?:toch |wel |just )?(?:mijn|mijne|m n|my) (?:maat|maatje|vriend|vriendin|buddy|mate|friend)\b|\b(?:ziet|noemt) (?:mij|me) (?:als )?(?:zijn|haar) (?:maat|maatje|vriend|vriendin)\b/,
      /\b(?:facebook|instagram|snapchat|tiktok|linkedin|vriendschapsverzoek|friend request)\b/,
      /\b(?:toevoegen|volgen|appen|app t|add me|follow me)\b(?: \w+){0,4} (?:prive|op mijn|mijn eigen|my own|personal)\b|\bmijn (?:prive|eigen) (?:nummer|telefoonnummer|adres)\b/,
      /\b(?:cadeau|cadeautje|geschenk|fooi|gift|present|tip)\b(?: \w+){0,6} (?:geven|aannemen|krijgen|accept|give)\b|\b(?:geven|aannemen|accept) (?:\w+ ){0,3}(?:cadeau|geschenk|fooi|gift|present)\b/,
      /\b(?:in mijn|in my|on my) (?:vrije tijd|vrije dag|free time|own time|weekend|day off|days off)\b|\basked me out\b|\bbuiten (?:mijn )?werktijd\b|\bprive (?:afspreken|contact|ontmoeten)\b/,
      /\b(?:knuffel|knuffelen|omhelzen|aanraken|arm om (?:hem|haar) heen|hug|hugging)\b/,
      /\bgrenzen (?:stellen|bewaken|trekken|aangeven als)\b|\b(?:professionele|mijn eigen) grenzen\b|\b(?:set|setting|professional) boundaries\b/,
      /\b(?:appjes|appt|appen|belt|berichten|messages|texts|texting)\b(?: \w+){0,6} (?:s avonds|s nachts|laat|weekend|werktelefoon|at night|late)\b/,
      /\b(?:leunt op mij|afhankelijk van mij|uit handen neem|uit handen nemen|alles voor (?:hem|haar) doe|te dichtbij|te close|depends on me|relies on me|too close)\b/,
    ],
  },
  // Handing over and closing: the trajectory ends or moves on.
  {
    id: 'hand-over-close',
    card: 'afronden',
    bonus: 0.6,
    patterns: [
      /\b(?:indicatie|begeleiding|traject|zorg|beschikking) (?:\w+ ){0,4}loopt (?:\w+ ){0,3}af\b|\b(?:in een gat (?:valt|vallen|valt)|niet in een gat)\b|\b(?:fall into a (?:gap|hole)|when (?:the )?support ends)\b/,
      /\b(?:draag|draagt|droeg) (?:\w+ ){0,4}over\b|\boverdragen aan\b|\bwarme overdracht\b/,
      /\bloopt (?:de |zijn |haar )?(?:indicatie|begeleiding|beschikking|zorg) af\b|\bwil (?:\w+ ){0,2}geen begeleiding meer\b|\b(?:indicatie|begeleiding|traject|zorg) (?:\w+ ){0,3}(?:loopt af|stopt|eindigt|afloopt|is afgelopen|ten einde)\b|\bna afloop van de (?:begeleiding|zorg|traject)\b/,
      /\b(?:afscheid nemen|afscheid van|laatste gesprek|laatste afspraak|nazorg)\b/,
      /\b(?:hand (?:over|off)|handover|transfer (?:him|her|the client|my client)|end of (?:the )?(?:support|care)|closing the|close the (?:case|support|trajectory)|say goodbye)\b/,
    ],
  },
  // Looking back together: evaluation.
  {
    id: 'look-back',
    card: 'evaluatie',
    bonus: 0.5,
    // Looking back with colleagues on one's own actions is intervision (learn-together), not the client's evaluation.
    patterns: [/(?<!collega ?s |team )\b(?:terugkijken|terug kijken|kijken we terug|terugblikken|wat heeft het opgeleverd|look back|looking back|review (?:the|our) (?:goals|progress))\b/],
  },
  // Relatives who want to know, take part or are worn out from caring.
  {
    id: 'relatives',
    card: 'naastbetrokkenen',
    bonus: 0.7,
    patterns: [
      new RegExp(`\\b${RELATIVE} (?:\\w+ ){0,8}(?:belt|appt|mailt|komt langs|calls|phones|texts|rings) (?:\\w+ ){0,6}(?:om te horen|to hear|to ask|hoe het (?:gaat|met hem gaat|met haar gaat)|how (?:he|she|things) (?:is|are) (?:doing|going))\\b`),
      new RegExp(`\\b${RELATIVE} (?:\\w+ ){0,12}(?:wil|willen|wilde|vraagt|vragen|belt|bellen|wants?|asks?|calls?|phones?|rings?) (?:\\w+ ){0,6}(?:weten|informatie|info|aanwezig|meepraten|meebeslissen|meekijken|betrokken|bij zijn|know|information|be present|involved|updates?)\\b`),
      new RegExp(`\\b(?:wat mag ik|mag ik|what can i|can i) (?:\\w+ ){0,3}(?:vertellen|delen|zeggen|tell|share) (?:\\w+ ){0,3}(?:aan |met |to |with )?(?:de |zijn |haar |his |her )?${RELATIVE}\\b`),
      new RegExp(`\\b${RELATIVE} (?:\\w+ ){0,8}(?:zorgt|zorgde|mantelzorg|op is|is op|uitgeput|overbelast|opgebrand|exhausted|burnt out|burned out|caring)\\b`),
      new RegExp(`\\b(?:betrek|betrekken|uitnodigen|uitnodig|nodig|meenemen|involve|involving|invite) (?:\\w+ ){0,3}(?:${RELATIVE}|systeem)\\b`),
      new RegExp(`\\b${RELATIVE} (?:\\w+ ){0,6}(?:uitnodigen|erbij (?:halen|vragen|betrekken)|meenemen naar)\\b`),
      new RegExp(`\\b(?:samenwerken|samen werken|werk (?:ik|je|we) samen|work together|working with|cooperate) (?:\\w+ ){0,2}(?:met |with )?(?:de |the )?${RELATIVE}\\b`),
      // A relative calls or asks, and the worker wonders what to tell.
      new RegExp(`\\b${RELATIVE} (?:\\w+ ){0,10}(?:belt|bellen|belde|vraagt|vragen|vroeg|calls|asks|phones|phoned|rings|rang)\\b(?: \\w+){0,12} (?:vertellen|delen|zeggen|tell|share)\\b`),
    ],
  },
  // Drawing the network: who is in the client's life, and how close.
  {
    id: 'draw-network',
    card: 'ecogram',
    bonus: 0.8,
    patterns: [
      /\bwie (?:er )?(?:allemaal )?(?:om|rond|rondom) (?:\w+ ){0,3}heen\b|\b(?:familie|vrienden|buren|family|friends)\b(?: \w+){0,3} (?:hulpverleners|professionals|services|instanties)\b/,
      /\bwie (?:\w+ ){0,3}(?:dichtbij|dichterbij|verder weg|ver weg)\b|\b(?:cirkels|rondjes|circles)\b|\bmap (?:\w+ ){0,2}(?:everyone|everybody|all the people)\b|\bwho (?:\w+ ){0,3}(?:close|closer|further away)\b/,
      /\b(?:op papier|in kaart|in beeld|tekenen|tekening)\b(?: \w+){0,6} (?:wie|netwerk|contacten|mensen)\b|\bwie (?:er )?(?:allemaal )?(?:in|om) (?:zijn|haar) (?:leven|heen)\b/,
      /\b(?:alleen|bijna alleen|vooral) hulpverleners om (?:zich|hem|haar) heen\b|\blijnen\b(?: \w+){0,4} (?:contact|relatie|netwerk)\b/,
      /\b(?:draw|map|mapping|drawing) (?:\w+ ){0,3}(?:network|contacts|relationships|people)\b/,
    ],
  },
  // Mapping strengths in every area at the start.
  {
    id: 'map-strengths',
    card: 'krachteninventarisatie',
    bonus: 0.8,
    patterns: [
      /\bwhat (?:\w+ ){0,3}(?:is|are) good at\b|\bwaar (?:\w+ ){0,3}goed in (?:is|zijn)\b|\bwat (?:\w+ ){0,3}goed kan\b|\b(?:across|in) (?:his|her|their) (?:whole|entire) life\b|\bin (?:zijn|haar) hele leven\b/,
      // Three or more life areas named together: the whole picture at the start.
      /^(?=(?:.*?\b(?:wonen|woning|huis|werk|werken|geld|financien|vrienden|gezondheid|relaties|vrije tijd|dagbesteding|zingeving|school|opleiding|housing|home|work|money|friends|health|hobbies)\b){3})/,
      /\b(?:in kaart|in beeld|op een rij)\b(?: \w+){0,6} (?:wat (?:er|hij|zij|ze) (?:\w+ ){0,3}(?:goed gaat|kan|wil|heeft)|op allerlei|alle gebieden|alle terreinen|allerlei gebieden)\b/,
      /\b(?:op allerlei|op alle|in alle) (?:gebieden|terreinen|vlakken|leefgebieden)\b|\bwat (?:er )?goed gaat in (?:zijn|haar) leven\b/,
      /\b(?:what is going well|what (?:he|she|they) (?:is|are) good at|in (?:all|every) (?:areas|area|parts) of (?:his|her|their) life)\b/,
    ],
  },
  // Natural resources: the neighbourhood, a talent used outside the office, no money for a club.
  {
    id: 'natural-resources',
    card: 'hulpbronnen',
    bonus: 0.8,
    patterns: [
      // A talent used outside care: "kan goed koken, hoe zet ik dat in".
      /\b(?:kan|kon) (?:\w+ ){0,2}(?:heel |erg )?goed \w+\b(?: \w+){0,3} (?:zet|zetten) (?:ik|je|we) (?:\w+ ){0,2}in\b/,
      /\b(?:in de|in zijn|in haar|uit de) (?:buurt|wijk)\b|\b(?:buurt|wijk)(?:netwerk|huis|bewoners|activiteiten|centrum)\b|\bvereniging\b|\bvrijwilligerswerk\b/,
      /\b(?:kent niemand|niemand kent|zit (?:\w+ ){0,3}alleen op (?:zijn|haar) kamer|geen contacten)\b/,
      /\b(?:te duur|geen geld voor|kan (?:\w+ ){0,2}niet betalen)\b(?: \w+){0,6} (?:sport\w*|cursus|les|club|hobby|activiteit\w*)\b|\b(?:sport\w*|cursus|les|club|hobby|activiteit\w*) (?:\w+ ){0,4}(?:te duur|niet betalen)\b/,
      /\b(?:kan|kon) (?:\w+ ){0,2}(?:heel )?goed (?:\w+ ){0,2}(?:hoe|en) (?:\w+ ){0,3}(?:gebruiken|inzetten)\b/,
      /\b(?:neighbourhood|neighborhood|community|local (?:club|group|people)|own contacts|too expensive|cant afford)\b/,
    ],
  },
  // From a big or vague wish to small steps: the actieplan, and where to start.
  {
    id: 'wish-to-steps',
    card: 'actieplan',
    bonus: 0.6,
    patterns: [
      // Turning a wish into something to start on next week.
      /\b(?:vertalen|vertaald|vertaal|omzetten|omgezet|translate|translated|turn) (?:\w+ ){0,2}(?:naar|in|into) (?:iets (?:in )?(?:haar |zijn )?|een |concrete |small )?(?:plan|doel|doelen|stappen|actie|acties|goal|goals|steps|concreets)\b|\bgewoon (?:weer )?(?:een )?leven\b|\b(?:volgende week|morgen|next week) (?:\w+ ){0,3}(?:mee )?aan de slag\b/,
      /\b(?:normaal leven|gewoon (?:weer )?(?:gelukkig|normaal))\b|\b(?:grote|vage) (?:wens|droom|doel)\b|\b(?:kleine|kleinere|haalbare|concrete) (?:stappen|stapjes)\b|\bstapjes\b|\bsmall(?:er)? steps\b|\bdream into\b/,
      /\b(?:wie en wanneer|who and (?:a )?when|a who and a when)\b|\bwie (?:\w+ ){0,3}wanneer\b|\bwho (?:\w+ ){0,3}when\b/,
      /\bzoals vroeger\b|\b(?:a )?(?:better|normal|good) life\b|\bfirst (?:small )?step\b|\beerste (?:kleine )?stap\b/,
    ],
  },
  {
    id: 'everything-at-once',
    card: 'prioriteiten',
    bonus: 0.6,
    patterns: [/\b(?:alles tegelijk|alles (?:\w+ ){0,2}tegelijkertijd|waar begin (?:ik|je|we)|waarmee begin|everything at once|where (?:do|should) (?:i|we) start)\b/],
  },
  // Too much at once, carrying capacity; a feeling that something is wrong.
  {
    id: 'too-much',
    card: 'taxatie-van-draagkracht',
    bonus: 1.0,
    patterns: [
      // Several changes at once and a doubt whether that is wise: carrying capacity, not where to start.
      /^(?=.*\b(?:tegelijk|tegelijkertijd|at the same time|at once|en ook nog)\b)(?=.*\b(?:twijfel|twijfel of|verstandig|haalbaar|te veel|teveel|doubt|wise|too much)\b)/,
      // Weighing the risks around a client: "risico's in kaart brengen", "assess the risks".
      /\b(?:risicos|risico|risks?)\b(?: \w+){0,3} (?:in kaart|inschatten|inschatting|afwegen|assess|assessing|weigh)\b|\b(?:in kaart|inschatten|assess|weigh)\b(?: \w+){0,3} (?:risicos|risico|risks?)\b/,
      // "kan ze dit allemaal wel aan": aankunnen with its particle split off.
      /\b(?:kan|kon|kunnen|kun) (?:\w+ ){1,8}(?:wel|niet|nog|meer) aan\b(?! (?:de|het|een|zijn|haar|mijn|ons)\b)/,
      /\b(?:te veel hooi|hooi op (?:zijn|haar) vork|te veel (?:tegelijk|op (?:zijn|haar) bord)|(?:niet )?te veel (?:is|wordt)|aankan|aankunnen|aan kan|overvraag\w*|overbelast\w*|too much (?:at once|for (?:him|her))|can (?:he|she) (?:cope|handle))\b/,
      // What someone can carry, whether they can take it, keeping oneself in hand (zelfregulering).
      /\b(?:wat|hoeveel|what|how much) (?:\w+ ){0,5}(?:kan|can) (?:\w+ ){0,2}(?:dragen|hebben|carry|handle|take|bear)\b|\b(?:of|whether) (?:hij|ze|zij|he|she) (?:dat|dit|het|this|it|that) (?:\w+ )?(?:trekt|aankan|can take|can handle)\b/,
      /\b(?:zichzelf|zich) (?:\w+ ){0,2}in de hand (?:heeft|houdt|hebben|houden|kan houden)\b|\b(?:heeft|houdt|hebben|houden) (?:\w+ ){0,2}(?:zichzelf|zich) (?:\w+ ){0,2}in de hand\b|\bself ?(?:control|regulation)\b|\bkeep (?:himself|herself|themselves) in check\b/,
      // Asking a mother about her own safety and her children's: part of the taxatie for women.
      /\b(?:her|haar) (?:own |eigen )?(?:safety|veiligheid)\b(?: \w+){0,6} (?:children|kids|kinderen)\b|\b(?:veiligheid|safety) (?:van|of) (?:haar|her|de|the) (?:kinderen|children|kids)\b/,
    ],
  },
  {
    id: 'gut-feeling',
    card: 'niet-pluis-gevoel',
    bonus: 0.7,
    patterns: [
      /\b(?:raar|naar|vreemd|onrustig|niet goed|ongemakkelijk) gevoel\b|\bklopt (?:er )?(?:iets )?niet\b|\bkan (?:\w+ ){0,3}niet (?:goed )?(?:zeggen|benoemen|uitleggen) waarom\b|\b(?:gut feeling|something is off|something feels wrong|cant put my finger)\b/,
    ],
  },
  // Hope: "it will never work out", a relapse, a first small success, a life beyond care.
  {
    id: 'hope',
    card: 'hoop-en-perspectief',
    bonus: 0.6,
    patterns: [
      // The client's own belief that change is over: too old, too late.
      /\bte (?:oud|laat) (?:\w+ ){0,3}(?:om|voor) (?:\w+ ){0,3}(?:veranderen|nieuw|opnieuw|beginnen)\b|\btoo (?:old|late) (?:\w+ ){0,2}(?:to change|to start|for (?:me|him|her))\b/,
      // Showing what has been achieved to someone who sees himself as a wreck.
      /\b(?:laten zien|zien|see|show (?:him|her)) wat (?:hij|ze|zij|he|she) (?:al )?(?:bereikt|gedaan|neergezet|has achieved|has done|achieved)\b|\b(?:overwinningen|overwinninkjes|small wins|little victories)\b|\bnoemt (?:zichzelf|zich) (?:\w+ ){0,2}(?:wrak|mislukkeling|loser|niks|nietsnut)\b/,
      /\b(?:(?:wordt )?(?:toch )?nooit (?:meer )?(?:wat|iets)(?: wordt| worden)?|heeft (?:toch )?geen zin|verandert (?:er )?(?:toch )?(?:nooit|niets)|terugval|weer teruggevallen|moed (?:\w+ )?opgegeven|never (?:works out|change|get better)|relapse)\b/,
      /\bkomt er (?:toch )?(?:nooit|niet) (?:meer )?(?:boven ?op|uit)\b|\b(?:keep )?believ(?:e|ing) in (?:him|her|a client|my client|them)\b|\brelaps(?:e|es|ed|ing)\b/,
      /\bvoor het eerst (?:in|sinds)\b|\b(?:vieren|vier ik|successen?|for the first time in|celebrate)\b/,
      /\b(?:alleen (?:nog )?als patient|leven buiten de zorg|buiten de hulpverlening|life (?:outside|beyond) (?:care|treatment))\b/,
    ],
  },
  // Bringing a stuck client case to the team.
  {
    id: 'case-to-team',
    card: 'teamkrachtbespreking',
    bonus: 0.7,
    patterns: [
      // How the team discusses cases: a format, a chair, ending in complaints.
      /\b(?:casusbespreking\w*|teambespreking\w*|casusoverleg\w*|case discussions?|case meetings?)\b(?: \w+){0,12} (?:opzet|structuur|format|vorm|aanpak|klagen|voorzitten|voorzitter|leiden|structure|chair|complain\w*)\b|\b(?:opzet|structuur|format|structure)\b(?: \w+){0,6} (?:casusbespreking\w*|teambespreking\w*|case discussions?)\b/,
      /\b(?:casus|case) (?:\w+ ){0,4}(?:inbrengen|in brengen|bespreken|voorleggen)\b|\b(?:breng|brengt|bring) (?:\w+ ){0,4}(?:casus|case) (?:\w+ ){0,3}(?:in|to the team)\b|\bvastgelopen casus\b|\bcasusoverleg\b|\bstuck case\b/,
    ],
  },
  // Looking at what goes well: the questions of the solution-focused approach.
  {
    id: 'what-goes-well',
    card: 'oplossingsgerichte-vragen',
    bonus: 0.6,
    patterns: [/\b(?:vragen|vraag|questions?)\b(?: \w+){0,8} (?:wat (?:al )?goed gaat|wat wel lukt|wat (?:al )?werkt|what (?:already )?(?:works|goes well|is going well))\b/],
  },
  // Asking why: solution-focused questions instead.
  {
    id: 'why-questions',
    card: 'oplossingsgerichte-vragen',
    bonus: 0.6,
    patterns: [/\bwaarom (?:doe|deed|heb|ben) je (?:dat|dit|het)\b|\bwaarom vragen\b|\bwhy questions?\b|\bklapt (?:\w+ )?dicht\b|\bshuts? down\b/],
  },
  // Writing about a person: what colleagues or the file call the client.
  {
    id: 'calling-names',
    card: 'labels',
    bonus: 0.7,
    patterns: [
      /\b(?:heet|heette|heten) (?:ze|hij|zij|meneer|mevrouw|hem|haar) (?:\w+ ){0,2}(?:de|het|een)\b/,
      /\b(?:draaideur\w*|probleemgeval\w*|lastpak|querulant|moeilijke klant|een typische)\b/,
      new RegExp(`\\b(?:noemt|noemen|noemde|noemden)\\b(?: \\w+){0,3} ${CLIENT}(?: \\w+){0,4} (?:de|een)\\b`),
      /\b(?:calls?|called|labels?|labelled|labeled) (?:\w+ ){0,2}(?:client|resident|him|her|them)\b/,
      /\b(?:stempel|etiket|hokje)\b|\bstaat (?:\w+ ){0,3}overal\b/,
    ],
  },
  // What did I actually see: observation apart from interpretation.
  {
    id: 'what-did-i-see',
    card: 'observatie-en-interpretatie',
    bonus: 0.7,
    patterns: [
      /\b(?:separate|apart|distinguish|scheiden|los van)\b(?: \w+){0,6} (?:what i (?:observed|saw|see|heard)|observations?|wat ik (?:zag|zie|hoorde|waarnam))\b/,
      /\bwat heb ik (?:eigenlijk |dan )?(?:gezien|gehoord|waargenomen)\b|\bwat zag ik\b|\bwhat (?:did i|i) (?:actually )?(?:see|saw|observe)\b/,
      /\bwat ik (?:zag|zie|hoorde|gezien heb|heb gezien)\b(?: \w+){0,5} (?:wat ik (?:ervan |er van )?(?:vond|vind|denk|dacht)|mening|interpretatie|indruk)\b/,
    ],
  },
  // Wording built on what is missing: sentences that start with niet/geen, lists of don'ts.
  {
    id: 'negations-in-writing',
    card: 'niet-formuleringen',
    bonus: 0.7,
    patterns: [
      // A goal said as what the client does not want: "ik wil gewoon geen gedoe meer".
      /\b(?:wil|wilt|willen|want|wants) (?:gewoon |alleen |vooral |just )?(?:geen|niet meer|nooit meer|no more|not)\b(?: \w+){0,12} (?:plan|doel|doelen|actieplan|goal|goals)\b|\b(?:plan|doel|doelen|goal|goals)\b(?: \w+){0,10} (?:wil|wilt|want|wants) (?:gewoon |alleen |just )?(?:geen|niet meer|nooit meer|no more)\b/,
      /\b(?:begint|beginnen|begin|staat|staan|zit|zitten)\b(?: \w+){0,3} (?:met|vol) (?:\w+ ){0,3}(?:niet|geen|nooit|niets)\b/,
      /\b(?:dingen|zaken|punten) die (?:hij|zij|ze|meneer|mevrouw) (?:moet laten|niet mag|niet moet|niet kan|niet doet|niet wil)\b|\balleen (?:maar )?wat (?:hij|zij|ze) niet\b/,
      /\b(?:full of|only) (?:donts|nots|negations|what (?:he|she) cannot)\b/,
      // The words themselves named: "te veel met geen en niet", "'not' and 'no'".
      /\b(?:niet|geen|nooit) (?:en|of) (?:niet|geen|nooit)\b|\b(?:not|no) and (?:not|no)\b|\b(?:doesnt|dont|wont|cant|isnt|never|not) (?:and |or )?(?:doesnt|dont|wont|cant|isnt|never|not)\b(?: (?:and|or) \w+)?/,
    ],
  },
  // Writing so that the client can read it: plain language for people who read with difficulty.
  {
    id: 'plain-language',
    card: 'eenvoudige-taal',
    bonus: 0.9,
    patterns: [
      /\b(?:licht verstandelijke beperking|verstandelijke beperking|lvb|laaggeletterd\w*|moeite met lezen|slecht leest|niet goed lezen|intellectual disability|learning disability|trouble reading|cannot read well|cant read well|low literacy)\b/,
      /\b(?:zodat|so|so that) (?:\w+ ){0,3}(?:het |it |them )?(?:kan|kunnen|can) (?:\w+ ){0,2}(?:lezen|begrijpen|snappen|read|understand)\b|\b(?:makkelijk|eenvoudig|easy) (?:te |to )?(?:lezen|read)\b/,
    ],
  },
  // Writing from what the client can, so that they recognise themselves.
  {
    id: 'write-from-strengths',
    card: 'krachtgericht-formuleren',
    bonus: 0.8,
    patterns: [
      // Only what went wrong in the note, and the worker wants in what went well too.
      /\balleen (?:maar )?(?:over |in |om )?wat (?:er )?(?:\w+ ){0,2}(?:mis|fout|misging|mis ging|fout ging|niet lukte)\b/,
      /^(?=.*\b(?:overdracht|rapportage|verslag|notitie|typ|getypt|schrijf|schrijven|note|report|handover)\b)(?=.*\bwat (?:hem|haar) (?:wel |zelf )?(?:lukte|lukt|gelukt is)\b|.*\bwhat (?:he|she) (?:did )?(?:manage|managed|did well)\b)/,
      /\b(?:schrijf|schrijven|formuleer|formuleren|rapporteer|rapporteren|beschrijf|beschrijven)\b(?: \w+){0,4} vanuit (?:de |zijn |haar )?(?:mogelijkheden|krachten|talenten|kwaliteiten|wat (?:hij|zij|ze) (?:wel )?kan)\b/,
      // Writing and the client's strengths in one question.
      /^(?=.*\b(?:schrijf|schrijft|schrijven|rapporteer|rapporteren|rapportage|rapportages|verslag|verslagen|formuleer|formuleren|noteer|noteren)\b)(?=.*\b(?:talenten|mogelijkheden|krachten|kwaliteiten|sterke kanten|wat (?:hij|zij|ze) wel kan))/,
      /\bvanuit (?:hem|haar|de client|de bewoner|zijn|haar) ?(?:zelf|perspectief|oogpunt|kant)?\b(?! \w+ (?:netwerk|buurt))|\balleen (?:maar )?(?:in )?wat (?:er )?(?:mis|fout|niet goed)\b|\b(?:lijst|opsomming) (?:met|van) problemen\b/,
      /\b(?:zich|zichzelf|haarzelf|hemzelf) (?:\w+ ){0,3}(?:herkent|herkennen|terugziet|terugleest)\b|\b(?:recognises|recognizes) (?:herself|himself|themselves)\b/,
    ],
  },
  // Out of reach: does not pick up, does not reply, does not show up.
  {
    id: 'unreachable',
    card: 'werkrelatie',
    bonus: 0.6,
    patterns: [
      // A door that stays shut while the curtains move.
      /\b(?:voor )?(?:een )?dichte deur\b|\bgordijnen (?:\w+ ){0,2}(?:bewegen|bewogen|dicht)\b|\bdoet (?:\w+ ){0,2}niet open\b|\b(?:closed|locked) door\b|\b(?:does not|doesnt|wont|never) (?:opens?|answers?) (?:the|his|her) door\b/,
      /\b(?:neemt|nam) (?:\w+ ){0,3}(?:de |zijn |haar )?(?:telefoon )?(?:nooit|niet|nooit meer|niet meer) op\b|\breageert (?:\w+ ){0,2}niet (?:meer )?op (?:mijn |m n )?(?:berichten|apps|telefoon|mails|brieven)\b|\b(?:komt|kwam) (?:\w+ ){0,2}niet (?:meer )?opdagen\b|\b(?:slaat|sloeg) (?:\w+ ){0,2}(?:afspraken|afspraak) (?:\w+ ){0,4}over\b|\b(?:mist|vergeet) (?:\w+ ){0,2}(?:afspraken|afspraak)\b|\bdoet (?:de deur )?niet open\b/,
      /\b(?:doesnt|does not|never) (?:pick up|answer|reply|show up|open the door)\b|\b(?:cancel|cancels|cancelling|canceling|cancelled)\b|\blast minute\b|\b(?:zegt|zei) (?:\w+ ){0,3}af\b|\bafzeggen\b/,
    ],
  },
  // The passive voice in reports ("er werd besproken dat").
  {
    id: 'passive',
    card: 'actief-schrijven',
    bonus: 0.6,
    patterns: [/\ber (?:werd|wordt|is) (?:\w+ )?(?:besproken|gezegd|afgesproken|besloten|gemeld)\b|\bpassive (?:voice|sentences)\b/],
  },
];

/** Every situation's patterns, each run only on a question that holds a literal it needs. */
export const SITUATION_PATTERN_GUARD = new PatternGuard();
for (const s of SITUATIONS) for (const p of s.patterns) SITUATION_PATTERN_GUARD.add(p);

let last: { text: string; found: Situation[] } | undefined;

/** The situations a normalised question describes (the router asks twice per question). */
export function situationsIn(normalized: string): Situation[] {
  if (last?.text !== normalized) {
    const has = SITUATION_PATTERN_GUARD.reader(normalized);
    last = { text: normalized, found: SITUATIONS.filter((s) => s.patterns.some(has)) };
  }
  return last.found;
}
