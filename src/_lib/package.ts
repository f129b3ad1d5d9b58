/** This package's name, version and home, for citations (a test keeps the version equal to package.json's). */
export const PACKAGE = {
  name: "staat-van-migratie",
  version: "0.1.0",
  url: "https://www.npmjs.com/package/staat-van-migratie",
} as const;
