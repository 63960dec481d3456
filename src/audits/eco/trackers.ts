// Hosts of audience measurement, advertising and behaviour tracking services met on French public sites, and the
// official share-button scripts of social networks (GreenIT-Analysis SocialNetworkButton's list). A host matches
// a pattern when it is the pattern or one of its subdomains.

export const TRACKER_HOSTS: readonly string[] = [
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googlesyndication.com',
  'googleadservices.com',
  'connect.facebook.net',
  'facebook.com',
  'hotjar.com',
  'hotjar.io',
  'clarity.ms',
  'xiti.com',
  'ati-host.net',
  'aticdn.net',
  'smartadserver.com',
  'criteo.com',
  'criteo.net',
  'taboola.com',
  'outbrain.com',
  'adnxs.com',
  'scorecardresearch.com',
  'quantserve.com',
  'px.ads.linkedin.com',
  'snap.licdn.com',
  'analytics.twitter.com',
  'static.ads-twitter.com',
  'analytics.tiktok.com',
  'mc.yandex.ru',
  'bat.bing.com',
  'matomo.cloud',
  'mouseflow.com',
  'crazyegg.com',
  'contentsquare.net',
  'abtasty.com',
  'kameleoon.eu',
  'eulerian.net',
  'adobedtm.com',
  'omtrdc.net',
  'demdex.net',
  'segment.io',
  'cdn.segment.com',
  'mixpanel.com',
  'amplitude.com',
];

export const SHARE_BUTTON_SCRIPTS: readonly RegExp[] = [
  /^https?:\/\/platform\.twitter\.com\/widgets\.js/i,
  /^https?:\/\/platform\.linkedin\.com\/in\.js/i,
  /^https?:\/\/assets\.pinterest\.com\/js\/pinit(_main)?\.js/i,
  /^https?:\/\/connect\.facebook\.net\/[^/]+\/(all|sdk)\.js/i,
  /sharethis\.com\/.*\.js/i,
  /addthis_widget\.js/i,
  /static\.addtoany\.com\/menu\/page\.js/i,
];

export function trackerOf(host: string): string | null {
  const lower = host.toLowerCase();
  return TRACKER_HOSTS.find((pattern) => lower === pattern || lower.endsWith(`.${pattern}`)) ?? null;
}
