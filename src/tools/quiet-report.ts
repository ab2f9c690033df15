/**
 * How quiet the coach is on good text: flags per 1,000 words on our 30 good strengths-based
 * reports and 10 ordinary texts (tests/quiet), and per rule the phrases it flagged, for the rule
 * owners. `node src/tools/run.mjs src/tools/quiet-report.ts [--json]`.
 */
import { projectRoot } from './project-root';
import { measureQuiet } from './quiet-corpus';

const NAMES = { good: 'goede rapportages', ordinary: 'gewone teksten' } as const;
const results = measureQuiet(projectRoot());

if (process.argv.includes('--json')) {
  const out = results.map((r) => ({
    group: r.group,
    files: r.files.length,
    words: r.words,
    flags: r.flags,
    by_severity: Object.fromEntries(['error', 'warning', 'suggestion'].map((s) => [s, r.files.reduce((n, f) => n + f.flags.filter((x) => x.severity === s).length, 0)])),
    per_1000_words: Number(r.perThousandWords.toFixed(2)),
    modes: Object.fromEntries([...new Set(r.files.map((f) => f.mode))].map((m) => [m, r.files.filter((f) => f.mode === m).length])),
    rules: Object.fromEntries([...r.byRule].sort((a, b) => b[1].length - a[1].length).map(([id, hits]) => [id, hits.map((h) => ({ text: h.text, file: h.file, sentence: h.sentence }))])),
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log('Stil op goede tekst (tests/quiet): meldingen zoals de werker ze ziet, één per stuk tekst\n');
  console.log(`${'groep'.padEnd(20)}${'teksten'.padStart(8)}${'woorden'.padStart(9)}${'meldingen'.padStart(11)}${'per 1.000 woorden'.padStart(19)}`);
  for (const r of results) {
    console.log(`${NAMES[r.group].padEnd(20)}${String(r.files.length).padStart(8)}${String(r.words).padStart(9)}${String(r.flags).padStart(11)}${r.perThousandWords.toFixed(2).padStart(19)}`);
  }
  for (const r of results) {
    const bySeverity = new Map<string, number>();
    for (const f of r.files) for (const flag of f.flags) bySeverity.set(flag.severity, (bySeverity.get(flag.severity) ?? 0) + 1);
    const severities = [...bySeverity].map(([s, n]) => `${s} ${n}`).join(', ');
    const modes = [...new Set(r.files.map((f) => f.mode))].map((m) => `${m} ${r.files.filter((f) => f.mode === m).length}`).join(', ');
    console.log(`\n${NAMES[r.group]}: geraden modus ${modes}; meldingen naar ernst: ${severities || 'geen'}`);
    for (const f of r.files.filter((f) => f.mode !== 'report')) console.log(`  ${f.name}: ${f.mode}`);
    if (!r.byRule.size) {
      console.log('  geen bevindingen');
      continue;
    }
    console.log('  per regel (bevindingen van de engine, een per categorie):');
    for (const [id, hits] of [...r.byRule].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      console.log(`  ${String(hits.length).padStart(3)}  ${id} (${hits[0]!.category})`);
      for (const h of hits) console.log(`         "${h.text}"  ${h.file}: ${h.sentence}`);
    }
  }
}
