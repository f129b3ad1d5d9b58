/** The words of the command line's tables, in English and Dutch. */

/** Units as the tables print them. */
export { UNIT_WORDS } from "../_lib/words.ts";

/** Statuses as the tables print them. */
export { STATUS_WORDS } from "../_lib/words.ts";

/** Column headers and the other words of the tables. */
export const WORDS = {
  en: {
    flow: "flow",
    stock: "stock",
    id: "id",
    title: "title",
    unit: "unit",
    measure: "measure",
    years: "years",
    coverage: "cells with figures",
    series: "series",
    label: "label",
    year: "year",
    date: "date",
    value: "value",
    status: "status",
    source: "source",
    asOf: "as of",
    legend: "~ about  > more than  < almost",
  },
  nl: {
    flow: "stroom",
    stock: "stand",
    id: "id",
    title: "titel",
    unit: "eenheid",
    measure: "soort",
    years: "jaren",
    coverage: "cellen met cijfers",
    series: "reeks",
    label: "omschrijving",
    year: "jaar",
    date: "peildatum",
    value: "waarde",
    status: "status",
    source: "bron",
    asOf: "zoals bekend op",
    legend: "~ ongeveer  > ruim  < bijna",
  },
} as const;
