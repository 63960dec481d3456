import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/audits/legal/dates.js';
import {
  auditor,
  declaredRate,
  declaredStatus,
  readStatement,
  rgaaVersion,
  statementDates,
} from '../../../src/audits/legal/statement-text.js';
import { block, legalText } from './helpers.js';

describe('declaredRate', () => {
  it.each([
    ['75 % des critères du RGAA version 4.1 sont respectés.', 75],
    ['Le taux global de conformité est de 62,5 %.', 62.5],
    ['Le taux global de conformité est de 62.5 %.', 62.5],
    ['L’audit révèle que 80 pour cent des critères sont respectés.', 80],
    ['100% des critères RGAA sont respectés', 100],
    ['Le taux moyen de conformité est de 90 %. Le taux global de conformité est de 41 %.', 41],
    ['Taux de conformité global : 58,33 %', 58.33],
  ])('%s → %s', (text, rate) => {
    expect(declaredRate(text)).toBe(rate);
  });

  it.each([
    'Le taux moyen de conformité du service en ligne s’élève à 85 %.',
    '50 % de réduction sur les abonnements de la médiathèque.',
    'Aucun chiffre ici.',
    'Taux de conformité : 140 %',
  ])('no global rate: %s', (text) => {
    expect(declaredRate(text)).toBeNull();
  });
});

describe('declaredStatus', () => {
  it.each([
    ['Le site www.ville.fr est partiellement conforme avec le RGAA 4.1.', 'partiellement'],
    ['Le site est totalement conforme avec le référentiel.', 'totalement'],
    ['Le site est non conforme avec le RGAA.', 'non'],
    ['Le site n’est pas en conformité avec le RGAA 4.1.', 'non'],
    ['Ce site est en conformité partielle avec le RGAA.', 'partiellement'],
    ['Le site est partiellement conforme. Les contenus non conformes sont listés.', 'partiellement'],
  ])('%s → %s', (text, status) => {
    expect(declaredStatus(text)).toBe(status);
  });
  it('null when nothing is declared', () => {
    expect(declaredStatus('Nous travaillons à l’accessibilité.')).toBeNull();
  });
});

describe('dates', () => {
  it('reads several formats to YYYY-MM-DD', () => {
    expect(
      findDates('le 12 mars 2024, le 1er janvier 2023, 05/06/2022, 2021-11-30, 7.2.2020, juin 2019'),
    ).toEqual([
      { iso: '2024-03-12', index: 3 },
      { iso: '2023-01-01', index: 20 },
      { iso: '2022-06-05', index: 38 },
      { iso: '2021-11-30', index: 50 },
      { iso: '2020-02-07', index: 62 },
      { iso: '2019-06-01', index: 72 },
    ]);
  });
  it('rejects impossible dates', () => {
    expect(findDates('31/02/2024 et 2024-13-01')).toEqual([]);
  });
  it('classifies establishment, update and audit dates', () => {
    expect(
      statementDates(
        'L’audit a été réalisé le 3 février 2021.\nCette déclaration a été établie le 15 mars 2021.\nElle a été mise à jour le 02/01/2022.',
      ),
    ).toEqual({ date: '2022-01-02', auditDate: '2021-02-03', updateDate: '2022-01-02' });
  });
  it('falls back on the audit date', () => {
    expect(statementDates('Audit réalisé en mai 2020.')).toEqual({
      date: '2020-05-01',
      auditDate: '2020-05-01',
      updateDate: null,
    });
  });
});

describe('rgaaVersion and auditor', () => {
  it.each([
    ['conforme avec le RGAA version 4.1.2', '4.1.2'],
    ['au RGAA 4.1', '4.1'],
    ['RGAA v3,0', '3.0'],
  ])('%s → %s', (text, version) => {
    expect(rgaaVersion(text)).toBe(version);
  });
  it.each([
    ['L’audit a été réalisé par la société Access42.', 'Access42'],
    ['Audit réalisé par Ideance (novembre 2023)', 'Ideance'],
    ['Auditeur : Temesis', 'Temesis'],
  ])('%s → %s', (text, name) => {
    expect(auditor(text)).toBe(name);
  });
});

const STATEMENT = [
  block('Déclaration d’accessibilité', { heading: 1 }),
  'La commune de Ville s’engage à rendre ses sites accessibles conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
  block('État de conformité', { heading: 2 }),
  'Le site www.ville.fr est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.',
  block('Résultats des tests', { heading: 2 }),
  'L’audit de conformité réalisé par la société Access42 révèle que 67,5 % des critères du RGAA version 4.1 sont respectés. Le taux moyen de conformité est de 81 %.',
  block('Contenus non accessibles', { heading: 2 }),
  'Certaines images n’ont pas d’alternative.',
  block('Établissement de cette déclaration d’accessibilité', { heading: 2 }),
  'Cette déclaration a été établie le 4 avril 2023.',
  block('Retour d’information et contact', { heading: 2 }),
  'Écrivez à accessibilite@ville.fr.',
  block('Voies de recours', { heading: 2 }),
  'Vous pouvez saisir le Défenseur des droits.',
];

describe('readStatement', () => {
  it('reads every field of a complete statement', () => {
    expect(readStatement(legalText(STATEMENT))).toEqual({
      isStatement: true,
      declaredStatus: 'partiellement',
      declaredRate: 67.5,
      rgaaVersion: '4.1',
      date: '2023-04-04',
      auditDate: null,
      updateDate: null,
      auditor: 'Access42',
      articleReference: true,
      missingSections: [],
      contact: true,
      remedies: true,
    });
  });
  it('lists the missing sections', () => {
    const partial = STATEMENT.filter((b) => typeof b === 'string' || !/Voies|Contenus/.test(b.text)).filter(
      (b) => typeof b !== 'string' || !/Défenseur/.test(b),
    );
    const reading = readStatement(legalText(partial));
    expect(reading.missingSections).toEqual(['contenus-non-accessibles', 'voies-de-recours']);
    expect(reading.remedies).toBe(false);
    expect(reading.isStatement).toBe(true);
  });
  it('is not a statement: a page that only links to it', () => {
    const reading = readStatement(
      legalText([
        'Accessibilité',
        'Consultez notre déclaration d’accessibilité et notre schéma pluriannuel.',
      ]),
    );
    expect(reading.isStatement).toBe(false);
    expect(reading.articleReference).toBe(false);
  });
});
