// RGAA 11.13.1 (WCAG 1.3.5 Identify Input Purpose): a field about the user has an autocomplete value from the
// HTML list, relevant to what is asked. Finds failures only: a token grammar error, or a purpose that
// contradicts the field type (an e-mail field announced as a phone number).

import { cantTell, defineRule, failed, passed } from '../../../core/rule.js';

// HTML Living Standard, « Autofill »: field names, and those that may take a contact type (home, work…).
const FIELD_NAMES = new Set(
  (
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username ' +
    'new-password current-password one-time-code organization-title organization street-address address-line1 ' +
    'address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country ' +
    'country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp ' +
    'cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday bday-day ' +
    'bday-month bday-year sex url photo'
  ).split(' '),
);
const CONTACT_NAMES = new Set(
  'tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp'.split(
    ' ',
  ),
);
const CONTACT_TYPES = new Set(['home', 'work', 'mobile', 'fax', 'pager']);
const TEXT_TYPES =
  /^(text|search|email|tel|url|password|number|date|month|week|time|datetime-local|select|textarea)$/;

/** The kind of data a field name asks for, when a field type can contradict it. */
function kind(fieldName: string): string | null {
  if (fieldName === 'email') return 'email';
  if (fieldName.startsWith('tel')) return 'tel';
  if (fieldName === 'url' || fieldName === 'photo' || fieldName === 'impp') return 'url';
  if (fieldName === 'new-password' || fieldName === 'current-password') return 'password';
  if (/^(name|given-name|additional-name|family-name|nickname|honorific-(prefix|suffix))$/.test(fieldName))
    return 'name';
  return null;
}

/** Field types and the kinds of data they cannot hold (a conservative subset of the HTML control groups). */
const CONTRADICTS: Record<string, readonly string[]> = {
  email: ['tel', 'url', 'password', 'name'],
  tel: ['email', 'url', 'password', 'name'],
  url: ['email', 'tel', 'password', 'name'],
  password: ['email', 'tel', 'url', 'name'],
  number: ['email', 'url', 'password', 'name'],
  date: ['email', 'tel', 'url', 'password', 'name'],
  month: ['email', 'tel', 'url', 'password', 'name'],
  week: ['email', 'tel', 'url', 'password', 'name'],
  time: ['email', 'tel', 'url', 'password', 'name'],
  'datetime-local': ['email', 'tel', 'url', 'password', 'name'],
};

/** The field name of a valid autocomplete value, 'on'/'off', or null when the tokens break the grammar. */
export function autocompleteFieldName(value: string): string | null {
  const tokens = value.toLowerCase().trim().split(/\s+/);
  if (tokens.length === 1 && (tokens[0] === 'on' || tokens[0] === 'off')) return tokens[0];
  if (tokens.at(-1) === 'webauthn') tokens.pop();
  const fieldName = tokens.pop() ?? '';
  if (CONTACT_NAMES.has(fieldName)) {
    if (CONTACT_TYPES.has(tokens.at(-1) ?? '')) tokens.pop();
  } else if (!FIELD_NAMES.has(fieldName)) return null;
  if (tokens.at(-1) === 'shipping' || tokens.at(-1) === 'billing') tokens.pop();
  if (tokens.length > 0 && tokens[tokens.length - 1]!.startsWith('section-')) tokens.pop();
  return tokens.length === 0 ? fieldName : null;
}

/** A value that was obviously meant for personal data (« e-mail », « phone », « firstname »…). */
const PERSONAL =
  /mail|phone|tel|name|nom|adress|address|zip|postal|city|ville|birth|naissance|country|pays|street/i;

export default defineRule({
  id: 'autocomplete-invalid',
  version: 1,
  family: 'a11y',
  title: 'Attribut autocomplete invalide ou contraire au type du champ',
  description:
    'Pour chaque champ de saisie ayant un attribut autocomplete non vide : échec quand la valeur ne suit pas la ' +
    'grammaire HTML (section-*, shipping/billing, home/work/mobile/fax/pager pour tel, email et impp, un seul ' +
    'nom de champ, webauthn) et ressemble à une donnée personnelle (mail, phone, name…), ou quand elle contredit ' +
    'le type du champ (type=email avec tel, type=tel avec email, un nom sur un champ date…). Une valeur inconnue ' +
    'sans rapport apparent avec l’utilisateur (« nope ») reste à vérifier. Ne valide jamais ce test de ' +
    'pertinence ; on et off ne disent rien.',
  rgaa: ['11.13.1'],
  wcag: ['1.3.5'],
  act: [],
  coverage: 'failuresOnly',
  requires: ['fields'],
  applicability: ({ fields }) =>
    fields.fields.filter(
      (field) => field.native && TEXT_TYPES.test(field.type) && (field.autocomplete ?? '').trim() !== '',
    ),
  expectation: (field) => {
    const value = field.autocomplete ?? '';
    const fieldName = autocompleteFieldName(value);
    if (fieldName === null)
      return PERSONAL.test(value)
        ? failed(
            `La valeur autocomplete="${value}" n’existe pas : utiliser une valeur de la liste HTML (given-name, family-name, email, tel, postal-code…).`,
          )
        : cantTell(
            `La valeur autocomplete="${value}" n’existe pas : si le champ concerne l’utilisateur, utiliser une valeur de la liste HTML.`,
          );
    const asked = kind(fieldName);
    if (asked && CONTRADICTS[field.type]?.includes(asked))
      return failed(
        `autocomplete="${value}" ne correspond pas à un champ de type ${field.type} : choisir la valeur qui décrit la donnée saisie.`,
      );
    return passed();
  },
});
