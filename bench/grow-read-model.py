#!/usr/bin/env python3
"""Grows headquarters' read model to FACTOR times the rows it had when first called, for the insights benchmark.

The read model is the records (regional_records) and the projections the views query (insights_*). Each copy is a
parallel organisation: every id in a row (its own and those it refers to, in any column, JSON included) is replaced by
one derived from the copy's number, so teams, their cars and their entries stay joined within a copy. Copies are
deterministic and inserted with OR IGNORE, so growing to 10 and later to 100 adds copies 1..9 and then 10..99.
Usage: bench/grow-read-model.py FACTOR path/to/headquarters.db
"""
import json, os, re, sqlite3, sys, uuid

factor, path = int(sys.argv[1]), sys.argv[2]
originals_path = path + ".bench-originals.json"
db = sqlite3.connect(path, timeout=60)
tables = ["regional_records"] + [name for (name,) in db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'insights\\_%' ESCAPE '\\' ORDER BY name")]
if os.path.exists(originals_path):
    originals = json.load(open(originals_path))
else:
    originals = {}
    for table in tables:
        cursor = db.execute(f'SELECT * FROM "{table}"')
        originals[table] = {"columns": [c[0] for c in cursor.description], "rows": cursor.fetchall()}
    json.dump(originals, open(originals_path, "w"))

GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
namespace = uuid.UUID("6f1c2b1e-0b7a-4d6e-9a53-2f8f3c1d0e55")

def copied(copy, value):
    if not isinstance(value, str):
        return value
    def replace(match):
        new = str(uuid.uuid5(namespace, f"{copy}:{match.group(0).lower()}"))
        return new.upper() if match.group(0).isupper() else new
    return GUID.sub(replace, value)

with db:
    for table, original in originals.items():
        columns = ", ".join(f'"{c}"' for c in original["columns"])
        marks = ", ".join("?" for _ in original["columns"])
        for copy in range(1, factor):
            db.executemany(f'INSERT OR IGNORE INTO "{table}" ({columns}) VALUES ({marks})',
                           [tuple(copied(copy, v) for v in row) for row in original["rows"]])
records = len(originals["regional_records"]["rows"])
total = db.execute("SELECT COUNT(*) FROM regional_records").fetchone()[0]
print(f"read model: {records} records and their projections grown {factor}x to {total}")
