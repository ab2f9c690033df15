/**
 * Safety signals read as situations, not as single words: a person + an act of harm, a child + a
 * condition of neglect, an older person + money taken, an injury + an account that does not fit,
 * a person + a sign of wanting to die. Built from the meldcode signal lists (physical, sexual,
 * emotional and financial abuse, neglect, coercive control, honour-related pressure, child
 * exploitation) and the suicide warning signs (talk of death or being a burden, hopelessness,
 * plans and means, farewell behaviour, an earlier attempt, sudden calm).
 *
 * Every family is a list of word forms (data); the rules below say which families must meet.
 * All patterns run on the normalised question (lower case, no diacritics, punctuation as space,
 * "won't" → "wont"). A family that is harmless alone ("geld", "alleen", "afscheid") only counts
 * together with the family that makes it a signal.
 */
import { PatternGuard } from './pattern-guard';
import type { SafetyKind } from './safety';

/** Every family below, each run only on a question that holds a literal it needs. */
export const SITUATION_GUARD = new PatternGuard();

/** Builds one word-boundary alternation from a space-separated list; "_" stands for a space. */
function words(list: string): RegExp {
  const alts = list.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));
  return SITUATION_GUARD.add(new RegExp(`\\b(?:${alts.join('|')})\\b`));
}

// ---- People ----------------------------------------------------------------------------------

/** Adults close to the client who can be a source of danger. */
const ADULT = words(
  'partner man (?:zijn|mijn)_vrouw echtgenoot echtgenote vriend vriendje ex vader pa papa moeder ma mama opa oma stiefvader stiefmoeder broer zus oom tante neef schoonvader schoonmoeder ' +
    'buurman medebewoner huisgenoot huisgenote roommate flatmate housemate husband wife boyfriend father dad daddy mother mom mum stepfather stepdad stepmother brother uncle cousin',
);
/** Children, also by age or in school words: "de juf", "the teacher" speak about a child. */
const CHILD = words(
  'kind kinderen kindje kids? child children baby babys babytje tweeling twins kleintjes broertje broertjes zusje zusjes little_(?:brother|sister)s? buurjongen buurmeisje peuter peutertje kleuter kleutertje zoon zoontje dochter dochtertje meisje meisjes jongen jongetje jongens tiener puber leerling ' +
    'stiefzoon stiefdochter pleegkind toddler infant son daughter girl boy teen teenager pupil little_girl little_boy juf meester teacher school_nurse ' +
    '(?:[1-9]|1[0-7])_?(?:jarige|year_old|years_old) (?:meisje|jongen|kind|zoon|dochter|girl|boy)_van_(?:[1-9]|1[0-7])',
);
/** An older person: by word or by an age of 65 and up ("van 82", "ze is 79"). */
/** A grandparent is the older person when a grandchild takes; when the grandparent takes, the elder is the taker. */
const GRANDPARENT = words('oma opa grandmother grandma grandfather grandpa');
const GRANDCHILD = words('kleinzoon kleindochter kleinkind kleinkinderen grandson granddaughter grandchild');
const ELDER = words('oudere bejaarde bejaard ouderen oude_(?:moeder|vader|man|vrouw|dame|heer|buurman|buurvrouw) grandmother grandma grandfather grandpa elderly older_(?:woman|man|lady) old_(?:mother|father|man|woman|lady) (?:6[5-9]|[7-9][0-9])');
/** Widowed: a partner who died. */
const WIDOWED = words('weduwnaar weduwe widower widow overleden_(?:vrouw|man|partner|echtgenoot|echtgenote) (?:zijn|haar|mijn)_(?:vrouw|man|partner)_(?:\\w+_){0,3}overleden (?:his|her|my)_late_(?:wife|husband|partner)');
/**
 * Going to the one who died: "ik ga gewoon naar Truus toe", "ik wil weer bij hem zijn". Only
 * next to WIDOWED, and not a visit or a move to a living relative ("naar haar dochter toe verhuizen").
 */
const TO_THE_DEAD = words(
  '(?:ga|gaat|wil|wilde|wou|mag)_(?:\\w+_){0,2}naar_(?!(?:haar|zijn|mijn)_(?:dochter|zoon|kinderen|kleinkinderen|zus|broer|familie))(?:\\w+_){1,2}toe(?!_(?:verhuizen|op_bezoek|logeren|rijden|fietsen|voor|om))(?:_gaan)? ' +
    '(?:wil|wilde|wou)_(?:\\w+_){0,2}(?:weer_)?bij_(?:hem|haar|mijn_vrouw|mijn_man|zijn_vrouw|haar_man)_zijn (?:weer_)?bij_(?:hem|haar|mijn_vrouw|mijn_man|zijn_vrouw|haar_man)_(?:wil|wilde|wou)_zijn ' +
    '(?:be|join)_(?:with_)?(?:him|her|my_wife|my_husband|his_wife|her_husband)_again join_(?:him|her|my_wife|my_husband|his_wife|her_husband)',
);
/** Relatives and neighbours who can take an older person's money. */
const TAKER = words(
  'opa oma vader moeder partner man broer zus ex grandfather grandmother father mother husband brother thuishulp thuiszorg verzorgende hulp schoonmaker schoonmaakster carer caregiver cleaner home_help zoon dochter kleinzoon kleindochter neef nicht buurman buurvrouw kinderen familie schoonzoon schoondochter son daughter grandson granddaughter nephew niece neighbour neighbor relative family',
);

// ---- Violence, abuse, unsafe children --------------------------------------------------------

/** Physical acts against a person that have no harmless sense. */
const PHYSICAL = words(
  'gewurgd wurgde wurgt keel_dichtgeknepen bij_(?:de|mijn|m_n|haar|d_r|zijn|z_n|je|jouw)_keel by_the_throat by_the_neck by_(?:my|her|his|your)_throat ' +
    'tegen_de_(?:muur|grond|deur|kast)_(?:gedrukt|geduwd|gegooid|gesmeten|aangedrukt|aan_gedrukt) (?:drukte|duwde|gooide|smeet)_(?:haar|hem|mij|me)_tegen_de ' +
    'door_elkaar_(?:geschud|gerammeld|rammelt|rammelen|rammelde|schudt|schudde|schudden) (?:shakes|shook|shaking)_(?:the_)?baby ' +
    'aan_(?:de|haar|zijn|mijn)_haren_(?:getrokken|trekt|trok|trekken|gesleurd|sleurt|sleurde) (?:trekt|trok|sleurt|sleurde)_(?:haar|hem|mij|me)_(?:\\w+_){0,2}aan_(?:de|haar|zijn|mijn)_haren ' +
    '(?:holds|held|holding|pins|pinned)_(?:her|him|me)_down (?:houdt|hield|drukt|drukte)_(?:haar|hem|mij|me)_(?:\\w+_){0,2}(?:vast|tegen_de_grond|naar_beneden) ' +
    '(?:haar|hem|mij|me)_(?:\\w+_){0,3}(?:verdronken|verdrinken|verstikt|verstikken|onder_water_(?:gehouden|houden|hield|geduwd|duwde)) (?:tried|try|trying|tries)_to_(?:drown|suffocate|strangle|kill)_(?:her|him|me) held_(?:her|him|me)_under_(?:the_)?water ' +
    'pulls?_(?:her|his)_hair pulled_(?:her|his)_hair grabbed_(?:her|him|me) pinned_(?:her|him|me) dragged_(?:her|him|me) ' +
    'pushed_(?:her|him|me)_(?:down|against|into) shoved_(?:her|him|me) (?:smashed|broke)_(?:her|his|my)_phone (?:haar|zijn|mijn)_telefoon_kapot_?gegooid ' +
    'met_(?:een|de|zijn|haar)_(?:riem|pan|stok|mes|hamer|knuppel|honkbalknuppel|schaar)_(?:geslagen|gestoken|sloeg|slaat|dreigt|dreigde|bedreigd|bedreigde) ' +
    'with_(?:a|the|his|her)_(?:belt|pan|stick|knife|hammer|bat) ' +
    // "een klap verkocht": the idiom for a blow.
    '(?:klap|klappen|dreun|mep|knal|lel|hengst|oplawaai|rammeling|pak_rammel|pak_slaag)_(?:verkocht|verkopen|verkoopt|verkocht_gekregen)',
);
/** Sexual abuse and abuse of a child's body: unambiguous on their own. */
const SEXUAL = words(
  'betast betastte betasten bepotelt bepoteld aangerand ongewenst_aangeraakt seksueel_getint naaktfotos naaktfoto nude_(?:photos|pictures|pics) ' +
    'aan_(?:haar|zijn|mijn)_(?:plassertje|piemel|borsten|billen|kruis|geslachtsdeel) (?:plassertje|piemel)_(?:kwam|zat|aankwam|aanraakt|aanraakte) ' +
    'groped fondled touched_(?:her|him|me)_(?:down_there|inappropriately|in_(?:her|his)_private) (?:her|his)_private_parts ' +
    // Told as "dingen deed toen ze klein was": the unnamed acts of an adult on a child.
    '(?:dingen|things)_(?:\\w+_){0,2}(?:deed|deden|did|gedaan|done)_(?:\\w+_){0,3}(?:toen|when)_(?:ze|hij|zij|ik|she|he|i)_(?:klein|jong|little|young|a_child|een_kind|kind) ' +
    'did_things_to_(?:her|him|me) (?:deed|deden)_(?:dingen_)?(?:met|bij)_(?:haar|hem|mij)_(?:\\w+_){0,2}toen_(?:ze|hij|ik)_(?:klein|jong) ' +
    '(?:seks|sex)_(?:\\w+_){0,6}(?:anders|otherwise|or_else) (?:moet|must|has_to|have_to)_(?:\\w+_){0,3}(?:seks|sex) (?:seks|sex)_(?:moet|must|has_to|have_to) ' +
    'things_(?:she|he|i)_(?:did_not|didnt|does_not|doesnt)_want dingen_(?:\\w+_){0,3}die_(?:ze|hij|ik)_niet_(?:wilde|wil|wou)',
);
/** A child drawn in by older men: the signs of a loverboy or of sexual exploitation. */
const EXPLOITATION = words('(?:vriend|vriendje|boyfriend|friend)_van_(?:1[89]|[2-5][0-9]) (?:ineens|opeens|suddenly)_(?:veel_)?(?:geld|money|cash) nieuwe_(?:nagels|kleren|telefoon|schoenen|tas) oudere_(?:mannen|jongens|man(?!_die_(?:ik|we|wij)_)) older_(?:men|guys|boys|man(?!_(?:i|we)_(?:visit|support|see|help))) opgehaald_door picked_up_by in_(?:auto|autos|cars) gifts_from cadeautjes_van');
/** Forced marriage and honour-related pressure. */
const HONOUR = words(
  'uitgehuwelijkt uithuwelijken huwelijksdwang gedwongen_(?:te_)?trouwen eerwraak eergerelateerd eer_van_de_familie familie_eer achtergelaten_in_het_buitenland in_het_buitenland_(?:moet_)?(?:blijven|achterlaten) ' +
    'forced_(?:to_)?marr\\w* forced_marriage marry_(?:a|her|his)_cousin family_name_(?:\\w+_){0,3}(?:cleaned|cleansed|restored) naam_van_de_familie_(?:\\w+_){0,3}(?:gezuiverd|schoon|gered) (?:arranged|arranging)_(?:a_)?marriage_for_(?:her|him) honou?r_(?:violence|killing|based) family_honou?r (?:will_not|wont)_be_forgiven',
);
/** Threats around leaving or telling. */
const THREAT = words(
  'weet_je_wat_er_(?:\\w+_){0,4}gebeurt you_know_what_(?:will|would)_happen youll_see_what_happens ' +
    '(?:zie|ziet)_je_(?:de|je)_kinderen_nooit_meer never_see_(?:the|your)_(?:kids|children)_again (?:kinderen|kids|children)_(?:afpakken|afnemen|take_away|away_from_you) ' +
    '(?:finish|finished|finishing)_(?:her|him|you|me)_off finish_(?:her|him|you|me) ' +
    '(?:haar|hem|mij|me)_iets_(?:aandoet|aandoen|aan_doet|aan_doen|aangedaan|doet) (?:do|does|did)_something_to_(?:her|him|me) (?:hurt|harm)_(?:her|him|me)_if',
);
/** What a controlling partner keeps from the other: papers, money, keys, the phone. */
const KEPT_THINGS = 'paspoort|id_kaart|pinpas|bankpas|geld|loon|salaris|uitkering|sleutels|telefoon|passport|bank_card|money|wages|salary|benefits?|keys|phone';
/** Belittling, name-calling, forbidding, breaking things: psychological violence and control by someone close. */
const EMOTIONAL = words(
  'kleineert kleineerde gekleineerd vernedert vernederde vernederd scheldt uitscheldt uitschold uitgescholden verbiedt verbood verboden_om ' +
    'intrapt intrapte ingetrapt sloopt_(?:\\w+_)?(?:spullen|deuren|meubels) (?:slaat|sloeg)_(?:\\w+_){0,2}kapot ' +
    '(?:noemt|noemde|scheldt)_(?:\\w+_){0,2}(?:waardeloos|nietsnut|mislukt|hoer|slet|dom_wicht|lelijk) (?:calls|called)_(?:him|her)_(?:worthless|useless|stupid|a_whore|a_slut) ' +
    'belittles belittled humiliates humiliated insults calls_(?:her|him)_names forbids forbade kicked_in smashes_(?:things|doors) (?:geld|money)_(?:\\w+_)?(?:afpakt|afgepakt|afneemt|takes_away)',
);
/** Punishments that harm a child: shut out, in the cold or the shed, without food. */
const PUNISHMENT = words(
  '(?:sluit|sloot|sluiten)_(?:\\w+_){0,2}buiten buitengesloten buiten_in_de_kou in_de_(?:schuur|kelder|kast)_(?:slapen|zitten|opgesloten|moet) ' +
    '(?:mag|mocht)_(?:\\w+_){0,3}niet_(?:\\w+_)?naar_binnen niet_naar_binnen_(?:mag|mocht) geen_eten_(?:als_straf|krijgt) ' +
    '(?:locked|shut)_out (?:sleep|sleeps|slept)_in_the_(?:shed|garage|cellar|basement|cold) no_(?:dinner|food)_as_punishment',
);
/**
 * A child confined: locked in, shut away or kept in a dark or closed place (a shed, cellar,
 * cupboard, attic; a room or car when locked, kept or left). Harmless places ("puts the kids in
 * the car") only count with a verb of locking, keeping or leaving.
 */
const CONFINED = words(
  '(?:locks?|locked|locking|shuts?|shutting)_(?:\\w+_){0,4}in_(?:the_|a_|his_|her_|their_)?(?:dark_)?(?:shed|cellar|basement|cupboard|closet|wardrobe|attic|dark|cage|kennel|room|bedroom|bathroom|toilet|car|garage) ' +
    '(?:puts?|putting|sends?|sent|keeps?|kept|makes?_(?:him|her|them)_(?:sit|sleep|stay)|made_(?:him|her|them)_(?:sit|sleep|stay))_(?:\\w+_){0,4}in_(?:the_|a_|his_|her_|their_)?(?:shed|cellar|basement|cupboard|closet|wardrobe|attic|cage|kennel) ' +
    '(?:kept|keeps|keep)_(?:\\w+_){0,3}in_(?:their|his|her|the)_(?:room|bedroom)_(?:\\w+_){0,2}(?:all_(?:day|weekend|night)|for_(?:hours|days)) ' +
    '(?:left|leaves?|leaving)_(?:\\w+_){0,4}(?:in_the_car|alone_in) only_let_out ' +
    // Dutch: the child must stay there, or is put there (a person as object), or is left or locked there.
    '(?:moet|moest|moeten|opgesloten|straf|urenlang|uren)_(?:\\w+_){0,5}in_(?:de|het|een|zijn|haar|hun)_(?:schuur|kelder|kast|zolder|bezemkast|trapkast|kelderkast|donker) ' +
    // "Zet hem in de schuur" can be the bike: a pronoun counts only with locking.
    '(?:(?:zet|zette|gezet|stopt|stopte|gestopt|sluit|sloot|opsluit|opsloot)_(?:zijn|haar|het|de)_(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|kleine|baby|peuter|jongen|meisje|broertje|zusje)|(?:sluit|sloot|opsluit|opsloot)_(?:hem|haar|ze|hen))_(?:\\w+_){0,3}in_(?:de|het|een|zijn|haar)_(?:schuur|kelder|kast|zolder|bezemkast|trapkast|donker|kamer|badkamer|wc|auto) ' +
    'in_(?:de|het|een|zijn|haar)_(?:schuur|kelder|kast|kamer|badkamer|wc|auto|zolder)_(?:\\w+_){0,3}(?:opgesloten|achtergelaten|als_straf|moet_blijven|moeten_blijven|op_slot) ' +
    '(?:laat|liet|laten|gelaten|achtergelaten)_(?:\\w+_){0,9}in_de_auto (?:sluit|sloot)_(?:\\w+_){0,3}(?:op|in)_in_(?:de|het|zijn|haar)',
);
/**
 * A parent's blow to a child, told with words in between ("gaf haar dochtertje van 3 gisteren een
 * harde klap"), or landing on the head or face. Only with a child in the question.
 */
const PARENT = '(?:moeder|vader|mama|papa|ma|pa|stiefvader|stiefmoeder|ouder|ouders|mother|father|mum|mom|dad|daddy|stepdad|stepfather|parent|parents)';
const CHILD_BLOW = words(
  `${PARENT}_(?:\\w+_){0,3}(?:gaf|geeft|gegeven|verkocht|verkoopt)_(?:\\w+_){0,8}(?:klap|klappen|tik|tikken|mep|meppen|oorvijg|pak_slaag|dreun|schop|draai_om_de_oren) ` +
    '(?:klap|klappen|tik|mep|oorvijg|dreun|schop|stomp)_(?:\\w+_){0,2}(?:in_(?:het|zijn|haar)_gezicht|op_(?:het|zijn|haar)_(?:hoofd|gezicht|oor)|tegen_(?:het|zijn|haar)_(?:hoofd|oor)) ' +
    `${PARENT}_(?:\\w+_){0,3}(?:gave|gives|given)_(?:\\w+_){0,6}(?:smack|slap|blow|whack|hiding|beating|clip_round_the_ear) ` +
    '(?:slapped|slaps|hit|hits|smacked|smacks|punched|whacked)_(?:\\w+_){0,4}(?:across_the_face|in_the_face|on_the_head|round_the_(?:head|ear))',
);
/** A weapon near a child or named by someone close; not in the kitchen. */
const WEAPON = words('broekriem met_de_riem met_een_riem mattenklopper with_a_belt with_the_belt mes messen groot_mes pistool wapen vuurwapen knuppel honkbalknuppel knife knives gun weapon');
const KITCHEN = words('koken kookt groente brood keuken snijden_van cooking kitchen vegetables bread');
/** A dependent person left lying or shouted at by whoever cares for them. */
const CARER = words('carer caregiver verzorgende verzorger thuiszorg thuishulp mantelzorger zoon dochter son daughter husband wife partner man');
const DEPENDENT_NEGLECT = words(
  'geen_verschoning niet_verschoond niet_gewassen doorligplek\\w* uitgedroogd (?:dagen|days)_(?:\\w+_){0,1}(?:geen|no|without)_(?:eten|verschoning|zorg|food|care|change) (?:not|never)_(?:been_)?(?:changed|washed) bedsores dehydrated ' +
    '(?:leaves|left|leaving|laat|liet|laten)_(?:her|him|haar|hem)_(?:\\w+_){0,3}(?:in_bed|the_whole_day|all_day|de_hele_dag|in_(?:her|his|haar|zijn)_(?:own_)?(?:urine|vuil|poep|mess)|zonder_eten|without_food) ' +
    '(?:shouts|yells|screams|snauwt|schreeuwt)_(?:\\w+_){0,1}(?:at|tegen)_(?:her|him|haar|hem)',
);
/** A parent drunk, high or asleep with young children in their care. */
const PARENT_IMPAIRED = words(
  '(?:moeder|vader|mama|papa|ma|pa|ouders|mother|father|mum|mom|dad|parents)_(?:\\w+_){0,3}(?:dronken|stoned|high|onder_invloed|laveloos|drunk|passed_out|out_cold|wasted)',
);
/** Turning up again and again where someone works or lives: stalking, with an (ex-)partner or relative. */
const STALKING = words(
  'weet_(?:\\w+_)?altijd_waar_(?:ze|zij|hij)_is (?:always_)?knows_where_(?:she|he)_is_(?:all_the_time|always) (?:iets|tracker|gps|zendertje|kastje)_(?:\\w+_){0,2}onder_(?:haar|zijn)_auto (?:tracker|something)_under_(?:her|his)_car ' +
  '(?:keeps|kept)_(?:turning|showing)_up (?:turns|turned|shows|showed)_up_(?:\\w+_){0,2}at_(?:her|his)_(?:work|house|home|door|school|job) ' +
    '(?:staat|stond|duikt|dook|komt|kwam)_(?:\\w+_){0,3}(?:steeds|telkens|elke_dag|iedere_dag)_(?:\\w+_){0,3}(?:op|bij|voor)_(?:(?:haar|zijn|de)_)?(?:werk|deur|huis|school|stage) ' +
    '(?:broke|breaks|broken|breaking)_into_(?:her|his)_(?:flat|house|home|apartment|car|room) (?:ingebroken|inbrak|brak_in)_(?:\\w+_){0,2}bij_(?:haar|hem) ' +
    '(?:parks|parked|waits|waited|stands|stood)_(?:\\w+_){0,2}outside_(?:her|his)_(?:\\w+_)?(?:flat|house|home|work|door)_(?:\\w+_)?every_(?:night|day|evening) ' +
    '(?:parkeert|staat|wacht|stond|wachtte)_(?:\\w+_){0,3}(?:elke|iedere)_(?:avond|nacht|dag)_(?:\\w+_){0,3}(?:voor|bij)_(?:haar|zijn)_(?:flat|huis|woning|deur|werk) ' +
    '(?:fotos|foto|photos?)_(?:\\w+_){0,2}(?:van|of)_(?:haar|zijn|her|his)_(?:eigen_|own_|new_|nieuwe_)?(?:voordeur|deur|huis|woning|front_door|door|house) (?:nieuwe_adres|new_address)_(?:\\w+_){0,2}(?:gevonden|ontdekt|found|found_out) ' +
    '(?:[1-9][0-9]|twintig|dertig|veertig|vijftig|honderd)_keer_(?:per|op_een|a)_(?:dag|day) ziet_(?:\\w+_){0,3}waar_(?:ze|hij|zij)_is ' +
    'blijft_(?:\\w+_){0,2}(?:langskomen|aanbellen|opduiken|bellen_en_appen) (?:honderden|tientallen|tig)_(?:berichten|appjes|keer) (?:hundreds|dozens)_of_(?:messages|texts|calls) ' +
    '(?:stond|staat|stood|was)_(?:\\w+_){0,2}(?:ineens|opeens|plotseling|suddenly)_(?:\\w+_){0,2}(?:in|voor|bij|at|in)_(?:haar|zijn|her|his)_(?:tuin|deur|huis|werk|garden|door|house|work)',
);
/** A child hiding, or a parent's anger or drinking that frightens a child. */
const CHILD_HIDING = words(
  'als_(?:papa|vader|pa|mama|moeder|ma|stiefvader|mijn_vader|mijn_moeder)_(?:boos|kwaad|dronken|woedend)_(?:is|wordt|was|werd) ' +
    'als_het_(?:beneden_|thuis_)?(?:weer_)?(?:begint|losgaat) when_it_(?:starts|kicks_off)_(?:again_)?(?:downstairs|at_home) ' +
    'when_(?:dad|daddy|mum|mom|mummy|mommy|father|mother|my_dad|my_mum)_(?:is|gets|was|got)_(?:angry|drunk|mad)',
);
/** Hiding under a bed or in a cupboard: a sign only with a frightened child or an angry adult, not in a game. */
const HIDING = words(
  'onder_(?:mijn|zijn|haar|het|zn)_bed (?:verstopt|verstop|verstoppen|kruipt|kroop)_(?:zich_)?(?:\\w+_){0,3}(?:onder|in_de_kast) in_de_kast_(?:zitten|verstoppen|kruipen) ' +
    '(?:hides|hid|hiding|hide)_(?:\\w+_){0,3}(?:under|in_the_(?:closet|wardrobe|cupboard)) under_(?:my|his|her|the)_bed',
);
/** A child said outright to be unsafe: "kind thuis onveilig", "the kids are not safe at home". */
const UNSAFE = words('onveilig onveilige niet_(?:meer_)?veilig unsafe not_safe');
/** Blows told in a euphemism: "wordt soms hard", "losse handjes", "gets rough". */
const ROUGH = words(
  '(?:wordt|werd|worden|werden)_(?:soms_|wel_eens_|weleens_|dan_|snel_)?(?:hard|ruw|handtastelijk) (?:hard|ruw|handtastelijk)_(?:wordt|werd|is|was) losse_handjes los_handje handtastelijk ' +
    '(?:gets|got|getting|can_get)_rough rough_with (?:heavy|quick)_(?:handed|with_his_hands)',
);
/** A young person (up to about 23 in youth care): a parent's violence at home is still the meldcode's. */
const YOUNG = words('jongere jongeren young_person youngster adolescent');
/** An adult who comes to a child's room or bed at night, and a secret the child may not tell: told instead of named. */
const NIGHT_VISIT = words(
  '(?:s_)?(?:avonds|nachts)_(?:\\w+_){0,4}(?:kamer|bed|slaapkamer)_(?:\\w+_)?(?:komt|kwam|kruipt|kroop|gaat|ging) ' +
    '(?:comes|came|creeps|crept)_(?:in)?to_(?:her|his|my)_(?:room|bed)_(?:\\w+_)?at_night at_night_(?:\\w+_){0,2}(?:comes|came)_(?:in)?to_(?:her|his|my)_(?:room|bed)',
);
/** A secret the child (or a dependent adult) may not tell. */
const SECRET = words(
  '(?:aan_)?niemand_(?:mag|mocht|mogen)_(?:\\w+_)?(?:zeggen|vertellen|weten) (?:ons|een)_geheim(?:pje)? mag_(?:het_)?(?:\\w+_)?niet_(?:zeggen|vertellen) ' +
    '(?:cant|can_not|cannot|must_not|mustnt|not_allowed_to)_tell_(?:anyone|anybody) (?:our|a)_(?:little_)?secret dat_is_(?:ons_)?geheim(?:pje)? (?:its|it_is)_(?:our_|a_)?secret',
);
/** Games an adult plays with a child alone: with a secret, a sign of grooming. */
const GAMES_ALONE = words('spelletje spelletjes spelen_(?:\\w+_){0,2}als_(?:mama|papa|moeder|vader)_(?:\\w+_)?weg games plays_games');
/** Sex for money or favours from someone vulnerable: "geeft haar geld als ze lief voor hem is". */
const SEX_FOR_FAVOURS = words(
  '(?:geld|cadeaus|drugs|spullen)_(?:\\w+_){0,3}als_(?:ze|hij|zij)_(?:\\w+_){0,2}lief_(?:voor|tegen)_(?:hem|haar) in_ruil_voor_seks ' +
    '(?:moet|moest|must|has_to|had_to)_(?:\\w+_){0,4}(?:dingen|things)_(?:\\w+_){0,2}(?:met|with)_(?:zijn|haar|his|her)_(?:vrienden|friends) (?:dingen|things)_(?:met|with)_(?:zijn|his)_(?:vrienden|friends)_(?:\\w+_){0,2}(?:moet|doen|do) ' +
    '(?:money|gifts|drugs)_(?:\\w+_){0,3}if_(?:she|he)_(?:is_)?(?:nice|sweet|good)_to_(?:him|her) in_exchange_for_sex',
);
/** A child who would rather not go home, or stay out at night: a sign with a parent's state. */
const AVOIDS_HOME = words(
  '(?:liever_)?niet_(?:\\w+_){0,2}naar_huis (?:wil|wilde|wou)_(?:\\w+_)?niet_(?:\\w+_){0,4}(?:naar|bij)_(?:haar|zijn)_(?:vader|moeder|papa|mama|stiefvader|stiefmoeder) (?:liever_)?niet_thuis_(?:slapen|zijn|blijven) liever_bij_(?:\\w+_){0,2}(?:slapen|slaapt|blijven|blijft) ' +
    '(?:doesnt|does_not|dont|do_not)_want_to_go_home rather_not_go_home (?:rather|prefers_to)_(?:sleep|stay)_(?:at|with)',
);
/** A parent drunk, high or in a state ("papa is weer zo"): what a child avoids or fends for itself around. */
const PARENT_STATE = words(
  '(?:dan|als)_(?:wordt|is|gaat|werd)_(?:hij|ze|zij|papa|mama|pa|ma)_(?:weer_)?(?:zo_)?(?:boos|kwaad|woedend|dronken|eng|raar) ' +
    '(?:papa|pa|vader|mama|ma|moeder|stiefvader|stiefmoeder|ouders|dad|daddy|mum|mom|mummy|father|mother|stepdad|parents)_(?:\\w+_){0,3}(?:gedronken|dronken|drinkt|dronk|onder_invloed|stoned|high|drunk|drinks|drinking|is_weer_zo|weer_zo|gooit|smijt|schreeuwt|boos|kwaad|woedend|losgaat|throws|shouts|angry)',
);
/** A young child who has to feed itself, or finds no food. */
const FENDS_FOR_ITSELF = words(
  '(?:moet|moest)_(?:ik|hij|ze|zij)_(?:\\w+_)?zelf_(?:eten_maken|koken|eten_klaarmaken|voor_eten_zorgen|boterhammen_smeren) (?:ik|hij|ze|zij)_(?:\\w+_)?zelf_(?:moet|moest)_(?:eten_maken|koken|eten_klaarmaken|voor_eten_zorgen) (?:is_er|er_is)_(?:soms_|vaak_|dan_|weer_)*(?:niks|niets|geen_eten)(?:_te_eten)? ' +
    '(?:has|have|had)_to_(?:make|cook|find)_(?:\\w+_)?(?:own_)?(?:food|dinner|meals) (?:there_is|theres)_(?:often_|sometimes_)?no_food',
);
const ANGER_OR_FEAR = words('boos kwaad woedend dronken schreeuwt bang angstig doodsbang angry mad drunk shouts yells scared afraid frightened');
/** An adult's anger that a child is startled by: shouting, rage, drink; "elke beweging". */
const ANGRY_ADULT =
  /\b(?:vader|moeder|stiefvader|stiefmoeder|papa|mama|pa|ma|partner|vriend|oom|father|mother|dad|daddy|mum|mom|stepfather|stepdad|boyfriend|uncle|ouders|parents)\b(?: \w+){0,5} (?:schreeuwt|schreeuwde|tiert|boos|kwaad|woedend|dronken|shouts|shouted|yells|yelled|screams|angry|drunk)\b/;
const GAME = words('verstoppertje spelletje spel hide_and_seek game');
/** Injuries. A bruise alone can be a fall: they count with someone at home, a child, a fight or a story that does not fit. */
const INJURY = words(
  'gebroken_(?:pols|arm|rib|ribben|neus|kaak|vinger|sleutelbeen) hersenschudding trommelvlies striemen brandwond\\w* blauwe_plek\\w* blauw_oog blauwe_ogen ' +
    'handafdruk\\w* handprints? hand_marks bloedlip bloedneus dikke_lip kapotte_lip gescheurde_lip schram schrammen schrammetje kapotte_bril vingerafdrukken vingerafdruk grijpsporen bult buil builen breuk botbreuk wond snee ' +
    'scratch(?:es)? grip_marks finger_?marks fingerprints fracture broken_(?:glasses|bone) ' +
    'brandwond_in_de_vorm_van bijtsporen bijtwond\\w* verwonding\\w* wonden schaafwonden sigarettenbrand\\w* ' +
    'bruises? bruised black_eye broken_(?:wrist|arm|ribs?|nose|jaw|finger) concussion burn_marks cigarette_burns bite_marks welts injuries',
);
/** Marks at the neck or throat: signs of strangling, a signal on their own. */
const NECK_MARKS = words('(?:krassen|plekken|striemen|sporen|wonden|blauwe_plekken|scratches|marks|bruises)_(?:\\w+_){0,1}(?:in|op|om|rond|on|around)_(?:haar|zijn|her|his)_(?:nek|hals|keel|neck|throat)');
/** An account that hides an injury. */
const COVER_STORY = words(
  // Blaming herself for it: "ik had het verdiend", "I deserved it".
  '(?:had|heb)_het_(?:ook_)?(?:wel_)?verdiend verdiende_het dat_verdien_ik (?:i|she)_deserved_it ' +
  'van_de_trap_gevallen ongelukkig_gevallen tegen_de_(?:deur|deurpost|kast)_(?:aan_)?gelopen wilde_niet_zeggen_hoe wil_niet_zeggen_hoe vaag_over_hoe lange_mouwen zonnebril ' +
    '(?:zei|zegt|zeggen)_(?:er_)?(?:niks|niets) wil_(?:er_)?(?:niks|niets)_(?:over_)?zeggen said_nothing (?:wont|wouldnt|would_not)_say_anything ' +
    'wil_er_niet_over_praten wil_niet_vertellen_hoe in_de_vorm_van ' +
    // The client's own explanation, or the injury again: the meldcode asks to record both.
    '(?:zegt|zei|vertelt|vertelde)_(?:\\w+_){0,3}(?:ze|hij|zij)_(?:\\w+_){0,4}(?:gevallen|gelopen|gestoten|gestruikeld|uitgegleden) (?:weer|alweer|opnieuw)_(?:een_)?(?:blauw|blauwe|dikke|nieuwe) ' +
    '(?:[2-9]e|tweede|derde|vierde)_(?:x|keer) (?:says|said|claims|claimed)_(?:\\w+_){0,2}(?:she|he)_(?:\\w+_){0,3}(?:fell|walked_into|bumped|slipped) (?:again|another)_(?:a_)?(?:bruise|black_eye) ' +
    'fell_down_the_stairs walked_into_a_door (?:would_not|wouldnt|will_not|wont)_say_how long_sleeves (?:doesnt|does_not|wont)_want_to_talk_about_(?:it|them) in_the_shape_of',
);
/** An innocent cause named for an injury: "van het voetballen", "after a fall from his bike". */
const INNOCENT_CAUSE = words(
  '(?:van|door|bij|tijdens|na|op)_(?:het_|de_|een_)?(?:voetbal\\w*|sporten|sport|training|hockey|fietsen|fiets|val|vallen|valpartij|ongeluk|operatie|judo|kickboksen|trampoline|schommel|klimrek|speeltuin|skate\\w*|paard|gym|gymles) ' +
    '(?:from|during|after)_(?:the_|a_)?(?:football|soccer|sports?|training|fall|bike|accident|surgery|match) (?:van|door)_(?:de|het|een|zijn|haar)_(?:kat|hond|poes) from_(?:the|a|his|her)_(?:cat|dog)'
);
/** Someone at home, or the home itself. */
const AT_HOME = words('thuis home gezin huis');
/** A fight. */
const FIGHT = words('ruzie ruzies knokpartij fights? argument');
/** Signs of fear of someone: flinching, hiding, not daring. */
const FEAR_SIGN = words('schrikt schrok schrikken ineenkrimpt krimpt_ineen trilt bang angstig doodsbang flinches flinched afraid scared terrified');
/** The moment that person appears. */
const WHEN_THERE = words(
  'binnenkomt binnen_komt thuiskomt thuis_komt komt_thuis in_de_buurt_is walks_in comes_home comes_in is_around ' +
    'whenever_(?:her|his)_(?:son|daughter|husband|wife|partner|carer|brother)_(?:speaks|talks|comes|is_around|walks_in) als_(?:haar|zijn)_(?:zoon|dochter|man|vrouw|partner|broer)_(?:praat|iets_zegt|binnenkomt)',
);
/** Control of a partner's movements, money, contacts, clothes. */
const CONTROL = words(
  '(?:niet_meer|niet)_naar_buiten_mag mag_(?:\\w+_){0,2}niet_(?:meer_)?naar_buiten (?:isnt|is_not|not)_allowed_(?:to_go_)?out(?:side)? ' +
  'geen_eigen_(?:pinpas|bankpas|geld|telefoon) (?:fotos|foto|photos?)_van_(?:elk|ieder|alle|every)_(?:bonnetje|bonnetjes|uitgave|uitgaven|receipt) ' +
    'nooit_alleen_(?:met_(?:haar|hem)_)?(?:praten|spreken|zijn) never_(?:alone|on_her_own)_with_(?:her|him) ' +
  '(?:checks|controleert|volgt|tracks|follows)_(?:her|haar|zijn|his)_(?:location|locatie|gps|telefoon|phone|every_move) locatie_(?:delen|aan) ' +
    '(?:fotos|photos|pictures)_(?:\\w+_){0,2}(?:sturen|stuurt|send|sends)_(?:van_)?(?:waar|of_where) bepaalt_wat_(?:ze|hij)_(?:aantrekt|draagt|eet|uitgeeft) ' +
    '(?:gps|tracker|volgsysteem|zendertje|spyware|volgapp) (?:toestemming|permission)_(?:\\w+_){0,3}(?:elke|iedere|every)_(?:euro|cent|penny|pound|uitgave) ' +
    '(?:geeft|gaf)_(?:\\w+_){0,4}geen_(?:eten|geld|drinken|medicijnen|medicatie) geen_(?:eten|geld|drinken|medicijnen|medicatie)_(?:\\w+_){0,1}(?:geeft|gaf) (?:withholds|withheld|keeps_back)_(?:\\w+_){0,2}(?:food|money|medication|medicine) ' +
    '(?:elke|iedere|every)_(?:euro|cent|penny|pound)_(?:\\w+_){0,2}(?:verantwoorden|account_for|uitleggen|explain) ' +
    // Kept from her family, not estranged from it: "mag geen contact met haar familie hebben".
    '(?:mag|mocht|mogen)_(?:\\w+_){0,3}geen_contact_(?:meer_)?(?:hebben_|houden_)?met_(?:haar|zijn)_(?:familie|vrienden|ouders) verbiedt_(?:\\w+_){0,3}contact isoleert isolates ' +
    '(?:wont|will_not|doesnt|does_not|didnt)_let_(?:her|him)_(?:have|go|see|leave|work|call|get|eat|sleep|use|drive|out) laat_(?:haar|hem)_niet_(?:\\w+_)?(?:werken|bellen|naar_buiten|alleen|gaan)',
);
/** A partner: whose everyday control of phone, clothes, friends and money is coercive control. */
const PARTNER = words('partner man echtgenoot echtgenote (?:zijn|haar|mijn)_vrouw vriend vriendin vriendje husband wife boyfriend girlfriend');
/**
 * Coercive control in everyday words: checking the phone, deciding what to wear or whom to see,
 * not allowed out or to see friends, holding the passport, the card or the money.
 */
const EVERYDAY_CONTROL = words(
  '(?:kijkt|keek|leest|las|checkt|bekijkt|doorzoekt|controleert)_(?:\\w+_){0,3}(?:haar|zijn)_(?:telefoon|mobiel|berichten|appjes|apps|mail|whatsapp)(?:_na)? ' +
    '(?:haar|zijn)_(?:telefoon|mobiel|berichten|appjes|mail|whatsapp)_(?:\\w+_)?(?:controleert|controleerde|checkt|checkte|doorzoekt|leest|las|bekijkt) ' +
    '(?:checks|checked|reads|read|goes_through|went_through|looks_through|monitors)_(?:\\w+_){0,2}(?:her|his)_(?:phone|messages|texts|emails?|whatsapp) ' +
    // Deciding for the other ("zijn vrouw bepaalt wat hij eet"), not for oneself ("he decides what he wants").
    '(?:hij|haar_\\w+|partner|man|vriend)_(?:\\w+_)?(?:bepaalt|bepaalde|beslist|besliste)_(?:\\w+_){0,2}(?:wat|wie|waar|wanneer|met_wie|hoe_laat|hoeveel)_(?:ze|zij) ' +
    '(?:zij|ze|zijn_\\w+|partner|vrouw|vriendin)_(?:\\w+_)?(?:bepaalt|bepaalde|beslist|besliste)_(?:\\w+_){0,2}(?:wat|wie|waar|wanneer|met_wie|hoe_laat|hoeveel)_hij ' +
    '(?:he|husband|boyfriend|partner)_(?:\\w+_)?(?:decides|decided|chooses|chose|controls)_(?:\\w+_){0,2}(?:what|who|whom|where|when|how_much)_she ' +
    '(?:she|wife|girlfriend|partner)_(?:\\w+_)?(?:decides|decided|chooses|chose|controls)_(?:\\w+_){0,2}(?:what|who|whom|where|when|how_much)_he ' +
    '(?:mag|mocht)_(?:ze_|hij_|zij_)?van_(?:hem|haar|zijn_\\w+|haar_\\w+)_(?:\\w+_){0,3}(?:niet|geen|nooit)_(?:meer_)?(?:alleen_)?(?:naar|met|uit|afspreken|weg|werken|bellen|zien|contact|de_deur|buiten|vriendinnen|vrienden|familie|ouders|collegas) ' +
    '(?:not_allowed|isnt_allowed|is_not_allowed|wasnt_allowed|never_allowed)_to_(?:see|go|leave|have|meet|call|work|visit|wear) ' +
    '(?:wont|will_not|doesnt|does_not|didnt|never)_(?:let|lets|allow)_(?:her|him)_(?:\\w+_){0,2}(?:see|go|leave|meet|call|visit|work|wear|have) ' +
    // Holding the other's passport, card, money or phone: his hands on her things, or hers on his.
    `(?:hij|vriend|man|partner|he|husband|boyfriend)_(?:\\w+_){0,2}(?:houdt|hield|heeft|beheert|pakt|neemt|keeps|kept|holds|held|has|takes|took|controls)_(?:al_|all_)?(?:haar|her)_(?:${KEPT_THINGS}) ` +
    `(?:zij|ze|vrouw|vriendin|partner|she|wife|girlfriend)_(?:\\w+_){0,2}(?:houdt|hield|heeft|beheert|pakt|neemt|keeps|kept|holds|held|has|takes|took|controls)_(?:al_|all_)?(?:zijn|his)_(?:${KEPT_THINGS}) ` +
    '(?:geeft|gaf|gives|gave)_(?:haar|hem|her|him)_(?:\\w+_)?(?:zakgeld|huishoudgeld|pocket_money|an_allowance|leefgeld) (?:haar|hem)_(?:\\w+_)?(?:zakgeld|huishoudgeld|leefgeld)_(?:geeft|gaf|toestopt) ' +
    // Dutch subordinate order: "dat haar partner haar pinpas heeft".
    `(?:vriend|man|partner)_(?:al_)?haar_(?:${KEPT_THINGS})_(?:\\w+_)?(?:heeft|houdt|beheert|afpakt|inneemt) (?:vrouw|vriendin|partner)_(?:al_)?zijn_(?:${KEPT_THINGS})_(?:\\w+_)?(?:heeft|houdt|beheert|afpakt|inneemt) ` +
    '(?:locatie|location)_(?:\\w+_){0,3}(?:aan_laten_staan|aan_staan|delen|on_all_the_time|always_on|sharing) (?:elk|ieder|every)_(?:uur|hour)_(?:\\w+_){0,2}(?:bellen|appen|call|text|check_in)',
);
/** A noise or the police, heard or seen by others. */
const NOISE = words('(?:riep|roept|riepen|schreeuwde|gilde|hoort|hoorde|hoorden|heard|hears|screamed|shouted|cried|yelled)_(?:\\w+_){0,4}(?:om_hulp|for_help) om_hulp_(?:roepen|riep|roept|riepen|schreeuwen|schreeuwde|gillen|gilde) hulpgeroep help_roepen klappen gehuil gegil geschreeuw gebonk gebons gillen schreeuwen ruzie fights? fighting screaming shouting yelling banging crying bangs');
const WITNESS = words('buren buurvrouw buurman bovenburen onderburen neighbours? neighbors? politie police agenten');
/** Noise of pans, cupboards, doors or music: what neighbours complain about, not a cry from inside. */
const HOUSEHOLD_NOISE = words('pannen pans cupboards? kastjes kastdeurtjes muziek music deuren_(?:\\w+_)?(?:dicht)?slaan slams?_(?:the_)?doors?');
/** A quarrel WITH the neighbours: they are a party, not witnesses of what happens inside. */
const FEUD_WITH_NEIGHBOURS = words('(?:ruzie|onenigheid|conflict|gedoe|fight|fights|argument|arguments|row)_(?:\\w+_){0,2}(?:met|with)_(?:de_|zijn_|haar_|een_|the_|his_|her_|a_)?(?:buren|buurvrouw|buurman|bovenburen|onderburen|neighbours?|neighbors?)');
/** Conditions that make a child unsafe when a parent does not provide. */
const NEGLECT = words(
  '(?:moeder|vader|ouders|ouder|mother|father|parents|mum|mom|dad)_(?:\\w+_){0,2}(?:nergens_te_vinden|nowhere_to_be_found|niet_thuis|not_home|not_at_home|afwezig) zorgen_(?:dan_|zelf_)?(?:\\w+_)?voor_zichzelf fend_for_themselves (?:stinkt|stinken|ruikt|ruiken|smells?|smelling)_(?:\\w+_){0,2}(?:urine|plas|pis|poep) ' +
    'hungry_every honger_(?:op|naar)_school (?:come|comes|came|komt|komen)_(?:\\w+_){0,2}(?:hungry|met_honger) ' +
    'zonder_(?:eten|ontbijt|jas|lunch|lunchpakket) geen_(?:eten|ontbijt|jas)_(?:gehad|mee|bij_zich) te_kleine_(?:kleren|kleding|schoenen) vieze_(?:kleren|kleding) ' +
    '(?:buiten|op_straat)_(?:\\w+_)?gezet buitengezet (?:locked|put|shut)_out_(?:\\w+_){0,2}(?:until|till)_late ' +
    'matras_vol vlekken schimmel luier_(?:sinds|al) (?:natte|vieze|volle)_luier koelkast_(?:\\w+_)?leeg lege_koelkast sinds_gisteren koelkast_op_slot valt_af afgevallen op_straat_zwerven tot_laat_op_straat ' +
    'laat_(?:haar|hem|ze|zijn|de|het)_(?:\\w+_){0,5}alleen (?:liet|laten)_(?:\\w+_){0,5}alleen alleen_(?:achter)?gelaten alleen_in_(?:de|het)_(?:flat|huis|woning|auto|appartement|kamer) ' +
    '(?:leaves|left|leaving|leave)_(?:\\w+_){0,4}alone alone_in_the_(?:flat|house|apartment|car|room) ouders_zijn_er_(?:nauwelijks|nooit) plast_(?:weer_)?in_bed bedplassen ' +
    'wil_niet_naar_huis durft_niet_naar_huis ' +
    'same_nappy same_diaper since_yesterday mou?ld locks?_the_fridge losing_weight lost_weight left_alone alone_(?:every|at_night|all) never_home ' +
    'wets_the_bed (?:doesnt|does_not|wont)_want_to_go_home no_(?:food|breakfast|coat) without_(?:food|breakfast|a_coat) too_small_clothes',
);

// ---- Financial abuse of an older person ------------------------------------------------------

const MONEY = words(
  'geld bankzaken financien pensioen spaargeld spaarcentjes pinpas bankpas pincode pin_code pin bankrekening rekening spaarrekening betaalrekening uitkering zakgeld loon salaris ' +
    'savings pension money bank_cards? bank_account debit_cards? credit_cards? card_and_pin pin_number benefits? allowance wages salary',
);
const TAKES = words(
  'geleend leent leende neemt nam pakt pakte afgepakt meeneemt meenam meegenomen beheert eist eiste vraagt_(?:steeds|telkens|elke|iedere) overmaakt overmaken opgenomen gebruikt ' +
    'haalt haalde regelt regelde handles keeps_asking asks_(?:for|her|him) took takes borrow borrows borrowing borrowed steals stole withdraws withdrew uses manages ' +
    // Held or emptied by the relative.
    'leeggehaald leeghaalt opgemaakt (?:heeft|houdt|hield)_(?:zijn|haar)_(?:pinpas|bankpas|pincode|bankrekening|geld|uitkering) emptied (?:has|holds|keeps)_(?:his|her)_(?:bank_card|debit_card|pin|money|benefits?|savings)',
);
/** Money, a card or a PIN handed over: ordinary (a gift, help with shopping) unless the giver is left short or pressed. */
const GIVES = words(
  'geeft gaf gegeven afgeven afstaan staat_af stond_af overmaakt overmaken gives gave given handed hands hand_over handing',
);
const DEPRIVED = words(
  '(?:geeft|krijgt|gives|gets)_(?:haar_|hem_|her_|him_)?(?:maar_|slechts_|alleen_|only_)?[0-9]+_euro ' +
    'weet_(?:niet_meer|niet)_waar_(?:haar|zijn)_geld (?:doesnt|does_not)_know_where_(?:her|his)_money niets_meer nooit_meer_iets geen_geld_meer geen_cent pas_eten durft_(?:het_)?niet niet_terug_te_vragen zonder_te_vragen zonder_het_te_vragen ' +
    '(?:euro|geld|spaargeld|money|savings)_(?:\\w+_){0,4}(?:verdwenen|weg|disappeared|gone) (?:mist|kwijt|missing)_(?:\\w+_)?[0-9.]+_euro [0-9.]+_euro_(?:\\w+_)?(?:kwijt|weg|vermist|missing) no_money_left (?:never|no)_(?:\\w+_)?money_left theres_never_(?:any_)?money nothing_left little_left only_(?:gives|feeds) afraid_to without_asking weinig_(?:meer_)?over bijna_(?:niks|niets)_over durft_(?:\\w+_){0,3}niks ' +
    'durft_(?:\\w+_){0,3}(?:niet|niets|geen) bijna_op (?:geld|spaargeld|pensioen|rekening)_(?:is_)?(?:bijna_)?(?:op|leeg) nooit_(?:\\w+_){0,1}geld_voor geen_geld_(?:meer_)?voor kan_(?:\\w+_){0,2}(?:huur|boodschappen|rekeningen)_niet ' +
    'moet_van_(?:zijn|haar)_\\w+ (?:cannot|cant|can_not|could_not|couldnt)_(?:afford|pay|buy) no_money_for (?:scared|afraid|too_scared)_to keeps_disappearing (?:geld|money)_(?:\\w+_){0,2}(?:verdwijnt|verdwenen)',
);

// ---- Suicide warning signs -------------------------------------------------------------------

/** Money taken from a wallet or an account by someone else: financial abuse with any person named. */
const STEALS = words('(?:geld|pinpas|bankpas)_(?:\\w+_){0,2}uit_(?:zijn|haar)_(?:portemonnee|tas|kluisje|la|rekening) (?:money|cash|card)_(?:\\w+_){0,2}(?:from|out_of)_(?:his|her)_(?:wallet|purse|bag|account)');

/** Each of these is a warning sign on its own. */
const DEATH_WISH = words(
  '(?:ben|is|zijn|zal|zou)_(?:ik|hij|ze|zij)_er_(?:toch|straks|dan|binnenkort|morgen|volgende_week)_(?:\\w+_)?niet_meer ' +
    '(?:ik|hij|ze|zij)_(?:ben|is|zijn)_er_(?:\\w+_)?(?:binnenkort|binnekort|straks|morgen|bijna)_(?:toch_)?niet_meer(?!_(?:zo|zeker|van|bij|aan|in|op)) ' +
    'tired_of_(?:living|life|being_alive) moe_van_het_leven (?:het_)?leven_(?:\\w+_){0,2}geen_zin_(?:meer_)?(?:heeft|had|hebben) life_(?:has_)?no_(?:meaning|point) ' +
    '(?:denkt|dacht|denken|thinks|thinking|thought)_(?:\\w+_){0,2}(?:aan|about)_(?:de_dood|doodgaan|dood_gaan|sterven|death|dying|zelfmoord|zelfdoding|killing_(?:him|her|my)self) ' +
    '(?:een|a)_(?:last|burden)_(?:voor|for|to)_(?:iedereen|everyone|anyone|others|anderen|de_familie|zijn_familie|haar_familie|his_family|her_family) ' +
    'beter_af_(?:\\w+_){0,3}als_(?:ik|hij|ze|zij)_(?:er_)?(?:weg|dood|niet_meer) geen_uitweg no_way_out ' +
    'not_worth_living niet_(?:meer_)?de_moeite_waard_om_te_leven ' +
    'niet_(?:meer_)?wakker_(?:te_)?(?:worden|wordt|word) over_(?:een_)?(?:eind|einde)_maken (?:eind|einde)_(?:te_)?maken_aan ' +
    '(?:nagedacht|denkt|dacht|thought|thinking|thinks)_(?:\\w+_){0,2}(?:over_)?(?:hoe|how)_(?:hij|ze|zij|ik|he|she|i)_(?:het_)?(?:zou|would|will|gaat|is_going_to)_(?:doen|do_it) ' +
    '(?:verdwijnen|verdwijnt|disappear|disappears|vanish)_(?:\\w+_){0,1}(?:forever|for_good|for_ever|voorgoed|voor_altijd) (?:voorgoed|voor_altijd)_(?:verdwijnen|weg_zijn|weg_wil) ' +
    'overdosis_(?:genomen|geslikt) took_an_overdose overdosed voor_de_trein in_front_of_a_train ' +
    // Found or seen at the railway, a bridge, a roof's edge: "gewoon even kijken" is no reassurance.
    '(?:op|bij|langs|naar|aan)_(?:het|de|een)_(?:spoor|spoorbaan|rails|brug|dak|balkon|perron|viaduct|kade|pier|rand)_(?:\\w+_){0,4}(?:gezien|gestaan|stond|staat|staan|liep|gelopen|gevonden|aangetroffen|zitten|zat|opgehaald|thuisgebracht) ' +
    '(?:gezien|gestaan|stond|staat|staan|aangetroffen|gevonden|zat|opgehaald)_(?:\\w+_){0,3}(?:op|bij|langs|aan)_(?:het|de)_(?:spoor|spoorbaan|rails|brug|dak|balkon|perron|viaduct|rand) op_het_spoor ' +
    '(?:on|near|at|by|off)_the_(?:tracks|railway|train_tracks|railway_line|edge|bridge|roof|ledge|platform_edge) (?:op|bij|aan)_de_rand_van_(?:het_dak|de_brug|het_balkon|het_perron)',
);
/** Not expecting to see a date, a funeral of one's own, a crash on purpose. */
const NO_FUTURE = words(
  '(?:niet_van_plan|verwacht_niet|denkt_niet)_(?:\\w+_){0,4}(?:te_)?(?:halen|meemaken) (?:wont|will_not|not_going_to|doesnt_expect_to)_(?:make_it_to|live_to_see|be_(?:here|around)_(?:for|at)) ' +
    '(?:naar|to|at)_(?:mijn|haar|zijn|my|her|his)_(?:begrafenis|uitvaart|crematie|funeral) (?:mijn|haar|zijn|my|her|his)_(?:eigen_)?(?:begrafenis|uitvaart|funeral)_(?:\\w+_){0,3}(?:regelen|plannen|geregeld|gepland|planned|arranged|planning) ' +
    '(?:driving|drive|drove|rijden|rijdt|reed|crash\\w*)_(?:\\w+_){0,3}(?:into|tegen)_(?:a_|een_)?(?:tree|boom|wall|muur|truck|vrachtwagen|viaduct) ' +
    '(?:if|als)_(?:things|it|het|alles|dit)_(?:\\w+_){0,2}(?:dont|doesnt|do_not|does_not|niet)_(?:\\w+_){0,1}(?:better|beter)_(?:\\w+_){0,6}(?:done|klaar|stop|stoppen|over|voorbij|end_it|ending_it|quit|ermee_ophouden) ' +
    '(?:find_out|ontdekken|erachter_komen)_(?:\\w+_){0,2}(?:soon|binnenkort|snel) (?:goodbye|farewell|suicide)_(?:letters?|notes?) wont_need_(?:them|it|these|those)_where (?:where|waar)_(?:he|she|hij|ze)_(?:is_|s_)?(?:going|heen_gaat|naartoe_gaat) ' +
    '(?:niet|nooit)_(?:meer_)?wakker_(?:te_)?(?:worden|wordt|word) ' +
    'afscheidsvideo\\w* afscheidsbericht\\w* afscheidsfilm\\w* goodbye_(?:video|message|post) ' +
    '(?:bleed|bleeding|bled)_out doodbloeden leegbloeden ' +
    '(?:manieren|manier|ways?|methods?)_(?:\\w+_){0,2}(?:om|to)_(?:\\w+_){0,3}(?:sterven|dood_te_gaan|die|end_(?:it|my_life|his_life|her_life)|zelfmoord) pijnloos_(?:sterven|dood) painless(?:ly)?_(?:death|die|way) ' +
    '(?:stemmen|voices)_(?:\\w+_){0,4}(?:zeggen|zegt|tell|telling|told|zeiden|zeggen_dat)_(?:\\w+_){0,4}(?:end_it|kill|dood|zichzelf|himself|herself|springen|jump|sterven|to_die) ' +
    '(?:wapen\\w*|vuurwapen|pistool|geweer|gun|firearm|rifle)_(?:\\w+_){0,8}(?:weet_wat_(?:hij|ze|ik)_(?:moet|gaat)_doen|knows_what_(?:he|she)_(?:has|is_going)_to_do) ' +
    '(?:na|after)_(?:mijn|haar|zijn|my|her|his)_(?:dood|overlijden|death)_(?:\\w+_){0,4}(?:zorgen|zorgt|care|look_after|hond|kat|dog|cat|kinderen) (?:zorgen|care|look_after)_(?:\\w+_){0,5}(?:na|after)_(?:mijn|haar|zijn|my|her|his)_(?:dood|overlijden|death) ' +
    'niemand_(?:\\w+_){0,2}(?:zou|zal)_(?:\\w+_){0,2}missen liever_(?:\\w+_){0,2}dood_(?:neervalt|neer_valt|zijn|gaan|ga|ben|is)',
);
/** Means: a rope bought, pills stored up, how many or how high is deadly. */
const MEANS = words(
  // A photo or message from water or a height with "last time"; how long one lasts without insulin
  // or food; a gun taken out and held ("zit er 's avonds mee aan tafel").
  '(?:rivier|brug|spoor|water|dak|flat|river|bridge|tracks|roof)_(?:\\w+_){0,6}(?:laatste_keer|last_time) (?:laatste_keer|last_time)_(?:\\w+_){0,6}(?:rivier|brug|spoor|water|dak|flat|river|bridge|tracks|roof) ' +
    '(?:hoe_lang|how_long)_(?:\\w+_){0,4}(?:zonder|without)_(?:zijn_|haar_|his_|her_)?(?:insuline|insulin|medicatie|medicijnen|medication|eten|food|drinken|water) ' +
    '(?:pistool|wapen|vuurwapen|geweer|gun|pistol|rifle|revolver)_(?:\\w+_){0,12}(?:ermee_aan_tafel|mee_aan_tafel|zit_(?:\\w+_){0,2}ermee|sits_with_it|holds_it|in_(?:zijn|haar|his|her)_(?:hand|mond|mouth)) ' +
  '(?:bought|got|kocht|gekocht|koopt)_(?:\\w+_){0,2}(?:rope|touw) (?:voorraad|stock|stash|opgespaarde|opgespaard|verzameling)_(?:\\w+_){0,2}\\w*(?:pillen|tabletten|medicijnen|pills|tablets|meds) ' +
    '(?:hele|alle|een_doosje|een_strip|een_pot|een_potje|strip|whole|all)_(?:\\w+_){0,2}(?:paracetamol|pillen|tabletten|medicijnen|slaappillen|pills|tablets|meds|oxazepam|insuline|painkillers)_(?:\\w+_){0,2}(?:neemt|inneemt|slikt|innemen|slikken|takes|took|swallow\\w*) ' +
    '(?:wat_er_(?:\\w+_){0,4}gebeurt|what_(?:would_)?happens?)_(?:\\w+_){0,6}(?:paracetamol|pillen|tabletten|slaappillen|pills|tablets|overdosis|overdose) ' +
    '(?:googled|searched|opgezocht|zocht|gegoogeld)_(?:\\w+_){0,6}(?:hoogste|tallest|highest|hoge|high)_(?:\\w+_){0,2}(?:gebouw|flat|brug|building|bridge|tower|toren) ' +
    '(?:how_to_get|hoe_(?:je|kom_je|kom_ik))_(?:\\w+_){0,2}(?:onto|on|op)_(?:the_|het_)?(?:roof|dak) ' +
    '(?:touw|rope|strop)_(?:\\w+_){0,3}(?:bos|woods|forest|zolder|attic|boom|tree|garage) (?:bos|woods|forest)_(?:\\w+_){0,3}(?:touw|rope) ' +
    '(?:pillen|tabletten|pills|tablets)_(?:\\w+_){0,2}(?:klaar_(?:heeft_)?liggen|klaar_(?:heeft_)?staan|ready) ' +
    '(?:mes|touw|pillen|knife|rope|pills)_(?:\\w+_){0,8}(?:voor|for)_(?:haarzelf|hemzelf|zichzelf|herself|himself|myself|mezelf) ' +
    '\\w*(?:pillen|tabletten)_(?:opgespaard|verstopt|gehamsterd) (?:hoeveel|how_many|how_much)_(?:\\w+_){0,6}(?:dodelijk|deadly|fatal|lethal|genoeg_om|(?:it_)?would_take|it_takes|nodig_(?:is|zijn|heeft|heb|hebt|hebben)) ' +
    '(?:opgezocht|gegoogeld|googlede|zocht_op|looked_up|searched|googled)_(?:\\w+_){0,4}(?:pillen|tabletten|pills|tablets|hoe_je|how_to_(?:die|end)|manieren_om|ways_to_(?:die|end)) ' +
    '(?:hoe_hoog|how_high)_(?:\\w+_){0,4}\\w*(?:flat|brug|gebouw|bridge|building|toren|viaduct|moet_zijn) ' +
    // How many pills are too many: "hoeveel paracetamol te veel is".
    '(?:hoeveel|how_many|how_much)_(?:\\w+_){0,4}(?:te_veel|teveel|too_many|too_much)_(?:is|zijn|would_be|is_too) ' +
    'weet_waar_(?:\\w+_){0,4}(?:jachtgeweer|geweer|pistool|vuurwapen|wapen|pillen|medicijnen)_(?:\\w+_)?(?:bewaart|bewaard|ligt|liggen|staat|verstopt) knows_where_(?:\\w+_){0,4}(?:gun|rifle|pistol|weapon|pills)_(?:is|are)_(?:kept|hidden|stored) ' +
    '(?:brug|spoor|flat|dak|bridge|tracks|roof)_(?:\\w+_){0,14}(?:durfde_(?:het_)?(?:toen_)?niet|didnt_dare|couldnt_go_through) ' +
    '(?:which|what)_(?:bridge|building|train|tracks)_(?:she|he|i)_(?:would|will|d)_use welke_(?:brug|flat|trein)_(?:ze|hij|ik)_(?:zou|zal)_(?:nemen|gebruiken) ' +
    '(?:bridge|brug|spoor|flat|tracks)_(?:\\w+_){0,6}(?:just_to_look|om_te_kijken|even_kijken|gaan_kijken)',
);
/** Self-harm told in the perfect tense: "heeft zich met een mes in zijn arm gesneden". */
const SELF_HARM = words('(?:straft|strafte|straffen|punishes|punished|punishing)_(?:zijn|haar|his|her)_(?:lijf|lichaam|body) (?:zijn|haar)_(?:lijf|lichaam)_(?:\\w+_)?(?:straft|strafte) (?:liet|laat|showed|shows)_(?:\\w+_){0,3}(?:littekens|scars)_?(?:zien)? krabt_(?:\\w+_){0,2}(?:armen|arm|huid|benen|polsen)_open (?:bonkt|bonkte|slaat|sloeg)_(?:\\w+_){0,2}(?:hoofd|kop)_(?:\\w+_)?tegen_de_muur (?:brandt|brandde|brandden)_zich(?:zelf)? (?:bangs|banged|hits)_(?:her|his)_head_(?:against|on)_the_wall (?:burns|burned|burnt)_(?:herself|himself) scheermesjes razor_blades zich(?:zelf)?_(?:\\w+_){0,7}(?:gesneden|gekrast|verwond|beschadigd|gebrand) zich(?:zelf)?_(?:\\w+_){0,5}(?:brandde|brandt|brandden|krabde|krabt) bloed_(?:\\w+_){0,2}(?:mouw|mouwen|pols|polsen) blood_on_(?:his|her|the)_(?:sleeve|sleeves|wrist|wrists)');
/** Farewell families that are ordinary when the support ends: thanks, goodbyes, "take care", things arranged. */
const THANKS = words('bedankt_voor_alles dank_voor_alles thanks_for_everything thank_you_for_everything bedankt_iedereen thanks_everyone thank_you_all');
const WAS_GOOD = words('het_is_mooi_geweest het_was_mooi it_was_(?:good|nice)_while_it_lasted its_been_good');
const GOODBYE = words('afscheid_(?:genomen|nemen|neemt|nam) (?:said|saying|says)_goodbye');
const ONLY_ONE = words('(?:je|jij|u)_(?:was|bent|waart)_(?:de_enige|echt_de_enige)_die you_(?:were|are)_the_only_one_(?:who|that)');
const TAKE_CARE = words('zorg_goed_voor take_(?:good_)?care_of_(?:mum|mom|mama|the_kids|my|her|his)');
const IN_ORDER = words('ik_regel_het_(?:wel|zelf) alles_(?:\\w+_){0,2}achterlaten netjes_(?:\\w+_)?achterlaten leave_everything_(?:\\w+_)?(?:tidy|in_order|sorted) (?:alles|everything)_(?:\\w+_){0,2}(?:geregeld|geordend|op_orde|sorted|arranged|in_order|taken_care_of) (?:sorted|arranged|settled)_(?:\\w+_)?everything ill_(?:sort|handle)_it_(?:myself|my_way)');
const ORDINARY_AT_END = new Set([THANKS, WAS_GOOD, GOODBYE, ONLY_ONE, TAKE_CARE, IN_ORDER]);
/** Farewell behaviour: one is ordinary ("afscheid van de dagbesteding"), two together are a sign. */
const FAREWELL = [
  words('testament laatste_bericht last_message (?:made|updated|changed|wrote|written|make|update)_(?:his|her|a)_(?:new_)?will'),
  words('(?:dichte_)?envelop_(?:\\w+_){0,3}(?:gegeven|achtergelaten) reservesleutel alles_in_dozen brief_(?:\\w+_){0,5}voor_later'),
  words('(?:voelde|klonk)_als_(?:een_)?afscheid felt_like_(?:a_)?goodbye sounded_like_(?:a_)?goodbye'),
  THANKS,
  WAS_GOOD,
  // Ending the lease or subscriptions with nowhere to go; arranging care for the children.
  words('(?:huur|abonnementen|verzekeringen|contracten)_(?:\\w+_){0,2}opgezegd cancelled_(?:his|her)_(?:lease|subscriptions|insurance) ' +
    '(?:kinderen|kids|children)_(?:\\w+_){0,4}(?:onderbrengen|ondergebracht|laten_opvangen|opvang_regelen)'),
  words('(?:een_)?brief_(?:\\w+_){0,4}(?:geschreven|aan_iedereen) brieven_geschreven letters?_to_everyone (?:wrote|writes|written|schreef|schrijft)_(?:\\w+_){0,2}(?:a_)?(?:letters?|brief|brieven|afscheidsbrief)'),
  words('(?:gave|gives|given|gaf|geeft|gegeven)_(?:me|mij|us|ons|her|him|haar|hem)_(?:his|her|zijn|haar)_(?:\\w+_)?(?:watch|horloge|ring|sieraden|jewellery|jewelry|spullen|things|gitaar|guitar|fiets|bike)'),
  GOODBYE,
  words('sorry_voor_alles sorry_for_everything sorry_(?:to_)?everyone sorry_iedereen sorry_allemaal'),
  // No longer reachable after such a message.
  words('(?:isnt|is_not|wasnt|not)_(?:answering|picking_up|responding) (?:doesnt|does_not|didnt|wont)_(?:answer|pick_up|respond) neemt_(?:\\w+_){0,2}niet_(?:meer_)?op onbereikbaar unreachable reageert_(?:\\w+_){0,2}niet_meer'),
  // Telling the worker to stop worrying: about me, or "you don't need to any more".
  words('(?:zorgen|worry|worrying)_(?:\\w+_)?(?:meer_)?(?:om|over|about)_(?:mij|me|hem|haar|him|her)_any_?more (?:geen_zorgen|no_worries)_meer_(?:\\w+_){0,1}(?:om|over)_(?:mij|me|hem|haar) (?:je|jullie|ons|we|u)_(?:\\w+_){0,5}geen_zorgen_meer(?!_(?:\\w+_){0,3}(?:over|om|voor)_(?:de|het|een|die|dat|zijn|haar|hun)_) (?:dont|do_not|no_need_to)_worry_about_me_any_?more'),
  // Putting things in order: "ik regel het wel", "alles geregeld", "sorted everything out".
  IN_ORDER,
  // The only one who listened: a last thank-you.
  ONLY_ONE,
  // Treasured things or a pet handed on.
  words('(?:zijn|haar|his|her)_(?:sieraden|horloge|ring|gitaar|spullen|kleren|boeken|platen|hond|kat|poes|huisdier|fiets|jewellery|jewelry|watch|guitar|dog|cat|pet|things|belongings|records|books)_(?:\\w+_){0,4}(?:gegeven|gaf|geeft|weggegeven|given|gave|handed) (?:giving|given|gave|gives)_(?:his|her|my|all_his|all_her)_(?:\\w+_){0,2}away'),
  TAKE_CARE,
  words('(?:zaken|zaakjes|papieren|spullen)_(?:\\w+_){0,3}(?:op_orde|geregeld) schulden_(?:\\w+_){0,3}(?:geregeld|afbetaald|terugbetaald|afgelost) (?:paid_back|repaid)_(?:all_)?(?:his|her)_debts affairs_in_order (?:sorted|put)_(?:out_)?(?:his|her|my)_affairs'),
  // A pet or treasured things handed over: giving possessions away.
  words('(?:giving|given|gave|gives)_away_(?:his|her|my|all) (?:giving|given|gave|gives)_(?:his|her)_(?:watch|ring|rings|jewellery|jewelry|guitar|records|books|dog|cat|pet|bike|belongings)_(?:to|away) (?:geeft|gaf|gegeven)_(?:\\w+_){0,1}(?:zijn|haar|al_zijn|al_haar)_\\w+_(?:\\w+_){0,4}weg (?:al_)?(?:zijn|haar)_\\w+_(?:\\w+_){0,2}weggegeven (?:wont|will_not|doesnt|does_not)_need_(?:them|it|these|those|that|anything)'),
  words('(?:naar_het_asiel|to_the_shelter|rehomed) (?:kat|poes|hond|huisdier|cat|dog|pet)_(?:\\w+_){0,2}(?:gaat_naar|goes_to|weggegeven|gegeven_aan|given_to|naar_(?:mijn|zijn|haar)_(?:zus|broer|moeder|vader|buurvrouw))'),
  words('(?:ineens|opeens|plotseling|vreemd|opvallend|raar)_(?:heel_|erg_)?(?:rustig|kalm|blij) (?:suddenly|strangely|oddly|unusually|eerily)_(?:very_)?(?:calm|peaceful|happy|at_peace) (?:rustiger|kalmer)_dan_(?:\\w+_){0,3}ooit calmer_than_(?:\\w+_){0,3}ever'),
  // Arranging for after: "voor als er iets met mij is", cupboards emptied.
  words('voor_als_er_(?:\\w+_)?iets_met_(?:mij|me|hem|haar)_(?:is|gebeurt|gebeurd) in_case_something_happens_to_(?:me|him|her) (?:kasten|kamer|kledingkast|spullen)_(?:\\w+_){0,2}leeggeruimd (?:emptied|cleared_out)_(?:\\w+_){0,2}(?:cupboards|wardrobe|room)'),
  words('alsof_(?:het_)?(?:de_)?laatste_keer as_if_(?:it_)?(?:was|were)_the_last_time'),
  words('(?:zorgen|zorgt)_(?:\\w+_){0,2}als_(?:hij|ze|ik)_er_(?:straks_)?niet_meer'),
];
/**
 * The support, a session or a stay ends: thanks, goodbyes and "take care" are ordinary then
 * (the first farewell families above); gifts, being unreachable or things put in order still count.
 */
const SUPPORT_ENDING = words(
  'laatste_(?:gesprek|afspraak|keer|sessie|dag|bezoek|huisbezoek) afronden rond_(?:\\w+_){0,3}af afgerond afsluiten afsluiting eindevaluatie evaluatie traject_(?:\\w+_){0,2}(?:af|stopt|eindigt|klaar) ' +
    'begeleiding_(?:\\w+_){0,2}(?:stopt|eindigt|af|klaar|afgelopen) uitstroom uitstroomt uitgestroomd verhuist verhuisd verhuizing ' +
    'last_(?:session|meeting|visit|appointment|day) discharge discharged (?:support|care|trajectory)_(?:\\w+_){0,2}(?:ends|ended|is_ending|stops|finished) wrap_up wrapping_up moving_out moved_out',
);
/** Exhaustion and hopelessness: weak alone ("ik kan niet meer" after a long shift), a sign with another. */
const HOPELESS = [
  words('(?:ik_)?wil_dat_(?:het|alles)_(?:\\w+_)?(?:ophoudt|stopt|voorbij_is) (?:i_)?want_(?:it|everything)_(?:all_)?to_(?:stop|end|be_over)'),
  words('kan_(?:het_|dit_|dat_)?niet_meer cant_(?:do_this|go_on|take_it)_any_?more'),
  words('(?:heeft|had)_(?:het_)?(?:allemaal_|toch_)?geen_zin_meer (?:alles|allemaal)_(?:\\w+_)?geen_zin_meer (?:whats|what_is)_the_point'),
  words('klaar_mee done_with_(?:it_all|everything|life)'),
  words('punt_achter_(?:\\w+_)?zetten'),
  words('hoe_lang_(?:\\w+_){0,2}(?:dit_)?(?:nog_)?(?:volhoudt|volhoud|volhouden)'),
  words('somber wekenlang_somber hopeloos hopeless depressed geen_toekomst no_future'),
  words('heeft_(?:het_)?allemaal_geen_zin er_komt_(?:toch_)?(?:niks|niets)_(?:meer_)?van_(?:mij|me|hem|haar)'),
  words('mijn_tijd_(?:wel_)?gehad laat_me_(?:maar_)?gaan'),
  words('ligt_(?:\\w+_){0,2}(?:alleen_)?nog_(?:op|in)_(?:bed|de_bank) (?:stays|stayed|lies|lay)_in_bed_all_day ligt_(?:\\w+_){0,2}de_hele_dag_(?:op|in)_(?:bed|de_bank) gordijnen_(?:\\w+_){0,3}dicht (?:curtains|blinds)_(?:\\w+_){0,2}(?:closed|drawn|shut)'),
  words('(?:stopt|stopte|gestopt)_met_(?:zijn|haar)_(?:\\w+_)?(?:medicijnen|medicatie|pillen|tabletten|insuline) stopped_taking_(?:his|her)_(?:\\w+_)?(?:tablets|pills|medication|meds|insulin) (?:eet|at)_(?:bijna_)?niet(?:s)?_meer (?:stopped|stops)_eating (?:stopt|stopte|gestopt)_met_eten eet_(?:nog_)?(?:nauwelijks|amper|haast_niet|bijna_niets) (?:barely|hardly)_eats'),
  // Why still make the effort: "waarom zou ik nog moeite doen", "why bother".
  words('waarom_zou_(?:ik|ze|hij|zij)_(?:nog_)?(?:moeite_doen|doorgaan|opstaan|mijn_best_doen) why_(?:should_i_)?bother(?:_getting_up|_trying)?'),
  words('wat_maakt_het_(?:nog_)?uit what_does_it_matter maakt_(?:\\w+_){0,2}(?:niet|niets|niks)_meer_uit (?:doesnt|does_not)_matter_any_?more nothing_matters'),
  words('heel_stil stil_geworden trekt_zich_terug teruggetrokken withdrawn (?:ga|gaat|going_to)_het_(?:gewoon_)?doen (?:im|i_m|i_am)_going_to_do_it'),
];

/** A joke marker: "rather die than sing karaoke lol". */
const JOKE = words('lol haha hahaha grapje grap joke joking kidding');

export interface SituationSignal {
  kind: SafetyKind;
  family: string;
}

/** The farewell signs in a text; at the end of the support its thanks and goodbyes do not count. */
function farewellSigns(has: (pattern: RegExp) => boolean): number {
  const ending = has(SUPPORT_ENDING);
  return FAREWELL.filter((f) => has(f) && !(ending && ORDINARY_AT_END.has(f))).length;
}

/** Someone crying out for help (heard by the neighbours), not the client asking the neighbours for help. */
const CRY_FOR_HELP =
  /\b(?:riep|roept|riepen|roepen|schreeuwde|schreeuwt|schreeuwen|gilde|gilt|gillen|hoort|hoorde|hoorden|horen|heard|hear|hears|screamed|screaming|shouted|shouting|cried|crying|yelled|yelling|called out) (?:\w+ ){0,4}(?:om hulp|for help)\b|\bom hulp (?:roepen|riep|roept|riepen|schreeuwen|schreeuwde|gillen|gilde)\b|\bhulpgeroep\b|\bhelp roepen\b/;
/** A client who no longer lends or gives her money ("ze leent haar zoon geen geld meer"): a step forward, not money taken. */
const NO_LONGER_GIVES = /\b(?:leent|leende|geeft|gaf|lends|gives|gave)\b(?: \w+){0,3} (?:geen|no|not any) (?:geld|money)\b/;

/**
 * Hints in a normalised question: one farewell or hopeless sign, control, or money handed to a
 * relative, without what would make them a signal. They keep a question from being refused.
 */
export function situationHints(text: string): SafetyKind[] {
  const has = SITUATION_GUARD.reader(text);
  const out: SafetyKind[] = [];
  if (farewellSigns(has) || HOPELESS.some((f) => has(f))) out.push('suicide');
  const control = (has(CONTROL) || has(EVERYDAY_CONTROL)) && (has(ADULT) || has(PARTNER));
  const money = has(MONEY) && has(TAKER) && (has(TAKES) || has(GIVES));
  if (control || money || (has(CHILD) && (has(HIDING) || has(PUNISHMENT)))) out.push('violence');
  return out;
}

/** The situation signals in a normalised question. */
export function situationSignals(text: string): SituationSignal[] {
  const has = SITUATION_GUARD.reader(text);
  const out: SituationSignal[] = [];
  const add = (kind: SafetyKind, family: string) => out.push({ kind, family });

  // Suicide: a wish or a plan, a means, self-harm, two farewell signs, or hopelessness with one of them.
  const farewell = farewellSigns(has);
  const hopeless = HOPELESS.filter((f) => has(f)).length;
  if (has(DEATH_WISH)) add('suicide', 'death-wish');
  if (has(MEANS)) add('suicide', 'means');
  if (has(NO_FUTURE) && !has(JOKE)) add('suicide', 'no-future');
  if (has(SELF_HARM)) add('suicide', 'self-harm');
  if (has(WIDOWED) && has(TO_THE_DEAD)) add('suicide', 'to-the-dead');
  if (farewell >= 2 || (farewell >= 1 && hopeless >= 1) || hopeless >= 2) add('suicide', 'farewell-or-hopeless');

  // Violence and abuse.
  if (has(PHYSICAL)) add('violence', 'physical-act');
  if (has(SEXUAL)) add('violence', 'sexual');
  if (has(HONOUR)) add('violence', 'honour');
  if (has(THREAT)) add('violence', 'threat');
  const adult = has(ADULT);
  const elder = has(ELDER) || (has(GRANDPARENT) && has(GRANDCHILD));
  const child = has(CHILD);
  if (child && has(EXPLOITATION)) add('violence', 'exploitation');
  const cover = has(COVER_STORY);
  if (has(NECK_MARKS)) add('violence', 'neck-marks');
  if (has(INJURY) && (cover || ((adult || child || has(AT_HOME) || has(FIGHT)) && !has(INNOCENT_CAUSE)))) add('violence', 'injury');
  if (adult && has(EMOTIONAL)) add('violence', 'psychological');
  if (child && has(PARENT_IMPAIRED)) add('violence', 'parent-impaired');
  if ((has(CARER) || adult || elder) && has(DEPENDENT_NEGLECT)) add('violence', 'neglect-of-dependent');
  if (child && has(FEAR_SIGN) && /\b(?:raises? (?:a |his |her )?hand|hand (?:opheft|optilt|opsteekt)|arm (?:opheft|optilt))\b/.test(text)) add('violence', 'flinching-child');
  if (child && has(FEAR_SIGN) && has(ANGRY_ADULT)) add('violence', 'child-startled-by-anger');
  if (child && has(PUNISHMENT)) add('violence', 'harmful-punishment');
  if (child && has(CONFINED)) add('violence', 'child-confined');
  if (child && has(CHILD_BLOW)) add('violence', 'child-hit');
  if ((child || adult) && has(WEAPON) && !has(KITCHEN)) add('violence', 'weapon');
  if (has(WITNESS) && CRY_FOR_HELP.test(text)) add('violence', 'cry-for-help');
  if ((adult || elder) && has(FEAR_SIGN) && has(WHEN_THERE)) add('violence', 'fear-of-someone');
  if (adult && cover && has(FEAR_SIGN)) add('violence', 'hiding');
  if (adult && has(STALKING)) add('violence', 'stalking');
  if (child && (has(CHILD_HIDING) || (has(HIDING) && has(ANGER_OR_FEAR) && !has(GAME)))) add('violence', 'child-afraid-at-home');
  if ((child || has(YOUNG)) && has(AVOIDS_HOME) && has(PARENT_STATE)) add('violence', 'child-avoids-home');
  if (child && has(UNSAFE) && (has(AT_HOME) || adult)) add('violence', 'child-unsafe');
  if (has(ROUGH) && (adult || child || has(PARTNER))) add('violence', 'rough');
  if (has(SEX_FOR_FAVOURS)) add('violence', 'exploitation');
  if (child && has(NIGHT_VISIT) && (adult || has(SECRET))) add('violence', 'night-visits');
  if (child && adult && has(SECRET) && has(GAMES_ALONE)) add('violence', 'secret-games');
  if (adult && has(SECRET) && /\b(?:niet (?:meer )?naar (?:hem|haar) toe|(?:doesnt|does not|dont) want to (?:go|see) (?:him|her) (?:again|any ?more))\b/.test(text)) add('violence', 'secret-and-avoidance');
  if (child && has(PARENT_STATE) && has(FENDS_FOR_ITSELF)) add('violence', 'child-fends-for-itself');
  if ((has(CONTROL) || has(EVERYDAY_CONTROL)) && has(COVER_STORY)) add('violence', 'control-and-cover-story');
  if (has(CONTROL) && (adult || /\b(?:haar|her)\b/.test(text))) add('violence', 'control');
  if (has(EVERYDAY_CONTROL) && (has(PARTNER) || /\b(?:he|she)\b/.test(text))) add('violence', 'coercive-control');
  if (has(WITNESS) && has(NOISE) && !has(FEUD_WITH_NEIGHBOURS) && !has(HOUSEHOLD_NOISE)) add('violence', 'heard-by-others');
  if (child && has(NEGLECT)) add('violence', 'neglect');
  const givesNoMore = NO_LONGER_GIVES.test(text);
  if (!givesNoMore && has(MONEY) && has(TAKER) && ((has(TAKES) && (has(DEPRIVED) || elder)) || (has(GIVES) && has(DEPRIVED)))) add('violence', 'financial-abuse');
  if (has(STEALS) && (has(TAKER) || elder || adult)) add('violence', 'financial-abuse');
  // An older person left without money while a relative has the card: taken, whatever the word.
  if (elder && has(MONEY) && has(TAKER) && has(DEPRIVED)) add('violence', 'financial-abuse');
  return out;
}
