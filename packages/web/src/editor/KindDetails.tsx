// The editors a kind needs beyond its plain fields: a touchpoint's channel, online and moment of
// truth; what an opportunity addresses and its actions; an action's opportunity; a stage's steps
// and metrics; a persona's goals, needs, frustrations and behaviours; a metric's measurements.
import { isOnlineChannel, type Journey, type JourneyCommand } from '@waymark/core';
import { useId } from 'react';
import { AddItemForm } from './AddItemForm';
import { ChannelPicker } from './ChannelPicker';
import { addAction, addMetric, setMomentOfTruth, updateFields } from './cellIntents';
import type { FoundElement } from './findElement';
import { addStep } from './intents';
import { MeasurementsEditor } from './MeasurementsEditor';
import { MomentOfTruthField } from './MomentOfTruthField';
import { personaLines, personaLists, setPersonaList } from './personaLists';
import { ElementLinks } from './StepDetails';
import { TextListEditor } from './TextListEditor';
import { withAddedLine, withLine, withoutLine } from './textLists';

interface KindDetailsProps {
  readonly journey: Journey;
  readonly element: FoundElement;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
  readonly onSelect: (id: string) => void;
}

export function KindDetails(props: KindDetailsProps) {
  switch (props.element.kind) {
    case 'touchpoint':
      return <TouchpointDetails {...props} />;
    case 'opportunity':
      return <OpportunityDetails {...props} />;
    case 'action':
      return <ActionDetails {...props} />;
    case 'stage':
      return <StageDetails {...props} />;
    case 'persona':
      return <PersonaDetails {...props} />;
    case 'metric':
      return <MetricDetails {...props} />;
    default:
      return null;
  }
}

function TouchpointDetails({ journey, element, readOnly, edit }: KindDetailsProps) {
  const { fields, id } = element;
  const onlineId = useId();
  const channel = String(fields.channel ?? 'other');
  const online = typeof fields.online === 'boolean' ? (fields.online ? 'online' : 'offline') : 'channel';
  const reason = (fields.momentOfTruth as { reason?: string } | undefined)?.reason;
  return (
    <>
      <ChannelPicker
        channel={channel}
        readOnly={readOnly}
        onPick={(picked) => edit(updateFields(journey, id, fields, { channel: picked }))}
      />
      <div className="field">
        <label htmlFor={onlineId}>Online or offline</label>
        <select
          id={onlineId}
          value={online}
          disabled={readOnly}
          onChange={(event) => {
            const value = event.currentTarget.value;
            edit(
              updateFields(journey, id, fields, { online: value === 'channel' ? null : value === 'online' }),
            );
          }}
        >
          <option value="channel">As the channel ({isOnlineChannel(channel) ? 'online' : 'offline'})</option>
          <option value="online">Online</option>
          <option value="offline">Offline</option>
        </select>
      </div>
      <MomentOfTruthField
        reason={reason}
        readOnly={readOnly}
        onChange={(text) => edit(setMomentOfTruth(journey, id, fields, text))}
      />
    </>
  );
}

function OpportunityDetails({ journey, element, readOnly, edit, onSelect }: KindDetailsProps) {
  const { fields, id } = element;
  const addresses = Array.isArray(fields.addresses) ? (fields.addresses as string[]) : [];
  const actions = journey.actions.filter((action) => action.opportunity === id);
  return (
    <>
      <fieldset className="panel-section">
        <legend>Addresses these pain points</legend>
        {journey.painPoints.length === 0 && <p className="muted">The map has no pain points yet.</p>}
        {journey.painPoints.map((pain) => (
          <label key={pain.id} className="check-row">
            <input
              type="checkbox"
              checked={addresses.includes(pain.id)}
              disabled={readOnly}
              onChange={(event) => {
                const next = event.currentTarget.checked
                  ? [...addresses, pain.id]
                  : addresses.filter((other) => other !== pain.id);
                edit(updateFields(journey, id, fields, { addresses: next }));
              }}
            />
            {pain.title}
          </label>
        ))}
      </fieldset>
      <section className="panel-section" aria-label="Actions">
        <h3>Actions</h3>
        <ElementLinks items={actions.map((a) => ({ id: a.id, label: a.title }))} onSelect={onSelect} />
        {!readOnly && <AddItemForm label="Add an action" onAdd={(text) => edit(addAction(id, text))} />}
      </section>
    </>
  );
}

function ActionDetails({ journey, element, readOnly, edit }: KindDetailsProps) {
  const { fields, id } = element;
  const selectId = useId();
  return (
    <div className="field">
      <label htmlFor={selectId}>For the opportunity</label>
      <select
        id={selectId}
        value={typeof fields.opportunity === 'string' ? fields.opportunity : ''}
        disabled={readOnly}
        onChange={(event) =>
          edit(updateFields(journey, id, fields, { opportunity: event.currentTarget.value || null }))
        }
      >
        <option value="">None</option>
        {journey.opportunities.map((opportunity) => (
          <option key={opportunity.id} value={opportunity.id}>
            {opportunity.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function StageDetails({ journey, element, readOnly, edit, onSelect }: KindDetailsProps) {
  const stage = journey.stages.find((s) => s.id === element.id);
  const metrics = journey.metrics.filter((metric) => metric.at === element.id);
  return (
    <>
      <section className="panel-section" aria-label="Steps">
        <h3>Steps</h3>
        <ElementLinks
          items={(stage?.steps ?? []).map((s) => ({ id: s.id, label: s.name }))}
          onSelect={onSelect}
        />
        {!readOnly && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => edit(addStep(journey, element.id))}
          >
            Add a step to this stage
          </button>
        )}
      </section>
      <section className="panel-section" aria-label="Metrics of this stage">
        <h3>Metrics</h3>
        <ElementLinks items={metrics.map((m) => ({ id: m.id, label: m.name }))} onSelect={onSelect} />
        {!readOnly && (
          <AddItemForm label="Add a metric" onAdd={(text) => edit(addMetric(text, element.id))} />
        )}
      </section>
    </>
  );
}

function PersonaDetails({ journey, element, readOnly, edit }: KindDetailsProps) {
  const persona = element.id;
  return (
    <>
      {personaLists.map(({ key, title, noun }) => {
        const lines = personaLines(journey, persona, key);
        const set = (next: readonly string[] | undefined) =>
          edit(setPersonaList(journey, persona, key, next));
        return (
          <TextListEditor
            key={key}
            lines={lines}
            title={title}
            noun={noun}
            readOnly={readOnly}
            onEdit={(index, text) => set(withLine(lines, index, text))}
            onAdd={(text) => set(withAddedLine(lines, text))}
            onRemove={(index) => set(withoutLine(lines, index))}
          />
        );
      })}
    </>
  );
}

function MetricDetails({ journey, element, readOnly, edit }: KindDetailsProps) {
  const metric = journey.metrics.find((m) => m.id === element.id);
  if (metric === undefined) return null;
  return (
    <MeasurementsEditor
      journey={journey}
      metric={metric.id}
      measurements={metric.measurements}
      readOnly={readOnly}
      edit={edit}
    />
  );
}
