/** A channel where customers meet the company. `icon` names a glyph in render's icon set. */
export interface Channel {
  readonly id: string;
  readonly label: string;
  readonly online: boolean;
  readonly aliases: readonly string[];
}

/** The known channels. Any other word is accepted as a channel too (lint notes it). */
export const channels: readonly Channel[] = [
  { id: 'web', label: 'Web', online: true, aliases: ['website', 'site', 'online', 'browser'] },
  { id: 'app', label: 'App', online: true, aliases: ['mobile app', 'mobile', 'ios', 'android'] },
  { id: 'email', label: 'Email', online: true, aliases: ['e-mail', 'newsletter'] },
  { id: 'sms', label: 'SMS', online: true, aliases: ['text message', 'text'] },
  { id: 'chat', label: 'Chat', online: true, aliases: ['live chat', 'chatbot', 'messenger', 'whatsapp'] },
  { id: 'social', label: 'Social media', online: true, aliases: ['social media', 'instagram', 'facebook'] },
  { id: 'ads', label: 'Ads', online: true, aliases: ['ad', 'advertising', 'advert', 'search ads'] },
  {
    id: 'phone',
    label: 'Phone',
    online: false,
    aliases: ['call', 'call centre', 'call center', 'telephone'],
  },
  { id: 'store', label: 'Store', online: false, aliases: ['shop', 'branch', 'retail store'] },
  { id: 'in-person', label: 'In person', online: false, aliases: ['in person', 'face to face', 'visit'] },
  {
    id: 'word-of-mouth',
    label: 'Word of mouth',
    online: false,
    aliases: ['word of mouth', 'friends', 'referral'],
  },
  { id: 'mail', label: 'Mail', online: false, aliases: ['letter', 'post', 'direct mail'] },
  { id: 'delivery', label: 'Delivery', online: false, aliases: ['parcel', 'courier', 'shipping'] },
  { id: 'product', label: 'Product', online: false, aliases: ['device', 'packaging'] },
  { id: 'event', label: 'Event', online: false, aliases: ['workshop', 'conference', 'fair'] },
  { id: 'kiosk', label: 'Kiosk', online: false, aliases: ['atm', 'self-service terminal'] },
  { id: 'partner', label: 'Partner', online: false, aliases: ['reseller', 'agent'] },
  { id: 'other', label: 'Other', online: false, aliases: [] },
];

const byName = new Map<string, Channel>();
for (const channel of channels) {
  byName.set(channel.id, channel);
  for (const alias of channel.aliases) byName.set(alias, channel);
}

/** The known channel a word names (its id or an alias, any case), if any. */
export function findChannel(word: string): Channel | undefined {
  return byName.get(word.trim().toLowerCase());
}

/** Whether a touchpoint on this channel is online, unless the touchpoint says otherwise. */
export function isOnlineChannel(channel: string): boolean {
  return findChannel(channel)?.online ?? false;
}
