import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { actionInputs, actionState, openCount } from './action-items';

describe('action items (落实事项)', () => {
  it('are done, overdue or open on a day', () => {
    expect(actionState({ doneAt: '2026-11-20T02:00:00Z', deadline: '2026-11-19' }, '2026-12-04')).toBe('DONE');
    expect(actionState({ doneAt: null, deadline: '2026-12-03' }, '2026-12-04')).toBe('OVERDUE');
    expect(actionState({ doneAt: null, deadline: '2026-12-04' }, '2026-12-04')).toBe('OPEN');
    expect(openCount([{ doneAt: null }, { doneAt: 'x' }, {}])).toBe(2);
  });

  it('leave empty form rows out and keep half-filled ones for the graph to refuse by field', () => {
    expect(
      actionInputs(
        [
          { description: ' 疏通排水口 ', ownerStaffId: 's1', deadline: dayjs('2026-12-10') },
          { description: '', ownerStaffId: undefined },
          { description: '张贴警示', ownerStaffId: undefined, kind: 'PREVENTIVE' },
        ],
        'CORRECTIVE',
      ),
    ).toEqual([
      { description: '疏通排水口', ownerStaffId: 's1', deadline: '2026-12-10', kind: 'CORRECTIVE' },
      { description: '张贴警示', ownerStaffId: '', deadline: '', kind: 'PREVENTIVE' },
    ]);
  });
});
