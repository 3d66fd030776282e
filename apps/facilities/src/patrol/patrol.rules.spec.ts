import type { GraphQLError } from 'graphql';
import { checkCheckpoints, checkWindow, inWindow, isOutOfOrder, patrolResult } from './patrol.rules';

const fieldOf = (act: () => void): string | undefined => {
  try {
    act();
  } catch (error) {
    return ((error as GraphQLError).extensions as { field?: string }).field;
  }
  return undefined;
};

describe('patrols (巡视)', () => {
  it('a route has 2 to 50 distinct rooms and a window that ends after it starts', () => {
    expect(checkCheckpoints(['a', 'b', 'c'])).toEqual([
      { order: 1, roomId: 'a' },
      { order: 2, roomId: 'b' },
      { order: 3, roomId: 'c' },
    ]);
    expect(fieldOf(() => checkCheckpoints(['a']))).toBe('roomIds');
    expect(fieldOf(() => checkCheckpoints(['a', 'b', 'a']))).toBe('roomIds.2');
    expect(fieldOf(() => checkWindow('21:00', '22:00'))).toBeUndefined();
    expect(fieldOf(() => checkWindow('22:00', '21:00'))).toBe('windowEnd');
    expect(fieldOf(() => checkWindow('9:00', '10:00'))).toBe('windowStart');
    expect(inWindow('21:30', '21:00', '22:00')).toBe(true);
    expect(inWindow('20:59', '21:00', '22:00')).toBe(false);
  });

  it('a checkpoint scanned after a later one is out of order; one never scanned is missed', () => {
    expect(isOutOfOrder(2, [1, 3])).toBe(true);
    expect(isOutOfOrder(3, [1, 2])).toBe(false);
    expect(isOutOfOrder(null, [5])).toBe(false);
    const route = [1, 2, 3, 4].map((order) => ({ order, roomId: `r${order}` }));
    expect(
      patrolResult(route, [
        { checkpointOrder: 1, outOfOrder: false },
        { checkpointOrder: 3, outOfOrder: false },
        { checkpointOrder: 2, outOfOrder: true },
        { checkpointOrder: null, outOfOrder: false },
      ]),
    ).toEqual({ scanned: 3, missed: 1, outOfOrder: 1, missedOrders: [4] });
  });
});
