/**
 * `communique-diff/import`: documents as they come — text in any common
 * encoding, web pages, Word files, PDFs — made into text for
 * `diffCommuniques`. The core never imports this entry.
 *
 * @module communique-diff/import
 */
export { decodeText, documentKind, NotTextError, TEXT_ENCODINGS, type DecodedText, type DecodeOptions, type TextEncodingName } from './decode.js';
export { detectFormat, DOCUMENT_FORMATS, importDocument, type ImportOptions } from './document.js';
export { fromDocx, type DocxOptions } from './docx.js';
export { fromHtml, type HtmlOptions } from './html.js';
export { fromPdf, type PdfOptions } from './pdf.js';
export { DocumentError, type DocumentFormat, type ImportedText, type RemovedPart } from './types.js';
