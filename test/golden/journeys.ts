// Hand-built journeys for the renderer's tests, golden files and visual checks.
import { Journey, type JourneyInput } from '@waymark/core';

/** The smallest useful map: one persona, one stage, one step. */
export function tinyJourney(): Journey {
  return Journey.parse({
    id: 'tiny',
    title: 'Tiny journey',
    personas: [{ id: 'p', name: 'Pat' }],
    stages: [
      { id: 's1', name: 'Buy', steps: [{ id: 'a', name: 'Buys a coffee', emotions: { p: { score: 1 } } }] },
    ],
  } satisfies JourneyInput);
}

/** A rich map with every lane: 6 stages, 3 personas (one with a CJK name), long texts, a path and a loop. */
export function richJourney(): Journey {
  const input: JourneyInput = {
    id: 'winter-jacket-rich',
    title:
      'Buying a winter jacket online — first-time buyers, from the first cold morning to the second purchase',
    objective:
      'Find why first-time buyers compare prices elsewhere and how to win the order before they leave the product page',
    description: 'Synthesised from 14 interviews, the 2026 Q3 survey (n = 1,240) and web analytics.',
    state: 'current',
    status: 'in-review',
    owner: 'CX team · Maria Jensen',
    version: '2.3',
    tags: ['retail', 'e-commerce'],
    review: { cadence: 'quarterly', lastReviewed: '2026-10-01' },
    personas: [
      { id: 'shopper', name: 'Budget shopper', segment: 'Price-driven, first purchase', share: 0.55 },
      {
        id: 'loyal',
        name: 'Returning customer',
        segment: 'Bought twice in the last year',
        share: 0.3,
        avatar: 'RC',
      },
      { id: 'li', name: '李明 (Li Ming)', segment: 'Student, shops on mobile', share: 0.15 },
    ],
    stages: [
      {
        id: 'awareness',
        name: 'Awareness',
        description: 'The first cold week of the season',
        steps: [
          {
            id: 'feels-cold',
            name: 'Feels the cold and decides to buy a new jacket',
            touchpoints: [
              { id: 'wom', channel: 'word-of-mouth', name: 'Friends at work' },
              {
                id: 'insta',
                channel: 'social',
                name: 'Instagram ad for the Arctic parka',
                department: 'Marketing',
              },
            ],
            emotions: {
              shopper: { score: 0 },
              loyal: { score: 1 },
              li: { score: 0.5, thoughts: ['这件外套看起来很暖和，但是价格合适吗？'] },
            },
            thoughts: ['My old jacket will not survive another winter.'],
            blueprint: { backstage: ['Campaign targeting by weather region'], systems: ['Meta Ads Manager'] },
          },
        ],
      },
      {
        id: 'consideration',
        name: 'Consideration',
        steps: [
          {
            id: 'searches',
            name: 'Searches the shop and finds jackets at $400–500',
            description: 'Uses filters for size and warmth rating; reads two reviews.',
            touchpoints: [
              { id: 'search', channel: 'web', name: 'Product search and filters', department: 'E-commerce' },
            ],
            emotions: { shopper: { score: 1 }, loyal: { score: 1.5 }, li: { score: 1 } },
            thoughts: ['Nice, but is it cheaper elsewhere?'],
            blueprint: {
              frontstage: ['Search results with filters and review stars'],
              systems: ['Algolia search', 'Product information management (PIM)'],
            },
          },
          {
            id: 'compares',
            name: 'Compares prices on other sites',
            touchpoints: [
              {
                id: 'comparison',
                channel: 'web',
                name: 'Price comparison sites',
                online: true,
                evidence: 'assumed',
              },
            ],
            emotions: {
              shopper: { score: -1.5, evidence: 'measured' },
              loyal: { score: 0 },
              li: { score: -1 },
            },
            thoughts: ['Forty dollars less at the outlet — but do they ship in time?'],
            evidence: 'observed',
          },
        ],
      },
      {
        id: 'purchase',
        name: 'Purchase',
        description: 'Checkout and payment',
        steps: [
          {
            id: 'orders',
            name: 'Returns and orders the jacket for $400',
            momentOfTruth: {
              reason: 'Price and delivery date are clear at checkout — or the order is lost.',
            },
            touchpoints: [
              {
                id: 'checkout',
                channel: 'web',
                name: 'Checkout',
                department: 'E-commerce',
                momentOfTruth: { reason: 'Delivery promise shown next to the price' },
              },
              {
                id: 'confirmation',
                channel: 'email',
                name: 'Order confirmation',
                department: 'CRM',
                evidence: 'measured',
              },
            ],
            emotions: { shopper: { score: 1 }, loyal: { score: 2 }, li: { score: 1.5 } },
            blueprint: {
              frontstage: ['Checkout with saved addresses'],
              backstage: ['Fraud screening', 'Warehouse picks the order within 2 hours'],
              support: ['Payment provider settlement'],
              systems: ['Shopify Plus', 'Adyen', 'Warehouse management system'],
            },
            detail: 'journeys/checkout-detail.yaml',
          },
        ],
      },
      {
        id: 'delivery',
        name: 'Delivery',
        steps: [
          {
            id: 'waits',
            name: 'Waits for the parcel; tracking link shows "label created" for two days',
            touchpoints: [{ id: 'tracking', channel: 'sms', name: 'Tracking updates' }],
            emotions: { shopper: { score: -2 }, loyal: { score: -0.5 }, li: { score: -1 } },
            thoughts: ['Did they even send it? I need it for the trip on Friday.'],
            blueprint: {
              backstage: ['Carrier hand-over batch at 18:00'],
              support: ['Carrier API polling every 6 hours'],
              physical: ['SMS with tracking link'],
            },
          },
          {
            id: 'receives',
            name: 'Receives the parcel',
            touchpoints: [
              { id: 'parcel', channel: 'delivery', name: 'Courier delivery', department: 'Logistics' },
            ],
            emotions: { shopper: { score: 1 }, loyal: { score: 1 } },
            blueprint: {
              frontstage: ['Courier hands over the parcel'],
              physical: ['Recycled box with a thank-you card'],
            },
          },
        ],
      },
      {
        id: 'usage',
        name: 'Usage',
        steps: [
          {
            id: 'wears',
            name: 'Wears it; colour and texture match the photos',
            momentOfTruth: { reason: 'The product matches the promise.' },
            touchpoints: [{ id: 'product', channel: 'product', name: 'The jacket itself' }],
            emotions: { shopper: { score: 2 }, loyal: { score: 2 }, li: { score: 2 } },
            thoughts: ['Warm, light, and it looks exactly like the pictures.'],
            blueprint: { physical: ['Care label, spare buttons'] },
          },
        ],
      },
      {
        id: 'loyalty',
        name: 'Loyalty',
        loop: { to: 'consideration', reason: 'next season’s purchase' },
        steps: [
          {
            id: 'newsletter',
            name: 'Plans to buy the next clothes at the same shop',
            touchpoints: [
              {
                id: 'news',
                channel: 'email',
                name: 'Newsletter with a 10% returning-customer code',
                department: 'CRM',
              },
            ],
            emotions: { shopper: { score: 1 }, loyal: { score: 2 }, li: { score: 1 } },
          },
          {
            id: 'reviews',
            name: 'Writes a review',
            description:
              'Donaudampfschifffahrtsgesellschaftskapitänsmütze-level compound words must wrap, and so must https://shop.example.com/reviews/winter/arctic-parka-2026',
            touchpoints: [{ id: 'review-site', channel: 'Trustpilot' }],
            emotions: { loyal: { score: 1.5 } },
          },
        ],
      },
    ],
    paths: [
      {
        id: 'out-of-stock',
        name: 'Size out of stock',
        kind: 'unhappy',
        from: 'searches',
        rejoin: 'orders',
        share: 0.12,
        steps: [
          {
            id: 'notify',
            name: 'Signs up for a back-in-stock alert',
            touchpoints: [{ id: 'alert', channel: 'email', name: 'Back-in-stock alert' }],
            emotions: { shopper: { score: -1 }, loyal: { score: -0.5 } },
          },
          {
            id: 'alert-arrives',
            name: 'Alert arrives five days later',
            emotions: { shopper: { score: 0.5 } },
          },
        ],
      },
      {
        id: 'store-pickup',
        name: 'Picks up in store',
        kind: 'alternative',
        from: 'orders',
        description: 'Click and collect at one of 40 stores',
        steps: [
          {
            id: 'collects',
            name: 'Collects the jacket at the store desk',
            touchpoints: [{ id: 'desk', channel: 'store', name: 'Service desk' }],
          },
        ],
      },
    ],
    insights: [
      { id: 'survey-q3', text: '38% compared prices before ordering', source: 'survey', date: '2026-09-15' },
    ],
    painPoints: [
      {
        id: 'price-unclear',
        title: 'Cannot tell if the price is fair',
        at: 'compares',
        severity: 4,
        reach: 0.38,
        personas: ['shopper', 'li'],
        evidence: 'measured',
        insights: ['survey-q3'],
      },
      {
        id: 'tracking-silent',
        title: 'Tracking shows no progress for two days',
        description: 'Carrier scans only at the hub; 1 in 5 tickets asks “where is my order?”',
        at: 'tracking',
        severity: 5,
        reach: 0.22,
        personas: ['shopper'],
      },
      {
        id: 'sizes',
        title: 'Size guide differs from the brand’s own chart',
        severity: 2,
        evidence: 'assumed',
      },
      { id: 'alert-slow', title: 'Back-in-stock alert comes too late', at: 'notify', severity: 3 },
    ],
    gains: [
      { id: 'photos-true', title: 'Photos match the product', at: 'wears', severity: 4, reach: 0.8 },
      {
        id: 'fast-checkout',
        title: 'Saved address makes checkout quick',
        at: 'orders',
        severity: 3,
        personas: ['loyal'],
      },
    ],
    opportunities: [
      {
        id: 'price-match',
        title: 'Show a price-match promise next to the price',
        addresses: ['price-unclear'],
        impact: 4,
        effort: 2,
        confidence: 0.7,
        status: 'planned',
        owner: 'Head of E-commerce',
      },
      {
        id: 'proactive-tracking',
        title: 'Proactive delivery updates from the warehouse, not the carrier',
        addresses: ['tracking-silent'],
        impact: 5,
        effort: 3,
        confidence: 0.6,
        status: 'validated',
        owner: 'Logistics lead',
      },
      {
        id: 'size-chart',
        title: 'One size chart per brand',
        addresses: ['sizes'],
        impact: 2,
        effort: 1,
        status: 'idea',
      },
    ],
    actions: [
      {
        id: 'a1',
        title: 'Design the price-match badge',
        opportunity: 'price-match',
        owner: 'Anna (UX)',
        due: '2027-01-31',
        status: 'in-progress',
        kpi: { metric: 'conversion', change: 2 },
      },
      {
        id: 'a2',
        title: 'Legal review of the price-match terms',
        opportunity: 'price-match',
        owner: 'Legal',
        due: '2027-02-15',
        status: 'todo',
      },
      {
        id: 'a3',
        title: 'Send "packed" SMS from the WMS',
        opportunity: 'proactive-tracking',
        owner: 'Ops',
        department: 'Logistics',
        due: '2027-03-01',
        status: 'blocked',
      },
    ],
    metrics: [
      {
        id: 'conversion',
        name: 'Checkout conversion',
        kind: 'conversion',
        at: 'purchase',
        unit: '%',
        baseline: 2.1,
        target: 3,
        measurements: [
          { date: '2026-07-01', value: 2.1 },
          { date: '2026-10-01', value: 2.4 },
        ],
        evidence: 'measured',
      },
      {
        id: 'wismo',
        name: '“Where is my order?” tickets',
        kind: 'custom',
        at: 'tracking',
        unit: 'per 1,000 orders',
        direction: 'down',
        baseline: 180,
        target: 60,
        measurements: [{ date: '2026-09-01', value: 192 }],
      },
      {
        id: 'nps',
        name: 'Net Promoter Score',
        kind: 'nps',
        baseline: 21,
        target: 35,
        measurements: [
          { date: '2026-06-30', value: 21 },
          { date: '2026-09-30', value: 26 },
        ],
      },
      {
        id: 'csat-delivery',
        name: 'Delivery CSAT',
        kind: 'csat',
        at: 'delivery',
        unit: '/5',
        baseline: 3.9,
        target: 4.4,
      },
    ],
  };
  return Journey.parse(input);
}

/** A journey whose every text is hostile: markup, quotes, ampersands. */
export function hostileJourney(): Journey {
  const nasty = '<script>alert(1)</script> & "quotes" \'single\'';
  return Journey.parse({
    id: 'hostile',
    title: `<script>alert(1)</script>`,
    objective: nasty,
    personas: [{ id: 'x', name: nasty }],
    stages: [
      {
        id: 's',
        name: nasty,
        steps: [
          {
            id: 't',
            name: nasty,
            thoughts: [nasty],
            touchpoints: [{ id: 'tp', channel: '<img src=x onerror=alert(1)>', name: nasty }],
            emotions: { x: { score: -2, thoughts: [nasty] } },
          },
        ],
      },
    ],
    painPoints: [{ id: 'p', title: nasty, at: 't' }],
  } satisfies JourneyInput);
}

/** A map of `stages` × `steps`, each step with `touchpoints` touchpoints and every lane filled. */
export function largeJourney(stages = 10, steps = 10, touchpoints = 10, personas = 3): Journey {
  const personaIds = Array.from({ length: personas }, (_, i) => `persona-${i + 1}`);
  return Journey.parse({
    id: 'large',
    title: `Large map: ${stages} stages × ${steps} steps × ${touchpoints} touchpoints`,
    objective: 'Measure the renderer on a big map',
    personas: personaIds.map((id, i) => ({ id, name: `Persona ${i + 1}`, share: 1 / personas })),
    stages: Array.from({ length: stages }, (_, s) => ({
      id: `stage-${s + 1}`,
      name: `Stage ${s + 1}`,
      steps: Array.from({ length: steps }, (_, t) => ({
        id: `step-${s + 1}-${t + 1}`,
        name: `Step ${s + 1}.${t + 1}: the customer does something worth a sentence`,
        touchpoints: Array.from({ length: touchpoints }, (_, k) => ({
          id: `tp-${s + 1}-${t + 1}-${k + 1}`,
          channel: ['web', 'app', 'email', 'phone', 'store'][k % 5] ?? 'web',
          name: `Touchpoint ${k + 1}`,
          department: 'Operations',
        })),
        emotions: Object.fromEntries(
          personaIds.map((id, i) => [id, { score: ((s + t + i) % 5) - 2, thoughts: ['A thought'] }]),
        ),
        thoughts: ['What happens next?'],
        blueprint: {
          frontstage: ['Agent answers'],
          backstage: ['Ticket triage'],
          support: ['Knowledge base'],
          systems: ['CRM'],
          physical: ['Receipt'],
        },
      })),
    })),
    painPoints: Array.from({ length: stages }, (_, s) => ({
      id: `pain-${s + 1}`,
      title: 'Waiting too long',
      at: `step-${s + 1}-1`,
      severity: 4,
    })),
    gains: Array.from({ length: stages }, (_, s) => ({
      id: `gain-${s + 1}`,
      title: 'Friendly staff',
      at: `step-${s + 1}-2`,
    })),
    opportunities: Array.from({ length: stages }, (_, s) => ({
      id: `opp-${s + 1}`,
      title: 'Cut the wait',
      addresses: [`pain-${s + 1}`],
    })),
    actions: Array.from({ length: stages }, (_, s) => ({
      id: `act-${s + 1}`,
      title: 'Add staff at peak',
      opportunity: `opp-${s + 1}`,
      owner: 'Ops',
    })),
    metrics: Array.from({ length: stages }, (_, s) => ({
      id: `metric-${s + 1}`,
      name: 'CSAT',
      kind: 'csat',
      at: `stage-${s + 1}`,
      baseline: 3.8,
      target: 4.3,
      measurements: [{ date: '2026-09-01', value: 4 }],
    })),
    paths: [
      {
        id: 'detour',
        name: 'Detour',
        kind: 'exception',
        from: 'step-2-3',
        rejoin: 'step-3-1',
        steps: [{ id: 'detour-1', name: 'Calls support' }],
      },
    ],
  } satisfies JourneyInput);
}

/**
 * Four step columns and an alternative path that branches after 2.1 and would run past the last
 * column; findings on the path's steps, and journey-wide ones.
 */
export function detourJourney(): Journey {
  const pain = (id: string, at: string | undefined, title: string) => ({
    id,
    title,
    ...(at ? { at } : {}),
    severity: 3,
    description: 'Customers say so in interviews and in the support tickets of the last quarter.',
  });
  return Journey.parse({
    id: 'detour',
    title: 'Returning a parcel',
    personas: [{ id: 'p', name: 'Pat' }],
    stages: [
      {
        id: 's1',
        name: 'Order',
        steps: [
          { id: 'a', name: 'Orders a lamp' },
          { id: 'b', name: 'Pays' },
        ],
      },
      {
        id: 's2',
        name: 'Delivery',
        steps: [
          { id: 'c', name: 'Receives the lamp' },
          { id: 'd', name: 'Uses it' },
        ],
      },
    ],
    paths: [
      {
        id: 'broken',
        name: 'Arrives broken',
        kind: 'unhappy',
        from: 'c',
        rejoin: 'd',
        steps: [
          {
            id: 'x1',
            name: 'Reports the damage',
            touchpoints: [{ id: 'x1-chat', channel: 'chat', name: 'help chat' }],
          },
          { id: 'x2', name: 'Gets a replacement' },
        ],
      },
    ],
    painPoints: [
      pain('slow-pay', 'a', 'Payment page is slow'),
      pain('card-fails', 'a', 'Card is declined without a reason'),
      pain('no-voucher', 'a', 'The voucher field is hidden'),
      pain('chat-bot', 'x1-chat', 'The chat bot cannot take photos of the damage'),
      pain('vague', undefined, 'Nobody knows whom to ask'),
    ],
    gains: [{ id: 'quick-swap', title: 'The replacement comes the next day', at: 'x2' }],
    opportunities: [
      { id: 'photo-upload', title: 'Photo upload in the chat', addresses: ['chat-bot'] },
      { id: 'one-contact', title: 'One named contact', addresses: ['vague'] },
    ],
  } satisfies JourneyInput);
}
