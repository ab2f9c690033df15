import fs from 'fs';
const valid=new Set(["krachtgericht-formuleren","niet-formuleringen","labels","taalgebruik","complete-boodschap","krachteninventarisatie","actieplan","taxatie-draagkracht","meldcode","hulpbronnen","ecogram","hoop-perspectief","werkrelatie","evaluatie-afronden","teamkrachtbespreking","oplossingsgerichte-vragen","ervaringsdeskundigheid","naastbetrokkenen","intervisie","out-of-scope"]);
const styles=new Set(["situatie","synoniem","citaat","typfout","direct","kort","engels","buiten-bereik"]);
const lines=fs.readFileSync(process.argv[2],'utf8').split('\n').filter(l=>l.trim());
const ids=new Set(); const c={topic:{},style:{},lang:{},safety:{}}; let err=0, explicit=0;
const ex=/geweld|mishandel|zelfmoord|suïcid|suicid|misbruik|violence|abuse|suicide/i;
for(const [n,l] of lines.entries()){
  let o; try{o=JSON.parse(l)}catch(e){console.log('parse error line',n+1);err++;continue}
  if(ids.has(o.id)){console.log('dup',o.id);err++} ids.add(o.id);
  if(!valid.has(o.topic)){console.log('bad topic',o.id,o.topic);err++}
  for(const a of o.also) if(!valid.has(a)||a==='out-of-scope'){console.log('bad also',o.id,a);err++}
  if(!styles.has(o.style)||!['nl','en'].includes(o.lang)){console.log('bad style/lang',o.id);err++}
  const disc = o.safety===true;
  if(disc && !['meldcode','taxatie-draagkracht'].includes(o.topic)){console.log('disclosure with wrong topic',o.id);err++}
  if(o.safety!==undefined && typeof o.safety!=='boolean'){err++}
  if(disc && ex.test(o.question)) explicit++;
  if(o.topic==='out-of-scope' && o.style!=='buiten-bereik'){console.log('oos style',o.id);err++}
  const wc=o.question.trim().split(/\s+/).length;
  if(o.style!=='kort' && (wc<6||wc>70)){console.log('length',o.id,wc);err++}
  if(o.style==='kort' && (wc<2||wc>5)){console.log('kort length',o.id,wc);err++}
  const k=`${o.safety===true?'disclosure':o.safety===false?'near-miss':o.topic==='out-of-scope'?'oos':'method'}`;
  for(const [f,v] of [['topic',k+':'+o.topic],['style',k+':'+o.style],['lang',o.lang],['safety',k]]) c[f][v]=(c[f][v]||0)+1;
  c.style['ALL:'+o.style]=(c.style['ALL:'+o.style]||0)+1;
  c.topic['ALL:'+o.topic]=(c.topic['ALL:'+o.topic]||0)+1;
}
console.log(JSON.stringify(c,null,1)); console.log('lines',lines.length,'unique ids',ids.size,'explicit words in disclosures',explicit,'errors',err);
process.exit(err?1:0);
