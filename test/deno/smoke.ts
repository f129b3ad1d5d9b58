// Run by test/package.test.ts under the real Deno runtime: `deno run --allow-read test/deno/smoke.ts <entry>`
// where <entry> is ../../src/index.ts or ../../dist/index.js. Prints JSON for the test to assert.
const entry = Deno.args[0];
if (entry === undefined) throw new Error("usage: smoke.ts <entry>");
const m = await import(entry);
const c = m.change(m.immigration, { from: 2022, to: 2023, asOf: "2024-06-14" });
console.log(
  JSON.stringify({
    value: m.value(m.immigration, { year: 2023 }),
    valueAsOf: m.value(m.immigration, { year: 2023, asOf: "2024-06-14" }),
    relative: c.relative,
    perCapita: m.perCapita(m.immigration, { year: 2023 }),
    // prose and source records, unpacked from the packed module on first use
    publisher: m.observation(m.immigration, { year: 2022 }).source.publisher,
    description: m.describeDataset(m.euTemporaryProtection).description.nl,
  }),
);
