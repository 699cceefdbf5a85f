/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
export const samples: readonly string[] = [
  'أكدت الدول الضامنة التزامها الراسخ بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها.',
  'اتفقت الأطراف على عقد الاجتماع الدولي المقبل بشأن سوريا بصيغة أستانا في النصف الثاني من العام.',
];
