/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
export const samples: readonly string[] = [
  'بر تعهد قاطع خود به حاکمیت، استقلال، وحدت و تمامیت ارضی جمهوری عربی سوریه و اهداف و اصول منشور سازمان ملل متحد تأکید مجدد کردند.',
  'بر برگزاری نشست بین‌المللی بعدی درباره سوریه در قالب آستانه در نیمه دوم سال جاری در آستانه توافق کردند.',
  'به گزارش خبرنگار ما، کشورهای ضامن در بیانیه پایانی حملات تروریستی علیه غیرنظامیان در ادلب را به شدت محکوم کردند.',
];
