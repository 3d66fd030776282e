import { join } from 'node:path';
import { mutationsWithoutPermission } from '@houqin/testing';
import { P } from '../src/permissions';

describe('the safety permission table', () => {
  it('has a rule for every mutation of the schema', () => {
    expect(mutationsWithoutPermission(join(__dirname, '..', 'schema.graphql'), P)).toEqual([]);
  });
});
