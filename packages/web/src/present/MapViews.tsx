import type { Journey, JourneyCommand } from '@waymark/core';
import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { RouteLink } from '../ui/RouteLink';
import { MapTable } from './MapTable';

interface MapViewsProps {
  readonly workspace: string;
  readonly journeyId: string;
  readonly journey: Journey | undefined;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** The editor toolbar's other views of the map: the table (edits every cell by keyboard) and the presentation. */
export function MapViews({ workspace, journeyId, journey, readOnly, edit }: MapViewsProps) {
  const [table, setTable] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button ghost"
        aria-pressed={table}
        disabled={journey === undefined}
        onClick={() => setTable(true)}
      >
        Table
      </button>
      <RouteLink to={{ screen: 'present', workspace, journey: journeyId }} className="button ghost">
        Present
      </RouteLink>
      {table && journey && (
        <Dialog title="The map as a table" onClose={() => setTable(false)} wide>
          <MapTable journey={journey} {...(readOnly ? {} : { edit })} />
        </Dialog>
      )}
    </>
  );
}
