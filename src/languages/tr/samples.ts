/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
/** Two statement paragraphs, each with a commitment. */
export const samples: readonly string[] = [
  'Taraflar, Suriye Arap Cumhuriyeti’nin egemenliği, bağımsızlığı, birliği ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.',
  'Astana formatında Suriye konulu bir sonraki uluslararası toplantının yılın ikinci yarısında Astana’da yapılmasını kararlaştırdılar.',
];
