import { mutationsWithoutPermission } from '@houqin/testing';
import { sdlPath } from '../schema/supergraph';
import { SUBGRAPHS } from '../subgraphs';

describe('every subgraph', () => {
  it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))(
    '%s passes its permission table to the kit, with a rule for every mutation (checked before validation)',
    (_name, entry) => {
      const { permissions } = entry.definition();
      expect(permissions).toBeDefined();
      expect(mutationsWithoutPermission(sdlPath(entry), permissions ?? {})).toEqual([]);
    },
  );
});
