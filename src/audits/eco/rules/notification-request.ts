// Notification or push permission asked without the user asking (RGESN 4.13): the visit never clicks, so any
// request recorded during it came from the page itself.

import { defineEcoRule, type EcoTarget, ecoCantTell, ecoFailed, ecoPassed } from '../../../core/eco-rule.js';
import { pageTarget } from '../inputs.js';

export default defineEcoRule<EcoTarget, 'eco'>({
  id: 'notification-request',
  version: 1,
  title: 'Autorisation de notifications demandée sans action de l’utilisateur',
  description:
    'Cible la page. La visite ne clique ni ne tape rien : un appel à Notification.requestPermission() ou PushManager.subscribe() enregistré pendant la visite vient de la page elle-même, et échoue (RGESN 4.13 : limiter les notifications, les laisser à l’initiative de l’utilisateur). Sinon la page passe. Les instantanés antérieurs à cet enregistrement sont « à vérifier ». Pas d’économie chiffrée.',
  rgesn: ['4.13'],
  practices: [],
  requires: ['eco'],
  applicability: (inputs) => [pageTarget(inputs)],
  expectation: (_, { eco }) => {
    if (!eco.more)
      return ecoCantTell('Les demandes de notifications n’ont pas été relevées sur cet instantané.');
    if (eco.more.permissionRequests.length > 0)
      return ecoFailed(
        `La page demande d’elle-même l’autorisation d’envoyer des notifications (${eco.more.permissionRequests[0]}) : ne la demander qu’à la suite d’une action explicite de l’utilisateur.`,
      );
    return ecoPassed();
  },
});
