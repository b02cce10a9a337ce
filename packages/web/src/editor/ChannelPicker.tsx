import { channels, findChannel } from '@waymark/core';
import { channelIcon } from '@waymark/render';
import { useId } from 'react';
import { SceneSvg } from './SceneSvg';

/** A channel's icon as render draws it on the map, at 20 px. */
export function ChannelIcon({ channel }: { channel: string }) {
  return (
    <svg className="channel-icon" width={20} height={20} viewBox="0 0 20 20" aria-hidden="true">
      <SceneSvg items={[channelIcon(channel, 0, 0, 20, 'currentColor')]} />
    </svg>
  );
}

interface ChannelPickerProps {
  readonly channel: string;
  readonly readOnly: boolean;
  readonly onPick: (channel: string) => void;
}

/**
 * Core's channels as a group of radio buttons with render's icons (arrow keys move between them,
 * as in any radio group). A channel word core does not know shows as "other" with the word.
 */
export function ChannelPicker({ channel, readOnly, onPick }: ChannelPickerProps) {
  const name = useId();
  const current = findChannel(channel)?.id ?? 'other';
  return (
    <fieldset className="panel-section channel-picker">
      <legend>Channel</legend>
      {findChannel(channel) === undefined && <p className="muted">“{channel}” (not a known channel)</p>}
      <div className="channel-grid">
        {channels.map((option) => (
          <label key={option.id} className={`channel-option${option.id === current ? ' is-current' : ''}`}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={option.id === current}
              disabled={readOnly}
              onChange={() => onPick(option.id)}
            />
            <ChannelIcon channel={option.id} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
