import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Op,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/**
 * The logical structure of a tagged PDF (ISO 32000, 14.7–14.8), which pdf-lib does not write
 * itself: structure elements (headings, paragraphs, tables, figures with their alternative
 * text) and the marked content on each page that belongs to them. Screen readers and text
 * extraction follow this tree instead of guessing an order from positions.
 */
export class PdfTags {
  private readonly kids = new Map<PDFRef, PDFArray>();
  private readonly pages = new Map<PDFPage, { key: number; owners: PDFRef[] }>();
  private readonly document: PDFRef;
  private readonly root: PDFRef;

  constructor(private readonly pdf: PDFDocument) {
    const { context, catalog } = pdf;
    this.root = context.register(context.obj({ Type: 'StructTreeRoot' }));
    this.document = this.element('Document', this.root);
    catalog.set(PDFName.of('StructTreeRoot'), this.root);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  /** A structure element ("H1", "P", "Table", "TR", "TH", "TD", "Figure") under `parent`. */
  element(type: string, parent: PDFRef = this.document, alt?: string): PDFRef {
    const { context } = this.pdf;
    const kids = context.obj([]);
    const dict = context.obj({ Type: 'StructElem', S: type, P: parent, K: kids });
    if (alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt));
    const ref = context.register(dict);
    this.kids.set(ref, kids);
    this.childrenOf(parent).push(ref);
    return ref;
  }

  /** Draws on `page` as content of `element`: a marked-content sequence the tree points at. */
  mark(page: PDFPage, element: PDFRef, draw: () => void): void {
    const { context } = this.pdf;
    let entry = this.pages.get(page);
    if (!entry) {
      entry = { key: this.pages.size, owners: [] };
      this.pages.set(page, entry);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(entry.key));
    }
    const mcid = entry.owners.length;
    entry.owners.push(element);
    const type = (context.lookup(element) as PDFDict).get(PDFName.of('S')) as PDFName;
    // pdf-lib writes any PDF object as an operand; its type names fewer than it writes.
    const properties = context.obj({ MCID: mcid }) as unknown as PDFArray;
    page.pushOperators(PDFOperator.of(Op.BeginMarkedContentSequence, [type, properties]));
    draw();
    page.pushOperators(PDFOperator.of(Op.EndMarkedContent));
    this.kids.get(element)!.push(context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
  }

  /** Draws what is only decoration (rules, backgrounds): left out of the reading. */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(PDFOperator.of(Op.BeginMarkedContent, [PDFName.of('Artifact')]));
    draw();
    page.pushOperators(PDFOperator.of(Op.EndMarkedContent));
  }

  /** Writes the parent tree: for each page, which element each marked sequence belongs to. */
  finish(): void {
    const { context } = this.pdf;
    const nums: (number | PDFArray)[] = [];
    for (const { key, owners } of this.pages.values()) nums.push(key, context.obj(owners));
    const root = context.lookup(this.root) as PDFDict;
    root.set(PDFName.of('ParentTree'), context.register(context.obj({ Nums: nums })));
    root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.pages.size));
  }

  private childrenOf(parent: PDFRef): PDFArray {
    let kids = this.kids.get(parent);
    if (!kids) {
      kids = this.pdf.context.obj([]);
      (this.pdf.context.lookup(parent) as PDFDict).set(PDFName.of('K'), kids);
      this.kids.set(parent, kids);
    }
    return kids;
  }
}
