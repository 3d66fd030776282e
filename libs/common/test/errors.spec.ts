import { buildSchema, graphql } from 'graphql';
import { badInput, INTERNAL_MESSAGE, maskError, notFound, rowErrorsFrom, rowErrorsInput } from '../src';

describe('error masking', () => {
  it('passes public codes with their field', () => {
    const error = badInput('name', 'name must not be empty');
    expect(maskError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } })).toEqual({
      message: 'name must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', violations: [{ field: 'name', message: 'name must not be empty' }] },
    });
    expect(maskError({ message: notFound('School', 'x').message, extensions: { code: 'NOT_FOUND' } }).extensions?.code).toBe('NOT_FOUND');
  });

  it('hides everything else, SQL included', () => {
    const masked = maskError({
      message: "ER_NO_SUCH_TABLE: Table 'houqin_directory.school' doesn't exist",
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: SELECT * FROM school'] },
    });
    expect(masked).toEqual({ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL' }, locations: undefined, path: undefined });
    expect(JSON.stringify(masked)).not.toMatch(/school|SELECT/i);
    expect(maskError({ message: 'boom' }).extensions?.code).toBe('INTERNAL');
  });
});

describe('row errors of a bulk input', () => {
  it('reports every bad row in one BAD_USER_INPUT, first path as the field', () => {
    const error = rowErrorsInput([
      { row: 7, field: 'phone', message: 'phone must be 5 to 20 digits' },
      { row: 3, field: 'name', message: 'name must not be empty' },
      { row: 7, field: 'employeeNumber', message: 'duplicate' },
    ]);
    expect(error.message).toMatch(/^2 rows are bad \(3 errors\); nothing was written/);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rows.3.name',
      rowErrors: [
        { row: 3, field: 'name', message: 'name must not be empty' },
        { row: 7, field: 'phone', message: 'phone must be 5 to 20 digits' },
        { row: 7, field: 'employeeNumber', message: 'duplicate' },
      ],
      violations: [
        { field: 'rows.3.name', message: 'name must not be empty' },
        { field: 'rows.7.phone', message: 'phone must be 5 to 20 digits' },
        { field: 'rows.7.employeeNumber', message: 'duplicate' },
      ],
    });
    expect(rowErrorsInput([{ row: 0, field: 'code', message: 'bad' }], 'suppliers').extensions.field).toBe('suppliers.0.code');
    expect(() => rowErrorsInput([])).toThrow();
  });

  it('turns one row’s BAD_USER_INPUT into its row errors and rethrows anything else', () => {
    expect(rowErrorsFrom(2, badInput('name', 'too long'))).toEqual([{ row: 2, field: 'name', message: 'too long' }]);
    const many = badInput('phone', 'bad input', [
      { field: 'phone', message: 'bad phone' },
      { field: 'name', message: 'bad name' },
    ]);
    expect(rowErrorsFrom(4, many)).toEqual([
      { row: 4, field: 'phone', message: 'bad phone' },
      { row: 4, field: 'name', message: 'bad name' },
    ]);
    const other = notFound('School', 'x');
    expect(() => rowErrorsFrom(0, other)).toThrow(other);
  });
});

describe('the field of a variable that GraphQL itself refused', () => {
  const schema = buildSchema(`
    input LineInput { itemId: ID!, quantity: Int! }
    input JobInput { pages: Int!, copies: Int!, lines: [LineInput!] }
    type Query { ok: Boolean }
    type Mutation { record(input: JobInput!): Boolean, find(id: ID!, first: Int): Boolean }
  `);
  /** What a client sees for a request GraphQL refuses before any resolver runs. */
  async function refusal(source: string, variableValues: Record<string, unknown>) {
    const result = await graphql({ schema, source, variableValues });
    const [error] = result.errors ?? [];
    return maskError({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }).extensions;
  }
  const RECORD = 'mutation($input: JobInput!) { record(input: $input) }';

  it('names a fractional page count, a line of a list, a missing and an unknown field as the services do', async () => {
    expect(await refusal(RECORD, { input: { pages: 2.5, copies: 1 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pages' });
    expect(
      await refusal(RECORD, {
        input: {
          pages: 1,
          copies: 1,
          lines: [
            { itemId: 'a', quantity: 1 },
            { itemId: 'b', quantity: 'x' },
          ],
        },
      }),
    ).toMatchObject({ field: 'lines.1.quantity' });
    expect(await refusal(RECORD, { input: { pages: 1 } })).toMatchObject({ field: 'copies' });
    expect(await refusal(RECORD, { input: { pages: 1, copies: 1, colour: true } })).toMatchObject({ field: 'colour' });
  });

  it('names a variable that is not an input by its own name', async () => {
    const FIND = 'mutation($id: ID!, $first: Int) { find(id: $id, first: $first) }';
    expect(await refusal(FIND, { first: 1 })).toMatchObject({ field: 'id' });
    expect(await refusal(FIND, { id: 'x', first: 1.5 })).toMatchObject({ field: 'first' });
  });

  it('leaves a field the service named, and messages that are no coercion error, alone', () => {
    expect(maskError({ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } }).extensions).toMatchObject({
      field: 'amount',
    });
    expect(maskError({ message: 'Something else', extensions: { code: 'BAD_USER_INPUT' } }).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
