/**
 * The report's items, described once: which figure of which dataset a summary shows, in which section,
 * with which label. `summary()` reads this table for all three readings (today's figures, the figures
 * known on a date with `asOf`, and the figures as an edition printed them with `edition`), and so does
 * anything else that wants to walk the report's headline figures.
 */
import {
  asylumApplications,
  departures,
  displacedUkrainians,
  emigration,
  euFirstTimeAsylumApplicants,
  euPopulation,
  globalDisplacement,
  immigration,
  immigrationByMotive,
  immigrationByMotiveNonEuEfta,
  netMigration,
  receptionOccupancy,
  statusHolderHousing,
} from "../datasets/index.ts";
import type { AnyDataset, Text } from "../types.ts";
import { deepFreeze } from "./dataset.ts";

/** The report's sections, in report order. */
export type SectionId = "migration" | "motives" | "asylum" | "ukraine" | "reception" | "housing" | "departures" | "eu" | "world";

/**
 * One item of the report.
 *
 * - `cell`: one figure (`dataset`, `series`) of the year; its label is the series label (the dataset's
 *   title for `total`) unless `label` is given; `change` adds the change on the previous year; `atYearEnd`
 *   words a stock "at 31 December".
 * - `share`: `part` as a fraction of `whole` in the year (left out when it is 0 and `skipZero`).
 * - `rank`: the place of `member` among the comparison set of `dataset`, per 1,000 inhabitants of
 *   `population`, only when the comparison is complete.
 */
export type ReportItem =
  | {
      readonly kind: "cell";
      readonly section: SectionId;
      readonly id: string;
      readonly dataset: AnyDataset;
      readonly series: string;
      readonly label?: Text;
      readonly change?: boolean;
      readonly atYearEnd?: boolean;
    }
  | {
      readonly kind: "share";
      readonly section: SectionId;
      readonly id: string;
      readonly part: readonly [AnyDataset, string];
      readonly whole: readonly [AnyDataset, string];
      readonly label: Text;
      readonly skipZero?: boolean;
    }
  | {
      readonly kind: "rank";
      readonly section: SectionId;
      readonly id: string;
      readonly dataset: AnyDataset;
      readonly population: AnyDataset;
      readonly member: string;
      readonly label: Text;
    };

const MOTIVE_WHOLES = [
  { dataset: immigrationByMotive, prefix: "", whole: { en: "non-Dutch immigrants", nl: "niet-Nederlandse immigranten" } },
  { dataset: immigrationByMotiveNonEuEfta, prefix: "nonEuEfta", whole: { en: "non-EU/EFTA immigrants", nl: "niet-EU/EFTA-immigranten" } },
] as const;
const MOTIVES = ["work", "family", "study", "asylum", "temporaryProtection", "other"] as const;

/** The motive shares: each motive as a fraction of its group's total (a zero share is not news). */
const motiveShares = (): ReportItem[] => MOTIVE_WHOLES.flatMap(({ dataset, prefix, whole }) =>
  MOTIVES.filter((m) => Object.hasOwn(dataset.series, m)).map(
    (m): ReportItem => ({
      kind: "share",
      section: "motives",
      id: prefix === "" ? `${m}Share` : `${prefix}${m[0]!.toUpperCase()}${m.slice(1)}Share`,
      part: [dataset, m],
      whole: [dataset, "total"],
      label: { en: `${dataset.series[m]!.label.en}, of ${whole.en}`, nl: `${dataset.series[m]!.label.nl}, van de ${whole.nl}` },
      skipZero: true,
    }),
  ),
);

let items: readonly ReportItem[] | undefined;

/**
 * Every item of the report, in report order. Built on first use, not at import: a bundle that imports
 * only a computing function must be able to drop the datasets this table names.
 */
export function reportItems(): readonly ReportItem[] {
  // Frozen without prototypes: an item's absent flag (`change`, `label`) reads as undefined even when
  // Object.prototype is polluted.
  return (items ??= deepFreeze(buildItems()));
}

const buildItems = (): readonly ReportItem[] => [
  { kind: "cell", section: "migration", id: "immigration", dataset: immigration, series: "total", change: true },
  { kind: "cell", section: "migration", id: "emigration", dataset: emigration, series: "total", change: true },
  { kind: "cell", section: "migration", id: "netMigration", dataset: netMigration, series: "total", change: true },
  ...motiveShares(),
  { kind: "cell", section: "asylum", id: "asylumFirst", dataset: asylumApplications, series: "first", change: true },
  { kind: "cell", section: "asylum", id: "asylumFollowUp", dataset: asylumApplications, series: "followUp", change: true },
  { kind: "cell", section: "asylum", id: "asylumFamilyReunification", dataset: asylumApplications, series: "familyReunification", change: true },
  { kind: "cell", section: "asylum", id: "asylumTotal", dataset: asylumApplications, series: "total", change: true },
  ...Object.keys(displacedUkrainians.series).map(
    (s): ReportItem => ({ kind: "cell", section: "ukraine", id: `ukrainians${s[0]!.toUpperCase()}${s.slice(1)}`, dataset: displacedUkrainians, series: s, atYearEnd: true }),
  ),
  { kind: "cell", section: "reception", id: "receptionTotal", dataset: receptionOccupancy, series: "total", atYearEnd: true },
  { kind: "cell", section: "reception", id: "receptionStatusHolders", dataset: receptionOccupancy, series: "statusHolders", atYearEnd: true },
  { kind: "cell", section: "housing", id: "statusHoldersHoused", dataset: statusHolderHousing, series: "housed" },
  { kind: "cell", section: "housing", id: "statusHolderHousingTarget", dataset: statusHolderHousing, series: "target" },
  { kind: "cell", section: "departures", id: "departuresIndependent", dataset: departures, series: "independent" },
  { kind: "cell", section: "departures", id: "departuresForced", dataset: departures, series: "forced" },
  { kind: "cell", section: "departures", id: "departuresVerified", dataset: departures, series: "verified" },
  {
    kind: "cell",
    section: "eu",
    id: "nlFirstTimeApplicants",
    dataset: euFirstTimeAsylumApplicants,
    series: "NL",
    label: { en: "First-time asylum applicants in the Netherlands", nl: "Eerste asielaanvragers in Nederland" },
  },
  {
    kind: "share",
    section: "eu",
    id: "nlShareOfEu27",
    part: [euFirstTimeAsylumApplicants, "NL"],
    whole: [euFirstTimeAsylumApplicants, "EU27"],
    label: { en: "Netherlands' share of first-time asylum applicants in the EU27", nl: "Aandeel van Nederland in de eerste asielaanvragers in de EU27" },
  },
  {
    kind: "rank",
    section: "eu",
    id: "nlPerCapitaRank",
    dataset: euFirstTimeAsylumApplicants,
    population: euPopulation,
    member: "NL",
    label: { en: "Netherlands' place among the 27 EU member states, per 1,000 inhabitants", nl: "Plaats van Nederland onder de 27 EU-lidstaten, per 1.000 inwoners" },
  },
  { kind: "cell", section: "world", id: "globalDisplacement", dataset: globalDisplacement, series: "total", change: true, atYearEnd: true },
];
