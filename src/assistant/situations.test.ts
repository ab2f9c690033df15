import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';
import { normalize } from './normalize';
import { route } from './router';
import { SITUATIONS } from './situations';

/** Our own phrasings: what the worker wants to do, with no topic word in them. */
const EXAMPLES: Record<string, string[]> = {
  confront: ['hoe breng ik bij hem ter sprake dat hij steeds te laat is', 'how do I bring up that she keeps shouting at staff'],
  'reflect-self': ['ik blijf maar malen over dat gesprek van gisteren', 'wat zegt mijn irritatie eigenlijk over mijzelf'],
  'learn-together': ['ik wil met mijn collega’s terugkijken op hoe ik dat incident aanpakte', 'we willen als team samen leren van lastige situaties', 'ik wil dit met collega’s bespreken want ik zit er zelf mee'],
  'self-disclosure': ['should I tell my client I went through a burn-out myself', 'ik heb zelf ook jaren gebruikt, hoe ver mag ik gaan met wat ik daarover vertel', 'How can a peer worker with lived experience help my team?', 
    'een jongen vroeg of ik zelf ooit geblowd heb',
    'should I tell a resident about my own past',
    'bewoner zoekt mensen die ook uit de verslaving zijn gekomen',
  ],
  'professional-limits': ['een bewoner vroeg of ik zaterdag mee naar zijn verjaardag kom', 'hij zegt steeds: jij bent toch mijn maatje', 'een bewoonster stuurde me een vriendschapsverzoek', 'mag ik een cadeautje aannemen van een cliënt', 'a resident asked me to help in my free time'],
  'hand-over-close': ['de begeleiding loopt over twee maanden af en ik wil niet dat ze in een gat valt', 'zijn indicatie loopt volgende maand af, hoe pak ik het laatste gesprek aan', 'how do I hand over a client to the new team'],
  'look-back': ['we willen terugkijken op het afgelopen jaar'],
  relatives: ['haar zus appt me elke avond om te horen hoe het met haar gaat', 
    'zijn moeder belt elke week en wil weten wat hij vertelt',
    'de partner van mijn cliënt zorgt al jaren voor hem en is uitgeput',
    'mag ik zijn zus uitnodigen bij het volgende gesprek',
    'haar vader belde gisteren boos op, wat mag ik hem zeggen',
  ],
  'draw-network': ['wie staan er allemaal om haar heen, buren, familie en hulpverleners', 'ik wil met haar tekenen wie dichtbij staat en wie verder weg', 'can we draw circles with all the people around him', 'ik wil samen op papier zetten wie er allemaal in haar leven zijn'],
  'map-strengths': ['how do I learn what a new resident is good at across his whole life', 'bij de start wil ik samen kijken naar wonen, werk, geld en vrienden, hoe pak ik dat aan', 'ik wil in kaart brengen wat er goed gaat op allerlei gebieden'],
  'natural-resources': ['hij kan heel goed fietsen repareren, hoe zet ik dat in', 'ze kent niemand in de wijk', 'sporten is te duur voor hem, wat nu'],
  'wish-to-steps': ['hij wil gewoon weer een leven, hoe vertaal ik dat naar stappen in zijn plan', 'hij wil gewoon weer een normaal leven, hoe maak ik dat concreet'],
  'everything-at-once': ['ze wil alles tegelijk, waar begin je dan'],
  'too-much': ['hij wil tegelijk stoppen met blowen en een baan zoeken, ik twijfel of dat verstandig is', 'how do I assess the risks for a father who just came out of prison', 'ik twijfel of hij dit allemaal wel aankan', 'kan hij een nieuwe baan en een verhuizing tegelijk wel aan', 'hoe schat ik in wat mijn cliënt op dit moment kan dragen', 'ik vraag me af of ze het trekt als haar dochter terugkomt', 'what can she handle right now, with the move coming', 'houdt hij zichzelf genoeg in de hand om alleen met de trein te gaan', 'how do I talk about self control with a young man who explodes at school', 'hoe vraag ik mevrouw naar haar eigen veiligheid en die van haar kinderen'],
  'gut-feeling': ['ik heb een raar gevoel bij dit gezin maar kan niet zeggen waarom'],
  hope: ['ze zegt dat ze te oud is om nog opnieuw te beginnen', 'hij noemt zichzelf een mislukkeling, hoe laat ik zien wat hij al bereikt heeft', 'hij zegt dat het toch nooit wat wordt met hem', 'ze ging voor het eerst in maanden zelf boodschappen doen'],
  'why-questions': ['als ik vraag waarom doe je dat dan klapt hij dicht'],
  'calling-names': ['op de groep heet hij de lastpost, hoe ga ik daarmee om', 'in het dossier staat dat hij een draaideurklant is, wat doe ik daarmee', 'in de overdracht noemen collega’s haar steeds “de lastige”'],
  'what-did-i-see': ['how do I separate what I saw from what I think about it in my notes', 'ik schreef dat hij onrustig was, maar wat heb ik eigenlijk gezien'],
  'plain-language': ['ik wil mijn verslag zo schrijven dat mijn cliënt met een lvb het zelf kan lezen', 'how do I write a plan a resident who cannot read well understands'],
  passive: ['mijn verslagen staan vol met "er werd besproken dat"'],
  'case-to-team': ['onze casusbesprekingen hebben geen structuur en lopen uit op klagen, hoe leid ik die beter', 'ik wil de casus van meneer Pieters inbrengen bij het team, hoe bereid ik dat voor', 'how do I bring a stuck case to the team'],
  'what-goes-well': ['welke vragen stel ik om te zien wat al goed gaat bij haar'],
  'negations-in-writing': ['in zijn doel staat nu: ik wil geen ruzie meer met mijn moeder, mag dat zo', 'de helft van mijn zinnen begint met geen of niet', 'in het plan staan vooral dingen die hij niet mag'],
  'write-from-strengths': ['in mijn rapportage staat alleen wat er vandaag fout ging, hoe krijg ik erin wat hem wel lukte', 'hoe rapporteer ik vanuit wat zij wel kan', 'ik wil dat hij zichzelf herkent in het verslag'],
  unreachable: ['ik sta al drie weken voor een dichte deur bij mevrouw', 'he never opens the door when I come by, how do I get in touch', 'hij neemt al weken de telefoon niet op', 'she doesnt reply to my messages or pick up, what now', 'ze slaat de afspraken met mij steeds over'],
};

describe('situations', () => {
  it('point to cards that exist', () => {
    const ids = new Set(KNOWLEDGE_CARDS.map((c) => c.id));
    for (const s of SITUATIONS) expect(ids.has(s.card), s.id).toBe(true);
  });

  it('each has our own examples', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(SITUATIONS.map((s) => s.id).sort());
  });

  for (const s of SITUATIONS) {
    it(`${s.id}: recognises its phrasings and puts ${s.card} among the answers`, () => {
      for (const q of EXAMPLES[s.id] ?? []) {
        expect(s.patterns.some((p) => p.test(normalize(q))), q).toBe(true);
        expect(route(q).answers.slice(0, 3).map((a) => a.card), q).toContain(s.card);
      }
    });
  }
});

describe('life-area words are weak evidence', () => {
  it('a situation in a life area goes to what the worker wants to do', () => {
    expect(route('een bewoner wil mij in mijn vrije tijd helpen verhuizen').answers[0]?.card).toBe('werkrelatie');
    expect(route('haar man zorgt al jaren voor haar en is op, hoe betrek ik hem').answers[0]?.card).toBe('naastbetrokkenen');
  });

  it('a question about the area itself still gets the area', () => {
    expect(route('cliënt heeft schulden en een laag inkomen').answers[0]?.card).toBe('leefgebied-financien');
    expect(route('wat hoort bij het leefgebied wonen').answers[0]?.card).toBe('leefgebied-wonen');
  });
});

describe('English reaches the same card as Dutch', () => {
  it.each([
    ['How do I rephrase a sentence with not in a positive way?', 'niet-formuleringen'],
    ['What can I share with the parents of my client?', 'naastbetrokkenen'],
    ['How do I end the support period well?', 'afronden'],
    ['How do I use the neighbourhood instead of more professional care?', 'hulpbronnen'],
    ['Is it ok to tell a client my own recovery story?', 'ervaringsdeskundigheid'],
    ['A resident wants to meet me on my day off, is that ok?', 'werkrelatie'],
    ['Her brother phones me every week, what can I tell him?', 'naastbetrokkenen'],
    ['How do I write a daily note that shows what went well?', 'rapporteren-ecd'],
  ])('%s', (q, card) => {
    expect(route(q).answers.slice(0, 3).map((a) => a.card)).toContain(card);
  });
});

describe('what is not a situation', () => {
  it('"hoe maak ik dat …" is no confrontation unless it is about making something bespreekbaar', () => {
    const confront = SITUATIONS.find((s) => s.id === 'confront')!;
    expect(confront.patterns.some((p) => p.test(normalize('hoe maak ik dat zichtbaar op een tekening')))).toBe(false);
    expect(confront.patterns.some((p) => p.test(normalize('hoe maak ik zijn drankgebruik bespreekbaar')))).toBe(true);
  });

  it('"kan … aan" with a place after it is no carrying capacity', () => {
    const tooMuch = SITUATIONS.find((s) => s.id === 'too-much')!;
    expect(tooMuch.patterns.some((p) => p.test(normalize('kan ik morgen niet aan de slag met het plan')))).toBe(false);
  });
});

describe('function words and the frame of a question', () => {
  it('reads "naast" as beside, not as the start of naastbetrokkenen', () => {
    expect(route('welke methodes zijn er naast intervisie').answers.map((a) => a.card)).not.toContain('naastbetrokkenen');
  });

  it('reads who says something as the frame, not the topic', () => {
    expect(route('mijn leidinggevende vindt dat ik te vaak geen of niet gebruik').answers[0]?.card).toBe('niet-formuleringen');
  });

  it('puts writing about what the client can under krachtgericht formuleren', () => {
    expect(route('hoe laat ik de sterke kanten van een cliënt zien in mijn rapportage').answers[0]?.card).toBe('krachtgericht-formuleren');
  });
});
