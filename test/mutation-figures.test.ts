/**
 * The figures' generated form and its decoding (src/_lib/dataset.ts `figures`), the prose joined to a
 * bundled dataset (src/_lib/description.ts) and the facts the vintage rule reads of a source
 * (src/_lib/sourceFacts.ts). Expected values are read from data/datasets/<id>/observations.csv,
 * data/datasets/<id>/metadata.yaml and data/sources/*.csv (cited by source id), or written out by hand.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figures, isSealed } from "../src/_lib/dataset.ts";
import { descriptionOf, noteOf, sourceRecordOf } from "../src/_lib/description.ts";
import { defineDataset } from "../src/schema/index.ts";
import { factsOf, isFirstHand, knownFromDate, originPublisher } from "../src/_lib/sourceFacts.ts";
import { asylumApplications, departures, euPopulation, euReturns, globalDisplacement, immigration, internationalMigrants } from "../src/datasets/index.ts";
import { describeDataset } from "../src/describeDataset.ts";
import { observation } from "../src/observation.ts";
import { value } from "../src/value.ts";
import type { AnyDataset, Source } from "../src/types.ts";
import { fixtureDatasets } from "./_helpers/fixtures.ts";

/** A CSV file as records (RFC 4180 quoting), read independently of the package's loader. */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ""])));
}

const sourceCsv = new Map<string, Record<string, string>>();
for (const f of readdirSync("data/sources")) for (const r of readCsv(`data/sources/${f}`)) sourceCsv.set(r.id!, r);

/** A source record as data/sources/*.csv has it. */
function record(id: string): Source {
  const r = sourceCsv.get(id);
  if (r === undefined) throw new Error(`no source ${id} in data/sources`);
  const s: Record<string, string> = { id, publisher: r.publisher!, title: r.title!, url: r.url!, accessed: r.accessed!, kind: r.kind!, language: r.language! };
  if (r.published !== "") s.published = r.published!;
  if (r.edition !== "") s.edition = r.edition!;
  return s as unknown as Source;
}

/**
 * A new dataset object with a bundled dataset's id, metadata and figures (re-encoded in the generated
 * form): its description and notes are built anew, not read from what an earlier test left cached.
 */
function fresh<D extends AnyDataset>(d: D): D {
  const { sources, observations, ...meta } = d as AnyDataset;
  const ids = Object.keys(sources);
  const keys = Object.keys(meta.series);
  const code = { final: "f", provisional: "p", estimated: "e", break: "b" } as const;
  return figures<D>(
    meta as never,
    JSON.stringify(ids.map((id) => [id, sources[id]!.knownFrom, sources[id]!.firstHand ? 1 : 0, sources[id]!.edition])),
    JSON.stringify(observations.map((o) => [keys.indexOf(o.series), o.date ?? o.year, o.value, code[o.status], o.precision, ids.indexOf(o.source), o.qualifier])),
  );
}

/** A made-up stock dataset in the generated form, to decode. */
function madeUp(): AnyDataset {
  const { sources: _s, observations: _o, ...meta } = globalDisplacement as AnyDataset;
  return figures(
    { ...meta, id: "madeUp", series: { a: { label: { en: "A", nl: "A" } }, b: { label: { en: "B", nl: "B" } } }, breaks: [], gaps: [] } as never,
    `[["one","2020-03-31",1,"svm2021"],["two","2021-12-31",0]]`,
    `[[1,"2019-12-31",5,"b",10,0],[0,"2020-12-31",7,"e",1,1,"about"],[0,"2021-12-31",8,"p",100,0],[1,"2021-12-31",9,"f",1,1]]`,
  );
}

describe("figures: the generated rows decoded", () => {
  it("decodes series, date, year, value, status, rounding unit, source and hedge of each row", () => {
    const d = madeUp();
    // Read the observations first: the source ids must be decoded for them all the same.
    expect(d.observations.map((o) => ({ ...o }))).toEqual([
      { series: "b", year: 2019, date: "2019-12-31", value: 5, status: "break", precision: 10, qualifier: undefined, source: "one" },
      { series: "a", year: 2020, date: "2020-12-31", value: 7, status: "estimated", precision: 1, qualifier: "about", source: "two" },
      { series: "a", year: 2021, date: "2021-12-31", value: 8, status: "provisional", precision: 100, qualifier: undefined, source: "one" },
      { series: "b", year: 2021, date: "2021-12-31", value: 9, status: "final", precision: 1, qualifier: undefined, source: "two" },
    ]);
    expect({ ...d.sources.one }).toEqual({ id: "one", knownFrom: "2020-03-31", edition: "svm2021", firstHand: true });
    expect({ ...d.sources.two }).toEqual({ id: "two", knownFrom: "2021-12-31", edition: undefined, firstHand: false });
  });

  it("share two getter functions among all datasets, each reading its own figures; an object that only inherits them reads nothing", () => {
    const a = madeUp();
    const getter = (d: object, key: string) => Object.getOwnPropertyDescriptor(d, key)!.get;
    expect(getter(a, "observations")).toBe(getter(immigration, "observations"));
    expect(getter(a, "sources")).toBe(getter(immigration, "sources"));
    expect(a.observations).not.toBe(immigration.observations);
    expect(a.observations[0]!.series).toBe("b");
    const heir = Object.create(immigration) as AnyDataset;
    expect(heir.observations).toBeUndefined();
    expect(heir.sources).toBeUndefined();
    expect(isSealed(heir)).toBe(false); // not frozen, no brand of its own
  });

  it("decodes a flow's year as a number and gives it no date", () => {
    const { sources: _s, observations: _o, ...meta } = immigration as AnyDataset;
    const d = figures<AnyDataset>({ ...meta, id: "flowMadeUp", series: { total: { label: { en: "T", nl: "T" } } } } as never, `[["x","2020",1]]`, `[[0,2019,12,"f",1,0]]`);
    expect(d.observations[0]!.year).toBe(2019);
    expect(d.observations[0]!.date).toBeUndefined();
    expect(Object.hasOwn(d.observations[0]!, "date")).toBe(true); // an own undefined, never read through the prototype
    expect(value(d, { year: 2019 })).toBe(12);
  });

  it("returns the same frozen objects on every read, lists both fields, and is sealed", () => {
    const d = madeUp();
    expect(d.sources).toBe(d.sources);
    expect(d.observations).toBe(d.observations);
    expect(Object.isFrozen(d.sources)).toBe(true);
    expect(Object.isFrozen(d.sources.one)).toBe(true);
    expect(Object.isFrozen(d.observations)).toBe(true);
    expect(Object.isFrozen(d.observations[0])).toBe(true);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.years)).toBe(true);
    expect(Object.isFrozen(d.series.a!.label)).toBe(true);
    expect(Object.keys(d)).toContain("sources");
    expect(Object.keys(d)).toContain("observations");
    expect(isSealed(d)).toBe(true);
    expect(Object.getPrototypeOf(d.sources)).toBeNull();
  });

  it("decodes the bundled rows as observations.csv has them", () => {
    // data/datasets/globalDisplacement/observations.csv: total 2019 79,500,000, a break, from unhcr-globaltrends2019-webarchive
    const brk = globalDisplacement.observations.find((o) => o.series === "total" && o.date === "2019-12-31" && o.source === "unhcr-globaltrends2019-webarchive");
    expect(brk).toMatchObject({ year: 2019, value: 79_500_000, status: "break", precision: 100_000 });
    // data/datasets/euPopulation/observations.csv: GR 1 January 2020 10,718,565, estimated (m-ekathimerini-elstat-population-2020)
    const gr = euPopulation.observations.find((o) => o.series === "GR" && o.date === "2020-01-01" && o.source === "m-ekathimerini-elstat-population-2020");
    expect(gr).toMatchObject({ year: 2020, value: 10_718_565, status: "estimated", precision: 1 });
    // data/datasets/asylumApplications/observations.csv: total 2020 19,000 "atLeast" (nos-2364949-asielaanvragen-2020)
    const hedged = asylumApplications.observations.find((o) => o.series === "total" && o.year === 2020 && o.source === "nos-2364949-asielaanvragen-2020");
    expect(hedged).toMatchObject({ value: 19_000, status: "final", precision: 1000, qualifier: "atLeast" });
    // the source facts: unhcr-globaltrends2019-webarchive, UNHCR's own page, published 2021-01-23
    expect({ ...globalDisplacement.sources["unhcr-globaltrends2019-webarchive"] }).toEqual({
      id: "unhcr-globaltrends2019-webarchive",
      knownFrom: "2021-01-23",
      firstHand: true,
      edition: undefined,
    });
  });
});

describe("source facts", () => {
  it("counts a source from its publication date, the end of its month or year, or its access date", () => {
    expect(knownFromDate(record("unhcr-globaltrends2019-webarchive"))).toBe("2021-01-23"); // published 2021-01-23
    expect(knownFromDate(record("upday-2024-06-svm2024-asiel"))).toBe("2024-06-30"); // published 2024-06
    expect(knownFromDate(record("scribd-unhcr-global-trends-2022"))).toBe("2023-06-30"); // published 2023-06
    expect(knownFromDate(record("emn-nl-totale-asielinstroom-2016"))).toBe("2017-12-31"); // published 2017
    expect(knownFromDate(record("m-ekathimerini-elstat-population-2020"))).toBe("2026-11-27"); // no publication date: accessed
  });

  it("tells the publisher's own source from a second-hand copy", () => {
    expect(isFirstHand(record("unhcr-globaltrends2019-webarchive"))).toBe(true); // UNHCR, kind other
    expect(isFirstHand(record("cbs-statline-37259ned-2023-08-04"))).toBe(true); // CBS, statisticalTable
    expect(isFirstHand(record("e-volkskrant-2022-07-huisvesting-statushouders"))).toBe(false); // a newsArticle
    expect(isFirstHand(record("scribd-unhcr-global-trends-2022"))).toBe(false); // a repost
    expect(isFirstHand(record("m2-emnbelgium-eurostat-asylum-2023"))).toBe(false); // governmentNews, "EMN Belgium citing Eurostat"
    expect(isFirstHand(undefined)).toBe(false);
  });

  it("names the publisher a copy stands for", () => {
    expect(originPublisher("upday (ANP) citing Rijksoverheid")).toBe("Rijksoverheid"); // upday-2024-06-svm2024-asiel
    expect(originPublisher("EMN Belgium citing Eurostat")).toBe("Eurostat");
    expect(originPublisher("CBS")).toBe("CBS");
    expect(originPublisher("A citing B citing C")).toBe("C"); // a copy of a copy stands for the first publisher
  });

  it("gives the facts of a record, with its edition only when it has one", () => {
    expect(factsOf(record("upday-2024-06-svm2024-asiel"))).toEqual({ id: "upday-2024-06-svm2024-asiel", knownFrom: "2024-06-30", firstHand: false, edition: "svm2024" });
    const own = factsOf(record("cbs-statline-37259ned-2023-08-04"));
    expect(own).toEqual({ id: "cbs-statline-37259ned-2023-08-04", knownFrom: "2023-08-04", firstHand: true });
    expect(Object.hasOwn(own, "edition")).toBe(false);
  });
});

describe("the description of a bundled dataset", () => {
  it("is built once and kept", () => {
    expect(describeDataset(globalDisplacement)).toBe(describeDataset(globalDisplacement));
    const d = fresh(euReturns);
    expect(descriptionOf("f", d)).toBe(descriptionOf("g", d));
  });

  it("joins the series' labels and territories with their definitions (data/datasets/euReturns/metadata.yaml)", () => {
    const d = describeDataset(fresh(euReturns));
    expect(d.series.netherlandsOrderedToLeave!.territory).toBe("NL");
    expect(d.series.netherlandsOrderedToLeave!.label.en).toBe("Ordered to leave, Netherlands");
    expect(Object.hasOwn(d.series.orderedToLeave!, "territory")).toBe(false);
    // data/datasets/asylumApplications/metadata.yaml: the total's definition
    expect(describeDataset(fresh(asylumApplications)).series.total!.definition.en).toMatch(/^IND "totale asielinstroom": first asylum applications \+ repeat/);
  });

  it("carries the notes of sums, breaks and gaps (metadata.yaml)", () => {
    const dep = describeDataset(fresh(departures));
    expect(dep.sums[0]).toMatchObject({ total: "verified", parts: ["independent", "forced"] });
    expect(dep.sums[0]!.note).toMatch(/^Aantoonbaar vertrek is zelfstandig plus gedwongen vertrek \(2021: 2,100 \+ 1,630 = 3,730/);
    const gd = describeDataset(fresh(globalDisplacement));
    expect(gd.breaks[0]).toMatchObject({ series: "total", year: 2019 });
    expect(gd.breaks[0]!.note.en).toMatch(/^From Global Trends 2019 the total includes Venezuelans displaced abroad/);
    const aa = describeDataset(fresh(asylumApplications));
    expect(aa.gaps[0]).toMatchObject({ series: "first", years: [2014] });
    expect(aa.gaps[0]!.note.en).toMatch(/^No IND figure for first applications in 2014 was found/);
  });

  it("gives the full record of every cited source (data/sources/*.csv)", () => {
    const d = describeDataset(fresh(globalDisplacement));
    for (const id of Object.keys(globalDisplacement.sources)) {
      const csv = record(id);
      expect(d.sources[id], id).toMatchObject({ id, publisher: csv.publisher, title: csv.title, url: csv.url, kind: csv.kind });
    }
    expect(observation(globalDisplacement, { year: 2019 }).source.publisher).toBe("UNHCR");
  });

  it("refuses a sealed dataset that is neither bundled nor made by defineDataset", () => {
    expect(() => describeDataset(madeUp())).toThrow("describeDataset: madeUp has no description (not a bundled dataset, nor made by defineDataset)");
  });
});

describe("one source record without the description (sourceRecordOf: what summary reads)", () => {
  it("is the full record of data/sources for every source a bundled dataset cites, the editions' own too", () => {
    for (const bundled of [immigration, globalDisplacement, euReturns]) {
      const d = fresh(bundled);
      for (const id of Object.keys(bundled.sources)) {
        const csv = record(id);
        expect(sourceRecordOf("f", d, id), id).toMatchObject({ id, publisher: csv.publisher, title: csv.title, url: csv.url });
      }
    }
    // rijksoverheid-svm2024-news is the 2024 edition's own source (data/editions.csv), cited by immigration
    expect(sourceRecordOf("f", fresh(immigration), "rijksoverheid-svm2024-news").edition).toBe("svm2024");
  });

  it("is the record a user's dataset registered with defineDataset, even under a bundled dataset's id", () => {
    const base = describeDataset(immigration);
    const id = "cbs-statline-37259ned-2023-08-04";
    const own = defineDataset({ ...base, observations: immigration.observations, sources: { ...base.sources, [id]: { ...base.sources[id]!, publisher: "A user's own record" } } } as never);
    expect(sourceRecordOf("f", own, id).publisher).toBe("A user's own record");
    expect(sourceRecordOf("f", immigration, id).publisher).toBe("CBS");
  });

  it("refuses a sealed dataset that is neither bundled nor made by defineDataset", () => {
    expect(() => sourceRecordOf("summary", madeUp(), "x")).toThrow("summary: madeUp has no description (not a bundled dataset, nor made by defineDataset)");
  });
});

describe("the note on one observation", () => {
  for (const [name, bundled] of [
    ["asylumApplications", asylumApplications],
    ["internationalMigrants", internationalMigrants],
    ["immigration", immigration],
  ] as const) {
    it(`is the note column of ${name}'s observations.csv`, () => {
      const d = fresh(bundled);
      const csv = readCsv(`data/datasets/${name}/observations.csv`);
      const byKey = new Map(csv.map((r) => [`${r.series}|${r.year}|${r.date}|${Number(r.value)}|${r.source}`, r.note ?? ""]));
      let noted = 0;
      for (const o of d.observations) {
        const expected = byKey.get(`${o.series}|${o.year}|${o.date ?? ""}|${o.value}|${o.source}`);
        expect(expected, `${o.series} ${o.year} ${o.source}`).toBeDefined();
        expect(noteOf("f", d, o) ?? "").toBe(expected);
        if (expected !== "") noted++;
      }
      expect(noted).toBeGreaterThan(0);
    });
  }
});

describe("sealed datasets", () => {
  it("are branded by a property a copy does not carry: a frozen copy or a branded but unfrozen object is not sealed", () => {
    expect(isSealed(immigration)).toBe(true);
    expect(isSealed(Object.freeze({ ...immigration }))).toBe(false); // the brand is not enumerable: a spread drops it
    expect(isSealed(Object.freeze({ ...madeUp() }))).toBe(false);
    const widgets = fixtureDatasets().widgets!; // sealed by defineDataset
    expect(isSealed(widgets)).toBe(true);
    expect(isSealed(Object.freeze({ ...widgets }))).toBe(false);
    const branded = { [Symbol.for("staat-van-migratie/sealed-dataset")]: true };
    expect(isSealed(branded)).toBe(false); // not frozen
    expect(isSealed(Object.freeze({ id: "x" }))).toBe(false); // frozen, not branded
  });
  it("stay unsealed when asked twice (a refused object is not remembered as sealed)", () => {
    const frozen = Object.freeze({ id: "x" });
    expect(isSealed(frozen)).toBe(false);
    expect(isSealed(frozen)).toBe(false);
  });
  it("have metadata objects without a prototype, so a polluted Object.prototype is never read through them", () => {
    const d = madeUp();
    expect(Object.getPrototypeOf(d.years)).toBeNull();
    expect(Object.getPrototypeOf(d.series.a)).toBeNull();
  });
});
