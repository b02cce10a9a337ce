// Render's scene as React SVG elements: the same drawing `renderSvg` writes as text, so the editor
// shows exactly the map that exports show. Text is React text (escaped); nothing is parsed as markup.
// Groups that draw a journey element carry data-id and are focusable buttons; the canvas handles
// their clicks, keys and drags by delegation, so this stays a pure drawing.
// On a big map only the cards in the drawn tiles (drawnTiles.ts) have their text and icons; the
// others are their shapes, with their name and focus, until their tile is drawn.
import type { GroupItem, SceneItem, TextItem } from '@waymark/render';
import { createContext, memo, type ReactNode, useContext, useMemo } from 'react';
import { isDrawn, type TileKey } from './drawnTiles';
import type { MapCard } from './sceneIndex';

/** The tiles drawn in full; undefined: all of them. */
const DrawnTiles = createContext<ReadonlySet<TileKey> | undefined>(undefined);

/** Each card's number in the editor's card list (data-card) and its readable name. */
type CardNumbers = ReadonlyMap<GroupItem, { readonly n: number; readonly label: string }>;

const laneWords: Readonly<Record<string, string>> = {
  thoughts: 'Thought',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support process',
  systems: 'System',
  physical: 'Physical evidence',
};

function strokeProps(item: { stroke?: string; strokeWidth?: number; dash?: readonly number[] }) {
  if (!item.stroke) return {};
  return {
    stroke: item.stroke,
    strokeWidth: item.strokeWidth ?? 1,
    ...(item.dash && item.dash.length > 0 ? { strokeDasharray: item.dash.join(' ') } : {}),
  };
}

function Text({ item }: { item: TextItem }) {
  const props = {
    x: item.x,
    y: item.y,
    fontSize: item.size,
    fontWeight: item.weight,
    fill: item.fill,
    ...(item.anchor === 'start' ? {} : { textAnchor: item.anchor }),
    ...(item.italic ? { fontStyle: 'italic' } : {}),
  };
  if (item.lines.length === 1) return <text {...props}>{item.lines[0]}</text>;
  return (
    <text {...props}>
      {item.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <tspan key={i} x={item.x} dy={i > 0 ? item.lineHeight : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Group({
  item,
  interactive,
  numbers,
  inPending,
}: {
  item: GroupItem;
  interactive: boolean;
  numbers: CardNumbers;
  /** Inside a card that is not drawn yet. */
  inPending: boolean;
}) {
  const { transform } = item;
  const focusable = interactive && item.dataId !== undefined && !item.className.includes('wm-emotion');
  const card = numbers.get(item);
  const drawn = useContext(DrawnTiles);
  // A card out of the drawn tiles keeps its shapes, name and focus; its text and icons wait.
  const pending =
    inPending ||
    (drawn !== undefined && item.cell !== undefined && item.box !== undefined && !isDrawn(drawn, item.box));
  return (
    <g
      className={item.className}
      data-id={item.dataId}
      data-card={card?.n}
      data-pending={pending ? '' : undefined}
      transform={transform ? `translate(${transform.x} ${transform.y}) scale(${transform.scale})` : undefined}
      {...(focusable
        ? { tabIndex: 0, role: 'button', 'aria-label': item.title ?? card?.label ?? item.dataId }
        : {})}
    >
      {item.title && <title>{item.title}</title>}
      <Items
        items={pending ? shapesOf(item.children) : item.children}
        interactive={interactive && !focusable}
        numbers={numbers}
        inPending={pending}
      />
    </g>
  );
}

/**
 * What a card not drawn yet shows: its background (its first rect) and the elements inside it (so
 * they keep their names and focus), without text, icons or marks.
 */
const shapes = new WeakMap<readonly SceneItem[], readonly SceneItem[]>();
function shapesOf(children: readonly SceneItem[]): readonly SceneItem[] {
  let found = shapes.get(children);
  if (found === undefined) {
    const background = children.find((child) => child.kind === 'rect');
    found = children.filter(
      (child) => child === background || (child.kind === 'group' && child.dataId !== undefined),
    );
    shapes.set(children, found);
  }
  return found;
}

function Item({
  item,
  interactive,
  numbers,
  inPending,
}: {
  item: SceneItem;
  interactive: boolean;
  numbers: CardNumbers;
  inPending: boolean;
}): ReactNode {
  switch (item.kind) {
    case 'rect':
      return (
        <rect
          x={item.x}
          y={item.y}
          width={item.width}
          height={item.height}
          rx={item.radius}
          fill={item.fill ?? 'none'}
          fillOpacity={item.fillOpacity}
          {...strokeProps(item)}
        />
      );
    case 'line':
      return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} {...strokeProps(item)} />;
    case 'path':
      return (
        <path
          d={item.d}
          fill={item.fill ?? 'none'}
          fillOpacity={item.fillOpacity}
          strokeLinecap={item.lineCap}
          strokeLinejoin={item.lineJoin}
          {...strokeProps(item)}
        />
      );
    case 'circle':
      return (
        <circle cx={item.cx} cy={item.cy} r={item.r} fill={item.fill ?? 'none'} {...strokeProps(item)} />
      );
    case 'text':
      return <Text item={item} />;
    case 'group':
      return <Group item={item} interactive={interactive} numbers={numbers} inPending={inPending} />;
    default:
      return null;
  }
}

/** Memoised: when more tiles are drawn, only the cards (which read DrawnTiles) render again. */
const Items = memo(function Items({
  items,
  interactive,
  numbers,
  inPending = false,
}: {
  items: readonly SceneItem[];
  interactive: boolean;
  numbers: CardNumbers;
  inPending?: boolean;
}): ReactNode {
  return items.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the scene is positional and rebuilt as a whole
    <Item key={i} item={item} interactive={interactive} numbers={numbers} inPending={inPending} />
  ));
});

/**
 * The scene's items; re-rendered only when the scene changes (not on selection or zoom). Each of
 * `cards` carries its number (data-card) so a click or key on it finds what it draws. With `drawn`,
 * only the cards in those tiles are drawn in full (the others wait, data-pending); without, all are.
 */
export const SceneSvg = memo(function SceneSvg({
  items,
  cards = [],
  drawn,
}: {
  items: readonly SceneItem[];
  cards?: readonly MapCard[];
  drawn?: ReadonlySet<TileKey> | undefined;
}) {
  const numbers = useMemo<CardNumbers>(
    () =>
      new Map(
        cards.map((card, n) => {
          const word = laneWords[card.lane];
          return [card.group, { n, label: word ? `${word}: ${card.text}` : card.text }];
        }),
      ),
    [cards],
  );
  return (
    <DrawnTiles.Provider value={drawn}>
      <Items items={items} interactive numbers={numbers} />
    </DrawnTiles.Provider>
  );
});
