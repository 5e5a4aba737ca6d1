"""Sums import-threads.sh's samples: CPU seconds and ms per article by thread group (a
trailing number dropped: the writers 'pool-8-thread-1' and '-2' are one group), then the
cores each group kept busy in each 20 s of the run (JIT warm-up early, PostgreSQL growing
with the archive, and so on). Usage: python3 import-threads.py SAMPLES ARTICLES"""
import collections
import re
import sys

HZ = 100
BIN = 20.0
samples = collections.defaultdict(dict)
group = {}
for line in open(sys.argv[1]):
    parts = line.split(None, 4)
    if len(parts) < 5:
        continue
    at, kind, tid, ticks, name = float(parts[0]), parts[1], parts[2], int(parts[3]), parts[4].strip()
    samples[at][(kind, tid)] = ticks
    group[(kind, tid)] = re.sub(r'\d+$', '#', name)
articles = int(sys.argv[2])
times = sorted(samples)
highest = {}
for at in times:
    for key, ticks in samples[at].items():
        highest[key] = max(highest.get(key, 0), ticks)
totals = collections.Counter()
for key, ticks in highest.items():
    totals[group[key]] += ticks / HZ
jvm = sum(seconds for name, seconds in totals.items() if name != 'postgres')
print(f'polled {times[-1] - times[0]:.0f} s; JVM threads {jvm:.1f} s, PostgreSQL backends {totals["postgres"]:.1f} s')
for name, seconds in totals.most_common():
    if seconds >= 0.5:
        print(f'{name:20s} {seconds:8.1f} s {1000 * seconds / articles:6.2f} ms/article')
shown = [name for name, seconds in totals.most_common() if seconds >= 5][:8]
print('cores busy per 20 s:\n     s ' + ' '.join(f'{name[:9]:>9}' for name in shown))
last, busy, since = {}, collections.Counter(), times[0]
for at in times:
    for key, ticks in samples[at].items():
        busy[group[key]] += ticks - last.get(key, ticks if at == times[0] else 0)
        last[key] = ticks
    if at - since >= BIN or at == times[-1]:
        span = max(at - since, 1e-9)
        print(f'{since - times[0]:6.0f} ' + ' '.join(f'{busy[name] / HZ / span:9.2f}' for name in shown))
        busy.clear()
        since = at
