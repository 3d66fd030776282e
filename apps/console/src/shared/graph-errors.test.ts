import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldPath, formErrors, graphProblems, rowProblems } from './graph-errors';

const failed = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

describe('graph errors on a form (字段错误)', () => {
  it('puts a BAD_USER_INPUT under the field it names, and other errors above the form', () => {
    const error = failed([
      { message: 'The amount must be more than zero.', extensions: { code: 'BAD_USER_INPUT', field: 'lines.0.amount' } },
      { message: 'Filing a claim needs STAFF at this school.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(formErrors(error, ['lines', 'reason'])).toEqual({
      fields: [{ name: ['lines', 0, 'amount'], errors: ['The amount must be more than zero.'] }],
      general: ['Filing a claim needs STAFF at this school.'],
    });
  });

  it('spreads the violations of one error over their fields', () => {
    const error = failed([
      {
        message: 'Two fields are wrong.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'name',
          violations: [
            { field: 'name', message: 'Give a name.' },
            { field: 'phone', message: 'Not a phone number.' },
          ],
        },
      },
    ]);
    expect(formErrors(error, ['name', 'phone']).fields.map((f) => f.name)).toEqual([['name'], ['phone']]);
  });

  it('does not lose an error whose field the form lacks', () => {
    const error = failed([{ message: 'Unknown school.', extensions: { code: 'BAD_USER_INPUT', field: 'schoolId' } }]);
    expect(formErrors(error, ['name'])).toEqual({ fields: [], general: ['Unknown school.'] });
  });

  it('reads the rows of a refused bulk import', () => {
    const error = failed([
      {
        message: '2 rows are bad.',
        extensions: { code: 'BAD_USER_INPUT', field: 'rows.1.name', rowErrors: [{ row: 1, field: 'name', message: 'Give a name.' }] },
      },
    ]);
    expect(rowProblems(error)).toEqual([{ row: 1, field: 'name', message: 'Give a name.' }]);
  });

  it('reports a network failure as one problem', () => {
    expect(graphProblems(new Error('Failed to fetch'))).toEqual([{ message: 'Failed to fetch', code: 'NETWORK' }]);
    expect(fieldPath('rows.12.amount')).toEqual(['rows', 12, 'amount']);
  });
});
