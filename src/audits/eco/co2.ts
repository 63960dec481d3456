// CO2 per page view from the bytes on the wire, with the Sustainable Web Design model v4 of @tgwf/co2
// (https://developers.thegreenwebfoundation.org/co2js/models/). Pure: no green-hosting lookup (that would be a
// network call), so hosting counts as grey, and every figure carries its model and library version.

import { co2 } from '@tgwf/co2';
import type { Co2Estimate } from '../../core/result.js';

/** The installed @tgwf/co2 version (package.json pins it; a unit test checks the two agree). */
export const CO2_LIBRARY_VERSION = '0.19.0';
export const CO2_MODEL_VERSION = 4;
export const CO2_LABEL = `Sustainable Web Design v${CO2_MODEL_VERSION} (@tgwf/co2 ${CO2_LIBRARY_VERSION})`;

const swd = new co2({ model: 'swd', version: CO2_MODEL_VERSION, rating: true });

/**
 * Grams CO2e of one view of a page that transfers `bytes`, as a first visit (SWD v4's perVisit with its
 * defaults: every byte loaded, grey hosting, global grid intensity 494 g/kWh, 0.3 kWh/GB over data centre,
 * network and device, operational and embodied), so 148.2 g per GB (10⁹ bytes).
 */
export function co2PerView(bytes: number): Co2Estimate {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`CO2: invalid byte count ${bytes}`);
  const result = swd.perVisit(bytes, false);
  const total = typeof result === 'number' ? result : result.total;
  const rating = typeof result === 'number' ? 'A+' : result.rating;
  return {
    grams: Math.round(total * 1000) / 1000,
    rating,
    model: 'sustainable-web-design',
    modelVersion: CO2_MODEL_VERSION,
    library: '@tgwf/co2',
    libraryVersion: CO2_LIBRARY_VERSION,
    greenHosting: false,
    label: CO2_LABEL,
  };
}
