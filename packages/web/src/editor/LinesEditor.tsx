import type { Journey, JourneyCommand } from '@waymark/core';
import { addLine, editLine, type LineList, linesOf, removeLine } from './cellIntents';
import { TextListEditor } from './TextListEditor';

interface LinesEditorProps {
  readonly journey: Journey;
  readonly step: string;
  readonly list: LineList;
  /** The heading: "Thoughts", "Backstage". */
  readonly title: string;
  /** One item's name, for labels: "Thought", "Backstage action". */
  readonly noun: string;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** A step's list of lines (thoughts, a blueprint lane): edit each in place, remove it, add one. */
export function LinesEditor({ journey, step, list, title, noun, readOnly, edit }: LinesEditorProps) {
  return (
    <TextListEditor
      lines={linesOf(journey, step, list) ?? []}
      title={title}
      noun={noun}
      readOnly={readOnly}
      onEdit={(index, text) => edit(editLine(journey, { list, step, index }, text))}
      onAdd={(text) => edit(addLine(journey, step, list, text))}
      onRemove={(index) => edit(removeLine(journey, { list, step, index }))}
    />
  );
}
