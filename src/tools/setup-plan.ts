import { DEBIAN_PACKAGE, type Tool, type ToolPaths } from './browsers';

/** What the machine allows the set-up step to do about a missing tool. */
export interface Machine {
  isRoot: boolean;
  /** Debian or Ubuntu, with apt-get. */
  hasApt: boolean;
}

export interface SetupPlan {
  /** The tools to install with apt-get now. */
  install: Tool[];
  /** One Dutch clause: what the worker installs, for when we may not. */
  advice: string;
}

const DISPLAY_NAME: Record<Tool, string> = { chromium: 'Chromium', firefox: 'Firefox', xvfb: 'Xvfb', xdotool: 'xdotool' };

/** "Chromium ontbreekt", "Chromium en Firefox ontbreken", "Firefox, Xvfb en xdotool ontbreken". */
export function describeMissing(tools: readonly Tool[]): string {
  const names = tools.map((tool) => DISPLAY_NAME[tool]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)} ontbreken` : `${names[0] ?? ''} ontbreekt`;
}

/** Installs only as root on a machine with apt-get; elsewhere it says what to install by hand. */
export function planSetup(wanted: readonly Tool[], found: ToolPaths, machine: Machine): SetupPlan {
  const missing = wanted.filter((tool) => !found[tool]);
  const packages = missing.map((tool) => DEBIAN_PACKAGE[tool]).join(' ');
  if (missing.length && machine.hasApt && machine.isRoot) return { install: missing, advice: '' };
  const advice = machine.hasApt
    ? `installeer ze als root met "apt-get install ${packages}", of zet KRACHTCOACH_CHROMIUM en KRACHTCOACH_FIREFOX op hun pad`
    : 'installeer Chromium (of Chrome of Edge) en Firefox, of zet KRACHTCOACH_CHROMIUM en KRACHTCOACH_FIREFOX op hun pad (met "npx playwright install chromium" kan het ook)';
  return { install: [], advice };
}
