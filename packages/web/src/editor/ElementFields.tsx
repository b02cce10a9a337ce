import type { ElementKind, Journey, JourneyCommand } from '@waymark/core';
import { useId, useState } from 'react';
import { CommitField } from './CommitField';
import { updateFields } from './cellIntents';
import { type FieldSpec, fieldText, kindFields, parseField } from './kindFields';

interface ElementFieldsProps {
  readonly journey: Journey;
  readonly id: string;
  readonly kind: ElementKind;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** The kind's plain fields (kindFields.ts): each commits one update when it changes. */
export function ElementFields({ journey, id, kind, fields, readOnly, edit }: ElementFieldsProps) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const commit = (spec: FieldSpec, raw: string) => {
    const parsed = parseField(spec, raw);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(undefined);
    edit(updateFields(journey, id, fields, { [spec.key]: parsed.value }));
  };
  return (
    <>
      {kindFields[kind].map((spec) =>
        spec.type === 'choice' ? (
          <ChoiceField
            key={`${id}:${spec.key}`}
            spec={spec}
            value={fieldText(fields[spec.key])}
            readOnly={readOnly}
            onChange={(value) => commit(spec, value)}
          />
        ) : (
          <CommitField
            key={`${id}:${spec.key}`}
            label={spec.label}
            value={fieldText(fields[spec.key])}
            readOnly={readOnly}
            multiline={spec.type === 'multiline'}
            type={spec.type === 'multiline' ? 'text' : spec.type}
            allowBlank={spec.type !== 'number' || spec.clearable !== false}
            onCommit={(text) => commit(spec, text)}
          />
        ),
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function ChoiceField({
  spec,
  value,
  readOnly,
  onChange,
}: {
  spec: Extract<FieldSpec, { type: 'choice' }>;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{spec.label}</label>
      <select
        id={id}
        value={value}
        disabled={readOnly}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {spec.options.map((option) => (
          <option key={option} value={option}>
            {option === '' ? '—' : option}
          </option>
        ))}
      </select>
    </div>
  );
}
