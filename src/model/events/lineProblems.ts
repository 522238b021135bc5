import { problem, type Problem, type ProblemCode, type Severity } from '../problem';

/** A count as the notices write it: 104,884. */
export const count = (n: number) => n.toLocaleString('en');

/** Lines of one kind named in full; beyond them the rest are counted in one more problem. */
const LISTED = 20;

/**
 * Problems placed by line and column, capped per code: a day of event data with one broken
 * column on every row gives twenty precise messages and a count, not a hundred thousand.
 */
export class LineProblems {
  private readonly listed: Problem[] = [];
  private readonly counts = new Map<ProblemCode, { more: number; severity: Severity }>();

  add(
    code: ProblemCode,
    line: number,
    column: number,
    message: string,
    severity: Severity = 'warning',
  ): void {
    const count = this.counts.get(code) ?? { more: 0, severity };
    this.counts.set(code, count);
    if (this.listed.filter((p) => p.code === code).length >= LISTED) {
      count.more++;
      return;
    }
    this.listed.push({
      ...problem(code, '$', message, severity),
      line,
      column,
    });
  }

  /** A problem about the whole file ($), not placed on a line. */
  whole(code: ProblemCode, message: string, severity: Severity = 'warning'): void {
    this.listed.push(problem(code, '$', message, severity));
  }

  all(): Problem[] {
    const more = [...this.counts]
      .filter(([, c]) => c.more > 0)
      .map(([code, c]) =>
        problem(code, '$', `…and ${count(c.more)} more lines like the ones above.`, c.severity),
      );
    return [...this.listed, ...more];
  }
}

/** The 1-based column where the n-th (0-based) field of a delimited line starts. */
export function columnOf(text: string, field: number, delimiter: string): number {
  let at = 0;
  for (let i = 0; i < field; i++) {
    const next = text.indexOf(delimiter, at);
    if (next === -1) return text.length + 1;
    at = next + 1;
  }
  return at + 1;
}
