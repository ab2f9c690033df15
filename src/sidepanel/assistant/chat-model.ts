import { signal } from '@preact/signals';
import type { KnowledgeCard } from '../../assistant/card-schema';
import { FLOW_STARTERS, type FlowId, type FlowResult, type FlowSession, type Choice, startFlowById } from '../../assistant/flows';
import { KNOWLEDGE_CARDS } from '../../assistant/knowledge-cards.generated';
import { prepareRouter, type RouteResult, route } from '../../assistant/router';
import { BUILTIN_TEMPLATES } from '../../templates/builtin';
import { applySuggestion, field, notice } from '../panel-model';
import { DEFAULT_HISTORY_DAYS, type HistoryDays } from '../../storage/chat';
import { chatStore, loadHistorySetting, saveHistorySetting } from './assistant-store';
import { saveDrafts } from './journal-model';
import { insertTemplate } from './page-actions';

/**
 * The assistant's chat as signals: the messages, the quick replies under them and the running
 * flow. Components read these and call the actions below. The history is kept in IndexedDB only
 * when the worker turned that on, for the days the worker chose; otherwise it lives as long as
 * the panel. What may be kept of a message is decided when it is said (`kept`): while a flow
 * runs, by the flow (Check mijn tekst lets through only its summary).
 */

export interface ChatItem {
  id: string;
  role: 'user' | 'assistant';
  /** The worker's words as typed (plain text), or the assistant's Markdown. */
  text: string;
  at: number;
  /** The end of a flow: plain text to insert or copy. */
  result?: FlowResult;
  /** What a kept history may hold of this message, or null: nothing (see keptOf). */
  kept: string | null;
}

type QuickAction =
  | { kind: 'card'; card: string }
  | { kind: 'flow'; flow: FlowId; series?: boolean }
  | { kind: 'template'; template: string };

interface QuickReply {
  label: string;
  action: QuickAction;
}

export const messages = signal<ChatItem[]>([]);
export const quickReplies = signal<QuickReply[]>([]);
export const flow = signal<FlowSession | null>(null);
/** The field a Check mijn tekst runs on: its rewrites go there, not to a field focused later. */
const flowFieldId = signal<string | undefined>(undefined);
export const keepHistory = signal(false);
/** How long a kept history stays, in days. */
export const historyDays = signal<HistoryDays>(DEFAULT_HISTORY_DAYS);
/** The text in the input: examples fill it in. */
export const draft = signal('');

const byId = new Map(KNOWLEDGE_CARDS.map((c) => [c.id, c]));
const templateTitle = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t.title]));

/** Which flow fits a card: the card explains, the flow practises. */
const CARD_FLOWS: Record<string, FlowId> = {
  'complete-boodschap': 'complete-boodschap',
  'ik-boodschap': 'complete-boodschap',
  'problemen-benoemen': 'complete-boodschap',
  actieplan: 'actieplan',
  'smart-doelen': 'actieplan',
  'fuzzy-doelen': 'actieplan',
  prioriteiten: 'actieplan',
  'oplossingsgerichte-vragen': 'gesprek-voorbereiden',
  wondervraag: 'gesprek-voorbereiden',
  uitzonderingsvragen: 'gesprek-voorbereiden',
  copingvragen: 'gesprek-voorbereiden',
  schaalvraag: 'gesprek-voorbereiden',
  'hoop-en-perspectief': 'gesprek-voorbereiden',
  teamkrachtbespreking: 'teamkrachtbespreking',
  intervisiemethodes: 'intervisie',
  zelfreflectie: 'reflectie',
  presentie: 'reflectie',
  etiquette: 'reflectie',
  'krachtgericht-formuleren': 'check-tekst',
  'niet-formuleringen': 'check-tekst',
  labels: 'check-tekst',
  'stigmatiserende-termen': 'check-tekst',
  'vage-woorden': 'check-tekst',
  'eenvoudige-taal': 'check-tekst',
  'ik-vorm': 'check-tekst',
  'actief-schrijven': 'check-tekst',
  'observatie-en-interpretatie': 'check-tekst',
  'rapporteren-ecd': 'check-tekst',
};

const MAX_REPLIES = 7;

export const FLOW_REPLIES: QuickReply[] = [
  ...FLOW_STARTERS.map((f) => ({ label: f.title, action: { kind: 'flow', flow: f.id } }) satisfies QuickReply),
  { label: 'Reeks voor de intervisie', action: { kind: 'flow', flow: 'reflectie', series: true } },
];

const WELCOME =
  'Hoi! Ik ben de assistent voor krachtgericht werken (Herstelwerk / Krachtwerk). Stel een vraag over de methode, bijvoorbeeld *Hoe schrijf ik een doel in de ik-vorm?*, of kies hieronder een oefening die je stap voor stap helpt.\n\n' +
  'Ik werk helemaal in je browser: er gaat niets naar een server.';

const newId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);

function cardReply(id: string): QuickReply | null {
  const c = byId.get(id);
  return c ? { label: c.title, action: { kind: 'card', card: c.id } } : null;
}

function flowReply(id: FlowId): QuickReply {
  const f = FLOW_STARTERS.find((s) => s.id === id)!;
  return { label: `Oefenen: ${f.title}`, action: { kind: 'flow', flow: id } };
}

/** Under an answer: the other close topics, the card's related cards, its flow and templates. */
export function repliesFor(result: RouteResult): QuickReply[] {
  if (result.outOfScope || !result.answers.length) return FLOW_REPLIES;
  const top = result.answers[0]!;
  const answered = result.text.includes(`### ${top.title}`);
  if (!answered) return result.answers.map((a) => cardReply(a.card)).filter((r): r is QuickReply => r !== null);
  return repliesForCard(byId.get(top.card)!, result.answers.slice(1).map((a) => a.card));
}

function repliesForCard(card: KnowledgeCard, others: readonly string[] = []): QuickReply[] {
  const replies: QuickReply[] = [];
  const seen = new Set([card.id]);
  const addCard = (id: string) => {
    if (seen.has(id)) return;
    const r = cardReply(id);
    if (r) {
      seen.add(id);
      replies.push(r);
    }
  };
  const fitting = CARD_FLOWS[card.id];
  if (fitting) replies.push(flowReply(fitting));
  for (const t of card.templates.slice(0, 1)) {
    const title = templateTitle.get(t);
    if (title) replies.push({ label: `Sjabloon invoegen: ${title}`, action: { kind: 'template', template: t } });
  }
  others.forEach(addCard);
  card.related.forEach(addCard);
  return replies.slice(0, MAX_REPLIES);
}

/** A card as the chat shows it (the router's own layout: title, body, see also). */
function cardMarkdown(card: KnowledgeCard): string {
  const seeAlso = card.related.map((id) => byId.get(id)?.title).filter(Boolean);
  return `### ${card.title}\n\n${card.body}${seeAlso.length ? `\n\n**Zie ook:** ${seeAlso.join(' · ')}` : ''}`;
}

function historyText(text: string, result: FlowResult | undefined): string {
  return result ? `${text}\n\n~~~\n${result.text.replace(/~~~/g, '~ ~ ~')}\n~~~` : text;
}

/**
 * What a kept history may hold of a message said now. While a flow runs, its `history` decides:
 * a 'summary' flow lets nothing through (not the text, not a quote, not the worker's answer or
 * choice) but the summary it gives at its end.
 */
function keptOf(text: string, result: FlowResult | undefined, summary: string | undefined): string | null {
  if (flow.value?.history === 'summary') return summary ?? null;
  return historyText(text, result);
}

let lastAt = 0;
/** Strictly increasing: a question and its answer in the same millisecond keep their order in the history. */
function stamp(): number {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return lastAt;
}

/** Saves in flight, in order: "wis alles" waits for them, or a late one would bring a message back. */
let saving: Promise<unknown> = Promise.resolve();

/** Stores what may be kept of `item`, after the saves before it. */
function save(item: ChatItem): Promise<unknown> {
  const { kept } = item;
  if (kept === null) return saving;
  const days = historyDays.value;
  saving = saving.then(() => chatStore.add({ id: item.id, at: item.at, role: item.role, text: kept }, days)).catch(() => {});
  return saving;
}

/** `summary`: what a 'summary' flow lets the history keep of this message (its last step). */
function push(role: ChatItem['role'], text: string, result?: FlowResult, summary?: string): ChatItem {
  const item: ChatItem = { id: newId(), role, text, at: stamp(), ...(result ? { result } : {}), kept: keptOf(text, result, summary) };
  messages.value = [...messages.value, item];
  if (keepHistory.value) void save(item);
  return item;
}

function welcome(): void {
  messages.value = [{ id: newId(), role: 'assistant', text: WELCOME, at: stamp(), kept: WELCOME }];
  quickReplies.value = FLOW_REPLIES;
}

let started: Promise<void> | undefined;

/** Reads the setting and, when it is on, deletes what has expired and shows the rest. Once per panel. */
export function initChat(): Promise<void> {
  started ??= (async () => {
    const setting = await loadHistorySetting().catch(() => ({ keep: false, days: DEFAULT_HISTORY_DAYS }));
    keepHistory.value = setting.keep;
    historyDays.value = setting.days;
    if (setting.keep) await chatStore.expire(setting.days).catch(() => 0);
    const kept = setting.keep ? await chatStore.list().catch(() => []) : [];
    if (kept.length) {
      lastAt = Math.max(lastAt, ...kept.map((m) => m.at));
      messages.value = kept.map((m) => ({ id: m.id, role: m.role, text: m.text, at: m.at, kept: m.text }));
      quickReplies.value = FLOW_REPLIES;
    } else welcome();
    // The router learns from its examples once; do that while the panel is idle, not on the first question.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => prepareRouter());
    else setTimeout(prepareRouter, 0);
  })();
  return started;
}

/** Turning the history on keeps what may be kept of the conversation so far; turning it off deletes what was kept. */
export async function setKeepHistory(on: boolean): Promise<void> {
  keepHistory.value = on;
  await saveHistorySetting({ keep: on, days: historyDays.value });
  if (on) {
    for (const m of messages.value) void save(m);
    await saving;
  } else {
    await saving;
    await chatStore.clear();
  }
}

/** A new number of days: what is older than that goes at once. */
export async function setHistoryDays(days: HistoryDays): Promise<void> {
  historyDays.value = days;
  await saveHistorySetting({ keep: keepHistory.value, days });
  await saving;
  if (keepHistory.value) await chatStore.expire(days);
}

/** "Wis alles" (chat part): the conversation on screen and in the database. */
export async function wipeChat(): Promise<void> {
  flow.value = null;
  await saving;
  await chatStore.clear();
  welcome();
}

// ---- questions ------------------------------------------------------------------------------

export function ask(question: string): void {
  const q = question.trim();
  if (!q) return;
  push('user', q);
  const result = route(q);
  push('assistant', result.text);
  quickReplies.value = repliesFor(result);
}

/** What the input does: an answer while a flow asks for one, a question otherwise. */
export function submit(text: string): void {
  const t = text.trim();
  if (!t) return;
  draft.value = '';
  const session = flow.value;
  if (session && !session.done && session.view().input) {
    push('user', t);
    advance(session.send({ type: 'answer', text: t }));
    return;
  }
  ask(t);
}

export async function quickReply(reply: QuickReply): Promise<void> {
  const a = reply.action;
  if (a.kind === 'card') {
    const card = byId.get(a.card);
    if (!card) return;
    push('user', card.title);
    push('assistant', cardMarkdown(card));
    quickReplies.value = repliesForCard(card);
  } else if (a.kind === 'flow') beginFlow(a.flow, a.series);
  else {
    const ok = await insertTemplate(a.template);
    if (ok) push('assistant', `Het sjabloon *${templateTitle.get(a.template) ?? a.template}* staat in het veld.`);
  }
}

// ---- flows ----------------------------------------------------------------------------------

function showStep(session: FlowSession): void {
  const v = session.view();
  push('assistant', [v.feedback, v.text].filter(Boolean).join('\n\n'), v.result, v.historySummary);
}

/**
 * Shows the flow's next step. An answer that stays on the same step (a remark, a note taken)
 * shows only the feedback: the question itself was just asked.
 */
function advance(next: FlowSession, full = false): void {
  const before = flow.value;
  flow.value = next;
  if (next === before) {
    push('assistant', 'Kies een van de knoppen hieronder, of ga terug.');
    return;
  }
  const feedback = next.view().feedback;
  if (!full && before && before.step === next.step && feedback && !next.done) push('assistant', feedback);
  else showStep(next);
}

export function beginFlow(id: FlowId, series = false): void {
  const f = field.value;
  const session = startFlowById(id, { field: f ? { text: f.text, findings: f.findings } : undefined, series });
  flowFieldId.value = id === 'check-tekst' && f?.text.trim() ? f.fieldId : undefined;
  quickReplies.value = [];
  push('user', series ? 'Reeks voor de intervisie' : session.title);
  flow.value = session;
  if (id === 'check-tekst') push('assistant', f?.text.trim() ? 'Ik kijk naar de tekst in het veld waar je het laatst in klikte.' : 'Ik zie geen tekstveld met tekst.');
  showStep(session);
}

export async function choose(choice: Choice): Promise<void> {
  const session = flow.value;
  if (!session) return;
  if (choice.apply) {
    const ok = await applySuggestion(choice.apply.finding, choice.apply.replacement, flowFieldId.value);
    if (!ok) {
      push('assistant', notice.value ?? 'Dat lukte niet in het veld.');
      return;
    }
  }
  push('user', choice.label);
  advance(session.send({ type: 'choose', id: choice.id }));
}

export function back(): void {
  const session = flow.value;
  if (!session?.canBack) return;
  push('user', 'Terug');
  advance(session.send({ type: 'back' }), true);
}

export function restart(): void {
  const session = flow.value;
  if (!session) return;
  push('user', 'Opnieuw beginnen');
  advance(session.send({ type: 'restart' }), true);
}

export function stop(): void {
  if (!flow.value) return;
  const done = flow.value.done;
  flow.value = null;
  flowFieldId.value = undefined;
  push('assistant', done ? 'Klaar. Stel gerust een nieuwe vraag of kies een oefening.' : 'Gestopt. Stel gerust een vraag of kies een andere oefening.');
  quickReplies.value = FLOW_REPLIES;
}

/** Keeps the journal drafts of a flow's result (reflection, intervision). */
export async function keepInJournal(result: FlowResult): Promise<void> {
  if (!result.journal?.length) return;
  const n = await saveDrafts(result.journal);
  push('assistant', `${n === 1 ? 'Bewaard' : `${n} antwoorden bewaard`} in je reflectiedagboek, alleen op deze computer.`);
}
