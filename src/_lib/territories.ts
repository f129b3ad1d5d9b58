/**
 * Territories and the sets they belong to, in one place: the comparison sets `rank` reads from a
 * dataset's `comparison`, and which territory lies within which aggregate for `share`. The data build
 * and `defineDataset` check the comparison sets against the same table.
 */

/** The 27 member states of the EU since 1 February 2020 (Eurostat's EU27_2020), as series keys. */
export const EU27_MEMBERS: readonly string[] = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/** The comparison sets a dataset may declare (`comparison`), by name: the series `rank` compares. */
export const COMPARISON_SETS: Readonly<Record<"EU27", readonly string[]>> = { EU27: EU27_MEMBERS };

/** The territories within each aggregate (the aggregate EU27 lies within EU28 and EU+ too). */
const WITHIN: Readonly<Record<string, readonly string[]>> = {
  EU27: EU27_MEMBERS,
  EU28: [...EU27_MEMBERS, "GB", "EU27"],
  "EU+": [...EU27_MEMBERS, "GB", "NO", "CH", "EU27"],
};

/** Whether territory `part` lies within `whole` (itself, a member of an aggregate, or anything within the world). */
export function within(part: string, whole: string): boolean {
  return part === whole || whole === "world" || (Object.hasOwn(WITHIN, whole) && WITHIN[whole]!.includes(part));
}
