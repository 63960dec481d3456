// The referentials the eco rules cite, copied from ../shared/data: the web good practices checked by
// GreenIT-Analysis (cnumr/GreenIT-Analysis-cli rules and the extension's UseHTTP2; ids and French names), and
// the RGESN 2024 criteria (DINUM/MiNumEco referentiel-ecoconception.json) a public page can show, by the
// automation notes of ../shared/data/rgesn (the other criteria need a declaration or the back office).

/** GreenIT-Analysis rule id → French name. */
export const GREENIT_PRACTICES: Readonly<Record<string, string>> = {
  AddExpiresOrCacheControlHeaders: 'Ajouter des expires ou cache-control headers (>= 95%)',
  CompressHttp: 'Compresser les ressources (>= 95%)',
  DomainsNumber: 'Limiter le nombre de domaines (< 3)',
  DontResizeImageInBrowser: 'Ne pas retailler les images dans le navigateur',
  EmptySrcTag: 'Eviter les tags SRC vides',
  ExternalizeCss: 'Externaliser les css',
  ExternalizeJs: 'Externaliser les js',
  HttpError: 'Eviter les requêtes en erreur',
  HttpRequests: 'Limiter le nombre de requêtes HTTP (< 27)',
  ImageDownloadedNotDisplayed: 'Ne pas télécharger des images inutilement',
  JsValidate: 'Valider le javascript',
  MaxCookiesLength: 'Taille maximum des cookies par domaine(< 512 Octets)',
  MinifiedCss: 'Minifier les css (>= 95%)',
  MinifiedJs: 'Minifier les js (>= 95%)',
  NoCookieForStaticRessources: 'Pas de cookie pour les ressources statiques',
  NoRedirect: 'Eviter les redirections',
  OptimizeBitmapImages: 'Optimiser les images bitmap',
  OptimizeSvg: 'Optimiser les images svg',
  Plugins: 'Ne pas utiliser de plugins',
  PrintStyleSheet: 'Fournir une print css',
  SocialNetworkButton: "N'utilisez pas les boutons standards des réseaux sociaux",
  StyleSheets: 'Limiter le nombre de fichiers css (<3)',
  UseETags: 'Utiliser des ETags (>= 95%)',
  UseStandardTypefaces: 'Utiliser des polices de caractères standards',
  UseHTTP2: 'Utiliser HTTP/2 (extension GreenIT-Analysis)',
};

/** RGESN 2024 criteria checkable (fully or partly) on a public page: number → question. */
export const RGESN_2024_CHECKABLE: Readonly<Record<string, string>> = {
  '1.7': 'Le service numérique a-t-il recours à un niveau de chiffrement adapté à ses besoins ?',
  '1.9':
    'Le service numérique a-t-il été conçu avec des technologies standard interopérables plutôt que des technologies spécifiques et fermées ?',
  '2.3': 'Le service numérique est-il utilisable via une connexion bas débit ou hors connexion ?',
  '2.5': 'Le service numérique s’adapte-t-il à différents types de terminaux d’affichage ?',
  '3.3': 'Le service numérique est-il en mesure de supporter l’évolution technique des protocoles ?',
  '4.1':
    'Le service numérique comporte-t-il uniquement des animations, vidéos et sons dont la lecture automatique est désactivée ?',
  '4.2': 'Le service numérique affiche-t-il uniquement des contenus sans défilement infini ?',
  '4.4': 'Le service numérique permet-il à l’utilisateur de décider de l’activation d’un service tiers ?',
  '4.5':
    'Le service numérique utilise-t-il majoritairement des composants fonctionnels natifs du système d’exploitation, du navigateur ou du langage utilisé ?',
  '4.8': 'Le service numérique limite-t-il le nombre des polices de caractères téléchargées ?',
  '4.13':
    'Le service numérique limite-t-il le recours aux notifications, tout en laissant la possibilité à l’utilisateur de les désactiver ?',
  '5.1':
    'Le service numérique utilise-t-il un format de fichier adapté au contenu et au contexte de visualisation de chaque image ?',
  '5.2':
    'Le service numérique propose-t-il des images dont le niveau de compression est adapté au contenu et au contexte de visualisation ?',
  '5.3':
    'Le service numérique utilise-t-il, pour chaque vidéo, une définition adaptée au contenu et au contexte de visualisation ?',
  '5.4':
    'Le service numérique propose-t-il des vidéos dont le mode de compression est efficace et adapté au contenu et au contexte de visualisation ?',
  '5.7':
    'Le service numérique utilise-t-il un format de fichier adapté au contenu et au contexte d’utilisation pour chaque document ?',
  '6.1': 'Le service numérique s’astreint-il à un poids maximum et une limite de requête par écran ?',
  '6.2':
    'Le service numérique utilise-t-il des mécanismes de mise en cache pour la totalité des contenus transférés dont il a le contrôle ?',
  '6.3':
    'Le service numérique a-t-il mis en place des techniques de compression pour les ressources transférées dont il a le contrôle ?',
  '6.4':
    'Le service numérique affiche-t-il majoritairement des images dont les dimensions d’origine correspondent aux dimensions du contexte d’affichage ?',
  '6.5':
    'Le service numérique évite-t-il de déclencher le chargement de ressources et de contenus inutilisés pour chaque fonctionnalité ?',
  '6.7':
    'Le service numérique héberge-t-il toutes les ressources statiques transférées dont il est l’émetteur sur un même domaine ?',
  '8.5':
    'Le service numérique utilise-t-il un hébergement dont l’origine de consommation d’électricité est documentée et majoritairement d’origine renouvelable ?',
};

/** Every RGESN 2024 criterion number (78). */
export const RGESN_2024_NUMBERS: readonly string[] = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '2.7',
  '2.8',
  '2.9',
  '2.10',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
  '4.8',
  '4.9',
  '4.10',
  '4.11',
  '4.12',
  '4.13',
  '4.14',
  '4.15',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '5.7',
  '5.8',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '8.6',
  '8.7',
  '8.8',
  '8.9',
  '8.10',
  '9.1',
  '9.2',
  '9.3',
  '9.4',
  '9.5',
  '9.6',
  '9.7',
];
