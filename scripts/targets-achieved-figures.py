#!/usr/bin/env python3
import json,sys,subprocess,collections
# For every pair of consecutive years of one government in the corpus: the numeric main targets of
# the first year, how many got an achieved figure from the second year's review, and each one with
# the review text around it (for checking by reading). Usage (from the project folder, after mvn package): python3 scripts/targets-achieved-figures.py > figures.txt
C='/work/shared/corpus-dev'
m=json.load(open(C+'/manifest.json'))
by=collections.defaultdict(dict)
for e in m: by[e['government']][e['year']]=C+'/'+e['file']
tot_t=tot_a=0; rows=[]
for g in sorted(by):
  for y in sorted(by[g]):
    if y+1 not in by[g]: continue
    files=[by[g][y],by[g][y+1]]
    out=subprocess.run(['java','-jar','target/reportlens.jar','targets','--format','json']+files,capture_output=True,text=True).stdout
    d=json.loads(out)
    cols=d['targetTable']['columns']
    idx=[i for i,c in enumerate(cols) if c['year']==y]
    if not idx: print(f'## {g} {y}->{y+1}: no target list read for {y}'); continue
    i=idx[0]; t=a=0; lines=[]
    texts={f:open(f).read() for f in files}
    for row in d['targetTable']['rows']:
      if row['kind']!='metric': continue
      c=row['cells'][i]
      if c['target'] is None or c['target'].get('value') is None: continue
      t+=1
      act=c['actual']
      if not act: lines.append(f"   -- {row['metric']} | {c['target']['text']} | no achieved figure"); continue
      a+=1
      src=texts[by[g][y+1]]
      ctx=src[max(0,act['start']-40):act['start']].replace('\n','⏎')+'['+src[act['start']:act['end']]+']'+src[act['end']:act['end']+15].replace('\n','⏎')
      lines.append(f"   OK {row['metric']} | {c['target']['text']} | {c['status']} | {ctx}")
    tot_t+=t; tot_a+=a
    print(f'## {g} {y}->{y+1}: {a} of {t} targets with an achieved figure'); print('\n'.join(lines))
print(f'TOTAL {tot_a} of {tot_t}')
