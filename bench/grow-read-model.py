#!/usr/bin/env python3
"""Grows headquarters' read model to FACTOR times the records it had when first called, for the insights benchmark.

Each copy is a parallel organisation: every id in a record (its own and those it refers to) is replaced by one derived
from the copy's number, so teams, their cars and their entries stay joined within a copy. Copies are deterministic and
inserted with OR IGNORE, so growing to 10 and later to 100 adds copies 1..9 and then 10..99.
Usage: bench/grow-read-model.py FACTOR path/to/headquarters.db
"""
import json, os, re, sqlite3, sys, uuid

factor, path = int(sys.argv[1]), sys.argv[2]
originals_path = path + ".bench-originals.json"
db = sqlite3.connect(path, timeout=60)
if os.path.exists(originals_path):
    originals = json.load(open(originals_path))
else:
    originals = db.execute('SELECT Region, Kind, EntityId, Version, State, ChangedAtUtc FROM regional_records').fetchall()
    json.dump(originals, open(originals_path, "w"))

GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
namespace = uuid.UUID("6f1c2b1e-0b7a-4d6e-9a53-2f8f3c1d0e55")

def copied(copy, text):
    def replace(match):
        new = str(uuid.uuid5(namespace, f"{copy}:{match.group(0).lower()}"))
        return new.upper() if match.group(0).isupper() else new
    return GUID.sub(replace, text)

with db:
    for copy in range(1, factor):
        db.executemany(
            'INSERT OR IGNORE INTO regional_records (Region, Kind, EntityId, Version, State, ChangedAtUtc) VALUES (?, ?, ?, ?, ?, ?)',
            [(region, kind, copied(copy, entity), version, copied(copy, state), changed) for region, kind, entity, version, state, changed in originals])
total = db.execute('SELECT COUNT(*) FROM regional_records').fetchone()[0]
print(f"read model: {len(originals)} records grown {factor}x to {total}")
