/**
 * A strict RFC 4180 CSV reader for `data/`: every record keeps the line it starts on, and every
 * malformed record is reported with the line where the fault is (an unclosed quote: the line where
 * the quote opens, not the end of the file).
 */

/** One record of a CSV file, with the 1-based line its first field starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A structural fault in a CSV file. */
export interface CsvFault {
  line: number;
  message: string;
}

/**
 * Splits CSV text into records. Quoted fields may hold commas, doubled quotes and line breaks;
 * a leading byte-order mark is dropped, `\r\n` and `\n` both end a record, empty lines are skipped.
 * Parsing stops at the first fault that leaves the rest of the file unreadable (an unclosed quote);
 * a stray quote in an unquoted field or text after a closing quote is reported and that record dropped.
 */
export function parseCsvText(input: string): { records: CsvRecord[]; faults: CsvFault[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const faults: CsvFault[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  const atEnd = (k: number): boolean => k >= n || text[k] === "\n" || (text[k] === "\r" && text[k + 1] === "\n");
  const skipEol = (): void => {
    if (text[i] === "\r") i++;
    if (text[i] === "\n") {
      i++;
      line++;
    }
  };
  while (i < n) {
    const start = line;
    // An empty line (or a trailing newline) is no record.
    if (atEnd(i)) {
      skipEol();
      continue;
    }
    const fields: string[] = [];
    let bad: CsvFault | undefined;
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        let value = "";
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n") line++;
          value += c;
          i++;
        }
        if (!closed) {
          faults.push({ line: quoteLine, message: `unclosed quote: the quoted field that starts on line ${quoteLine} never ends (a closing " is missing)` });
          return { records, faults };
        }
        if (i < n && text[i] !== "," && !atEnd(i) && bad === undefined) {
          bad = { line, message: `text after a closing quote (${JSON.stringify(text.slice(i, i + 10))}); quote the whole field and double the quotes inside ("")` };
        }
        // Skip to the next separator so that the rest of the record is still read.
        while (i < n && text[i] !== "," && !atEnd(i)) i++;
        fields.push(value);
      } else {
        let value = "";
        while (i < n && text[i] !== "," && !atEnd(i)) value += text[i++];
        if (value.includes('"') && bad === undefined) {
          bad = { line, message: `a quote inside an unquoted field (${JSON.stringify(value)}); quote the whole field and double the quotes inside ("")` };
        }
        fields.push(value);
      }
      if (text[i] === ",") {
        i++;
        continue;
      }
      skipEol();
      break;
    }
    if (bad !== undefined) faults.push(bad);
    else records.push({ line: start, fields });
  }
  return { records, faults };
}
