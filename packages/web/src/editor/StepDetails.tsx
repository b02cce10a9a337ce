import { blueprintLanes, type Journey, type JourneyCommand, type Step } from '@waymark/core';
import { AddItemForm } from './AddItemForm';
import { AddPainPointForm } from './AddPainPointForm';
import { ChannelIcon } from './ChannelPicker';
import { addGain, addTouchpoint, setMomentOfTruth } from './cellIntents';
import { addPainPoint, setEmotion } from './intents';
import { LinesEditor } from './LinesEditor';
import { MomentOfTruthField } from './MomentOfTruthField';
import { StepEmotions } from './StepEmotions';

/** The blueprint lanes as the panel heads them (render's lane labels), and one item's name. */
const blueprintWords: Readonly<Record<(typeof blueprintLanes)[number], readonly [string, string]>> = {
  frontstage: ['Frontstage', 'Frontstage action'],
  backstage: ['Backstage', 'Backstage action'],
  support: ['Support processes', 'Support process'],
  systems: ['Systems', 'System'],
  physical: ['Physical evidence', 'Piece of evidence'],
};

interface StepDetailsProps {
  readonly journey: Journey;
  readonly step: Step;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
  readonly onSelect: (id: string) => void;
}

/** Everything in a step's column: moment of truth, emotions, touchpoints, thoughts, findings, blueprint. */
export function StepDetails({ journey, step, readOnly, edit, onSelect }: StepDetailsProps) {
  const fields = step as unknown as Readonly<Record<string, unknown>>;
  const pains = journey.painPoints.filter((pain) => pain.at === step.id);
  const gains = journey.gains.filter((gain) => gain.at === step.id);
  return (
    <>
      <MomentOfTruthField
        reason={step.momentOfTruth?.reason}
        readOnly={readOnly}
        onChange={(reason) => edit(setMomentOfTruth(journey, step.id, fields, reason))}
      />
      <StepEmotions
        journey={journey}
        step={step}
        readOnly={readOnly}
        onScore={(persona, score) => edit(setEmotion(journey, step.id, persona, score))}
      />
      <section className="panel-section" aria-label="Touchpoints">
        <h3>Touchpoints</h3>
        <ElementLinks
          items={step.touchpoints.map((t) => ({ id: t.id, label: t.name ?? t.channel, channel: t.channel }))}
          onSelect={onSelect}
        />
        {!readOnly && (
          <AddItemForm
            label="Add a touchpoint"
            placeholder="A channel (email, store…) or a name"
            onAdd={(text) => edit(addTouchpoint(journey, step.id, text))}
          />
        )}
      </section>
      <LinesEditor
        journey={journey}
        step={step.id}
        list="thoughts"
        title="Thoughts"
        noun="Thought"
        readOnly={readOnly}
        edit={edit}
      />
      <section className="panel-section" aria-label="Pain points here">
        <h3>Pain points here</h3>
        <ElementLinks
          items={pains.map((p) => ({ id: p.id, label: p.title, badge: p.severity }))}
          onSelect={onSelect}
        />
      </section>
      {!readOnly && (
        <AddPainPointForm onAdd={(title, severity) => edit(addPainPoint(step.id, title, severity))} />
      )}
      <section className="panel-section" aria-label="Gains here">
        <h3>Gains here</h3>
        <ElementLinks items={gains.map((g) => ({ id: g.id, label: g.title }))} onSelect={onSelect} />
        {!readOnly && <AddItemForm label="Add a gain" onAdd={(text) => edit(addGain(step.id, text))} />}
      </section>
      {blueprintLanes.map((lane) => (
        <LinesEditor
          key={lane}
          journey={journey}
          step={step.id}
          list={lane}
          title={blueprintWords[lane][0]}
          noun={blueprintWords[lane][1]}
          readOnly={readOnly}
          edit={edit}
        />
      ))}
    </>
  );
}

/** Elements listed in a panel section; each selects its element (and opens its details). */
export function ElementLinks({
  items,
  onSelect,
}: {
  items: readonly { id: string; label: string; channel?: string; badge?: number }[];
  onSelect: (id: string) => void;
}) {
  if (items.length === 0) return <p className="muted">None yet.</p>;
  return (
    <ul className="plain-list element-links">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
            {item.channel !== undefined && <ChannelIcon channel={item.channel} />}
            {item.badge !== undefined && (
              <>
                <span className="severity" title="Severity">
                  {item.badge}
                </span>
                <span className="visually-hidden">severity, </span>
              </>
            )}
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
