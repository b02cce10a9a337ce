import { applyCommands, findTemplate, type Journey, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { dropLanding, moveBy, moveOnto } from './moveIntents';

function retail(): Journey {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the retail template does not parse');
  return parsed.journey;
}

const journey = retail();
const ids = (j: Journey) => j.stages.map((stage) => `${stage.id}: ${stage.steps.map((s) => s.id).join(' ')}`);
function after(commands: ReturnType<typeof moveBy>['commands'], on = journey): Journey {
  const result = applyCommands(on, commands);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.journey;
}

describe('reordering by keyboard (Alt+arrows)', () => {
  it('moves a stage one place and says where it went', () => {
    const move = moveBy(journey, 'consideration', 'after');
    expect(move.announcement).toBe('Stage “Consideration” moved to place 3 of 6');
    expect(
      after(move.commands)
        .stages.map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['awareness', 'purchase', 'consideration']);
    expect(moveBy(journey, 'awareness', 'before').commands).toEqual([]);
    expect(moveBy(journey, 'loyalty', 'after').commands).toEqual([]);
  });

  it('moves a step within its stage, and past its stage’s end into the next stage', () => {
    expect(ids(after(moveBy(journey, 'search', 'after').commands))[1]).toBe(
      'consideration: size-guide search compare',
    );
    const across = moveBy(journey, 'compare', 'after');
    expect(across.commands).toEqual([{ op: 'move', id: 'compare', index: 0, parent: 'purchase' }]);
    expect(across.announcement).toBe('Step “Compares prices on other sites” moved to place 1 of Purchase');
    const back = after(moveBy(journey, 'search', 'before').commands);
    expect(ids(back)[0]).toBe(
      'awareness: feels-the-cold-decides-to-buy-a-jacket sees-the-winter-campaign-on-instagram search',
    );
    expect(moveBy(journey, 'feels-the-cold-decides-to-buy-a-jacket', 'before').commands).toEqual([]);
  });

  it('moves a touchpoint up and down in its step, and to the neighbouring step', () => {
    const [first, second] = journey.stages[0]!.steps[1]!.touchpoints;
    const down = after(moveBy(journey, first!.id, 'down').commands);
    expect(down.stages[0]!.steps[1]!.touchpoints.map((t) => t.id)).toEqual([second!.id, first!.id]);
    expect(moveBy(journey, second!.id, 'down').commands).toEqual([]);
    const next = after(moveBy(journey, second!.id, 'after').commands);
    expect(next.stages[1]!.steps[0]!.touchpoints[0]!.id).toBe(second!.id);
  });

  it('moves nothing that has no order on the map', () => {
    expect(moveBy(journey, journey.painPoints[0]!.id, 'after')).toEqual({ commands: [], announcement: '' });
    expect(moveBy(journey, 'search', 'up').commands).toEqual([]);
  });
});

describe('reordering the steps of an alternative path', () => {
  const pathSteps = (j: Journey) => j.paths[0]!.steps.map((s) => s.id);
  const [book, drop, receive] = pathSteps(journey);

  it('moves a path step one place by keyboard, within its path, and says so', () => {
    const move = moveBy(journey, drop!, 'before');
    expect(move.commands).toEqual([{ op: 'move', id: drop, index: 0 }]);
    expect(move.announcement).toBe(
      'Step “Drops the parcel at a Post Office counter” moved to place 1 of the path “Wrong size — exchange”',
    );
    expect(pathSteps(after(move.commands))).toEqual([drop, book, receive]);
    expect(pathSteps(after(moveBy(journey, book!, 'after').commands))).toEqual([drop, book, receive]);
  });

  it('never moves a path step off its path by keyboard', () => {
    expect(moveBy(journey, book!, 'before').commands).toEqual([]);
    expect(moveBy(journey, receive!, 'after').commands).toEqual([]);
  });

  it('drops a path step on another path step’s place, or at the end of its path', () => {
    expect(pathSteps(after(moveOnto(journey, receive!, book!).commands))).toEqual([receive, book, drop]);
    expect(pathSteps(after(moveOnto(journey, book!, 'wrong-size-exchange').commands))).toEqual([
      drop,
      receive,
      book,
    ]);
  });

  it('a main-path step dropped on a path step joins the path at its place', () => {
    const moved = after(moveOnto(journey, 'size-guide', drop!).commands);
    expect(pathSteps(moved)).toEqual([book, 'size-guide', drop, receive]);
  });
});

describe('reordering by drag and drop', () => {
  it('drops a stage on another stage’s place, a step on a step or at the end of a stage', () => {
    expect(after(moveOnto(journey, 'purchase', 'awareness').commands).stages[0]!.id).toBe('purchase');
    expect(ids(after(moveOnto(journey, 'pays', 'search').commands))[1]).toBe(
      'consideration: pays search size-guide compare',
    );
    expect(ids(after(moveOnto(journey, 'search', 'consideration').commands))[1]).toBe(
      'consideration: size-guide compare search',
    );
    expect(moveOnto(journey, 'search', 'search').commands).toEqual([]);
  });

  it('drops a touchpoint on a step (at its end) or on another touchpoint (at its place)', () => {
    const moved = journey.stages[0]!.steps[0]!.touchpoints[0]!.id;
    const onStep = after(moveOnto(journey, moved, 'search').commands);
    expect(onStep.stages[1]!.steps[0]!.touchpoints.at(-1)!.id).toBe(moved);
    const target = journey.stages[1]!.steps[0]!.touchpoints[0]!.id;
    const onTouchpoint = after(moveOnto(journey, moved, target).commands);
    expect(onTouchpoint.stages[1]!.steps[0]!.touchpoints[0]!.id).toBe(moved);
    expect(moveOnto(journey, moved, journey.painPoints[0]!.id).commands).toEqual([]);
  });
});

describe('where a dragged card would land (the insertion marker)', () => {
  it('before the card it takes the place of when coming from later, after it when coming from earlier', () => {
    expect(dropLanding(journey, 'compare', 'search')).toEqual({
      beside: 'search',
      side: 'before',
      axis: 'row',
    });
    expect(dropLanding(journey, 'search', 'compare')).toEqual({
      beside: 'compare',
      side: 'after',
      axis: 'row',
    });
    expect(dropLanding(journey, 'purchase', 'awareness')).toEqual({
      beside: 'awareness',
      side: 'before',
      axis: 'row',
    });
  });

  it('at the end of a stage a step is dropped on', () => {
    const last = journey.stages[2]!.steps.at(-1)!.id;
    expect(dropLanding(journey, 'search', journey.stages[2]!.id)).toEqual({
      beside: last,
      side: 'after',
      axis: 'row',
    });
  });

  it('touchpoints stack top to bottom; into an empty step, the step itself', () => {
    const moved = journey.stages[0]!.steps[0]!.touchpoints[0]!.id;
    const target = journey.stages[1]!.steps[0]!.touchpoints[0]!.id;
    expect(dropLanding(journey, moved, target)).toEqual({ beside: target, side: 'before', axis: 'column' });
    const bare = edited(journey);
    expect(dropLanding(bare, moved, 'search')).toEqual({ beside: 'search', side: 'inside', axis: 'column' });
  });

  it('nowhere when the drop would change nothing or cannot be made', () => {
    expect(dropLanding(journey, 'search', 'search')).toBeUndefined();
    expect(dropLanding(journey, 'search', journey.painPoints[0]!.id)).toBeUndefined();
  });
});

/** The journey with the search step's touchpoints removed (an empty step to drop into). */
function edited(j: Journey): Journey {
  const ids = j.stages[1]!.steps[0]!.touchpoints.map((t) => ({ op: 'remove' as const, id: t.id }));
  return after(ids, j);
}
