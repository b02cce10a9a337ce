import type { Journey } from '@waymark/core';
import { parseJourney } from '@waymark/core';

/**
 * A small journey for the analytics tests: three stages, four steps on the main path, events
 * named `<step>_*`, and two personas by segment.
 */
export const smallJourneyYaml = `journey: Small shop
personas:
  shopper: { name: Shopper, segments: [budget, "budget-*"] }
  loyal: { name: Loyal, segment: member }
stages:
  - Discover:
      - Visits:
          events: [visit]
          touchpoints: [web: home page]
  - Buy:
      - Adds to cart:
          touchpoints:
            - web: { name: cart, events: ["cart_*"] }
      - Pays:
          touchpoints:
            - web: { name: checkout, events: ["/^pay_(card|paypal)$/"] }
  - Use:
      - Uses it:
          events: [use]
signals:
  - { at: uses-it, events: [app_open], channel: app }
`;

/** The small journey, parsed. */
export function smallJourney(): Journey {
  const result = parseJourney(smallJourneyYaml, { fileName: 'small.yaml' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.journey;
}
