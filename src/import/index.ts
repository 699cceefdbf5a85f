/**
 * `communique-diff/import`: documents as they come, made into text for
 * `diffCommuniques`. The core never imports this entry.
 *
 * @module
 */
export { decodeText, documentKind, NotTextError, TEXT_ENCODINGS, type DecodedText, type DecodeOptions, type TextEncodingName } from './decode.js';
