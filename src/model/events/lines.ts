/**
 * Cuts a text arriving in chunks into lines, numbered from 1, without ever holding more than
 * one line: event files are read as a stream. A line longer than `maxLength` is not kept —
 * the sink is told once and the rest of it skipped — so a file with no line breaks at all
 * cannot fill the memory.
 */
export interface LineSink {
  line(text: string, lineNo: number): void;
  /** A line went past `maxLength`; return false to stop reading. */
  overlong(lineNo: number, maxLength: number): boolean;
}

export class LineSplitter {
  private partial = '';
  private lineNo = 0;
  private skipping = false;
  stopped = false;

  constructor(
    private readonly sink: LineSink,
    private readonly maxLength = 1 << 20,
  ) {}

  push(chunk: string): void {
    let from = 0;
    while (!this.stopped) {
      const end = chunk.indexOf('\n', from);
      if (end === -1) {
        this.keep(chunk.slice(from));
        return;
      }
      this.keep(chunk.slice(from, end));
      this.emit();
      from = end + 1;
    }
  }

  end(): void {
    if (!this.stopped && (this.partial !== '' || this.skipping)) this.emit();
  }

  /** Lines read so far. */
  get lines(): number {
    return this.lineNo;
  }

  private keep(piece: string): void {
    if (this.skipping) return;
    if (this.partial.length + piece.length > this.maxLength) {
      this.partial = '';
      this.skipping = true;
      if (!this.sink.overlong(this.lineNo + 1, this.maxLength)) this.stopped = true;
      return;
    }
    this.partial += piece;
  }

  private emit(): void {
    this.lineNo++;
    if (!this.skipping) {
      const text = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
      if (text !== '') this.sink.line(text, this.lineNo);
    }
    this.partial = '';
    this.skipping = false;
  }
}
