/**
 * Types of the importers: what each returns, and the error for a document
 * that cannot be read.
 *
 * @module
 */

/** The document formats the importers read. */
export type DocumentFormat = 'txt' | 'html' | 'docx' | 'pdf';

/** The formats the importers read, for `options.from` and `--from`. @category Read documents */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = Object.freeze(['txt', 'html', 'docx', 'pdf']);

/** Something an importer left out of the text, and why. */
export interface RemovedPart {
  /** What it was: `'script'`, `'navigation'`, `'footer'`, `'aside'`, `'form'`, `'comment'`, `'header'`, `'image'`, `'table of contents'`, `'footnote'`… */
  what: string;
  /** Its text (cut to 200 characters), or `''` when it had none. */
  text: string;
}

/** A document made into text for `diffCommuniques`. */
export interface ImportedText {
  /** The document's text: paragraphs separated by blank lines, numbering kept as labels ("1.", "(a)"); pages of a PDF separated by a form feed. */
  text: string;
  /** Where the text came from. */
  source: {
    /** The format read. */
    format: DocumentFormat;
    /** The text encoding read (text and HTML given as bytes). */
    encoding?: string;
    /** True when that encoding is a guess (the bytes were not UTF-8 and named no encoding). */
    encodingGuessed?: boolean;
    /** The document's title, when it names one (`<title>`, the PDF's or Word file's properties). */
    title?: string;
    /** Pages read (PDF). */
    pages?: number;
  };
  /** What was left out of `text` (page furniture of a web page, scripts, a Word file's headers). */
  removed: RemovedPart[];
  /** What the reader should know: a guessed encoding, text that may be missing (images, a scanned PDF). */
  warnings: string[];
}

/** The error for a document that cannot be read: truncated, encrypted, not the format it claims, empty. @category Read documents */
export class DocumentError extends Error {
  /** Always `'DocumentError'`. */
  override name = 'DocumentError';
}
