/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
export const samples: readonly string[] = [
  'Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.',
  'Agreed to hold the next International Meeting on Syria in the Astana format in the second half of the year.',
];
