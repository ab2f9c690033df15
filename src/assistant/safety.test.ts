import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { SAFETY_CARDS, SAFETY_LINES, safetySignals } from './safety';

interface SafetyItem {
  id: string;
  question: string;
  expect: string;
  /** true: a disclosure or hint that must open with `expect`; false: a near-miss. */
  safety: boolean;
}

const root = resolve(import.meta.dirname, '../..');
const items = readFileSync(resolve(root, 'tests/assistant/safety.jsonl'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SafetyItem);
const positives = items.filter((q) => q.safety);
const nearMisses = items.filter((q) => !q.safety);
const router = createRouter();
const safetyCards = new Set(Object.values(SAFETY_CARDS));

describe('safety first (tests/assistant/safety.jsonl)', () => {
  it('has at least 40 safety phrasings, Dutch and English, and 15 near-misses', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(nearMisses.length).toBeGreaterThanOrEqual(15);
    for (const q of positives) expect(safetyCards.has(q.expect), q.id).toBe(true);
  });

  it.each(positives.map((q) => [q.id, q] as const))('%s opens with its safety card and the first steps', (_id, q) => {
    const r = router.route(q.question);
    expect(r.outOfScope, q.question).toBe(false);
    expect(r.answers[0]?.card, q.question).toBe(q.expect);
    const kind = q.expect === SAFETY_CARDS.suicide ? 'suicide' : 'violence';
    // The steps come first, then the card.
    expect(r.text.startsWith(SAFETY_LINES[kind]), q.question).toBe(true);
    expect(r.text.indexOf('### ')).toBeGreaterThan(r.text.indexOf('112'));
  });

  it.each(nearMisses.map((q) => [q.id, q] as const))('%s is no safety question', (_id, q) => {
    expect(safetySignals(q.question), q.question).toEqual([]);
    expect(router.route(q.question).text).not.toMatch(/Eerst de veiligheid/);
  });
});

describe('safetySignals', () => {
  it('is not swallowed by an out-of-scope intent', () => {
    for (const q of ['mijn cliënte is door haar man mishandeld, moet ze aangifte doen?', 'ze spaart haar pillen op, hoeveel tabletten is gevaarlijk?']) {
      const r = router.route(q);
      expect(r.outOfScope, q).toBe(false);
      expect(safetyCards.has(r.answers[0]!.card), q).toBe(true);
    }
  });

  it('puts the taxatie first and the meldcode second when both are there', () => {
    const r = router.route('haar man slaat haar en nu zegt ze dat ze niet meer wil leven');
    expect(r.answers.slice(0, 2).map((a) => a.card)).toEqual(['taxatie-van-draagkracht', 'meldcode']);
    expect(r.text).toContain('113');
    expect(r.text).toContain('Veilig Thuis');
  });

  it('reads "dreigen" as looming, not as a threat, in "er dreigt" and "dreigt … te"', () => {
    expect(safetySignals('er dreigt een huisuitzetting voor mijn cliënte en haar kinderen')).toEqual([]);
    expect(safetySignals('haar zoon dreigt van school te gaan')).toEqual([]);
    expect(safetySignals('haar ex dreigt haar')).toMatchObject([{ kind: 'violence' }]);
  });

  it('reads fear as a signal only when someone at home is feared', () => {
    expect(safetySignals('wat doe ik met mijn angst voor een gesprek met zijn moeder')).toEqual([]);
    expect(safetySignals('het kind is bang in het donker')).toEqual([]);
    expect(safetySignals('my client is afraid of her husband')).toMatchObject([{ card: 'meldcode' }]);
  });

  it('keeps answers sorted and in the contract range', () => {
    for (const q of positives) {
      const scores = router.route(q.question).answers.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('signal families from the meldcode signal lists and suicide warning signs', () => {
  const violence = [
    'haar vriend zei dat hij haar afmaakt als ze weggaat',
    'he told her he would kill her if she called the police',
    'zijn vrouw neemt elke ochtend zijn telefoon en pinpas af',
    'cliënte mag van haar man niet alleen de deur uit',
    'de kleinzoon neemt steeds geld van de pinpas van zijn oma',
    'haar ex wacht haar elke dag op voor haar deur na de les',
    'hij gaf zijn zoon een paar klappen omdat hij niet luisterde',
    'haar man dwong haar tot seks na het feest',
    'ze heeft brandwonden op haar handen en haar man praat steeds voor haar',
    'ze kwam met een dikke lip binnen na een ruzie met haar partner',
    'de peuter zat de hele middag in een volle luier en de koelkast was leeg',
    'de stiefdochter van mijn cliënt loopt steeds weg en komt terug met dure kleding',
    'my client has a restraining order, straatverbod, but her ex keeps coming back',
    'her boyfriend is stalking her after the break-up',
    'haar vriend smeet een asbak naar haar hoofd',
    'zijn vrouw had een bloedneus en zei dat hij er niets mee te maken had',
    'haar ex sloot haar een nacht op in de badkamer',
    'de dochter van 13 zegt dat haar oom s nachts in haar kamer komt',
    'de peuter zat onder de poep en vader was onder invloed',
    'her 10-year-old has to take care of his brothers every evening',
  ];
  const suicide = [
    'hij zegt dat niemand hem zou missen als hij er niet meer is',
    'ze ziet de zin van opstaan niet meer',
    'meneer heeft al zijn spullen weggegeven aan de buren',
    'er zitten verse sneden op haar polsen',
    'he talks about dying all the time lately',
    'zij deed twee jaar geleden een poging en is nu weer somber',
    'we found a rope hidden in his room',
    'ze zegt dat haar leven toch zinloos is',
    'hij appte vannacht dat hij ons straks niet meer nodig heeft',
    'she searched online how many pills are a lethal dose',
    'sinds de scheiding heeft ze nergens meer zin in, hoe pak ik dat op',
    'hij ziet de zin nergens meer van sinds zijn vrouw weg is',
    'hij zei dat hij geen zin meer in heeft, in niks eigenlijk',
    "my client says he doesn't care about anything anymore since his mother died",
  ];
  const nearMisses = [
    'mijn cliënt loopt weg voor zijn problemen, hoe spreek ik hem aan',
    'hij deed een poging om weer te gaan werken',
    'de kinderen gilden van plezier in de speeltuin',
    'ze maakt haar huiswerk af met haar zoon',
    'zijn moeder pakt de telefoon nooit op als ik bel',
    'hoe vier ik een klein succes met een bewoner die een klap heeft gehad door het ontslag',
    'this rota is killing me, how do I plan my week',
    'bij het afscheid zei ze dat ze ons niet meer nodig heeft',
    'hij had vandaag nergens zin in en bleef in bed, hoe schrijf ik dat krachtgericht op',
    'ze heeft geen zin meer in de dagbesteding, hoe bespreek ik dat',
  ];

  it.each(violence)('meldcode first: %s', (q) => expect(router.route(q).answers[0]?.card).toBe(SAFETY_CARDS.violence));
  it.each(suicide)('taxatie first: %s', (q) => expect(router.route(q).answers[0]?.card).toBe(SAFETY_CARDS.suicide));
  it.each(nearMisses)('no safety answer: %s', (q) => expect(safetySignals(q)).toEqual([]));
});
