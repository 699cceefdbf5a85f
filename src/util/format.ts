/** Small formatting helpers shared by reasons and reports. */

/** A signed number as a reader writes it: "+1", "−0.5" (minus sign), "±0". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
