#!/usr/bin/env python3
# Memory per UI session (issue 14), driven by bench/sessionsminne.sh: opens fresh sessions of one page in new tabs
# of one headless Chromium (through chromedriver's WebDriver API) and reads the application's live heap with
# `jcmd <pid> GC.class_histogram` (a full GC first) before and after. Prints the cost per session and the classes
# that grew most.
#
#   dashboard: an anonymous visitor of /forsorjningsmatt; each session is a new tab after the cookies were cleared,
#              so it is a new HTTP session with one UI.
#   grid:      the demo handläggare (password and one-time code) on an insats's participant grid; one login, then
#              each session is a new tab with the grid, i.e. a new UI in the logged-in HTTP session (a one-time code
#              is accepted once per 30 s step, so a login per tab would take minutes). The HTTP session's own part is
#              in the dashboard figure.
import base64, hashlib, hmac, json, os, re, struct, subprocess, sys, time
import urllib.request

D = os.environ.get('DRIVER', 'http://127.0.0.1:9515')
APP = os.environ.get('APP', 'http://localhost:18095')
PID = os.environ['APP_PID']
JCMD = os.environ.get('JCMD', 'jcmd')
VARM = int(os.environ.get('VARM', '5'))
ANTAL = int(os.environ.get('ANTAL', '25'))
DEMO_HEMLIGHET = 'SUSDEMOSUSDEMOSUSDEMOSUSDEMOSUSD'
DEMO_LOSENORD = 'sus-demo-2026'


def anrop(metod, vag, kropp=None):
    data = None if kropp is None else json.dumps(kropp).encode()
    req = urllib.request.Request(D + vag, data=data, method=metod, headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=120) as svar:
        return json.loads(svar.read() or b'{}').get('value')


def ny_webblasare():
    args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1400,1000',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--lang=sv-SE']
    v = anrop('POST', '/session', {'capabilities': {'alwaysMatch': {
        'goog:chromeOptions': {'binary': '/usr/bin/chromium', 'args': args}}}})
    return v['sessionId']


def js(s, skript, *args):
    return anrop('POST', f'/session/{s}/execute/sync', {'script': skript, 'args': list(args)})


def oppna(s, vag):
    anrop('POST', f'/session/{s}/url', {'url': APP + vag})


def vanta(s, villkor, sekunder=60):
    slut = time.time() + sekunder
    while time.time() < slut:
        try:
            if js(s, 'return ' + villkor):
                return
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit(f'timed out waiting for {villkor} at {js(s, "return location.href")}')


def ny_flik(s):
    h = anrop('POST', f'/session/{s}/window/new', {'type': 'tab'})['handle']
    anrop('POST', f'/session/{s}/window', {'handle': h})


def totp():
    nyckel = base64.b32decode(DEMO_HEMLIGHET)
    h = hmac.new(nyckel, struct.pack('>Q', int(time.time()) // 30), hashlib.sha1).digest()
    o = h[-1] & 15
    return '%06d' % ((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 1000000)


def levande_heap():
    """Live heap in bytes after a full GC, and bytes per class."""
    ut = subprocess.run([JCMD, PID, 'GC.class_histogram'], capture_output=True, text=True, check=True).stdout
    klasser = {}
    total = 0
    for rad in ut.splitlines():
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', rad)
        if m:
            klasser[m.group(3)] = int(m.group(2))
        m = re.match(r'Total\s+(\d+)\s+(\d+)', rad)
        if m:
            total = int(m.group(2))
    return total, klasser


def dashboard(s):
    anrop('DELETE', f'/session/{s}/cookie')
    ny_flik(s)
    oppna(s, '/forsorjningsmatt')
    vanta(s, "!!document.querySelector('#fm-jamforelse vaadin-grid, #fm-jamforelse')")
    vanta(s, "!document.querySelector('vaadin-connection-indicator[loading]')")


def logga_in(s):
    oppna(s, '/login')
    vanta(s, "!!document.querySelector('vaadin-login-form [name=username]')")
    js(s, """const f = document.querySelector('vaadin-login-form');
        const u = f.querySelector('[name=username]'), p = f.querySelector('[name=password]');
        u.value = arguments[0]; p.value = arguments[1];
        u.dispatchEvent(new Event('input', {bubbles: true})); p.dispatchEvent(new Event('input', {bubbles: true}));
        f.querySelector('[slot=submit]').click();""", 'handlaggare', DEMO_LOSENORD)
    vanta(s, "location.pathname.includes('tvafaktor') && !!document.querySelector('vaadin-text-field input')")
    js(s, """const t = document.querySelector('vaadin-text-field');
        t.value = arguments[0];
        t.dispatchEvent(new Event('input', {bubbles: true})); t.dispatchEvent(new Event('change', {bubbles: true}));
        const b = [...document.querySelectorAll('vaadin-button')].find(b => (b.getAttribute('theme') || '').includes('primary'));
        b.click();""", totp())
    vanta(s, "!location.pathname.includes('tvafaktor') && !!document.querySelector('vaadin-side-nav')")
    oppna(s, '/')
    vanta(s, "!!document.querySelector('a[href*=\"insatser/\"]')")
    href = js(s, "return [...document.querySelectorAll('a[href*=\"insatser/\"]')].map(a => a.getAttribute('href'))"
                 ".find(h => /insatser\\/\\d+$/.test(h))")
    return '/' + href.lstrip('/') + '/deltagare'


def grid(s, vag):
    ny_flik(s)
    oppna(s, vag)
    vanta(s, "!!document.querySelector('vaadin-grid') && document.querySelector('vaadin-grid').size > 0")
    vanta(s, "!document.querySelector('vaadin-connection-indicator[loading]')")


def matt(namn, sida):
    for _ in range(VARM):
        sida()
    fore, klasser_fore = levande_heap()
    start = time.time()
    for _ in range(ANTAL):
        sida()
    tid = time.time() - start
    efter, klasser_efter = levande_heap()
    per = (efter - fore) / ANTAL
    print(f'{namn}: {ANTAL} sessions after {VARM} warm-up; live heap {fore / 1e6:.1f} MB -> {efter / 1e6:.1f} MB; '
          f'{per / 1024:.0f} KB per session ({tid:.1f} s for the sessions)')
    vaxt = sorted(((klasser_efter.get(k, 0) - klasser_fore.get(k, 0), k) for k in klasser_efter), reverse=True)
    for b, k in vaxt[:12]:
        print(f'   {b / ANTAL / 1024:8.1f} KB/session  {k}')
    return per


def main():
    vilka = sys.argv[1:] or ['dashboard', 'grid']
    for vad in vilka:
        s = ny_webblasare()
        try:
            if vad == 'dashboard':
                matt('dashboard (anonymous, new HTTP session each)', lambda: dashboard(s))
            else:
                vag = logga_in(s)
                print(f'participant grid at {vag}')
                matt('participant grid (handläggare, new UI each)', lambda: grid(s, vag))
        finally:
            anrop('DELETE', f'/session/{s}')


if __name__ == '__main__':
    main()
