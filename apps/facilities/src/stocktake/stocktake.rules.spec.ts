import { AssetStocktakeDifferenceKind as K, AssetStocktakeScope as S } from './stocktake.entity';
import {
  acceptedDifferences,
  codeKey,
  prepareCodes,
  roomInScope,
  scopeProblem,
  scopesOverlap,
  stocktakeDifferences,
} from './stocktake.rules';

describe('asset stocktake rules', () => {
  describe('scopes', () => {
    it('a CAMPUS stocktake names its campus and no room; a ROOM one its room only; a SCHOOL one neither', () => {
      expect(scopeProblem({ scope: S.SCHOOL })).toBeNull();
      expect(scopeProblem({ scope: S.SCHOOL, campusId: 'c' })?.field).toBe('campusId');
      expect(scopeProblem({ scope: S.SCHOOL, roomId: 'r' })?.field).toBe('roomId');
      expect(scopeProblem({ scope: S.CAMPUS, campusId: 'c' })).toBeNull();
      expect(scopeProblem({ scope: S.CAMPUS })?.field).toBe('campusId');
      expect(scopeProblem({ scope: S.CAMPUS, campusId: 'c', roomId: 'r' })?.field).toBe('roomId');
      expect(scopeProblem({ scope: S.ROOM, roomId: 'r' })).toBeNull();
      expect(scopeProblem({ scope: S.ROOM })?.field).toBe('roomId');
      expect(scopeProblem({ scope: S.ROOM, roomId: 'r', campusId: 'c' })?.field).toBe('campusId');
    });

    it('a room is in a school scope, in the scope of its campus, and in its own room scope only', () => {
      const room = { id: 'r302', campusId: 'east' };
      expect(roomInScope({ scope: S.SCHOOL, campusId: null, roomId: null }, room)).toBe(true);
      expect(roomInScope({ scope: S.CAMPUS, campusId: 'east', roomId: null }, room)).toBe(true);
      expect(roomInScope({ scope: S.CAMPUS, campusId: 'west', roomId: null }, room)).toBe(false);
      expect(roomInScope({ scope: S.ROOM, campusId: 'east', roomId: 'r302' }, room)).toBe(true);
      expect(roomInScope({ scope: S.ROOM, campusId: 'east', roomId: 'r305' }, room)).toBe(false);
    });

    it('two running stocktakes overlap when some room would be counted by both', () => {
      const school = { scope: S.SCHOOL, campusId: null, roomId: null };
      const east = { scope: S.CAMPUS, campusId: 'east', roomId: null };
      const west = { scope: S.CAMPUS, campusId: 'west', roomId: null };
      const r302 = { scope: S.ROOM, campusId: 'east', roomId: 'r302' };
      const r305 = { scope: S.ROOM, campusId: 'east', roomId: 'r305' };
      expect(scopesOverlap(school, r302)).toBe(true);
      expect(scopesOverlap(east, east)).toBe(true);
      expect(scopesOverlap(east, west)).toBe(false);
      expect(scopesOverlap(east, r302)).toBe(true);
      expect(scopesOverlap(r302, west)).toBe(false);
      expect(scopesOverlap(r302, r302)).toBe(true);
      expect(scopesOverlap(r302, r305)).toBe(false);
    });
  });

  describe('codes', () => {
    it('are compared trimmed, upper-cased and NFKC-normalised (full-width characters from a Chinese keyboard)', () => {
      expect(codeKey('  zc-001 ')).toBe('ZC-001');
      expect(codeKey('ＺＣ－００１')).toBe('ZC-001');
    });

    it('a call keeps each code once, sorted; an empty or over-long one is a problem at its index', () => {
      expect(prepareCodes(['zc-2', 'ZC-1', ' zc-2 ', 'ZC-1'])).toEqual({ codes: ['ZC-1', 'ZC-2'], problems: [] });
      expect(prepareCodes(['ZC-1', '  ', 'x'.repeat(65)]).problems.map((p) => p.index)).toEqual([1, 2]);
    });
  });

  describe('differences', () => {
    const expected = [
      { assetId: 'a1', tagNumber: 'ZC-001', roomId: 'r302' },
      { assetId: 'a2', tagNumber: 'ZC-002', roomId: 'r302' },
      { assetId: 'a3', tagNumber: 'ZC-003', roomId: 'r302' },
      { assetId: 'a4', tagNumber: 'ZC-004', roomId: 'r302' },
    ];
    const register = [
      ...expected.map((e) => ({ ...e, disposed: false })),
      { assetId: 'p1', tagNumber: 'ZC-100', roomId: 'r305', disposed: false },
      { assetId: 'old', tagNumber: 'ZC-900', roomId: 'r302', disposed: true },
      { assetId: 'new', tagNumber: 'ZC-200', roomId: 'r302', disposed: false },
    ];

    it('room 302: 3 of 4 found, a projector of room 305 found there, an unknown tag: one of each difference', () => {
      const scans = [
        { code: 'ZC-001', roomId: 'r302' },
        { code: 'ZC-002', roomId: 'r302' },
        { code: 'ZC-003', roomId: 'r302' },
        { code: 'ZC-100', roomId: 'r302' },
        { code: 'XX-999', roomId: 'r302' },
      ];
      const { differences, summary } = stocktakeDifferences(expected, scans, register);
      expect(differences).toEqual([
        { kind: K.MISSING, code: 'ZC-004', assetId: 'a4', expectedRoomId: 'r302', scannedRoomId: null },
        { kind: K.WRONG_ROOM, code: 'ZC-100', assetId: 'p1', expectedRoomId: 'r305', scannedRoomId: 'r302' },
        { kind: K.UNREGISTERED, code: 'XX-999', assetId: null, expectedRoomId: null, scannedRoomId: 'r302' },
      ]);
      expect(summary).toEqual({ expected: 4, scanned: 5, found: 3, missing: 1, wrongRoom: 1, unregistered: 1 });
    });

    it('an expected asset scanned in another room is found and WRONG_ROOM against its room at opening', () => {
      const { differences, summary } = stocktakeDifferences(expected.slice(0, 1), [{ code: 'zc-001', roomId: 'r305' }], register);
      expect(differences).toEqual([{ kind: K.WRONG_ROOM, code: 'ZC-001', assetId: 'a1', expectedRoomId: 'r302', scannedRoomId: 'r305' }]);
      expect(summary).toMatchObject({ expected: 1, found: 1, missing: 0, wrongRoom: 1 });
    });

    it('a disposed asset’s tag is UNREGISTERED (with its asset); an asset registered in the room after opening is no difference', () => {
      const { differences } = stocktakeDifferences(
        [],
        [
          { code: 'ZC-900', roomId: 'r302' },
          { code: 'ZC-200', roomId: 'r302' },
        ],
        register,
      );
      expect(differences).toEqual([{ kind: K.UNREGISTERED, code: 'ZC-900', assetId: 'old', expectedRoomId: null, scannedRoomId: 'r302' }]);
    });

    it('nothing scanned: every expected asset is missing; everything in its place: no difference', () => {
      expect(stocktakeDifferences(expected, [], register).summary).toMatchObject({ found: 0, missing: 4 });
      const all = expected.map((e) => ({ code: e.tagNumber, roomId: e.roomId }));
      expect(stocktakeDifferences(expected, all, register)).toEqual({
        differences: [],
        summary: { expected: 4, scanned: 4, found: 4, missing: 0, wrongRoom: 0, unregistered: 0 },
      });
    });
  });

  describe('approval', () => {
    it('accepts every difference by default, or exactly those listed; an unknown id is a problem at its index', () => {
      expect([...acceptedDifferences(['d1', 'd2'], null).accepted]).toEqual(['d1', 'd2']);
      expect([...acceptedDifferences(['d1', 'd2'], ['D2']).accepted]).toEqual(['d2']);
      expect([...acceptedDifferences(['d1', 'd2'], []).accepted]).toEqual([]);
      expect(acceptedDifferences(['d1'], ['d1', 'zz']).problem?.index).toBe(1);
    });
  });
});
