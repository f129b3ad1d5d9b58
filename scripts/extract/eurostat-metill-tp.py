#!/usr/bin/env python3
# Extract Eurostat migr_asytpsm month-end stocks (beneficiaries of temporary protection, sex T, age TOTAL, citizen
# TOTAL) from greinar/flottafolk/data/timabundin_vernd_raw.csv in github.com/bgautijonsson/Metill.is, commit
# 0c3f1375311f6525a8fe6b73a52ef94274cb15f7 (its newest Eurostat download is of 2024-09-29, per cache_list.json there).
# The column 'Fjöldi sem nýtur tímabundinnar verndar' copies migr_asytpsm unchanged (R package eurostat,
# get_eurostat('migr_asytpsm', filters sex T, age TOTAL, citizen TOTAL), labelled with Icelandic country names);
# a row dated YYYY-MM-01 is the stock at the END of that month. Only the first three columns are read, so the script
# also runs on a copy that holds just those columns. Run by hand, never in npm test or the package:
#
#   python3 scripts/extract/eurostat-metill-tp.py <timabundin_vernd_raw.csv> [observations.csv] > /tmp/metill-rows.csv
#
# It prints observation rows for source metill-github-eurostat-tp-extract for every member-state month-end from
# March 2022 to August 2024 (NA cells skipped) EXCEPT where the dataset already holds the same value from a copy of
# migr_asytpsm (eurostat-migr-asytpsm-copy-2023-06-26 or this source): values that differ from the copy of
# 2023-06-26 are revisions and are printed as later vintages. A check of the overlap is written to stderr.
# 'Samtals' (a sum over all countries in the file, EFTA included) is not EU27 and is skipped; Cyprus is not in the file.
import calendar
import csv
import sys

NAMES = {
    "Austurríki": "AT", "Belgía": "BE", "Búlgaría": "BG", "Króatía": "HR", "Tékkland": "CZ", "Danmörk": "DK",
    "Eistland": "EE", "Finnland": "FI", "Frakkland": "FR", "Þýskaland": "DE", "Grikkland": "GR", "Ungverjaland": "HU",
    "Írland": "IE", "Ítalía": "IT", "Lettland": "LV", "Litáen": "LT", "Lúxemborg": "LU", "Malta": "MT", "Holland": "NL",
    "Pólland": "PL", "Portúgal": "PT", "Rúmenía": "RO", "Slóvakía": "SK", "Slóvenía": "SI", "Spánn": "ES", "Svíþjóð": "SE",
}
SKIP = {"Ísland", "Liechtenstein", "Noregur", "Sviss", "Samtals"}
SOURCE = "metill-github-eurostat-tp-extract"
COPIES = {"eurostat-migr-asytpsm-copy-2023-06-26", SOURCE}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

src = sys.argv[1]
obs_path = sys.argv[2] if len(sys.argv) > 2 else "data/datasets/euTemporaryProtection/observations.csv"
order = ["EU27", "DE", "FR", "ES", "IT", "GR", "AT", "BE", "NL", "SE", "PL", "CZ", "BG", "HR", "CY", "DK", "EE", "FI",
         "HU", "IE", "LV", "LT", "LU", "MT", "PT", "RO", "SK", "SI"]

existing = {}
for o in csv.DictReader(open(obs_path, encoding="utf-8")):
    existing.setdefault((o["series"], o["date"]), []).append(o)

rows, same, revised = [], 0, []
with open(src, encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    assert header[0] == "Dagsetning" and header[2] == "Fjöldi sem nýtur tímabundinnar verndar", header[:3]
    for r in reader:
        day, land, value = r[0], r[1], r[2]
        if land in SKIP:
            continue
        series = NAMES[land]  # KeyError = a country name this script does not know
        if value == "NA":
            continue
        v = int(value)
        if v % 5:
            raise SystemExit(f"not rounded to 5: {land} {day} {v}")
        y, m, d = map(int, day.split("-"))
        assert d == 1, day
        date = f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        have = [o for o in existing.get((series, date), []) if o["source"] in COPIES]
        if any(int(o["value"]) == v for o in have):
            same += 1
            continue
        note = f"file row {day} = stock at the end of {MONTHS[m - 1]} {y}"
        older = [o for o in have if o["source"] != SOURCE]
        if older:
            revised.append((series, date, older[0]["value"], v))
            note += f"; later vintage (the copy of 2023-06-26 has {older[0]['value']})"
        if series == "DE" and (y, m) >= (2024, 7):
            note += "; after Germany removed persons whose temporary protection was no longer valid (July 2024)"
        if series == "NL" and (y, m) >= (2023, 1) and (y, m) <= (2024, 2):
            note += "; after the Dutch data revision"
        rows.append((series, str(y), date, str(v), "final", "5", "", SOURCE, note))

rows.sort(key=lambda r: (order.index(r[0]), r[2]))
w = csv.writer(sys.stdout, lineterminator="\n")
for r in rows:
    w.writerow(r)
print(f"{len(rows)} rows; {same} cells already hold the same value from a migr_asytpsm copy; "
      f"{len(revised)} differ from the copy of 2023-06-26: "
      + ", ".join(f"{s} {d} {a}->{b}" for s, d, a, b in revised), file=sys.stderr)
