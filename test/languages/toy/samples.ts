/** Toy samples (Esperanto, illustrative): what detection must read as the toy language. */
export const samples: readonly string[] = [
  'La partioj reasertis sian firman engaĝiĝon al la suvereneco kaj teritoria integreco de Sirio.',
  'Ili interkonsentis okazigi la venontan internacian kunvenon pri Sirio en Astano en la dua duono de la jaro.',
];
