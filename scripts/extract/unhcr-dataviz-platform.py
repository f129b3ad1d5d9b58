"""Extract UNHCR world totals from the sample data of UNHCR's Data Visualization Platform.

One command (run by hand, never in npm test; Python 3 standard library and git only):
  python3 scripts/extract/unhcr-dataviz-platform.py <git-dir of GDS-ODSSS/unhcr-dataviz-platform>
(the git dir is what the project's `fetch` tool returns, e.g. /work/.mirror/GDS-ODSSS+unhcr-dataviz-platform/repo).

Repository GDS-ODSSS/unhcr-dataviz-platform ('UNHCR Data Visualization Guidance and Tools', the chart gallery
of dataviz.unhcr.org, commits by UNHCR's data visualization staff). Two of its sample tables hold world totals
as UNHCR prints them, with the caption 'Source: UNHCR Refugee Data Finder':

* data/change_over_time/streamgraph.csv at commit c4810a271dc0bf615e057d40fe3627590dd5764b (2022-02-09):
  year x population type (REF, ASY, IDP, STA, OOC, VDA), persons; the R chart of the same file
  (app/tools/r/r_streamgraph.Rmd) is titled 'People of concern to UNHCR | 1991-2021'. Only ASY
  (asylum-seekers, world total) is used: REF is UNHCR-mandate refugees without UNRWA's Palestine refugees and
  IDP is UNHCR's own IDP count, neither the definition of the dataset's series. The file was committed in
  February 2022, before Global Trends 2021 (June 2022), so its '2021' row cannot be end-2021 (its values
  equal the mid-2021 figures) and is left out. Later commits change only the header and line endings.
* data/change_over_time/line_column.csv at commit 7f6dc361e67c38b8b49a10349f4797a5eb043096 (2022-03-18):
  year, displaced_population, displaced_proportion, 2007-2016; app/tools/r/r_line_column_chart.Rmd titles it
  'Trend of global displacement | 2007 - 2016' with the axis 'Displaced population (millions)'. The
  millions are written out in persons (59.53 -> 59530000, decimal arithmetic); the precision is the last
  decimal printed (0.01 million -> 10000). Only 2014 and 2015 are printed: they equal the Global Trends
  headlines (59.5, 65.3 million); 2016 (65.36) differs from Global Trends 2016's 65.6 million with no reason
  given, and a chart's sample table does not stand in for UNHCR's published total (reviewed by the lead).

Prints observation rows (series,year,date,value,status,precision,qualifier,source,note) for the dataset
globalDisplacement, years 2014-2020 (the dataset's range up to the last end-year row in the files).
"""
import csv
import io
import subprocess
import sys
from decimal import Decimal

STREAM = ("c4810a271dc0bf615e057d40fe3627590dd5764b", "data/change_over_time/streamgraph.csv",
          "r-unhcr-dataviz-streamgraph-2022-02-09")
LINE = ("7f6dc361e67c38b8b49a10349f4797a5eb043096", "data/change_over_time/line_column.csv",
        "r-unhcr-dataviz-line-column-2022-03-18")
YEARS = range(2014, 2021)


def show(git_dir: str, commit: str, path: str) -> list:
    text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def main(git_dir: str) -> None:
    rows = show(git_dir, STREAM[0], STREAM[1])
    assert rows[0] == ["Year", "Population.type", "Value"], rows[0]
    for year, kind, value in rows[1:]:
        if kind == "ASY" and int(year) in YEARS:
            assert value.isdigit(), (year, value)
            print(f'asylumSeekers,{year},{year}-12-31,{value},final,1,,{STREAM[2]},'
                  f'"UNHCR dataviz sample streamgraph.csv (Refugee Data Finder, February 2022): {year},ASY,{value}"')
    rows = show(git_dir, LINE[0], LINE[1])
    assert rows[0] == ["year", "displaced_population", "displaced_proportion"], rows[0]
    for year, millions, _ in rows[1:]:
        if int(year) in (2014, 2015):
            d = Decimal(millions)
            value = d * 1000000
            assert value == value.to_integral_value(), millions
            precision = 10 ** (6 + d.as_tuple().exponent)
            print(f'total,{year},{year}-12-31,{int(value)},final,{precision},,{LINE[2]},'
                  f'"UNHCR dataviz sample line_column.csv, Trend of global displacement: {millions} million"')


if __name__ == "__main__":
    main(sys.argv[1])
