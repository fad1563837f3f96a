"""Page timings, not a test: signs in as admin on two running KHCN servers and times the same pages on both,
interleaved (warm-up, then 10 rounds of 20 requests each), printing the median of each and their ratio.

    python3 src/test/bench/page_timings.py PORT_A PORT_B /metrology/verifications /tasks /documents /

Start the two servers from the same jar with the setting to compare changed on one, e.g.
    java -jar target/khcn.jar serve --demo --data /tmp/a --port 18491
    SPRING_WEB_RESOURCES_CHAIN_ENABLED=true java -jar target/khcn.jar serve --demo --data /tmp/b --port 18492
"""
import http.client, re, time, sys, statistics
def session(port):
    c = http.client.HTTPConnection('localhost', port)
    c.request('GET', '/login'); r = c.getresponse(); body = r.read().decode()
    cookie = r.getheader('Set-Cookie').split(';')[0]
    csrf = re.search(r'name="_csrf" value="([^"]+)"', body).group(1)
    c.request('POST', '/login', body=f'username=admin&password=demo&_csrf={csrf}', headers={'Content-Type':'application/x-www-form-urlencoded','Cookie':cookie})
    r = c.getresponse(); r.read()
    sc = r.getheader('Set-Cookie'); 
    if sc: cookie = sc.split(';')[0]
    return c, cookie
def run(c, cookie, path, n):
    ts=[]
    for i in range(n):
        t=time.perf_counter(); c.request('GET', path, headers={'Cookie':cookie}); r=c.getresponse(); b=r.read(); ts.append((time.perf_counter()-t)*1000)
        assert r.status==200, (r.status, path)
    return ts
paths = sys.argv[3:]
a = session(int(sys.argv[1])); b = session(int(sys.argv[2]))
for p in paths:
    run(*a, p, 30); run(*b, p, 30)
    ra=[]; rb=[]
    for k in range(10):
        ra += run(*a, p, 20); rb += run(*b, p, 20)
    print(f"{p}: port {sys.argv[1]} median {statistics.median(ra):.1f} ms  | port {sys.argv[2]} median {statistics.median(rb):.1f} ms  ratio {statistics.median(rb)/statistics.median(ra):.2f}")
