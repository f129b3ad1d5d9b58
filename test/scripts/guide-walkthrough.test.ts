/**
 * The walk-through of docs/guides/adding-a-dataset.md ("A new dataset"), repeatable: on a copy of the
 * repository's `data/`, `src/` and manifests (in `.tmp/`), it does what the guide tells a newcomer to do
 * for a tiny dataset — a sources row, `metadata.yaml`, `observations.csv` — validates, generates with
 * the real build (`buildData` of scripts/build-data.ts, what `npm run data` runs), and checks:
 *
 * - that the build writes exactly the files the guide's step 5 lists (its ```text block is parsed, so
 *   the guide and this test cannot drift apart), the `new` ones appearing and the `changed` ones
 *   existing before, and that `npm run data:check` is green afterwards;
 * - that the generated modules read back through the package's own functions: the copied
 *   `src/index.ts` is imported, and `value`, `observation` and `describeDataset` give the figures,
 *   the prose and the source record that were written to `data/`;
 * - that every command the guide names is a script of package.json.
 *
 * The figures are real: outflow from COA reception in 2024 as the Minister for Asylum and Migration
 * gave it to parliament (source `tweedekamer-2025d08674-rajkowski-cijfers-asiel`, answer 2: "ca.
 * 44.280 personen verlieten COA-opvang (30.210 vergunninghouders, 14.060 asielzoekers)"). The
 * walk-through copies that source row to a new topic file under a new id, as a newcomer adding the
 * page would; the test checks that the figures are in the row's note.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildData, type BuildResult } from "../../scripts/build-data.ts";
import { formatProblem, loadData } from "../../scripts/_lib/load.ts";
import { Claim, ClaimQualifier, ClaimStatus, ClaimUnit } from "../../scripts/_lib/claim-schema.ts";
import { DatasetMetadata } from "../../src/schema/index.ts";
import type { AnyDataset, DatasetDescription, Observation } from "../../src/types.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const guideText = readFileSync(join(repo, "docs/guides/adding-a-dataset.md"), "utf8");
const scripts = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The guide's "A new dataset" section. */
function newDatasetSection(): string {
  const start = guideText.indexOf("## A new dataset");
  const end = guideText.indexOf("\n## ", start + 1);
  if (start < 0) throw new Error('docs/guides/adding-a-dataset.md has no "## A new dataset" section');
  return guideText.slice(start, end < 0 ? undefined : end);
}

interface PromisedFile {
  /** Path from the repository root, `<id>` as in the guide. */
  path: string;
  kind: "new" | "changed";
  /** What the guide says about it. */
  what: string;
}

/** The rows of the ```text block of step 5 ("**Generate.**"): `path  new|changed  what`. */
function promisedFiles(): PromisedFile[] {
  const section = newDatasetSection();
  const step = section.indexOf("**Generate.**");
  if (step < 0) throw new Error('the guide has no "**Generate.**" step');
  const open = section.indexOf("```text\n", step);
  const close = section.indexOf("```", open + 8);
  if (open < 0 || close < 0) throw new Error("step 5 of the guide has no ```text block of generated files");
  return section
    .slice(open + 8, close)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => {
      const m = /^(\S+)\s+(new|changed)\s+(.+)$/.exec(l);
      if (m === null) throw new Error(`unreadable line in the guide's list of generated files: "${l}"`);
      return { path: m[1]!, kind: m[2] as "new" | "changed", what: m[3]! };
    });
}

// ---------------------------------------------------------------------------------------------------
// The walk-through dataset (a newcomer's choice of id; not a bundled dataset).

const ID = "guideReceptionOutflow";
const REAL_SOURCE = "tweedekamer-2025d08674-rajkowski-cijfers-asiel";
const SOURCE = "guide-tk-2025d08674-antwoord";
const DESCRIPTION_EN =
  "People who left the reception of the Central Agency for the Reception of Asylum Seekers (COA) in a calendar year, as given to parliament.";
const DEFINITION_EN = "All persons who left COA reception in the year, status holders and asylum seekers together.";

/** Step 2, as the guide describes it (a small flow, copied from dublinTransfers and changed). */
const metadata = (withReferenceDate: boolean): string => `id: ${ID}
topic: reception
title:
  en: "Outflow from asylum reception (COA)"
  nl: "Uitstroom uit de asielopvang (COA)"
description:
  en: "${DESCRIPTION_EN}"
  nl: "Personen die in een kalenderjaar de opvang van het Centraal Orgaan opvang asielzoekers (COA) verlieten, zoals aan de Kamer gemeld."
unit: persons
measure: flow
reference:
  en: "Calendar year (1 January to 31 December)."
  nl: "Kalenderjaar (1 januari tot en met 31 december)."
${withReferenceDate ? "referenceDate: null\n" : ""}publisherOfRecord: "Minister van Asiel en Migratie"
years: { from: 2024, to: 2024 }
series:
  total:
    label: { en: "Left COA reception", nl: "Uit COA-opvang vertrokken" }
    definition:
      en: "${DEFINITION_EN}"
      nl: "Alle personen die in het jaar de COA-opvang verlieten, vergunninghouders en asielzoekers samen."
  statusHolders:
    label: { en: "Status holders", nl: "Vergunninghouders" }
    definition:
      en: "Persons with an asylum residence permit who left COA reception in the year."
      nl: "Personen met een verblijfsvergunning asiel die in het jaar de COA-opvang verlieten."
  asylumSeekers:
    label: { en: "Asylum seekers", nl: "Asielzoekers" }
    definition:
      en: "Persons without an asylum residence permit who left COA reception in the year."
      nl: "Personen zonder verblijfsvergunning asiel die in het jaar de COA-opvang verlieten."
seriesKeys: named
signed: false
sums:
  - total: total
    parts: [statusHolders, asylumSeekers]
`;

/** Step 3: the figures as published ("ca." → about; rounded to tens like the answer's other figures). */
const observations = `series,year,date,value,status,precision,qualifier,source,note
total,2024,,44280,final,10,about,${SOURCE},'ca. 44.280 personen verlieten COA-opvang' (answer 2)
statusHolders,2024,,30210,final,10,about,${SOURCE},'30.210 vergunninghouders' (answer 2)
asylumSeekers,2024,,14060,final,10,about,${SOURCE},'14.060 asielzoekers' (answer 2)
`;

const root = join(repo, ".tmp", `guide-walkthrough-${process.pid}`);
const atRoot = (path: string): string => join(root, path);
const promised = promisedFiles();
const promisedPaths = promised.map((f) => f.path.replaceAll("<id>", ID));
let existedBefore: Map<string, boolean>;
let baseline: BuildResult;
let withoutReferenceDate: string[];
let validation: string[];
let build: BuildResult;
let check: BuildResult;
let realSource: Record<string, string>;

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "docs"), { recursive: true });
  // A checkout as a newcomer has it: data/, the generated src/, the manifests, docs/coverage.md.
  for (const path of ["data", "src", "package.json", "jsr.json", "docs/coverage.md"]) cpSync(join(repo, path), atRoot(path), { recursive: true });
  expect(existsSync(atRoot(`data/datasets/${ID}`)), `${ID} is already a dataset: pick another walk-through id`).toBe(false);
  baseline = buildData({ root, check: true });
  existedBefore = new Map(promisedPaths.map((p) => [p, existsSync(atRoot(p))]));

  // Step 1. Sources: the page, in a topic file of its own (a copy of the real row under a new id).
  const sourcesHeader = "id,publisher,title,url,published,accessed,kind,language,edition,note";
  const rows = readdirSync(atRoot("data/sources"))
    .filter((f) => f.endsWith(".csv"))
    .flatMap((f) => parseCsv(readFileSync(atRoot(`data/sources/${f}`), "utf8"), { columns: true }) as Record<string, string>[]);
  realSource = rows.find((r) => r.id === REAL_SOURCE)!;
  const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const row = sourcesHeader.split(",").map((c) => quote(c === "id" ? SOURCE : (realSource[c] ?? "")));
  writeFileSync(atRoot("data/sources/guide-walkthrough.csv"), `${sourcesHeader}\n${row.join(",")}\n`);

  // Step 2 as a newcomer might first write it (no referenceDate for a flow), then as the guide says.
  mkdirSync(atRoot(`data/datasets/${ID}`));
  writeFileSync(atRoot(`data/datasets/${ID}/metadata.yaml`), metadata(false));
  // Step 3.
  writeFileSync(atRoot(`data/datasets/${ID}/observations.csv`), observations);
  withoutReferenceDate = loadData(root).errors.map(formatProblem);
  writeFileSync(atRoot(`data/datasets/${ID}/metadata.yaml`), metadata(true));

  // Step 4. Validate (npm run coverage:data loads the same way), then step 5. Generate (npm run data).
  validation = loadData(root).errors.map(formatProblem);
  build = buildData({ root });
  check = buildData({ root, check: true });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("docs/guides/adding-a-dataset.md, followed step by step", () => {
  it("starts from a copy whose generated files are current (npm run data:check)", () => {
    expect(baseline.errors).toEqual([]);
    expect(baseline.status).toBe(0);
  });

  it("uses figures that are in the source row's note", () => {
    expect(realSource, `${REAL_SOURCE} in data/sources/`).toBeDefined();
    for (const figure of ["44.280", "30.210", "14.060"]) expect(realSource.note).toContain(figure);
  });

  it("step 2: a flow without referenceDate is refused at its metadata.yaml (the guide says it is required)", () => {
    expect(withoutReferenceDate.length).toBeGreaterThan(0);
    expect(withoutReferenceDate.every((e) => e.startsWith(`data/datasets/${ID}/metadata.yaml`)), withoutReferenceDate.join("\n")).toBe(true);
    expect(withoutReferenceDate.join("\n")).toContain("referenceDate");
    expect(newDatasetSection()).toMatch(/`referenceDate` — required in\s+both cases: `null` for a flow/);
  });

  it("step 4: the data validate", () => {
    expect(validation).toEqual([]);
  });

  it("step 5: npm run data writes exactly the files the guide lists, and data:check is green afterwards", () => {
    expect(build.errors).toEqual([]);
    expect(build.status).toBe(0);
    expect(promised.length).toBeGreaterThanOrEqual(8);
    expect([...build.changed].sort()).toEqual([...promisedPaths].sort());
    expect(build.stale).toEqual([]);
    for (const f of promised) {
      const path = f.path.replaceAll("<id>", ID);
      expect(existedBefore.get(path), `${path} is "${f.kind}" in the guide`).toBe(f.kind === "changed");
      expect(existsSync(atRoot(path)), path).toBe(true);
    }
    expect(check.errors).toEqual([]);
    expect(check.status).toBe(0);
  });

  it("step 5: the subpath staat-van-migratie/datasets/<id> is in package.json and jsr.json", () => {
    const pkg = JSON.parse(readFileSync(atRoot("package.json"), "utf8")) as { exports: Record<string, unknown>; typesVersions: { "*": Record<string, unknown> } };
    const jsr = JSON.parse(readFileSync(atRoot("jsr.json"), "utf8")) as { exports: Record<string, string> };
    expect(pkg.exports[`./datasets/${ID}`]).toBeDefined();
    expect(pkg.typesVersions["*"][`datasets/${ID}`]).toEqual([`./dist/datasets/${ID}.d.cts`]);
    expect(jsr.exports[`./datasets/${ID}`]).toBe(`./src/datasets/${ID}.ts`);
    expect(readFileSync(atRoot(`src/datasets/_entries/${ID}.ts`), "utf8")).toContain(`export { ${ID},`);
  });

  it("the generated modules read back through the package: value, observation and describeDataset", async () => {
    const api = (await import(pathToFileURL(atRoot("src/index.ts")).href)) as Record<string, unknown> & {
      value(d: AnyDataset, q: object): number;
      observation(d: AnyDataset, q: object): Omit<Observation, "source"> & { source: { id: string } };
      describeDataset(d: AnyDataset): DatasetDescription;
    };
    const dataset = api[ID] as AnyDataset;
    expect(dataset, `${ID} exported by name from src/index.ts`).toBeDefined();
    // tweedekamer-2025d08674-rajkowski-cijfers-asiel (answer 2): ca. 44.280 = 30.210 status holders + 14.060 asylum seekers (±rounding)
    expect(api.value(dataset, { series: "total", year: 2024 })).toBe(44280);
    expect(api.value(dataset, { series: "statusHolders", year: 2024 })).toBe(30210);
    expect(api.observation(dataset, { series: "asylumSeekers", year: 2024 })).toMatchObject({ value: 14060, precision: 10, qualifier: "about", source: { id: SOURCE, url: realSource.url } });

    const d = api.describeDataset(dataset);
    expect(d.description.en).toBe(DESCRIPTION_EN);
    expect(d.series.total!.definition.en).toBe(DEFINITION_EN);
    expect(d.sources[SOURCE]).toMatchObject({ url: realSource.url, publisher: realSource.publisher, kind: "parliamentaryPaper" });
  });
});

describe("the commands the guide names", () => {
  const named = [...new Set([...guideText.matchAll(/\bnpm run ([a-z][a-z:-]*)/g)].map((m) => m[1]!))];

  it("include the walk-through's (validate, generate, claims, docs, checks)", () => {
    expect(named).toEqual(expect.arrayContaining(["coverage:data", "data", "data:check", "claims:doc", "docs", "docs:check"]));
    expect(guideText).toContain("`npm test`");
  });

  it.each(named)("npm run %s is a script of package.json", (name) => {
    expect(Object.keys(scripts)).toContain(name);
  });

  it("npm test exists and runs data:check (the guide says it checks the generated files)", () => {
    expect(scripts.test).toContain("npm run data:check");
  });
});

describe("docs/data-format.md: the closed lists beyond those of test/docs-lists.test.ts", () => {
  const doc = readFileSync(join(repo, "docs/data-format.md"), "utf8");
  const closedSection = doc.slice(doc.indexOf("## Closed lists"), doc.indexOf("\n## ", doc.indexOf("## Closed lists") + 1));
  /** The backticked values of the table row `| \`field\` | file |`, before any parenthesis. */
  const values = (field: string, file: string): string[] => {
    const row = closedSection.split("\n").find((l) => l.startsWith(`| \`${field}\` | ${file} |`));
    if (row === undefined) throw new Error(`no row for ${field} (${file}) under "## Closed lists"`);
    return [...row.split("|")[3]!.split("(")[0]!.matchAll(/`([A-Za-z0-9+]+)`/g)].map((m) => m[1]!);
  };
  type Options = { options: readonly string[] };
  const shape = (Claim as unknown as { shape: Record<string, { unwrap(): Options }> }).shape;
  const metadataShape = (DatasetMetadata as unknown as { shape: { comparison: { unwrap(): { unwrap(): { value: string } } } } }).shape;

  it.each([
    ["status", ClaimStatus.options],
    ["unit", ClaimUnit.options],
    ["qualifier", ClaimQualifier.options],
    ["independent", shape.independent!.unwrap().options],
  ] as const)("claims %s lists exactly the values of scripts/_lib/claim-schema.ts, in order", (field, options) => {
    expect(values(field, "claims")).toEqual([...options]);
  });

  it("comparison lists the schema's one value (besides null)", () => {
    expect(values("comparison", "metadata")).toEqual([metadataShape.comparison.unwrap().unwrap().value, "null"]);
  });
});
