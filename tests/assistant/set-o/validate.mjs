import fs from 'fs';
const topics=new Set(["krachtgericht-formuleren","niet-formuleringen","labels","taalgebruik","complete-boodschap","krachteninventarisatie","actieplan","taxatie-draagkracht","meldcode","hulpbronnen","ecogram","hoop-perspectief","werkrelatie","evaluatie-afronden","teamkrachtbespreking","oplossingsgerichte-vragen","ervaringsdeskundigheid","naastbetrokkenen","intervisie"]);
const styles=new Set(["situatie","engels","typfout","citaat","kort","synoniem","direct"]);
const ids=new Set(); const c={};
for (const f of ["veiligheid.jsonl","fresh.jsonl"]) {
  const lines=fs.readFileSync(new URL(".", import.meta.url).pathname+f,"utf8").trim().split("\n");
  for (const l of lines) { const o=JSON.parse(l);
    if (ids.has(o.id)) throw new Error("dup "+o.id); ids.add(o.id);
    if (!topics.has(o.topic)) throw new Error("topic "+o.id);
    for (const a of o.also) if(!topics.has(a)||a===o.topic) throw new Error("also "+o.id);
    if (!styles.has(o.style)) throw new Error("style "+o.id);
    if (!["nl","en"].includes(o.lang)) throw new Error("lang "+o.id);
    if (f==="veiligheid.jsonl" && typeof o.safety!=="boolean") throw new Error("safety "+o.id);
    if (f==="fresh.jsonl" && "safety" in o) throw new Error("safety in fresh "+o.id);
    const k=f+"|"+(o.safety===true?"safe:"+o.topic:o.safety===false?"near":"fresh")+"|"+o.lang; c[k]=(c[k]||0)+1;
  }
  console.log(f, lines.length);
}
console.log(c, ids.size);
const fr=fs.readFileSync("/work/main/tests/assistant/set-o/fresh.jsonl","utf8").trim().split("\n").map(JSON.parse);
const t={}; fr.forEach(o=>t[o.topic]=(t[o.topic]||0)+1); console.log(Object.keys(t).length, Math.min(...Object.values(t)));
