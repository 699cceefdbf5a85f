/**
 * Paragraphs in the genre that detection must recognise as this language,
 * for the conformance suite (test/languages); not part of the pack, so
 * bundles do not carry them. Illustrative texts written for this project.
 */
export const samples: readonly string[] = [
  "Ont réaffirmé leur ferme attachement à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne.",
  "Sont convenues de tenir la prochaine réunion internationale sur la Syrie au format d'Astana au cours du second semestre de l'année.",
  'Ont appelé la communauté internationale à accroître sans délai son aide humanitaire à tous les Syriens, lorsque les conditions le permettront.',
];
