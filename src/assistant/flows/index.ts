/**
 * The guided flows of the assistant and how to start one. The chat in the side panel renders a
 * FlowSession; each flow is its own pure state machine (one file each).
 */
import type { Finding } from '../../analysis/types';
import { intervisionSeries, promptForDay, type ReflectionPrompt } from '../reflection-prompts';
import { actieplanFlow } from './actieplan';
import { checkTekstFlow } from './check-tekst';
import { completeBoodschapFlow } from './complete-boodschap';
import { type FlowId, type FlowSession, startFlow } from './flow';
import { gesprekVoorbereidenFlow } from './gesprek-voorbereiden';
import { intervisieFlow } from './intervisie';
import { reflectieFlow } from './reflectie';
import { teamkrachtbesprekingFlow } from './teamkrachtbespreking';

export * from './flow';

/** What a flow may start from. */
interface FlowStartContext {
  /** The focused field of the page (Check mijn tekst). */
  field?: { text: string; findings: readonly Finding[] };
  /** Today, for the reflection prompts. */
  date?: Date;
  /** Reflection: these prompts instead of today's one. */
  prompts?: readonly ReflectionPrompt[];
  /** Reflection: the short series before an intervision. */
  series?: boolean;
}

interface FlowStarter {
  id: FlowId;
  title: string;
  description: string;
}

const DEFS = {
  'complete-boodschap': completeBoodschapFlow,
  actieplan: actieplanFlow,
  'check-tekst': checkTekstFlow,
  'gesprek-voorbereiden': gesprekVoorbereidenFlow,
  teamkrachtbespreking: teamkrachtbesprekingFlow,
  reflectie: reflectieFlow,
  intervisie: intervisieFlow,
} as const satisfies Record<FlowId, { id: FlowId; title: string; description: string }>;

/** The flows in the order the chat offers them. */
export const FLOW_STARTERS: readonly FlowStarter[] = Object.values(DEFS).map(({ id, title, description }) => ({ id, title, description }));

export function startFlowById(id: FlowId, context: FlowStartContext = {}): FlowSession {
  switch (id) {
    case 'complete-boodschap':
      return startFlow(completeBoodschapFlow, undefined);
    case 'actieplan':
      return startFlow(actieplanFlow, undefined);
    case 'check-tekst':
      return startFlow(
        checkTekstFlow,
        context.field?.text.trim() ? { text: context.field.text, findings: context.field.findings, source: 'field' } : { source: 'pasted' },
      );
    case 'gesprek-voorbereiden':
      return startFlow(gesprekVoorbereidenFlow, undefined);
    case 'teamkrachtbespreking':
      return startFlow(teamkrachtbesprekingFlow, undefined);
    case 'reflectie': {
      const date = context.date ?? new Date();
      const prompts = context.prompts ?? (context.series ? intervisionSeries(date) : [promptForDay(date)]);
      return startFlow(reflectieFlow, { prompts, series: context.series });
    }
    case 'intervisie':
      return startFlow(intervisieFlow, undefined);
  }
}
