"""Extract UN DESA International Migrant Stock 2020 (Table 1, both sexes) for the world and the Netherlands.

One command (run by hand, never in npm test; Python 3 standard library only):
  python3 scripts/extract/undesa-ims2020-destination.py /tmp/undesa.xlsx
where /tmp/undesa.xlsx is UN DESA's file taken verbatim from guyabel/stepladderChapter at commit
987ff8cf7e73da3312175c66cc5c14ba56c3fb92 (2021-02-22; the file was deleted in the next commits):
  git --git-dir=<mirror of guyabel/stepladderChapter> show \
    987ff8cf7e73da3312175c66cc5c14ba56c3fb92:undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx > /tmp/undesa.xlsx

Prints observation rows (series,year,date,value,status,precision,qualifier,source,note) for the dataset
internationalMigrants: series `world` (row WORLD, location code 900) and `netherlands` (row 'Netherlands*',
location code 528), columns 1990 ... 2020 of 'International migrant stock at mid-year, both sexes combined'.
Values are the cells as stored; nothing is computed.
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
SOURCE = "n-undesa-ims2020-destination-stepladder"
ROWS = {"900": "world", "528": "netherlands"}


def main(path: str) -> None:
    z = zipfile.ZipFile(path)
    shared = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
              for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    # workbook order: Table of contents, Table 1, ... -> Table 1 is sheet2.xml
    root = ET.fromstring(z.read("xl/worksheets/sheet2.xml"))
    table = {}
    for row in root.iter("{%s}row" % NS["m"]):
        cells = {}
        for c in row.findall("m:c", NS):
            v = c.find("m:v", NS)
            if v is None:
                continue
            val = shared[int(v.text)] if c.get("t") == "s" else v.text
            col = "".join(ch for ch in c.get("r") if ch.isalpha())
            cells[col] = val
        table[int(row.get("r"))] = cells
    title = table[3]["E"]
    assert title.startswith("Table 1: International migrant stock at mid-year by sex"), title
    assert table[8]["F"] == "International migrant stock at mid-year, both sexes combined"
    header = table[11]
    years = {col: header[col] for col in "FGHIJKL"}
    assert list(years.values()) == ["1990", "1995", "2000", "2005", "2010", "2015", "2020"], years
    for r, cells in table.items():
        code = cells.get("D")
        if r > 11 and code in ROWS:
            name = cells["B"].strip()
            for col, year in years.items():
                value = cells[col]
                assert value.isdigit(), (name, year, value)
                print(f'{ROWS[code]},{year},{year}-07-01,{value},estimated,1,,{SOURCE},'
                      f'"International Migrant Stock 2020, Table 1, row {name} (code {code}, type of data {cells.get("E") or "-"}), both sexes, mid-{year}"')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/undesa.xlsx")
