/**
 * Round numbers in Russian heads: «20-й раунд», «20-я международная встреча»,
 * «раунд № 20». Russian texts write the number in digits, so ordinal words
 * are not read (their stems and case endings would cost a third of the
 * pack's weight for a rare form). Patterns read folded text (lower case, ё → е).
 */
import type { RoundPatterns } from '../types.js';

export const rounds: RoundPatterns = {
  patterns: [
    /(?:^|[^\p{L}\d])(\d{1,3})\s*-?\s*(?:[йяегоым]{1,3})?\s+(?:раунд|международн\p{L}*\s+встреч|встреч)/u,
    /(?:раунд\p{L}*|встреч\p{L}*)\s+№?\s*(\d{1,3})(?!\d)/u,
  ],
};
