/** Persian ordinal numbers 1–59, shared by folding and round reading. */
import { words } from '../util.js';

/** The stems 1–19 take the ordinal ending -م on: «یکم» … «نوزدهم» (three is «سوم»). */
export const UNITS: readonly string[] = words('یک دو سو چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده');
/** The tens 20–50 («سی» takes «‌ام»: «سی‌ام»). */
export const TENS: readonly string[] = words('بیست سی چهل پنجاه');

/** The ordinal of 1–59 in letters, its words joined («بیستوهفتم»), or undefined. */
export function ordinalWord(n: number): string | undefined {
  const tens = TENS[Math.floor(n / 10) - 2];
  const unit = UNITS[(n < 20 ? n : n % 10) - 1];
  if (n < 1 || n > 59) return undefined;
  if (n < 20) return `${unit}م`;
  return unit ? `${tens}و${unit}م` : `${tens}${n === 30 ? 'ا' : ''}م`;
}
