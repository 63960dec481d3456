// Language data for the language rules (RGAA 8.4.1, 8.8.1): the ISO 639-1 codes (every two-letter primary
// language subtag of the IANA registry, BCP 47), common three-letter ISO 639-2/3 codes, and short lists of
// frequent, distinctive function words used to recognise the language of a text sample.

/** Every ISO 639-1 code (IANA language subtag registry), including the deprecated in, iw, ji, jw, mo, sh. */
export const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
    'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik ' +
    'in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg ' +
    'mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ' +
    'ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ' +
    'ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/**
 * Three-letter codes known to be valid (ISO 639-2/B and /T of the languages above, regional languages of
 * France and a few common ones). Other three-letter codes may be valid (ISO 639-3 has ~8 000): not judged.
 */
export const KNOWN_ISO_639_3 = new Set(
  (
    'fra fre eng deu ger spa ita por nld dut ara zho chi jpn rus pol tur vie kor hin ben urd fas per heb ell ' +
    'gre swe dan nor fin ces cze slk slo hun ron rum bul hrv srp slv ukr bel lit lav est gle cym wel eus baq ' +
    'cat glg bre oci cos gsw frp pcd wln lij rcf gcf gcr mfe swb wls fud tah ltz msa may ind tha lao khm ' +
    'mya bur amh swa hau yor ibo zul xho afr sqi alb hye arm kat geo aze kaz uzb tgk kir tuk mon nep sin tam ' +
    'tel kan mal mar guj pan epo lat yid sco nds kab ber tzm zgh rif shi wol ful bam lin kon mlg haw mri smo ' +
    'ton fij grn que aym nav chr iku kal fao isl ice mlt sme und mul zxx mis yue cmn nan hak wuu sgn fsl lsf'
  ).split(' '),
);

/** Frequent function words specific enough to tell these languages apart (ambiguous ones left out). */
export const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(
    'le les et est une pour dans qui sur pas au aux avec ce cette sont nous vous leur été être où à très aussi'.split(' '),
  ),
  en: new Set(
    'the and of to for with that this are you your was have has be by it not or will which at from been their'.split(' '),
  ),
  es: new Set('el los las y sus lo más pero también muy hay cuando hasta donde fue esto nuestro nuestra'.split(' ')),
  de: new Set(
    'der die das und ist nicht mit den dem von zu auf für ein eine sich auch werden wird sie im bei nach oder'.split(' '),
  ),
  it: new Set('di che è della delle dei gli per sono nel nella alla anche più questo questa ed degli'.split(' ')),
  pt: new Set('os em não uma ao são também pela pelo seu sua com às'.split(' ')),
  nl: new Set('het een van dat niet zijn op voor met ook aan bij wordt door naar worden maar deze'.split(' ')),
};

export interface LanguageGuess {
  /** Language with the most stop words, null without any. */
  language: string | null;
  /** Stop-word hits of each language. */
  hits: Record<string, number>;
  /** Stop-word hits, all languages. */
  total: number;
}

/** Counts the stop words of each language in a word sample (lower-cased words). */
export function guessLanguage(words: readonly string[]): LanguageGuess {
  const hits: Record<string, number> = {};
  for (const language of Object.keys(STOP_WORDS)) hits[language] = 0;
  let total = 0;
  for (const word of words)
    for (const [language, list] of Object.entries(STOP_WORDS))
      if (list.has(word)) {
        hits[language] = (hits[language] ?? 0) + 1;
        total++;
      }
  let language: string | null = null;
  for (const [candidate, count] of Object.entries(hits))
    if (count > 0 && (language === null || count > (hits[language] ?? 0))) language = candidate;
  return { language, hits, total };
}
