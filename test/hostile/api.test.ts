/**
 * Hostile input through the public API: every case must end in a TypeError or RangeError whose
 * message starts with the public function's name and names the culprit — never a silently wrong value,
 * never an internal crash ("Cannot read properties of undefined"). Values asserted on success come
 * from the sources named in the comments.
 */
import { describe, expect, it } from "vitest";
import {
  asylumApplications,
  asylumGrantRate,
  change,
  cite,
  displacedUkrainians,
  editions,
  emigration,
  euFirstTimeAsylumApplicants,
  euPlusAsylumApplications,
  euPopulation,
  formatChange,
  formatNumber,
  formatPercent,
  globalDisplacement,
  immigration,
  immigrationByMotive,
  internationalStudents,
  mean,
  netMigration,
  observation,
  perCapita,
  population,
  rank,
  receptionOccupancy,
  revisions,
  share,
  summary,
  timeseries,
  toCSV,
  toJSON,
  toRows,
  total,
  value,
} from "../../src/index.ts";
import { defineDataset } from "../../src/schema/index.ts";

type Case = [name: string, call: () => unknown, error: typeof TypeError | typeof RangeError, message: RegExp];

const plainCopy = JSON.parse(JSON.stringify(immigration)) as typeof immigration;
const spreadCopy = { ...immigration };
const flow = immigration as never;
const any = (x: unknown): never => x as never;

const CASES: Case[] = [
  // 1. Strict queries: unknown option names are refused, with the nearest valid one.
  ["value: asof typo", () => value(immigration, any({ year: 2023, asof: "svm2024" })), TypeError, /^value: unknown option "asof"; did you mean "asOf"\?/],
  ["value: Year typo", () => value(immigration, any({ Year: 2023 })), TypeError, /^value: unknown option "Year"; did you mean "year"\?/],
  ["value: serie typo", () => value(immigration, any({ year: 2023, serie: "total" })), TypeError, /^value: unknown option "serie"; did you mean "series"\?/],
  ["value: as_of", () => value(immigration, any({ year: 2023, as_of: "2024-01-01" })), TypeError, /^value: unknown option "as_of"; did you mean "asOf"\?/],
  ["value: edition (not an option yet)", () => value(immigration, any({ year: 2023, edtion: "svm2024" })), TypeError, /^value: unknown option "edtion"/],
  ["observation: typo", () => observation(immigration, any({ yaer: 2023 })), TypeError, /^observation: unknown option "yaer"; did you mean "year"\?/],
  ["timeseries: form", () => timeseries(immigration, any({ form: 2020 })), TypeError, /^timeseries: unknown option "form"; did you mean "from"\?/],
  ["timeseries: year", () => timeseries(immigration, any({ year: 2020 })), TypeError, /^timeseries: unknown option "year"/],
  ["total: too", () => total(immigration, any({ from: 2020, too: 2023 })), TypeError, /^total: unknown option "too"; did you mean "to"\?/],
  ["total: asOF", () => total(immigration, any({ from: 2020, to: 2023, asOF: "2024-01-01" })), TypeError, /^total: unknown option "asOF"; did you mean "asOf"\?/],
  ["mean: lineages", () => mean(immigration, any({ from: 2020, to: 2023, lineages: true })), TypeError, /^mean: unknown option "lineages"; did you mean "lineage"\?/],
  ["change: form", () => change(immigration, any({ form: 2022, to: 2023 })), TypeError, /^change: unknown option "form"; did you mean "from"\?/],
  ["change: lineage is not an option", () => change(immigration, any({ from: 2022, to: 2023, lineage: true })), TypeError, /^change: unknown option "lineage"/],
  ["share: off", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", off: "total" })), TypeError, /^share: unknown option "off"; did you mean "of"\?/],
  ["share: of.dataset typo", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: { datset: immigration } })), TypeError, /^share: unknown option "datset"; did you mean "dataset"\?/],
  ["perCapita: pre", () => perCapita(immigration, any({ year: 2023, pre: 100 })), TypeError, /^perCapita: unknown option "pre"; did you mean "per"\?/],
  ["perCapita: populaton", () => perCapita(immigration, any({ year: 2023, populaton: population })), TypeError, /^perCapita: unknown option "populaton"; did you mean "population"\?/],
  ["rank: oder", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, oder: "asc" })), TypeError, /^rank: unknown option "oder"; did you mean "order"\?/],
  ["rank: partail", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, partail: true })), TypeError, /^rank: unknown option "partail"; did you mean "partial"\?/],
  ["revisions: form", () => revisions(immigration, any({ form: "svm2024" })), TypeError, /^revisions: unknown option "form"; did you mean "from"\?/],
  ["toRows: vintage", () => toRows(immigration, any({ vintage: true })), TypeError, /^toRows: unknown option "vintage"; did you mean "vintages"\?/],
  ["toCSV: form", () => toCSV(immigration, any({ form: 2020 })), TypeError, /^toCSV: unknown option "form"; did you mean "from"\?/],
  ["toJSON: spaces", () => toJSON(immigration, any({ spaces: 2 })), TypeError, /^toJSON: unknown option "spaces"; did you mean "space"\?/],
  ["summary: language", () => summary(any({ language: "nl" })), TypeError, /^summary: unknown option "language"/],
  ["summary: asof", () => summary(any({ asof: "svm2024" })), TypeError, /^summary: unknown option "asof"; did you mean "asOf"\?/],
  ["cite: stlye", () => cite(immigration, any({ stlye: "csl" })), TypeError, /^cite: unknown option "stlye"; did you mean "style"\?/],
  ["formatNumber: precison", () => formatNumber(1234, any({ precison: 1000 })), TypeError, /^formatNumber: unknown option "precison"; did you mean "precision"\?/],
  ["formatPercent: digit", () => formatPercent(0.1, any({ digit: 1 })), TypeError, /^formatPercent: unknown option "digit"; did you mean "digits"\?/],
  ["formatChange: lng", () => formatChange(-0.17, any({ lng: "nl" })), TypeError, /^formatChange: unknown option "lng"; did you mean "lang"\?/],

  // 1b. Option objects of the wrong kind (the hostile audit of the built package found these read as empty).
  ["timeseries: a Map", () => timeseries(immigration, any(new Map([["from", 2024]]))), TypeError, /^timeseries: pass a plain options object .*got a Map/],
  ["summary: a Map", () => summary(any(new Map([["year", 2015]]))), TypeError, /^summary: pass a plain options object .*got a Map/],
  ["cite: a Map", () => cite(immigration, any(new Map([["lang", "nl"]]))), TypeError, /^cite: pass a plain options object .*got a Map/],
  ["timeseries: a Date", () => timeseries(immigration, any(new Date())), TypeError, /^timeseries: pass a plain options object .*got a Date/],
  ["timeseries: a class instance", () => timeseries(immigration, any(new (class Q { from = 2024 })())), TypeError, /^timeseries: pass a plain options object .*got a Q/],
  ["value: an unknown non-enumerable key", () => value(immigration, any(Object.defineProperty({ year: 2023 }, "asof", { value: "svm2021" }))), TypeError, /^value: unknown option "asof"; did you mean "asOf"\?/],
  ["change: a non-enumerable null", () => change(immigration, any(Object.defineProperty({ from: 2022, to: 2023 }, "asOf", { value: null }))), TypeError, /^change: option "asOf" is null/],
  ["toCSV: lang null", () => toCSV(immigration, any({ lang: null })), TypeError, /^toCSV: option "lang" is null/],
  ["toJSON: space null", () => toJSON(immigration, any({ space: null })), TypeError, /^toJSON: option "space" is null/],
  ["formatNumber: precision null", () => formatNumber(1234, any({ precision: null })), TypeError, /^formatNumber: option "precision" is null/],
  ["formatChange: digits null", () => formatChange(0.1, any({ digits: null })), TypeError, /^formatChange: option "digits" is null/],
  ["formatNumber: precision a string", () => formatNumber(5, any({ precision: "1000" })), TypeError, /^formatNumber: precision must be a number .*got string/],
  ["toJSON: space a string", () => toJSON(immigration, any({ space: "2" })), TypeError, /^toJSON: space must be a whole number from 0 to 10, got string/],
  ["toCSV: lang a number", () => toCSV(immigration, any({ lang: 5 })), TypeError, /^toCSV: lang must be "en" or "nl", got number/],
  ["formatNumber: overflow", () => formatNumber(1e308, { precision: 0.1 }), RangeError, /^formatNumber: 1e\+308 rounded to 0.1 is out of range/],
  ["share: sibling parts", () => share(asylumApplications, any({ year: 2023, series: "followUp", of: "familyReunification" })), RangeError, /^share: "followUp" and "familyReunification" are both parts of asylumApplications "total"/],
  ["value: asOf in the year 50", () => value(immigration, { year: 2023, asOf: "0050-06-14" }), RangeError, /^value: no figure for immigration "total" 2023 was published on or before 0050-06-14/],
  ["cite: published 30 February", () => cite(any({ source: { publisher: "CBS", title: "T", url: "https://x", accessed: "2024-03-01", published: "2024-02-30" } })), TypeError, /^cite: target\.source\.published must be YYYY, YYYY-MM or a calendar date/],
  ["cite: accessed month 13", () => cite(any({ source: { publisher: "CBS", title: "T", url: "https://x", accessed: "2024-13-45" } })), TypeError, /^cite: target\.source\.accessed must be a calendar date/],

  ["value: query is an array", () => value(immigration, any([2023])), TypeError, /^value: pass an options object such as \{ year: 2023 \}, got an array/],
  ["value: query is a number", () => value(immigration, any(2023)), TypeError, /^value: pass an options object .*got number/],
  ["total: query null", () => total(immigration, any(null)), TypeError, /^total: pass an options object .*got null/],
  ["change: query string", () => change(immigration, any("2022-2023")), TypeError, /^change: pass an options object .*got string/],
  ["rank: query undefined", () => rank(euFirstTimeAsylumApplicants, any(undefined)), TypeError, /^rank: pass an options object/],
  ["summary: options string", () => summary(any("2023")), TypeError, /^summary: pass an options object/],
  ["formatNumber: options number", () => formatNumber(1, any(2)), TypeError, /^formatNumber: pass an options object/],

  // 2. Units and territories.
  ["total of a percentage", () => total(asylumGrantRate as never, any({ from: 2022, to: 2023, series: "allApplications" })), TypeError, /^total: asylumGrantRate is in percent, not a count/],
  ["perCapita of a percentage", () => perCapita(asylumGrantRate, any({ year: 2022, series: "allApplications" })), TypeError, /^perCapita: asylumGrantRate is in percent, not a count/],
  ["share of a percentage", () => share(asylumGrantRate, any({ year: 2022, series: "allApplications", of: "generalExtended" })), TypeError, /^share: asylumGrantRate is in percent, not a count/],
  ["rank of a percentage per capita", () => rank(asylumGrantRate, any({ year: 2022, series: ["allApplications"], by: "perCapita" })), TypeError, /^rank: asylumGrantRate is in percent, not a count, so it cannot be ranked per inhabitant/],
  ["total of a stock", () => total(any(population), any({ from: 2020, to: 2021 })), TypeError, /^total: population is a stock/],
  ["perCapita: EU aggregate over the Dutch population", () => perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "EU27" }), RangeError, /^perCapita: euFirstTimeAsylumApplicants "EU27" counts EU27, .*pass `population: euPopulation`/],
  ["perCapita: member state via populationSeries NL", () => perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "DE", population: euPopulation, populationSeries: "NL" }), RangeError, /^perCapita: euFirstTimeAsylumApplicants "DE" counts DE but euPopulation "NL" counts the inhabitants of NL/],
  ["perCapita: Germany by the Dutch population", () => perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "DE", population }), RangeError, /^perCapita: .*"DE" counts DE, and population has no series for the inhabitants of DE/],
  ["perCapita: world by the Dutch population", () => perCapita(globalDisplacement, { year: 2022 }), RangeError, /^perCapita: globalDisplacement "total" counts world, .*no bundled dataset counts the inhabitants of the world/],
  ["perCapita: EU+ by euPopulation", () => perCapita(euPlusAsylumApplications, any({ year: 2022, series: "euPlus", population: euPopulation })), RangeError, /^perCapita: euPlusAsylumApplications "euPlus" counts EU\+, and euPopulation has no series for the inhabitants of EU\+/],
  ["perCapita: displaced people are not a population", () => perCapita(immigration, { year: 2023, population: displacedUkrainians as never }), TypeError, /^perCapita: population must count inhabitants .*displacedUkrainians/],
  ["perCapita: students are not a population", () => perCapita(immigration, { year: 2023, population: internationalStudents as never }), TypeError, /^perCapita: population must count inhabitants/],
  ["perCapita: reception is not a population", () => perCapita(immigration, { year: 2023, population: receptionOccupancy as never }), TypeError, /^perCapita: population must count inhabitants/],
  ["perCapita: a flow is not a population", () => perCapita(immigration, { year: 2023, population: emigration as never }), TypeError, /^perCapita: population must count inhabitants/],
  ["perCapita: unknown populationSeries", () => perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "DE", population: euPopulation, populationSeries: "XX" }), RangeError, /^perCapita: unknown populationSeries "XX" for euPopulation/],
  ["perCapita: populationSeries not a string", () => perCapita(euFirstTimeAsylumApplicants, any({ year: 2022, series: "DE", population: euPopulation, populationSeries: 7 })), TypeError, /^perCapita: populationSeries must be a string/],
  ["share: stock over flow", () => share(population, any({ year: 2023, series: "total", of: { dataset: immigration } })), TypeError, /^share: population "total" is a stock and immigration "total" a flow/],
  ["share: flow over stock", () => share(immigration, any({ year: 2023, series: "total", of: { dataset: population } })), TypeError, /^share: immigration "total" is a flow and population "total" a stock/],
  ["share: applications over persons", () => share(asylumApplications, any({ year: 2023, series: "total", of: { dataset: immigration } })), TypeError, /^share: asylumApplications "total" counts applications and immigration "total" counts persons/],
  ["share: Germany of the Netherlands", () => share(euFirstTimeAsylumApplicants, any({ year: 2022, series: "DE", of: "NL" })), RangeError, /^share: euFirstTimeAsylumApplicants "DE" counts DE, which is not part of NL/],
  ["share: whole smaller than part", () => share(euFirstTimeAsylumApplicants, any({ year: 2022, series: "EU27", of: "NL" })), RangeError, /^share: euFirstTimeAsylumApplicants "EU27" counts EU27, which is not part of NL/],
  ["share: part above the whole", () => share(emigration, any({ year: 2023, series: "total", of: { dataset: immigration }, asOf: "2023-01-01" })), RangeError, /^share: no figure/],
  ["share: of is a number", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: 3 })), TypeError, /^share: of must be a series key of immigrationByMotive or \{ dataset, series \}, got number/],
  ["share: of.series unknown", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: { dataset: immigration, series: "asylum" } })), RangeError, /^share: unknown of\.series "asylum" for immigration/],
  ["share: of series unknown", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: "totaal" })), RangeError, /^share: unknown of "totaal" for immigrationByMotive/],
  ["share: of.dataset not a dataset", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: { dataset: 1 } })), TypeError, /^share: of\.dataset must be a dataset of staat-van-migratie/],

  // 3. Comparisons are complete or explicit.
  ["rank: incomplete 2024", () => rank(euFirstTimeAsylumApplicants, { year: 2024 }), RangeError, /^rank: \d+ of 27 members of the comparison have no figure for 2024: .*pass partial: true/],
  ["rank: incomplete per capita 2024", () => rank(euFirstTimeAsylumApplicants, { year: 2024, by: "perCapita", population: euPopulation }), RangeError, /^rank: \d+ of 27 members .*no population in euPopulation/],
  ["rank: no comparison set", () => rank(immigrationByMotive, { year: 2023 }), RangeError, /^rank: immigrationByMotive declares no comparison set/],
  ["rank: duplicate member", () => rank(euFirstTimeAsylumApplicants, { year: 2022, series: ["DE", "FR", "DE"] }), RangeError, /^rank: series lists "DE" twice/],
  ["rank: empty list", () => rank(euFirstTimeAsylumApplicants, { year: 2022, series: [] }), RangeError, /^rank: series is an empty list/],
  ["rank: series not a list", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, series: "DE" })), TypeError, /^rank: series must be a list of series keys, got string/],
  ["rank: series entry not a string", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, series: ["DE", 7] })), TypeError, /^rank: series must be a string, got number/],
  ["rank: by typo", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, by: "percapita" })), RangeError, /^rank: by must be one of "value", "perCapita", got "percapita"/],
  ["rank: order typo", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, order: "descending" })), RangeError, /^rank: order must be one of "desc", "asc"/],
  ["rank: partial not boolean", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, partial: "yes" })), TypeError, /^rank: partial must be true or false, got string/],
  ["rank: per without perCapita", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, per: 1000 })), TypeError, /^rank: per applies only with by: "perCapita"/],
  ["rank: population without perCapita", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, population: euPopulation })), TypeError, /^rank: population applies only with by: "perCapita"/],
  ["rank: per 0", () => rank(euFirstTimeAsylumApplicants, { year: 2022, by: "perCapita", population: euPopulation, per: 0 }), RangeError, /^rank: per must be a positive finite number, got 0/],

  // 5. Dates: what asOf and date mean, and their errors.
  ["value: asOf 2023-02-29", () => value(immigration, { year: 2022, asOf: "2023-02-29" }), RangeError, /^value: asOf "2023-02-29" is not a valid date/],
  ["value: asOf 2024-13-01", () => value(immigration, { year: 2022, asOf: "2024-13-01" }), RangeError, /^value: asOf "2024-13-01" is not a valid date/],
  ["value: asOf with a bad time", () => value(immigration, { year: 2022, asOf: "2024-06-14T25:00:00Z" }), RangeError, /^value: asOf "2024-06-14T25:00:00Z" is not a valid date/],
  ["value: asOf with a bad offset", () => value(immigration, { year: 2022, asOf: "2024-06-14T10:00:00+25:00" }), RangeError, /^value: asOf .* is not a valid date/],
  ["value: asOf in Dutch", () => value(immigration, { year: 2022, asOf: "14 juni 2024" }), RangeError, /^value: asOf "14 juni 2024" is not a valid date/],
  ["value: asOf number", () => value(immigration, any({ year: 2022, asOf: 20240614 })), TypeError, /^value: asOf must be an ISO date string .*got number/],
  ["value: asOf null", () => value(immigration, any({ year: 2022, asOf: null })), TypeError, /^value: option "asOf" is null; leave it out for its default/],
  ["value: invalid Date", () => value(immigration, { year: 2022, asOf: new Date(Number.NaN) }), RangeError, /^value: asOf is an invalid Date/],
  ["value: unknown edition", () => value(immigration, { year: 2022, asOf: "svm2030" }), RangeError, /^value: unknown edition "svm2030"; editions: svm2021/],
  ["value: edition in capitals", () => value(immigration, { year: 2022, asOf: "SVM2024" }), RangeError, /^value: unknown edition "SVM2024"; editions: svm2021/],
  // an array whose text is an edition id (["svm2024"].toString() is "svm2024", a valid key of the editions table)
  ["value: edition as a list", () => value(immigration, any({ year: 2023, edition: ["svm2024"] })), TypeError, /^value: edition must be an edition id such as "svm2024", got object/],
  ["change: edition as an object with that text", () => change(immigration, any({ from: 2022, to: 2023, edition: { toString: () => "svm2024" } })), TypeError, /^change: edition must be an edition id/],
  ["value: date on a flow", () => value(immigration, any({ date: "2023-01-01" })), TypeError, /^value: immigration is a flow/],
  ["value: date 2023-02-30", () => value(population, { date: "2023-02-30" }), RangeError, /^value: date "2023-02-30" is not a valid date/],
  ["value: date with a time", () => value(population, { date: "2023-01-01T00:00:00Z" }), RangeError, /^value: date "2023-01-01T00:00:00Z" must be a plain ISO date/],
  ["value: date a number", () => value(population, any({ date: 20230101 })), TypeError, /^value: date must be an ISO date string .*got number/],
  ["value: year and date", () => value(population, any({ year: 2023, date: "2023-01-01" })), TypeError, /^value: pass either year or date, not both/],
  ["revisions: from a bad date", () => revisions(immigration, { from: "2024-02-30" }), RangeError, /^revisions: from "2024-02-30" is not a valid date/],
  ["revisions: to before from", () => revisions(immigration, { from: "2025-01-01", to: "2024-01-01" }), RangeError, /^revisions: from \(2025-01-01\) is after to \(2024-01-01\)/],
  ["revisions: no from", () => revisions(immigration, any({ to: "2025-01-01" })), TypeError, /^revisions: pass the earlier vintage as `from`/],
  ["summary: asOf Date invalid", () => summary({ asOf: new Date("x") }), RangeError, /^summary: asOf is an invalid Date/],

  // 6. Named errors: wrong types where numbers, strings or lists belong.
  ["value: year as string", () => value(immigration, any({ year: "2023" })), TypeError, /^value: year must be a number such as \d{4}, got string/],
  ["value: year NaN", () => value(immigration, { year: Number.NaN }), RangeError, /^value: year must be a whole year, got NaN/],
  ["value: year Infinity", () => value(immigration, { year: Number.POSITIVE_INFINITY }), RangeError, /^value: year must be a whole year, got Infinity/],
  ["value: year 2023.5", () => value(immigration, { year: 2023.5 }), RangeError, /^value: year must be a whole year, got 2023.5/],
  ["value: year 1999", () => value(immigration, { year: 1999 }), RangeError, /^value: year 1999 is outside immigration's range 2010–/],
  ["value: year null", () => value(immigration, any({ year: null })), TypeError, /^value: option "year" is null/],
  ["value: no year", () => value(immigration, any({})), TypeError, /^value: year must be a number/],
  ["value: series a list", () => value(immigration, any({ year: 2023, series: ["total"] })), TypeError, /^value: series must be a string, got an array/],
  ["value: series unknown", () => value(immigration, any({ year: 2023, series: "Total" })), RangeError, /^value: unknown series "Total" for immigration; valid series: "total"/],
  ["value: series missing, no total", () => value(euFirstTimeAsylumApplicants as never, any({ year: 2022 })), TypeError, /^value: euFirstTimeAsylumApplicants has no "total" series, so pass `series`/],
  ["value: series __proto__", () => value(immigration, any({ year: 2023, series: "__proto__" })), RangeError, /^value: unknown series "__proto__"/],
  ["value: series toString", () => value(immigration, any({ year: 2023, series: "toString" })), RangeError, /^value: unknown series "toString"/],
  ["value: no figure (gap)", () => value(netMigration, { year: 2010, asOf: "2011-01-01" }), RangeError, /^value: no figure for netMigration "total" 2010 was published on or before 2011-01-01/],
  ["timeseries: from after to", () => timeseries(immigration, { from: 2023, to: 2020 }), RangeError, /^timeseries: from \(2023\) is after to \(2020\)/],
  ["timeseries: from string", () => timeseries(immigration, any({ from: "2020" })), TypeError, /^timeseries: from must be a number/],
  ["total: to NaN", () => total(immigration, { from: 2020, to: Number.NaN }), RangeError, /^total: to must be a whole year, got NaN/],
  ["total: lineage string", () => total(immigration, any({ from: 2020, to: 2021, lineage: "yes" })), TypeError, /^total: lineage must be true or false, got string/],
  ["mean: from after to", () => mean(immigration, { from: 2023, to: 2020 }), RangeError, /^mean: from \(2023\) is after to \(2020\)/],
  ["change: to string", () => change(immigration, any({ from: 2022, to: "2023" })), TypeError, /^change: to must be a number/],
  ["perCapita: per string", () => perCapita(immigration, any({ year: 2023, per: "1000" })), TypeError, /^perCapita: per must be a number, got string/],
  ["perCapita: per negative", () => perCapita(immigration, { year: 2023, per: -1 }), RangeError, /^perCapita: per must be a positive finite number, got -1/],
  ["perCapita: per Infinity", () => perCapita(immigration, { year: 2023, per: Number.POSITIVE_INFINITY }), RangeError, /^perCapita: per must be a positive finite number, got Infinity/],
  ["share: no part", () => share(immigrationByMotive, any({ year: 2023 })), TypeError, /^share: pass the part as `series`/],
  ["toRows: series empty list", () => toRows(immigration, any({ series: [] })), RangeError, /^toRows: series is an empty list/],
  ["toRows: vintages string", () => toRows(immigration, any({ vintages: "yes" })), TypeError, /^toRows: vintages must be true or false, got string/],
  ["toJSON: space 11", () => toJSON(immigration, any({ space: 11 })), RangeError, /^toJSON: space must be a whole number from 0 to 10, got 11/],
  ["formatNumber: string value", () => formatNumber(any("1000")), TypeError, /^formatNumber: value must be a number, got string/],
  ["formatNumber: NaN", () => formatNumber(Number.NaN), RangeError, /^formatNumber: value must be finite, got NaN/],
  ["formatNumber: precision 0", () => formatNumber(1, { precision: 0 }), RangeError, /^formatNumber: precision must be a positive number/],
  ["formatNumber: lang de", () => formatNumber(1, any({ lang: "de" })), RangeError, /^formatNumber: lang must be "en" or "nl", got "de"/],
  ["formatPercent: Infinity", () => formatPercent(Number.POSITIVE_INFINITY), RangeError, /^formatPercent: fraction must be finite, got Infinity/],
  ["formatPercent: digits 5", () => formatPercent(0.1, { digits: 5 }), RangeError, /^formatPercent: digits must be a whole number from 0 to 4, got 5/],
  ["formatChange: NaN", () => formatChange(Number.NaN), RangeError, /^formatChange: the change must be a finite fraction/],
  ["formatChange: digits 7", () => formatChange(-0.17, { digits: 7 }), RangeError, /^formatChange: digits must be a whole number from 0 to 4, got 7/],
  ["formatChange: lang fr", () => formatChange(-0.17, any({ lang: "fr" })), RangeError, /^formatChange: lang must be "en" or "nl", got "fr"/],
  ["formatChange: a bare object", () => formatChange(any({ relative: -0.1 })), TypeError, /^formatChange: pass the result of change\(\)/],
  ["formatChange: a string", () => formatChange(any("-17%")), TypeError, /^formatChange: pass a fraction such as -0.174 or the result of change\(\)/],
  ["summary: year string", () => summary(any({ year: "2023" })), TypeError, /^summary: year must be a number/],
  ["summary: lang de", () => summary(any({ lang: "de" })), RangeError, /^summary: lang must be "en" or "nl"/],
  ["cite: partial observation", () => cite(any({ dataset: "immigration", source: { url: "https://x" } })), TypeError, /^cite: target\.source\.publisher must be a string, got undefined/],
  ["cite: observation with a source id", () => cite(any({ dataset: "immigration", source: "cbs-x" })), TypeError, /^cite: pass a dataset \(such as `immigration`\) or the result of observation\(\)/],
  ["cite: observation with a bad accessed", () => cite(any({ source: { publisher: "CBS", title: "T", url: "https://x", accessed: "yesterday" } })), TypeError, /^cite: target\.source\.accessed must be a calendar date YYYY-MM-DD/],
  ["cite: null", () => cite(any(null)), TypeError, /^cite: pass a dataset .*got null/],
  ["cite: a number", () => cite(any(3)), TypeError, /^cite: pass a dataset .*got number/],
  ["cite: style apa", () => cite(immigration, any({ style: "apa" })), RangeError, /^cite: style must be one of "text", "csl", got "apa"/],

  // 4 and 6. Datasets that are not sealed: a JSON copy, a spread copy, hand-made objects.
  ["value: JSON copy", () => value(plainCopy, { year: 2023 }), TypeError, /^value: dataset is not a sealed dataset .*defineDataset/],
  ["value: spread copy", () => value(spreadCopy as typeof immigration, { year: 2023 }), TypeError, /^value: dataset is not a sealed dataset/],
  ["total: hand-made", () => total(any({ id: "x", observations: [] }), any({ from: 2020, to: 2021 })), TypeError, /^total: dataset is not a sealed dataset/],
  ["perCapita: population a JSON copy", () => perCapita(immigration, { year: 2023, population: JSON.parse(JSON.stringify(population)) }), TypeError, /^perCapita: population is not a sealed dataset/],
  ["rank: population a number", () => rank(euFirstTimeAsylumApplicants, any({ year: 2022, by: "perCapita", population: 5 })), TypeError, /^rank: population must be a dataset of staat-van-migratie .*got number/],
  ["share: of.dataset a copy", () => share(immigrationByMotive, any({ year: 2023, series: "asylum", of: { dataset: plainCopy } })), TypeError, /^share: of\.dataset is not a sealed dataset/],
  ["timeseries: dataset undefined", () => timeseries(any(undefined)), TypeError, /^timeseries: dataset must be a dataset of staat-van-migratie .*got undefined/],
  ["toCSV: dataset a string", () => toCSV(any("immigration")), TypeError, /^toCSV: dataset must be a dataset .*got string/],
  ["observation: dataset an array", () => observation(any([]), any({ year: 2023 })), TypeError, /^observation: dataset must be a dataset .*got an array/],
  ["cite: hand-made dataset", () => cite(any({ id: "x", observations: [], title: { en: "X", nl: "X" } })), TypeError, /^cite: target is not a sealed dataset/],
  ["change: flow as never", () => change(flow, any({ from: 2022, to: 2023, series: 1 })), TypeError, /^change: series must be a string, got number/],
];

describe("hostile input through the public API", () => {
  it("has at least 150 cases with the CLI and pipeline suites (test/cli-hostile, test/scripts/pipeline-hostile)", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(140);
  });

  for (const [name, call, type, message] of CASES) {
    it(name, () => {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, "no error was thrown: a silently wrong value").toBeInstanceOf(type);
      const text = (error as Error).message;
      expect(text).toMatch(message);
      expect(text).not.toMatch(/Cannot read properties|undefined is not|is not a function|\[object Object\]/);
      expect(text).not.toContain("\n");
    });
  }

  it("reads an own non-enumerable option like any own option, and ignores symbol keys (no option is a symbol)", () => {
    // svm2021 was published on 2021-07-07, before any 2023 figure: the own non-enumerable asOf counts
    expect(() => value(immigration, any(Object.defineProperty({ year: 2023 }, "asOf", { value: "svm2021" })))).toThrow(/^value: no figure for immigration "total" 2023 was published on or before 2021-07-07/);
    // a symbol is never an option name (libraries tag objects with symbols): the query is the same without it
    expect(value(immigration, any({ year: 2023, [Symbol("asOf")]: "svm2021" }))).toBe(value(immigration, { year: 2023 }));
    expect(value(immigration, any({ year: 2023, [Symbol.for("immer-state")]: {} }))).toBe(335668); // cbs-dossier-how-many-people-immigrate
  });

  it("a toJSON document read back through defineDataset gives the same answers", () => {
    const back = defineDataset(JSON.parse(toJSON(immigration, { vintages: true })));
    for (let year = immigration.years.from; year <= immigration.years.to; year++) {
      for (const asOf of [undefined, "svm2024", "2025-06-30"]) {
        const q = asOf === undefined ? { year } : { year, asOf };
        let a: number | string;
        let b: number | string;
        try {
          a = value(immigration, q);
        } catch (e) {
          a = (e as Error).name;
        }
        try {
          b = value(back, q);
        } catch (e) {
          b = (e as Error).name;
        }
        expect(b).toBe(a);
      }
    }
  });

  it("the editions list is frozen, as are datasets, their observations and sources", () => {
    expect(Object.isFrozen(editions)).toBe(true);
    expect(Object.isFrozen(editions[0])).toBe(true);
    expect(Object.isFrozen(immigration)).toBe(true);
    expect(Object.isFrozen(immigration.observations)).toBe(true);
    expect(Object.isFrozen(immigration.observations[0])).toBe(true);
    expect(Object.isFrozen(immigration.sources)).toBe(true);
    expect(Object.isFrozen(Object.values(immigration.sources)[0])).toBe(true);
    expect(Object.isFrozen(immigration.series.total?.label)).toBe(true);
  });
});
