#!/usr/bin/env python3
# Extract CBS StatLine figures (85848NED immigration/emigration by nationality; 84808NED EU/EFTA immigrants by
# derived migration purpose; 84809NED non-EU/EFTA immigrants by migration motive) from the file
# projects/de-autochtoonse-nederlandse-bevolking/data.json in github.com/Thaumatorium/thaumatorium.github.io,
# commit e6c9c5c225ae7386b8f8379aeb38191e4d1e0986 (2026-06-03 19:08:22 +0200; "fetchedAt" 2026-06-03T16:50:52Z).
# That file is written by fetch-data.mjs (same commit), which downloads the tables from the CBS OData API
# (opendata.cbs.nl/ODataApi/OData/<table>/TypedDataSet) and copies the cell values unchanged:
#   85848NED, filter Geslacht T001038 (total), LeeftijdOp31December 10000 (total), BurgerlijkeStaat T001019 (total);
#     timeline[].originNonDutchNationality = Immigratie_1 of Nationaliteit NAT9489 (Totaal niet-Nederlandse nat.),
#     timeline[].emigrationDutchNationality / emigrationNonDutchNationality = EmigratieInclusiefAdministratieveC_2 of
#     NAT9267 (Nederlands) / NAT9489; migrationOriginBreakdown[].nationalityTop = the seven largest single
#     nationalities by Immigratie_1 (label and value, value unchanged).
#   84808NED / 84809NED, filter Geslacht T001038, Leeftijd 10000, Nationaliteit T001059 (total),
#     SociaaleconomischeCategorie T001083 (total), Verblijfsduur A027954 (the original number of immigrants in the
#     year of immigration); timeline[].migrationPurposeEu* = ImmigrantenUitEUEFTALanden_1 and
#     timeline[].migrationPurposeNonEu* = ImmigrantenExclusiefEUEFTA_1 per category.
# The file also copies each table's TableInfos (title, Modified, status text); those are printed to stderr.
# Run by hand, never in npm test or the package:
#
#   python3 scripts/extract/cbs-thaumatorium-migration.py <git-dir of Thaumatorium/thaumatorium.github.io> [outdir]
#
# It writes observation rows per dataset to <outdir>/<dataset>.csv (default outdir /tmp/cbs-thaumatorium) and
# leaves out every cell that data/datasets/<dataset>/observations.csv (run from the worktree root) already fills
# with a different value; those cells are listed on stderr (cells with the same value get a cross-check row).
#
#   python3 scripts/extract/cbs-thaumatorium-migration.py --copy-only-vintages <git-dir> [outdir]
#
# additionally writes <outdir>/<dataset>.copy-only-vintages.csv with the copy's row for each such differing cell
# whose every existing observation cites a second-hand source (publisher containing ' citing ', or kind
# newsArticle/repost, as in shared/tools/provenance.py): the copy is then kept as a vintage of its own beside the
# rounded press figure (used for immigrationByMotive total 2020 and immigrationByNationalityGroup nonDutch 2020).
import csv
import json
import os
import subprocess
import sys

COMMIT = "e6c9c5c225ae7386b8f8379aeb38191e4d1e0986"
PATH = "projects/de-autochtoonse-nederlandse-bevolking/data.json"
SRC_NAT = "cbs-85848ned-thaumatorium-copy-2026-06-03"
SRC_EU = "cbs-84808ned-thaumatorium-copy-2026-06-03"
SRC_NONEU = "cbs-84809ned-thaumatorium-copy-2026-06-03"

import glob

args = [a for a in sys.argv[1:] if not a.startswith("--")]
copy_only_vintages = "--copy-only-vintages" in sys.argv[1:]
git_dir = args[0]
out_dir = args[1] if len(args) > 1 else "/tmp/cbs-thaumatorium"
os.makedirs(out_dir, exist_ok=True)
data = json.loads(subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{PATH}"], check=True, capture_output=True).stdout)
for key in ("migrationNationality", "migrationPurposeEu", "migrationPurposeNonEu"):
    info = data["cbs"][key]
    print(f"{info['Identifier']}: {info['Title']} | Modified {info['Modified']} | Period {info['Period']}", file=sys.stderr)
timeline = {row["year"]: row for row in data["timeline"]}

rows = {}  # dataset -> list of rows


def add(dataset, series, year, value, status, precision, source, note):
    if value is None:
        return
    rows.setdefault(dataset, []).append([series, str(year), "", str(value), status, str(precision), "", source, note])


# 85848NED: immigration by single nationality (the seven largest of each year, as the copy keeps them).
labels = {"Oekraïens": "UA", "Pools": "PL", "Turks": "TR", "Duits": "DE", "Spaans": "ES", "Roemeens": "RO", "Bulgaars": "BG", "Indiaas": "IN"}
for block in data["migrationOriginBreakdown"]:
    for item in block["nationalityTop"]:
        if item["label"] in labels:
            add("immigrationByNationality", labels[item["label"]], block["year"], item["value"], "final", 1, SRC_NAT,
                f"StatLine 85848NED Immigratie, Nationaliteit '{item['label']}' (totals of sex, age, marital status); one of the seven largest nationalities the copy keeps for {block['year']}")

for year in range(2010, 2025):
    t = timeline[year]
    add("emigrationByNationalityGroup", "dutch", year, t["emigrationDutchNationality"], "final", 1, SRC_NAT,
        "StatLine 85848NED Emigratie inclusief administratieve correcties, Nationaliteit 'Nederlands' (NAT9267)")
    add("emigrationByNationalityGroup", "nonDutch", year, t["emigrationNonDutchNationality"], "final", 1, SRC_NAT,
        "StatLine 85848NED Emigratie inclusief administratieve correcties, Nationaliteit 'Totaal niet-Nederlandse nationaliteit' (NAT9489)")
    for dataset in ("immigrationByNationalityGroup", "immigrationByMotive"):
        add(dataset, "nonDutch" if dataset == "immigrationByNationalityGroup" else "total", year, t["originNonDutchNationality"], "final", 1, SRC_NAT,
            "StatLine 85848NED Immigratie, Nationaliteit 'Totaal niet-Nederlandse nationaliteit' (NAT9489); StatLine base, not the motive-statistics base")

eu = {"work": "Work", "family": "Family", "study": "Study", "other": "Other"}
noneu = {"work": "Work", "family": "Family", "study": "Study", "asylum": "Asylum", "other": "Other", "temporaryProtection": "TemporaryProtection"}
for year in range(2010, 2025):
    t = timeline[year]
    for series, key in eu.items():
        add("immigrationByMotiveEuEfta", series, year, t[f"migrationPurposeEu{key}"], "provisional", 5, SRC_EU,
            f"StatLine 84808NED (version 27 June 2025, 'voorlopig') ImmigrantenUitEUEFTALanden_1, AfgeleidMigratiedoel {key.lower()}, Verblijfsduur at immigration, all nationalities")
    for series, key in noneu.items():
        add("immigrationByMotiveNonEuEfta", series, year, t[f"migrationPurposeNonEu{key}"], "provisional", 5, SRC_NONEU,
            f"StatLine 84809NED (version 27 June 2025, 'voorlopig') ImmigrantenExclusiefEUEFTA_1, Migratiemotief {key}, Verblijfsduur at immigration, all nationalities")
    # The asylum and temporary-protection motives exist only for non-EU/EFTA nationals (EU/EFTA immigrants have a
    # derived purpose without these categories), so the non-EU/EFTA count is also the count of all non-Dutch immigrants.
    for series, key in (("asylum", "Asylum"), ("temporaryProtection", "TemporaryProtection")):
        add("immigrationByMotive", series, year, t[f"migrationPurposeNonEu{key}"], "provisional", 5, SRC_NONEU,
            f"StatLine 84809NED (non-EU/EFTA table, version 27 June 2025, 'voorlopig') Migratiemotief {key}; the motive exists only for non-EU/EFTA nationals, so this is also the count for all non-Dutch immigrants")

sources = {}
for f in glob.glob("data/sources/*.csv"):
    for r in csv.DictReader(open(f, encoding="utf-8-sig")):
        sources[r["id"]] = r


def second_hand(source_id):
    s = sources.get(source_id, {})
    return " citing " in s.get("publisher", "") or s.get("kind") in ("newsArticle", "repost")


header = ["series", "year", "date", "value", "status", "precision", "qualifier", "source", "note"]
for dataset, new in rows.items():
    existing = {}
    existing_sources = {}
    obs = f"data/datasets/{dataset}/observations.csv"
    if os.path.exists(obs):
        for r in csv.DictReader(open(obs, encoding="utf-8")):
            existing.setdefault((r["series"], r["year"]), set()).add(r["value"])
            existing_sources.setdefault((r["series"], r["year"]), []).append(r["source"])
    kept = []
    vintages = []
    for r in new:
        have = existing.get((r[0], r[1]))
        if have and r[3] not in have:
            if copy_only_vintages and all(second_hand(s) for s in existing_sources[(r[0], r[1])]):
                print(f"{dataset} {r[0]} {r[1]}: copy {r[3]} differs from existing {sorted(have)}, which rest only on second-hand sources; written as a vintage of its own", file=sys.stderr)
                vintages.append(r[:8] + [r[8] + f"; kept beside the press copies' {' / '.join(sorted(have))} of the CBS migration-motive release (rounded to thousands, motive-statistics base), which it matches after rounding"])
                continue
            print(f"{dataset} {r[0]} {r[1]}: copy {r[3]} differs from existing {sorted(have)}; not written", file=sys.stderr)
            continue
        kept.append(r)
    if vintages:
        with open(os.path.join(out_dir, f"{dataset}.copy-only-vintages.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(vintages)
    with open(os.path.join(out_dir, f"{dataset}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(kept)
    print(f"{dataset}: {len(kept)} rows", file=sys.stderr)
