#!/usr/bin/env python3
# Extract Eurostat annual figures (migr_asyappctza first-time asylum applicants; migr_eiord third-country nationals
# ordered to leave; migr_eirtn third-country nationals returned following an order to leave) from dades.json in
# github.com/Oscarbellosido/Economia, commit 06f8408238fa418cbec570263d19e788d4c7890e (file field "generat":
# "2026-09-16"). That file is written by scripts/actualitza.js, which queries the Eurostat dissemination API
# (ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/<table>, JSON-stat) for geo ES, DE, FR, IT, NL, BE,
# AT, PT, EL, IE, SE, PL, CH, NO and EU27_2020 and stores each value unchanged under immi.eu[<ISO3 or "EU">]:
#   asil    = migr_asyappctza, citizen TOTAL, applicant FRST, age TOTAL, sex T, unit PER
#   ordres  = migr_eiord, citizen TOTAL, age TOTAL, sex T
#   retorns = migr_eirtn, citizen TOTAL, age TOTAL, sex T, c_dest TOTAL (returns to any destination)
# (integers are written as received; only non-integers are rounded to one decimal, none here). Run by hand, never
# in npm test or the package:
#
#   python3 scripts/extract/eurostat-oscarbellosido-dades.py <path to dades.json at that commit> [outdir]
#   python3 scripts/extract/eurostat-oscarbellosido-dades.py --first-hand-gaps <path to dades.json> [outdir]
#
# With --first-hand-gaps it instead writes rows for the cells whose every existing row cites a second-hand source
# (publisher "... citing ...", kind newsArticle or repost): the copy's value then stands beside the press figures
# as the publisher's own vintage, whether it agrees with them or not. The input may be the whole dades.json or any
# JSON holding the same {"immi": {"eu": ...}} blocks unchanged.
#
# (dades.json downloaded from https://raw.githubusercontent.com/Oscarbellosido/Economia/06f8408238fa418cbec570263d19e788d4c7890e/dades.json)
# It writes observation rows to <outdir>/<dataset>.csv (default /tmp/eurostat-oscarbellosido) for cells that
# data/datasets/<dataset>/observations.csv (run from the worktree root) does not fill yet; cells already filled are
# listed on stderr (agreeing or differing) and not written.
import csv
import json
import os
import sys

args = sys.argv[1:]
first_hand_gaps = "--first-hand-gaps" in args
args = [a for a in args if a != "--first-hand-gaps"]
path = args[0]
out_dir = args[1] if len(args) > 1 else "/tmp/eurostat-oscarbellosido"
os.makedirs(out_dir, exist_ok=True)
eu = json.load(open(path, encoding="utf-8"))["immi"]["eu"]
ISO2 = {"ESP": "ES", "DEU": "DE", "FRA": "FR", "ITA": "IT", "NLD": "NL", "BEL": "BE", "AUT": "AT", "PRT": "PT",
        "GRC": "GR", "IRL": "IE", "SWE": "SE", "POL": "PL", "EU": "EU27"}
SRC = {"asil": "eurostat-migr-asyappctza-oscarbellosido-copy-2026-09-16",
       "ordres": "eurostat-migr-eiord-oscarbellosido-copy-2026-09-16",
       "retorns": "eurostat-migr-eirtn-oscarbellosido-copy-2026-09-16"}
rows = {}


YEARS = {"euFirstTimeAsylumApplicants": (2014, 2024), "euReturns": (2019, 2024)}


def add(dataset, series, year, value, key, note):
    if YEARS[dataset][0] <= year <= YEARS[dataset][1]:
        rows.setdefault(dataset, []).append([series, str(year), "", str(value), "final", "5", "", SRC[key], note])


for code, blocks in eu.items():
    if code not in ISO2:
        continue
    geo = "EL" if code == "GRC" else ("EU27_2020" if code == "EU" else ISO2[code])
    for year, v in sorted(blocks.get("asil", {}).items()):
        if int(year) <= 2024:
            add("euFirstTimeAsylumApplicants", ISO2[code], int(year), v, "asil",
                f"Eurostat migr_asyappctza FRST, citizen TOTAL, age TOTAL, sex T, geo {geo} (API data as stored in dades.json)")
    for year, v in sorted(blocks.get("ordres", {}).items()):
        if code in ("EU", "NLD"):
            add("euReturns", "orderedToLeave" if code == "EU" else "netherlandsOrderedToLeave", int(year), v, "ordres",
                f"Eurostat migr_eiord, citizen TOTAL, age TOTAL, sex T, geo {geo} (API data as stored in dades.json)")
    for year, v in sorted(blocks.get("retorns", {}).items()):
        if code == "EU":
            add("euReturns", "returned", int(year), v, "retorns",
                f"Eurostat migr_eirtn, citizen TOTAL, age TOTAL, sex T, c_dest TOTAL (any destination), geo {geo}")

header = ["series", "year", "date", "value", "status", "precision", "qualifier", "source", "note"]
second_hand = set()
for f in sorted(os.listdir("data/sources")):
    if f.endswith(".csv"):
        for s in csv.DictReader(open(os.path.join("data/sources", f), encoding="utf-8-sig")):
            if " citing " in s["publisher"] or s["kind"] in ("newsArticle", "repost"):
                second_hand.add(s["id"])
for dataset, new in rows.items():
    existing = {}
    first_hand = {}
    for r in csv.DictReader(open(f"data/datasets/{dataset}/observations.csv", encoding="utf-8")):
        existing.setdefault((r["series"], r["year"]), set()).add(r["value"])
        first_hand.setdefault((r["series"], r["year"]), set())
        if r["source"] not in second_hand:
            first_hand[(r["series"], r["year"])].add(r["source"])
    kept = []
    for r in new:
        if first_hand_gaps:
            cell = (r[0], r[1])
            if cell in first_hand and not first_hand[cell]:
                print(f"{dataset} {r[0]} {r[1]}: only second-hand rows {sorted(existing[cell])}; copy {r[3]} written", file=sys.stderr)
                kept.append(r)
            continue
        have = existing.get((r[0], r[1]))
        if have and r[3] not in have:
            print(f"{dataset} {r[0]} {r[1]}: copy {r[3]} differs from existing {sorted(have)}; not written", file=sys.stderr)
            continue
        if have:
            print(f"{dataset} {r[0]} {r[1]}: copy {r[3]} agrees with an existing row; not written", file=sys.stderr)
            continue
        kept.append(r)
    with open(os.path.join(out_dir, f"{dataset}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(kept)
    print(f"{dataset}: {len(kept)} rows", file=sys.stderr)
