// Minimal declaration so that `tsc -p tsconfig.tools.json` can check the Deno smoke script.
declare const Deno: { args: string[] };
