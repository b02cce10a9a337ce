/**
 * The journey `waymark init` writes without --template: valid, short, and a skeleton of the
 * classic seven stages with one step each, so that every part of the format is visible once.
 * The title is JSON-quoted, which is also a valid YAML string whatever the file name held.
 */
export function blankJourney(title: string): string {
  return `# yaml-language-server: $schema=./journey.schema.json
# A Waymark journey map. The format is described in docs/format.md.
# Editor completion and checks: run \`waymark schema -o journey.schema.json\` next to this file.
# Check it with \`waymark lint <file>\`; draw it with \`waymark render <file> -o map.svg\`.
title: ${JSON.stringify(title)}
objective: Why this map exists, and what decision it should help the team make
status: draft
personas:
  customer:
    name: Customer
    description: Who travels this journey; add a persona per segment that behaves differently
stages:
  - Awareness:
      - Learns that we exist:
          touchpoints: [word of mouth]
          emotions: { customer: 0 }
  - Consideration:
      - Compares us with the alternatives:
          touchpoints: ["web: product pages"]
          thoughts: Is it worth the price?
          emotions: { customer: 0 }
  - Purchase:
      - Buys:
          touchpoints: ["web: checkout"]
          emotions: { customer: 1 }
  - Onboarding:
      - Gets started:
          touchpoints: ["email: welcome"]
          emotions: { customer: 1 }
  - Usage:
      - Uses the product:
          touchpoints: [app]
          emotions: { customer: 1 }
  - Support:
      - Asks for help:
          touchpoints: [phone]
          emotions: { customer: -1 }
  - Loyalty:
      - Comes back or recommends us:
          touchpoints: ["email: newsletter"]
          emotions: { customer: 1 }
`;
}
