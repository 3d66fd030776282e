import { mutationsWithoutPermission } from '@houqin/testing';
import { sdlPath } from '../schema/supergraph';
import { SUBGRAPHS } from '../subgraphs';

describe('every subgraph', () => {
  it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))(
    '%s passes its permission table to the kit, with a rule for every mutation (its roles, anywhere, checked before validation)',
    (_name, entry) => {
      const { permissions } = entry.definition();
      expect(permissions).toBeDefined();
      expect(mutationsWithoutPermission(sdlPath(entry), permissions ?? {})).toEqual([]);
      // The gate refuses whoever holds no role of a mutation's rule, or of the rules it names in alsoUnder: those must exist.
      const table = permissions ?? {};
      const dangling = Object.values(table).flatMap((rule) => (rule.alsoUnder ?? []).filter((other) => !table[other]));
      expect(dangling).toEqual([]);
    },
  );
});
