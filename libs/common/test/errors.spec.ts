import { badInput, INTERNAL_MESSAGE, maskError, notFound } from '../src';

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
