/**
 * `npm run setup:browsers [-- chromium …]`: the one browser set-up step that `npm run demo`,
 * `npm test` and `npm run bench:browser` run first. It finds each tool (browsers.ts); on a
 * Debian or Ubuntu machine where it runs as root it installs what is missing with apt-get;
 * anywhere else it says in one Dutch sentence what to install. Chromium is needed (exit 2
 * without it); without Firefox, Xvfb or xdotool only the tests that need them are skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGE, DEBIAN_PATH, findTool, playwrightChromiumPath, type Tool, type ToolPaths, TOOLS, writeRecord } from './browsers';
import { describeMissing, planSetup } from './setup-plan';

const asked = process.argv.slice(2).filter((a): a is Tool => (TOOLS as readonly string[]).includes(a));
const wanted: readonly Tool[] = asked.length ? asked : TOOLS;

const search = (env: NodeJS.ProcessEnv) => (tool: Tool) =>
  findTool(tool, { env, exists: existsSync, playwrightChromium: tool === 'chromium' ? playwrightChromiumPath() : undefined });

const found: ToolPaths = Object.fromEntries(wanted.map((tool) => [tool, search(process.env)(tool)]).filter(([, path]) => path));
const plan = planSetup(wanted, found, {
  isRoot: process.getuid?.() === 0,
  hasApt: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
});

if (plan.install.length) {
  const packages = plan.install.map((tool) => DEBIAN_PACKAGE[tool]);
  console.log(`Krachtcoach: ${describeMissing(plan.install)}; ik installeer ${packages.join(', ')} met apt-get (eenmalig, een paar minuten)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      const why = (result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' ');
      console.error(`Krachtcoach: apt-get ${args[0]} lukte niet (${why}); installeer ${packages.join(', ')} zelf of zet KRACHTCOACH_CHROMIUM.`);
      process.exit(2);
    }
  }
  // Where Debian put them; a search as well, in case the package names its program otherwise.
  const unhidden = { ...process.env, KRACHTCOACH_BROWSER_ROOT: '' };
  for (const tool of plan.install) {
    const path = existsSync(DEBIAN_PATH[tool]) ? DEBIAN_PATH[tool] : search(unhidden)(tool);
    if (path) found[tool] = path;
  }
}

if (!found.chromium && wanted.includes('chromium')) {
  console.error(`Krachtcoach: geen Chromium gevonden; ${plan.advice}`);
  process.exit(2);
}
const skipped = wanted.filter((tool) => !found[tool]);
if (skipped.length) console.log(`Krachtcoach: ${describeMissing(skipped)}, dus de tests die ze nodig hebben worden overgeslagen; ${plan.advice}`);

try {
  writeRecord(found);
} catch {
  // A read-only checkout: every command searches again itself, with the same result.
}
