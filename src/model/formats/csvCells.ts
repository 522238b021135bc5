/*
 * Spreadsheet formulas in CSV cells (CSV injection, OWASP): a cell beginning with =, +, -, @, a
 * tab or a carriage return is run as a formula when the file is opened in a spreadsheet. Every
 * CSV we write neutralises such cells with a leading apostrophe, which spreadsheets show as text;
 * plain numbers stay numbers. Our CSV import takes exactly one such apostrophe away again (a
 * cell that already began with apostrophes before a formula character gets one more on export),
 * so our CSV → back keeps every value.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Whether a cell's text would be taken for a formula (or is an escaped one). */
export const looksLikeFormula = (text: string): boolean =>
  FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/** The cell as written: a formula-like text behind an apostrophe. */
export const neutraliseCell = (text: string): string =>
  looksLikeFormula(text) ? `'${text}` : text;

/** The cell as read back by our import: one escaping apostrophe taken away. */
export const restoreCell = (text: string): string =>
  text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
