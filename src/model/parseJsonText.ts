import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { problem, type Problem } from './problem';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * JSON.parse with errors that say where: V8's messages no longer carry a position,
 * so on failure jsonc-parser (strict mode) locates the first error by offset.
 */
export function parseJsonText(text: string): JsonResult {
  if (text.trim() === '')
    return { ok: false, problems: [problem('AG002', '$', 'The file is empty.')] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const { line, column } = lineColumn(text, offset);
    const what = first ? humanize(printParseErrorCode(first.error)) : 'invalid JSON';
    const p = problem('AG001', '$', `JSON syntax error: ${what}.`);
    return { ok: false, problems: [{ ...p, line, column }] };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function humanize(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
