/**
 * Time-zone independence (issue 13.5). A `Date` as `asOf` means its UTC calendar date; an ISO
 * date-time means the UTC calendar date of that instant (no offset: read as UTC). The same call gives
 * the same answer under every TZ — tested in this process (Node reads TZ at each Date operation) and in
 * child processes started with TZ set, east of UTC+12 and west of UTC.
 *
 * immigration 2023: 332,863 provisional from the svm2024 news item of 2024-06-14
 * (rijksoverheid-svm2024-news); before that day no 2023 figure counts as known.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { immigration, value } from "../../src/index.ts";

const ZONES = ["UTC", "Pacific/Kiritimati", "Pacific/Tongatapu", "Pacific/Pago_Pago", "America/Los_Angeles", "Europe/Amsterdam", "Asia/Kolkata"];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function answers(): unknown[] {
  const at = (asOf: string | Date) => {
    try {
      return value(immigration, { year: 2023, asOf });
    } catch (e) {
      return (e as Error).name;
    }
  };
  return [
    at(new Date("2024-06-14T00:30:00Z")), // UTC 14 June: the edition's day
    at(new Date("2024-06-13T23:30:00Z")), // UTC 13 June: the day before (local 14 June east of UTC)
    at("2024-06-14T23:30:00-05:00"), // 15 June 04:30 UTC
    at("2024-06-14T01:00:00+14:00"), // 13 June 11:00 UTC
    at("2024-06-14T12:00:00"), // no offset: UTC
    at("2024-06-14"),
  ];
}

describe("asOf does not depend on the machine's time zone", () => {
  it("gives the documented UTC reading", () => {
    process.env.TZ = "UTC";
    expect(answers()).toEqual([332863, "RangeError", 332863, "RangeError", 332863, 332863]);
  });

  for (const zone of ZONES) {
    it(`gives the same answers under TZ=${zone}`, () => {
      process.env.TZ = zone;
      expect(answers()).toEqual([332863, "RangeError", 332863, "RangeError", 332863, 332863]);
    });
  }

  it("gives the same answers in processes started under TZ=Pacific/Kiritimati (UTC+14) and TZ=Pacific/Pago_Pago (UTC−11)", () => {
    const src = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
    const script = `import { immigration, value } from ${JSON.stringify(src)};
      const at = (a) => { try { return value(immigration, { year: 2023, asOf: a }); } catch (e) { return e.name; } };
      console.log(JSON.stringify([at(new Date("2024-06-14T00:30:00Z")), at(new Date("2024-06-13T23:30:00Z")), at(new Date(Date.UTC(2024, 5, 14)))]));`;
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
      expect(JSON.parse(out)).toEqual([332863, "RangeError", 332863]);
    }
  });
});
