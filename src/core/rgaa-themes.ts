// The 13 themes of RGAA 4.1.2 (DINUM, Licence Ouverte 2.0), by number.

export const RGAA_VERSION = '4.1.2';

export const RGAA_THEMES: Readonly<Record<number, string>> = {
  1: 'Images',
  2: 'Cadres',
  3: 'Couleurs',
  4: 'Multimédia',
  5: 'Tableaux',
  6: 'Liens',
  7: 'Scripts',
  8: 'Éléments obligatoires',
  9: "Structuration de l'information",
  10: "Présentation de l'information",
  11: 'Formulaires',
  12: 'Navigation',
  13: 'Consultation',
};

/** Theme number of an RGAA test or criterion id such as `1.1.1`. */
export function rgaaTheme(testId: string): number {
  return Number.parseInt(testId.split('.')[0] ?? '', 10);
}
