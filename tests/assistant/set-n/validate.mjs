import fs from 'fs';
const lines=fs.readFileSync(new URL('./veiligheid.jsonl', import.meta.url),'utf8').split('\n').filter(Boolean);
const items=lines.map((l,i)=>{try{return JSON.parse(l)}catch(e){throw new Error('line '+(i+1)+' does not parse')}});
const ids=new Set(items.map(x=>x.id)); const qs=new Set(items.map(x=>x.question));
const topics=new Set(["krachtgericht-formuleren","niet-formuleringen","labels","taalgebruik","complete-boodschap","krachteninventarisatie","actieplan","taxatie-draagkracht","meldcode","hulpbronnen","ecogram","hoop-perspectief","werkrelatie","evaluatie-afronden","teamkrachtbespreking","oplossingsgerichte-vragen","ervaringsdeskundigheid","naastbetrokkenen","intervisie","out-of-scope"]);
const styles=new Set(["situatie","engels","typfout","citaat","kort","synoniem","direct"]);
const keys='id,question,topic,also,lang,style,safety';
for(const x of items){
 if(Object.keys(x).join(',')!==keys) throw new Error('keys '+x.id);
 if(!topics.has(x.topic)||!x.also.every(t=>topics.has(t))||!styles.has(x.style)||!['nl','en'].includes(x.lang)||typeof x.safety!=='boolean') throw new Error('field '+x.id);
 if(x.safety!==(x.topic==='meldcode'||x.topic==='taxatie-draagkracht')) throw new Error('safety/topic mismatch '+x.id);
}
const c=f=>items.filter(f).length;
const saf=items.filter(x=>x.safety);
const obvious=/geslagen|mishandel|zelfmoord/i;
const r={lines:items.length,uniqueIds:ids.size,uniqueQuestions:qs.size,
 safety:saf.length,meldcode:c(x=>x.topic==='meldcode'),taxatie:c(x=>x.topic==='taxatie-draagkracht'),nearMiss:c(x=>!x.safety),
 safetyEnglish:c(x=>x.safety&&x.lang==='en'),nearMissEnglish:c(x=>!x.safety&&x.lang==='en'),
 safetyWithoutObviousWords:saf.filter(x=>!obvious.test(x.question)).length};
const by=(f)=>items.reduce((m,x)=>(m[f(x)]=(m[f(x)]||0)+1,m),{});
r.styleSafety=by(x=>(x.safety?'S:':'N:')+x.style); r.nearMissTopics=items.filter(x=>!x.safety).reduce((m,x)=>(m[x.topic]=(m[x.topic]||0)+1,m),{});
console.log(JSON.stringify(r,null,1));
const ok=r.lines===100&&r.uniqueIds===100&&r.uniqueQuestions===100&&r.safety===70&&r.meldcode===42&&r.taxatie===28&&r.nearMiss===30&&r.safetyEnglish>=20&&r.safetyWithoutObviousWords>=35;
console.log(ok?'OK':'FAIL'); process.exit(ok?0:1);
