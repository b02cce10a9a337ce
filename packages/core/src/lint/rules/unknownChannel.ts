import { findChannel } from '../../model/channels.js';
import { quoted, touchpointLabel } from '../elements.js';
import type { LintRule } from '../lintRule.js';

export const unknownChannel: LintRule = {
  id: 'unknown-channel',
  category: 'structure',
  severity: 'info',
  description:
    'A touchpoint uses a channel Waymark does not know, so it gets no icon and no online/offline default.',
  advice:
    'Use a known channel (web, app, email, sms, chat, social, ads, phone, store, in-person, word-of-mouth, mail, delivery, product, event, kiosk, partner, other) and put the detail in the touchpoint name, e.g. "web: comparison sites".',
  subjects: (_journey, context) => context.touchpoints.length,
  *check(_journey, context) {
    for (const { touchpoint, path, step } of context.touchpoints) {
      if (findChannel(touchpoint.channel) === undefined) {
        yield {
          message: `Touchpoint ${quoted(touchpointLabel(touchpoint))} at ${quoted(step.step.name)} uses the unknown channel ${quoted(touchpoint.channel)}.`,
          path: `${path}.channel`,
          elementId: touchpoint.id,
        };
      }
    }
  },
};
