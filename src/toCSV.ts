import { buildRows, ROW_COLUMNS, type Row, type RowsQuery } from "./_lib/rows.ts";
import { QUALIFIER_WORDS, STATUS_WORDS } from "./_lib/words.ts";
import type { AnyDataset, Language } from "./types.ts";

/**
 * Options of {@link toCSV}: those of `toRows`, the language and the byte order mark.
 * @category Export
 */
export type ToCSVOptions<D extends AnyDataset = AnyDataset> = RowsQuery<D> & {
  /**
   * `"en"` (default): `,` between fields, decimal points, English labels, statuses and headers.
   * `"nl"`: as a Dutch spreadsheet reads it: `;` between fields, decimal commas, Dutch series
   * labels, statuses (`definitief`, `voorlopig`, `geschat`, `trendbreuk`), hedges and headers.
   */
  lang?: Language;
  /** `true`: start with a UTF-8 byte order mark (U+FEFF), so that Excel reads the text as UTF-8. Default `false`. */
  bom?: boolean;
};

/** The column headers per language, in the order of `ROW_COLUMNS`. */
const HEADERS: Readonly<Record<Language, Readonly<Record<keyof Row, string>>>> = {
  en: {
    dataset: "dataset",
    series: "series",
    label: "label",
    year: "year",
    date: "date",
    value: "value",
    status: "status",
    precision: "precision",
    qualifier: "qualifier",
    source: "source",
    sourceUrl: "sourceUrl",
    publisher: "publisher",
  },
  nl: {
    dataset: "dataset",
    series: "reeks",
    label: "omschrijving",
    year: "jaar",
    date: "peildatum",
    value: "waarde",
    status: "status",
    precision: "precisie",
    qualifier: "kwalificatie",
    source: "bron",
    sourceUrl: "bronUrl",
    publisher: "uitgever",
  },
};

/**
 * One CSV field as RFC 4180 writes it: in double quotes, with inner quotes doubled, when it holds the
 * separator, a double quote, CR or LF; as it is otherwise.
 */
function field(text: string, separator: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === separator || c === '"' || c === "\r" || c === "\n") return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** A number in plain digits (no thousands separators), with a decimal comma in Dutch. */
function numberText(n: number, lang: Language): string {
  const s = String(n);
  return lang === "nl" ? s.replace(".", ",") : s;
}

/**
 * A dataset as CSV text (RFC 4180): a header row, then the rows of `toRows` with the same options,
 * CRLF line endings, fields quoted only where needed. Empty `date` and `qualifier` are empty fields.
 *
 * Columns: `dataset,series,label,year,date,value,status,precision,qualifier,source,sourceUrl,publisher`.
 * Values are written in units without thousands separators, as stored (`335668`), so any CSV reader
 * (DuckDB, pandas, R, a spreadsheet) reads them as numbers.
 *
 * With `lang: "nl"` the text is what a spreadsheet set to Dutch expects: `;` between fields, decimal
 * commas (`80,2`), the Dutch series labels, statuses and hedges, and the headers
 * `dataset;reeks;omschrijving;jaar;peildatum;waarde;status;precisie;kwalificatie;bron;bronUrl;uitgever`.
 * Add `bom: true` for Excel, which reads a file without a byte order mark in the system's code page.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param options - as for `toRows` (`asOf`, `series`, `from`, `to`, `vintages`), and `lang`
 *   (`"en"` or `"nl"`, default `"en"`) and `bom` (default `false`)
 * @returns the CSV text, ending with a line break
 * @throws {TypeError} when an argument has the wrong type, or `bom` is not a boolean
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   `asOf` is invalid, or `lang` is not `"en"` or `"nl"`
 *
 * @example
 * ```ts
 * import { asylumGrantRate, immigration, toCSV } from "staat-van-migratie";
 *
 * toCSV(immigration, { from: 2023, to: 2023 }).split("\r\n")[1];
 * //=> "immigration,total,Total immigration,2023,,335668,final,1,,cbs-dossier-how-many-people-immigrate,https://…,CBS"
 * toCSV(asylumGrantRate, { series: "firstInstanceEu", from: 2023, to: 2023, lang: "nl" }).split("\r\n")[1];
 * //=> "asylumGrantRate;firstInstanceEu;Erkenningspercentage in eerste aanleg, Europese definitie (AIDA);2023;;80,2;definitief;0,1;;…"
 * ```
 * @category Export
 */
export function toCSV<D extends AnyDataset>(dataset: D, options?: ToCSVOptions<D>): string {
  const { rows, options: q } = buildRows("toCSV", dataset, options, ["lang", "bom"]);
  const lang = q.lang ?? "en";
  if (typeof lang !== "string") throw new TypeError(`toCSV: lang must be "en" or "nl", got ${typeof lang}`);
  if (lang !== "en" && lang !== "nl") throw new RangeError(`toCSV: lang must be "en" or "nl", got ${JSON.stringify(lang)}`);
  const bom = q.bom ?? false;
  if (typeof bom !== "boolean") throw new TypeError(`toCSV: bom must be true or false, got ${typeof bom}`);
  const sep = lang === "nl" ? ";" : ",";
  const headers = HEADERS[lang];
  const line = (fields: readonly string[]) => fields.map((f) => field(f, sep)).join(sep);
  const lines = [line(ROW_COLUMNS.map((c) => headers[c]))];
  for (const r of rows) {
    const label = lang === "nl" ? (dataset.series[r.series]?.label.nl ?? r.label) : r.label;
    lines.push(
      line([
        r.dataset,
        r.series,
        label,
        String(r.year),
        r.date ?? "",
        numberText(r.value, lang),
        STATUS_WORDS[lang][r.status],
        numberText(r.precision, lang),
        r.qualifier === null ? "" : QUALIFIER_WORDS[lang][r.qualifier],
        r.source,
        r.sourceUrl,
        r.publisher,
      ]),
    );
  }
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
