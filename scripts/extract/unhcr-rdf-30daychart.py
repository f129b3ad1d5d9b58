"""Extract UNHCR Refugee Data Finder world totals from two verbatim downloads in UNHCR's 30DayChartChallenge2023 repository.

One command (run by hand, never in npm test; Python 3 standard library and git only):
  python3 scripts/extract/unhcr-rdf-30daychart.py <git-dir of unhcr-dataviz/30DayChartChallenge2023>
(the git dir is what the project's `fetch` tool returns, e.g. /work/.mirror/unhcr-dataviz+30DayChartChallenge2023/repo).

Repository unhcr-dataviz/30DayChartChallenge2023 ('UNHCR contributions to #30DayChartChallenge in April 2023'),
commit 859dfa77e247ffda24e2d0437634ccd4b5e9f8ff (2023-05-15; the files were deleted again in
967a1a27703f24c71aa522a536649cd9485f8edc). Both files are Refugee Data Finder CSV downloads with UNHCR's own
header ('Extracted: United Nations High Commissioner for Refugees', 'Date extracted: 02/05/2023 08:13',
'Content type: End year stock population totals') and one world row per year (origin and asylum '-'):

* data/idp_idmc_2012_2022.csv: 'Internally displaced persons' (usage licence internal-displacement.org, i.e.
  IDMC's conflict IDPs as UNHCR reports them), column Total -> series internallyDisplaced;
* data/pop_unhcr_2012_2022.csv: 'Population figures', column Asylum-seekers -> series asylumSeekers.
  Not used: 'Refugees under UNHCR's mandate' (without UNRWA's Palestine refugees, so not the series
  `refugees`; the sum with data/ref_unrwa_2012_2022.csv would be a derived figure) and 'Other people in need
  of international protection' (for 2018-2021 the Venezuelans displaced abroad, not stored under otherInNeed).

The row 2022 is left out: the files were extracted before Global Trends 2022 (June 2023) and the chart that used
them (28_trend/28_trend.R at the same commit) notes '2022 IDPs figure are estimated using data available as of
9 June 2022'; its population values are the mid-2022 figures. Prints observation rows
(series,year,date,value,status,precision,qualifier,source,note) for the dataset globalDisplacement, 2014-2021.
"""
import csv
import io
import subprocess
import sys

COMMIT = "859dfa77e247ffda24e2d0437634ccd4b5e9f8ff"
FILES = [
    ("data/idp_idmc_2012_2022.csv", "Internally displaced persons", "Total", "internallyDisplaced",
     "r-unhcr-rdf-idp-idmc-2023-05-15"),
    ("data/pop_unhcr_2012_2022.csv", "Population figures", "Asylum-seekers", "asylumSeekers",
     "r-unhcr-rdf-population-2023-05-15"),
]
YEARS = range(2014, 2022)


def main(git_dir: str) -> None:
    for path, content, column, series, source in FILES:
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                              check=True, capture_output=True).stdout.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        meta = {r[0]: r[1] for r in rows if len(r) > 1 and r[0] != "Year"}
        assert meta["Extracted:"] == "United Nations High Commissioner for Refugees", meta
        assert meta["Data table contains the following:"] == content, meta
        assert meta["Content type"] == "End year stock population totals", meta
        head = next(i for i, r in enumerate(rows) if r and r[0] == "Year")
        header = rows[head]
        col = header.index(column)
        for r in rows[head + 1:]:
            if not r:
                continue
            year = int(r[0])
            assert r[1:5] == ["-", "-", "-", "-"], r
            if year in YEARS:
                value = r[col]
                assert value.isdigit(), (path, year, value)
                print(f'{series},{year},{year}-12-31,{value},final,1,,{source},'
                      f'"Refugee Data Finder download ({meta["Date extracted:"].strip()}), {path.split("/")[-1]}: {year} {column} {value}"')


if __name__ == "__main__":
    main(sys.argv[1])
