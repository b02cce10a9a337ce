import type { Journey } from '@waymark/core';
import { useMemo, useState } from 'react';
import { mapTable, type TableEntry } from './mapTable';

interface MapTableProps {
  readonly journey: Journey;
  /** Renames a stage or step; absent for a read-only table. */
  readonly onRename?: (id: string, name: string, current: string) => void;
}

/** The map as a real table: stages as columns, lanes as rows; stage and step names renamable by keyboard. */
export function MapTable({ journey, onRename }: MapTableProps) {
  const table = useMemo(() => mapTable(journey), [journey]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls; keyboard users must reach it
    <section className="map-table-scroll" tabIndex={0} aria-label={`Table of ${journey.title}`}>
      <table className="map-table">
        <caption>
          {journey.title}: {table.stages.length} {table.stages.length === 1 ? 'stage' : 'stages'}, lane by
          lane
        </caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            {table.stages.map((stage) => (
              <th key={stage.id} scope="col">
                <Entry entry={{ text: stage.name, id: stage.id }} onRename={onRename} what="stage" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.lane}>
              <th scope="row">{row.lane}</th>
              {row.cells.map((cell, index) => (
                <td key={table.stages[index]?.id ?? index}>
                  {cell.length === 0 ? (
                    <span className="visually-hidden">Nothing</span>
                  ) : (
                    <ul>
                      {cell.map((entry, at) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: entries are positional and may repeat
                        <li key={at}>
                          <Entry entry={entry} onRename={onRename} what="step" />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface EntryProps {
  readonly entry: TableEntry;
  readonly onRename: MapTableProps['onRename'];
  readonly what: string;
}

/** An entry's text; for a renamable one, a Rename button that turns it into a field (Enter saves, Escape cancels). */
function Entry({ entry, onRename, what }: EntryProps) {
  const [editing, setEditing] = useState(false);
  const { id, text } = entry;
  if (onRename === undefined || id === undefined) return <>{text}</>;
  if (editing)
    return (
      <input
        className="map-table-rename"
        aria-label={`New name of the ${what} ${text}`}
        defaultValue={text}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the button just pressed; focus must follow
        autoFocus
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            onRename(id, event.currentTarget.value, text);
            setEditing(false);
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            setEditing(false);
          }
        }}
        onBlur={() => setEditing(false)}
      />
    );
  return (
    <span className="map-table-entry">
      {text}
      <button
        type="button"
        className="button ghost small"
        aria-label={`Rename the ${what} ${text}`}
        onClick={() => setEditing(true)}
      >
        Rename
      </button>
    </span>
  );
}
