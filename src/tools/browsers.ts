import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot } from './project-root';

/**
 * Where the programs that show and test the extension live: a Chromium (or Chrome, Edge) for
 * the demo and the tests, a stock Firefox for the Firefox build, and Xvfb with xdotool for the
 * tests with real clicks and keys. One search, used by the set-up step (setup-browsers.ts) and
 * by everything that starts a browser, in this order: our own variables, the system, then
 * Playwright's download cache.
 */
export type Tool = 'chromium' | 'firefox' | 'xvfb' | 'xdotool';
export type ToolPaths = Partial<Record<Tool, string>>;

export const TOOLS: readonly Tool[] = ['chromium', 'firefox', 'xvfb', 'xdotool'];

/** Debian's package for each tool, for the set-up step's apt-get. */
export const DEBIAN_PACKAGE: Record<Tool, string> = { chromium: 'chromium', firefox: 'firefox-esr', xvfb: 'xvfb', xdotool: 'xdotool' };

/** Where Debian's packages put them: what the set-up step looks at after installing. */
export const DEBIAN_PATH: Record<Tool, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr', xvfb: '/usr/bin/Xvfb', xdotool: '/usr/bin/xdotool' };

/** The names each tool goes by on a PATH, best first (Chromium before the branded browsers). */
const PROGRAM_NAMES: Record<Tool, readonly string[]> = {
  chromium: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'],
  firefox: ['firefox-esr', 'firefox'],
  xvfb: ['Xvfb'],
  xdotool: ['xdotool'],
};

/** Installs that are not on a PATH (macOS applications, Chrome's and Edge's own folders). */
const FIXED_PATHS: Record<Tool, readonly string[]> = {
  chromium: [
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  firefox: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  xvfb: [],
  xdotool: [],
};

/** Our own variables: an explicit choice always wins. */
const ENV_NAMES: Record<Tool, readonly string[]> = {
  chromium: ['KRACHTCOACH_CHROMIUM', 'CHROME_PATH'],
  firefox: ['KRACHTCOACH_FIREFOX'],
  xvfb: [],
  xdotool: [],
};

export interface SearchContext {
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  /** Where Playwright keeps its own Chromium (`chromium.executablePath()`), if it has one. */
  playwrightChromium?: string;
}

/**
 * `$KRACHTCOACH_BROWSER_ROOT` puts the system and Playwright's cache under another folder: an
 * empty one shows what a fresh machine without browsers sees, without removing anything.
 */
function underSearchRoot(env: NodeJS.ProcessEnv, path: string): string {
  const root = env.KRACHTCOACH_BROWSER_ROOT;
  return root ? join(root, path) : path;
}

function systemCandidates(tool: Tool, env: NodeJS.ProcessEnv): string[] {
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const dirs = [...new Set([...pathDirs, '/usr/bin', '/usr/local/bin', '/snap/bin'])];
  const onPath = PROGRAM_NAMES[tool].flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...onPath, ...FIXED_PATHS[tool]].map((path) => underSearchRoot(env, path));
}

/** The first place that has the tool, or undefined. */
export function findTool(tool: Tool, context: SearchContext): string | undefined {
  const fromEnv = ENV_NAMES[tool].map((name) => context.env[name]).filter((v): v is string => Boolean(v));
  for (const candidate of fromEnv) if (context.exists(candidate)) return candidate;
  for (const candidate of systemCandidates(tool, context.env)) if (context.exists(candidate)) return candidate;
  if (tool === 'chromium' && context.playwrightChromium) {
    const cached = underSearchRoot(context.env, context.playwrightChromium);
    if (context.exists(cached)) return cached;
  }
  return undefined;
}

/** Playwright's own Chromium for this version of Playwright (its download cache), if it names one. */
export function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The set-up step's answer, kept for the commands that come after it in the same `npm` run. */
function recordFile(root = projectRoot()): string {
  return resolve(root, 'node_modules/.cache/krachtcoach/browsers.json');
}

export function writeRecord(paths: ToolPaths, file = recordFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(paths, null, 2)}\n`);
}

function readRecord(file: string): ToolPaths {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ToolPaths;
  } catch {
    return {};
  }
}

/**
 * Where a tool is for a command that starts one: our variables first, then what the set-up
 * step found or installed (it may have installed outside a hidden search root), then a search.
 */
export function toolPath(tool: Tool, env: NodeJS.ProcessEnv = process.env, file = recordFile()): string | undefined {
  const fromEnv = ENV_NAMES[tool].map((name) => env[name]).find((v) => v && existsSync(v));
  if (fromEnv) return fromEnv;
  const recorded = readRecord(file)[tool];
  if (recorded && existsSync(recorded)) return recorded;
  return findTool(tool, { env, exists: existsSync, playwrightChromium: tool === 'chromium' ? playwrightChromiumPath() : undefined });
}
