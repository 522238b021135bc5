/*
 * Writing XML is string building with correct escaping (reading it is fast-xml-parser's job).
 * Characters XML 1.0 cannot carry at all are removed and counted, so the caller can warn.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export class XmlWriter {
  private parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  /** How many characters XML could not carry. */
  removed = 0;

  private clean(value: string): string {
    return value.replace(INVALID, () => {
      this.removed++;
      return '';
    });
  }

  /** Text content: line breaks kept, \r and tabs as references so no parser normalises them. */
  text(value: string): string {
    return this.clean(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\r/g, '&#13;');
  }

  /** Attribute values: every whitespace but the space as a reference (attribute normalisation). */
  attr(value: string): string {
    return this.text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
  }

  open(
    name: string,
    attrs: Record<string, string | number | undefined> = {},
    selfClose = false,
  ): this {
    const a = Object.entries(attrs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}="${this.attr(String(v))}"`)
      .join('');
    this.parts.push(`<${name}${a}${selfClose ? '/>' : '>'}`);
    return this;
  }

  raw(s: string): this {
    this.parts.push(s);
    return this;
  }

  element(
    name: string,
    attrs: Record<string, string | number | undefined>,
    content?: string,
  ): this {
    if (content === undefined) return this.open(name, attrs, true);
    this.open(name, attrs);
    this.parts.push(this.text(content));
    return this.close(name);
  }

  close(name: string): this {
    this.parts.push(`</${name}>`);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}
