#!/usr/bin/env python3
"""The CPU PostgreSQL's backends spent per statement, from a server log written with
log_statement_stats = on (import-pg-statements.sh): each PARSE, BIND and EXECUTE message's
user + system time, summed by statement text (parameters, multi-row VALUES lists and
literal arrays folded), largest first, per article.
Usage: python3 pg-statement-cpu.py SERVER_LOG DATABASE ARTICLES"""
import collections
import re
import sys

log, database, articles = sys.argv[1], sys.argv[2], int(sys.argv[3])
entry = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (\S*)@(\S*) ([A-Z]+):  (.*)$')
usage = re.compile(r'([\d.]+) s user, ([\d.]+) s system, [\d.]+ s elapsed')
total = re.compile(r'\[([\d.]+) s user, ([\d.]+) s system total\]')

entries = []  # (pid, level, text)
with open(log, encoding='utf-8', errors='replace') as f:
    current = None
    for line in f:
        m = entry.match(line)
        if m:
            current = [m.group(1), m.group(4), m.group(5)] if m.group(3) == database else None
            if current:
                entries.append(current)
        elif current is not None and line.startswith('\t'):
            current[2] += '\n' + line[1:].rstrip('\n')


def shape(sql):
    sql = re.sub(r'\s+', ' ', sql).strip()
    sql = re.sub(r'\$\d+', '$', sql)
    rows = len(re.findall(r'\),\s*\(', sql)) + 1 if re.search(r'values\s*\(', sql, re.I) else 0
    sql = re.sub(r'(values\s*)\(.*?\)(,\s*\(.*?\))+', r'\1(...) x N', sql, flags=re.I)
    sql = re.sub(r"'\{[^}]*\}'", "'{...}'", sql)
    sql = re.sub(r'\b\d+\b', 'n', sql)
    return sql, rows


cpu = collections.defaultdict(lambda: collections.Counter())
calls = collections.defaultdict(lambda: collections.Counter())
rows_of = collections.Counter()
backend_total = {}
pending = {}  # pid -> (kind, seconds) waiting for its STATEMENT line
for pid, level, text in entries:
    if level == 'LOG' and text.endswith('STATISTICS'):
        pending[pid] = [text.split()[0], None]
    elif level == 'DETAIL' and pid in pending and pending[pid][1] is None:
        m = usage.search(text)
        t = total.search(text)
        if m:
            pending[pid][1] = float(m.group(1)) + float(m.group(2))
        if t:
            backend_total[pid] = max(backend_total.get(pid, 0), float(t.group(1)) + float(t.group(2)))
    elif level == 'STATEMENT' and pid in pending and pending[pid][1] is not None:
        kind, seconds = pending.pop(pid)
        sql, rows = shape(text)
        cpu[sql][kind] += seconds
        calls[sql][kind] += 1
        if kind == 'EXECUTE' or kind == 'QUERY':
            rows_of[sql] += max(rows, 1)
    elif level == 'LOG' and pid in pending:
        # a statistics entry without a STATEMENT line
        kind, seconds = pending.pop(pid)
        if seconds is not None:
            cpu['(no statement)'][kind] += seconds
            calls['(no statement)'][kind] += 1

attributed = sum(sum(c.values()) for c in cpu.values())
backends = sum(backend_total.values())
print(f'backends: {len(backend_total)}, their CPU {backends:.1f} s; attributed to statements {attributed:.1f} s '
      f'= {1000 * attributed / articles:.2f} ms per article of {articles}')
print(f'{"ms/article":>10} {"share":>6} {"execs":>8} {"µs/exec":>8} {"rows/exec":>9} {"parse+bind %":>12}  statement')
for sql, c in sorted(cpu.items(), key=lambda kv: -sum(kv[1].values()))[:45]:
    s = sum(c.values())
    execs = calls[sql]['EXECUTE'] + calls[sql]['QUERY']
    pb = c['PARSE'] + c['BIND']
    print(f'{1000 * s / articles:10.3f} {100 * s / attributed:5.1f}% {execs:8d} {1e6 * s / max(execs, 1):8.0f} '
          f'{rows_of[sql] / max(execs, 1):9.1f} {100 * pb / s if s else 0:11.0f}%  {sql[:230]}')
