#!/usr/bin/env python3
# Opens pages of the running application (http://localhost:8080, demo data) in headless Chromium as demo users,
# takes a screenshot of each (/tmp/axe/*.png) and prints axe-core's violations. Needs chromedriver on port 9515
# (`chromedriver --port=9515 &`) and axe-core unpacked at /tmp/axe/package (`npm pack axe-core@4.10.3`).
import requests, time, json, sys, base64, hmac, hashlib, struct, subprocess
D='http://127.0.0.1:9515'; APP='http://localhost:8080'
AXE=open('/tmp/axe/package/axe.min.js').read()
def totp(secret):
    key=base64.b32decode(secret); c=int(time.time())//30
    h=hmac.new(key,struct.pack('>Q',c),hashlib.sha1).digest(); o=h[-1]&15
    return '%06d'%((struct.unpack('>I',h[o:o+4])[0]&0x7fffffff)%1000000)
def sess():
    r=requests.post(D+'/session',json={'capabilities':{'alwaysMatch':{'goog:chromeOptions':{'binary':'/usr/bin/chromium','args':['--headless','--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--window-size=1400,1000','--lang=sv-SE']}}}}).json()
    return r['value']['sessionId']
def cmd(s,path,body=None,m='post'):
    r=getattr(requests,m)(f'{D}/session/{s}/{path}',json=body) if m=='post' else requests.get(f'{D}/session/{s}/{path}')
    return r.json()['value']
def js(s,script,args=[]): return cmd(s,'execute/sync',{'script':script,'args':args})
def go(s,url): cmd(s,'url',{'url':APP+url})
def wait(s,cond,t=30):
    for _ in range(t*4):
        try:
            if js(s,'return '+cond): return True
        except Exception: pass
        time.sleep(0.25)
    return False
def shot(s,name):
    open(f'/tmp/axe/{name}.png','wb').write(base64.b64decode(cmd(s,'screenshot',m='get')))
def login(s,user,secret=None):
    go(s,'/login'); wait(s,"!!document.querySelector('vaadin-login-form')")
    time.sleep(1)
    js(s,"""const f=document.querySelector('vaadin-login-form');
      const u=f.querySelector('[name=username]'), p=f.querySelector('[name=password]');
      u.value=arguments[0]; p.value=arguments[1];
      u.dispatchEvent(new Event('input',{bubbles:true}));p.dispatchEvent(new Event('input',{bubbles:true}));
      f.querySelector('vaadin-button[slot=submit], [slot=submit]').click();""",[user,'sus-demo-2026'])
    time.sleep(3)
    if secret:
        wait(s,"location.pathname.includes('tvafaktor')",10); time.sleep(1.5)
        js(s,"""const t=document.querySelector('vaadin-text-field, input'); t.value=arguments[0];
          t.dispatchEvent(new Event('input',{bubbles:true})); t.dispatchEvent(new Event('change',{bubbles:true}));
          const b=[...document.querySelectorAll('vaadin-button')].find(b=>b.getAttribute('theme')&&b.getAttribute('theme').includes('primary'))||document.querySelector('vaadin-button'); b.click();""",[totp(secret)])
        time.sleep(3)
def axe(s):
    js(s,AXE)
    r=cmd(s,'execute/async',{'script':"const cb=arguments[arguments.length-1]; axe.run(document,{runOnly:['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']}).then(r=>cb(r.violations.map(v=>[v.id,v.impact,v.nodes.length,v.nodes.slice(0,2).map(n=>n.target.join(' '))])))",'args':[]})
    return r
users=[('rapport',None,['/rapporter','/rapporter/insatser?period=2025&enhet=riket','/rapporter/deltagare?period=2025&enhet=riket&kon=ja','/rapporter/standard?period=2025&enhet=riket&jamfor=ja','/rapporter/kostnader?period=2025&enhet=riket','/rapporter/behovsgrupper?period=2025&enhet=riket&jamfor=ja','/rapporter/standard?period=2025-K9&enhet=riket']),
       ('samverkan',None,['/','/rapporter/standard?period=2025','/rapporter/kostnader?period=2025','/rapporter/standard?period=2025&enhet=riket']),
       ('insats',None,['/rapporter/insatser?period=2025']),
       ('behorighet','SUSDEMOSUSDEMOSUSDEMOSUSDEMOSUSD',['/admin/personal','/admin/bestallningar'])]
for user,secret,pages in users:
    s=sess()
    try:
        login(s,user,secret)
        print('==',user,'after login at',js(s,'return location.pathname'))
        for p in pages:
            go(s,p); wait(s,"!!document.querySelector('#rapport-tabell-1, #rapport-fel:not([hidden]), h1, h2')",20); time.sleep(2.5)
            name=(user+p).replace('/','_').replace('?','_').replace('&','_').replace('=','-')[:80]
            shot(s,name)
            v=axe(s)
            err=js(s,"const e=document.querySelector('#rapport-fel'); return e && e.offsetParent ? e.innerText : ''")
            print(p,'| title:',js(s,'return document.title'),'| tables:',js(s,"return document.querySelectorAll('vaadin-grid').length"),'| error:',err)
            for x in v: print('   ',x)
    finally:
        requests.delete(f'{D}/session/{s}')
