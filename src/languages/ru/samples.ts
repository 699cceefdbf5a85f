/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
export const samples: readonly string[] = [
  'Подтвердили твёрдую приверженность суверенитету, независимости, единству и территориальной целостности Сирийской Арабской Республики.',
  'Договорились провести следующую международную встречу по Сирии в астанинском формате во второй половине года.',
];
