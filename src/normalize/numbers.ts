/**
 * Numbers as a reader sees them, in any of the digits the engine folds
 * (ASCII, Arabic-Indic, Persian): "2,254", "20 000", «۲۰٬۰۰۰» and "20.000"
 * (Turkish) are one number each, "1,5" and "1.5" the same one, and a number
 * counts wherever it stands in a word ("19–20", «۱۹مین», "31'inci", «و12»).
 */
import { foldCommon } from './fold.js';

const DIGIT = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';
// Thousands groups after one to three digits: a comma, period, Arabic thousands
// separator (U+066C) or a space (no-break, narrow no-break, thin) before exactly
// three digits ("2024 300 refugees" stays two numbers); then a decimal part
// after a comma, period or Arabic decimal separator (U+066B).
const NUMBER = new RegExp(`(?:${DIGIT}{1,3}(?:[,.\\u066c \\u00a0\\u202f\\u2009]${DIGIT}{3}(?!${DIGIT}))+|${DIGIT}+)(?:[.,\\u066b]${DIGIT}+)?`, 'gu');
const GROUP = /[,.\u066c \u00a0\u202f\u2009](?=\d{3}(?:\D|$))/g;

/** A number in a text: as written, and its value (ASCII digits, no groups or leading zeros, "." for the decimal mark). */
export interface NumberFound {
  raw: string;
  value: string;
}

/** The numbers of a text, in order. */
export function numbersIn(text: string): NumberFound[] {
  const out: NumberFound[] = [];
  for (const [raw] of text.matchAll(NUMBER)) {
    const folded = foldCommon(raw).replace(/\u066b/g, '.');
    const value = folded.replace(GROUP, '').replace(/[,\u066b]/g, '.').replace(/^0+(?=\d)/, '');
    out.push({ raw, value });
  }
  return out;
}
