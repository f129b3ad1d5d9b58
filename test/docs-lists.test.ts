/**
 * The closed lists in docs/data-format.md (topic, unit, measure, seriesKeys, source kind, status,
 * qualifier) equal the zod enums in src/schema/index.ts: the "Closed lists" table, and the places
 * that repeat a list (the sources and observations tables, the metadata example's comments).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetMetadata, Measure, Qualifier, SourceKind, Status, Topic, Unit } from "../src/schema/index.ts";

const doc = readFileSync(new URL("../docs/data-format.md", import.meta.url), "utf8");
const lines = doc.split("\n");

/** The backticked words of a text, in order. */
const ticked = (text: string): string[] => [...text.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1]!);

/** The row of a Markdown table whose first cell is `name`, in the section that starts with `heading`. */
function row(heading: string, name: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `section "${heading}" in docs/data-format.md`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const hit = lines.slice(start, end < 0 ? undefined : end).find((l) => l.startsWith(`| \`${name}\` |`));
  expect(hit, `row ${name} under "${heading}"`).toBeDefined();
  return hit!.split("|").slice(2, -1);
}

/** The words of a YAML comment in the metadata example, continued on comment-only lines. */
function yamlComment(key: string): string[] {
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  expect(i, `${key}: in the metadata example`).toBeGreaterThanOrEqual(0);
  let text = lines[i]!.split("#")[1] ?? "";
  for (let j = i + 1; /^\s+#/.test(lines[j]!); j++) text += `,${lines[j]!.split("#")[1]}`;
  return text
    .replace(/^[^:]*:/, "") // "report chapter: …"
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w !== "");
}

const seriesKeys = (DatasetMetadata as unknown as { shape: { seriesKeys: { unwrap(): { options: string[] } } } }).shape.seriesKeys.unwrap().options;

describe("docs/data-format.md: closed lists", () => {
  const closed: [string, readonly string[]][] = [
    ["topic", Topic.options],
    ["unit", Unit.options],
    ["measure", Measure.options],
    ["seriesKeys", seriesKeys],
    ["kind", SourceKind.options],
    ["status", Status.options],
    ["qualifier", Qualifier.options],
  ];

  it.each(closed)("the table lists exactly the schema's %s values, in its order", (field, options) => {
    expect(ticked(row("## Closed lists", field)[1]!)).toEqual([...options]);
  });

  it("lists every schema enum a data file uses", () => {
    expect(closed.map(([f]) => f).sort()).toEqual(["kind", "measure", "qualifier", "seriesKeys", "status", "topic", "unit"]);
    expect(SourceKind.options).toContain("dataCopy");
  });

  it("the sources table names every source kind, dataCopy included, and no other", () => {
    expect(ticked(row("## 1. Sources", "kind")[0]!)).toEqual([...SourceKind.options]);
  });

  it("the observations table names every status and qualifier, and no other", () => {
    expect([...new Set(ticked(row("## 2. Observations", "status")[0]!))]).toEqual([...Status.options]);
    expect(ticked(row("## 2. Observations", "qualifier")[0]!)).toEqual([...Qualifier.options]);
  });

  it("the metadata example's comments list every topic and unit", () => {
    expect(yamlComment("topic")).toEqual([...Topic.options]);
    expect(yamlComment("unit")).toEqual([...Unit.options]);
  });
});
