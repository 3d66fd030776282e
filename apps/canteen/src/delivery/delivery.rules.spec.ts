import { StorageKind } from '../canteen/canteen.entity';
import {
  acceptedTotal,
  expiryOf,
  expiryRefusal,
  formatTemperature,
  lineTotalFen,
  needsSecondInspection,
  parseTemperature,
  ratePercent,
  requireDifferentInspector,
  requireFittingLocation,
  requireNotFuture,
  requirePrice,
  requireQuarantineCertificate,
  retainUntil,
  statusAfterRecording,
  temperatureRefusal,
  verdictOf,
} from './delivery.rules';

/** The field a BAD_USER_INPUT names, or 'none' when nothing was thrown. */
function fieldOf(work: () => unknown): string {
  try {
    work();
    return 'none';
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string; field?: string } }).extensions;
    expect(extensions?.code).toBe('BAD_USER_INPUT');
    return String(extensions?.field);
  }
}

const { DRY, CHILLED, FROZEN } = StorageKind;

describe('receiving inspection rules (进货查验)', () => {
  describe('temperature on arrival', () => {
    it('reads ℃ with one decimal into tenths, either minus sign', () => {
      expect(parseTemperature('4.5', 't')).toBe(45);
      expect(parseTemperature('-18', 't')).toBe(-180);
      expect(parseTemperature('−12.5', 't')).toBe(-125);
      expect(parseTemperature(' 0 ', 't')).toBe(0);
      expect(Object.is(parseTemperature('-0', 't'), 0)).toBe(true);
      expect(formatTemperature(-185)).toBe('−18.5 ℃');
      expect(formatTemperature(110)).toBe('11.0 ℃');
    });

    it.each(['4.55', 'four', '', '1e2', '4,5', '+4'])('refuses "%s", naming the field', (text) => {
      expect(fieldOf(() => parseTemperature(text, 'items.0.arrivalTemperature'))).toBe('items.0.arrivalTemperature');
    });

    it('refuses a reading no thermometer at the door gives', () => {
      expect(fieldOf(() => parseTemperature('80', 't'))).toBe('t');
      expect(fieldOf(() => parseTemperature('-60', 't'))).toBe('t');
    });

    it('chilled goods arrive at 0–8 ℃, both ends included', () => {
      expect(temperatureRefusal(CHILLED, 0, 't')).toBeNull();
      expect(temperatureRefusal(CHILLED, 80, 't')).toBeNull();
      expect(temperatureRefusal(CHILLED, 81, 't')).toBe('Arrived at 8.1 ℃; chilled goods (冷藏) must arrive at 0–8 ℃.');
      expect(temperatureRefusal(CHILLED, 110, 't')).toMatch(/11\.0 ℃/);
      expect(temperatureRefusal(CHILLED, -1, 't')).toMatch(/−0\.1 ℃/);
    });

    it('frozen goods arrive at −12 ℃ or colder', () => {
      expect(temperatureRefusal(FROZEN, -180, 't')).toBeNull();
      expect(temperatureRefusal(FROZEN, -120, 't')).toBeNull();
      expect(temperatureRefusal(FROZEN, -119, 't')).toBe('Arrived at −11.9 ℃; frozen goods (冷冻) must arrive at −12 ℃ or colder.');
    });

    it('dry goods are not measured; chilled and frozen ones must be', () => {
      expect(temperatureRefusal(DRY, null, 't')).toBeNull();
      expect(temperatureRefusal(DRY, 300, 't')).toBeNull();
      expect(fieldOf(() => temperatureRefusal(CHILLED, null, 'items.1.arrivalTemperature'))).toBe('items.1.arrivalTemperature');
      expect(fieldOf(() => temperatureRefusal(FROZEN, null, 'items.1.arrivalTemperature'))).toBe('items.1.arrivalTemperature');
    });
  });

  describe('expiry', () => {
    it('from the production date and the shelf life, the production day counting as the first', () => {
      expect(expiryOf({ productionDate: '2026-09-01', shelfLifeDays: 7 }, '2026-09-02', 'i')).toBe('2026-09-07');
      expect(expiryOf({ productionDate: '2026-09-01', shelfLifeDays: 1 }, '2026-09-01', 'i')).toBe('2026-09-01');
      expect(expiryOf({ productionDate: '2026-02-20', shelfLifeDays: 365 }, '2026-03-01', 'i')).toBe('2027-02-19');
    });

    it('or as the label states the expiry date; none for goods without a shelf life', () => {
      expect(expiryOf({ productionDate: '2026-09-01', expiresOn: '2027-03-01' }, '2026-09-02', 'i')).toBe('2027-03-01');
      expect(expiryOf({ productionDate: '2026-09-01', expiresOn: '2026-09-01' }, '2026-09-02', 'i')).toBe('2026-09-01');
      expect(expiryOf({ productionDate: '2026-09-01' }, '2026-09-02', 'i')).toBeNull();
    });

    it('refuses an expiry before production, both ways of stating it, a bad shelf life and goods made after they arrived', () => {
      expect(fieldOf(() => expiryOf({ productionDate: '2026-09-01', expiresOn: '2026-08-31' }, '2026-09-02', 'items.0'))).toBe(
        'items.0.expiresOn',
      );
      expect(
        fieldOf(() => expiryOf({ productionDate: '2026-09-01', expiresOn: '2026-09-30', shelfLifeDays: 30 }, '2026-09-02', 'items.0')),
      ).toBe('items.0.expiresOn');
      for (const shelfLifeDays of [0, -3, 2.5])
        expect(fieldOf(() => expiryOf({ productionDate: '2026-09-01', shelfLifeDays }, '2026-09-02', 'items.2'))).toBe(
          'items.2.shelfLifeDays',
        );
      expect(fieldOf(() => expiryOf({ productionDate: '2026-09-03', shelfLifeDays: 3 }, '2026-09-02', 'items.0'))).toBe(
        'items.0.productionDate',
      );
    });

    it('goods that expired before they arrived are refused; on their last day they may still come in', () => {
      expect(expiryRefusal('2026-09-01', '2026-09-02')).toBe('Expired on 2026-09-01, before it arrived on 2026-09-02.');
      expect(expiryRefusal('2026-09-02', '2026-09-02')).toBeNull();
      expect(expiryRefusal(null, '2026-09-02')).toBeNull();
    });
  });

  describe('documents', () => {
    it('meat and poultry are accepted only with their quarantine certificate (动物检疫合格证明)', () => {
      expect(fieldOf(() => requireQuarantineCertificate('MEAT', null, true, 'items.1.quarantineCertificateNumber'))).toBe(
        'items.1.quarantineCertificateNumber',
      );
      expect(fieldOf(() => requireQuarantineCertificate('POULTRY', '  ', true, 'q'))).toBe('q');
      expect(fieldOf(() => requireQuarantineCertificate('MEAT', '3301234567', true, 'q'))).toBe('none');
      // A rejected item, or anything else, needs none.
      expect(fieldOf(() => requireQuarantineCertificate('MEAT', null, false, 'q'))).toBe('none');
      expect(fieldOf(() => requireQuarantineCertificate('GRAIN', null, true, 'q'))).toBe('none');
    });
  });

  describe('money', () => {
    it('a line total is the typed amount × the unit price, exact', () => {
      expect(lineTotalFen('50', 420, 'q', 'p')).toBe(21_000); // 50 kg of rice at 4.20
      expect(lineTotalFen('2.5', 1_236, 'q', 'p')).toBe(3_090); // 2.5 kg at 12.36
      expect(lineTotalFen('0.25', 4, 'q', 'p')).toBe(1);
    });

    it('a total that is not a whole fen is refused, never rounded', () => {
      expect(fieldOf(() => lineTotalFen('2.5', 1_235, 'items.0.quantity', 'items.0.unitPrice'))).toBe('items.0.unitPrice');
      expect(() => lineTotalFen('2.5', 1_235, 'q', 'p')).toThrow(/30\.875 yuan, not a whole fen/);
      expect(fieldOf(() => lineTotalFen('0.001', 1, 'q', 'p'))).toBe('p');
    });

    it('a line above the largest amount is refused', () => {
      expect(fieldOf(() => lineTotalFen('1000000', 100_000_000_000, 'q', 'p'))).toBe('p');
    });

    it('a price must be more than nothing', () => {
      expect(fieldOf(() => requirePrice(0, 'items.0.unitPrice'))).toBe('items.0.unitPrice');
      expect(requirePrice(1, 'p')).toBe(1);
    });

    it('the accepted total counts only accepted items', () => {
      expect(
        acceptedTotal([
          { accepted: true, lineTotalFen: 21_000 },
          { accepted: false, lineTotalFen: 5_000 },
          { accepted: true, lineTotalFen: 56_000 },
        ]),
      ).toBe(77_000);
    });
  });

  describe('verdicts', () => {
    it('accepts an item nothing is wrong with', () => {
      expect(verdictOf({ sensoryOk: true, refusals: [null, null] }, 'n')).toEqual({ accepted: true, rejectionReason: null });
    });

    it('rejects with every reason found', () => {
      expect(
        verdictOf(
          {
            inspectorReason: 'Packaging torn',
            sensoryOk: false,
            sensoryNotes: 'sour smell',
            refusals: ['Arrived at 11.0 ℃; chilled goods (冷藏) must arrive at 0–8 ℃.', null],
          },
          'n',
        ),
      ).toEqual({
        accepted: false,
        rejectionReason: 'Packaging torn Sensory check failed: sour smell Arrived at 11.0 ℃; chilled goods (冷藏) must arrive at 0–8 ℃.',
      });
    });

    it('a failed sensory check says what was wrong', () => {
      expect(fieldOf(() => verdictOf({ sensoryOk: false, sensoryNotes: ' ', refusals: [] }, 'items.0.sensoryNotes'))).toBe(
        'items.0.sensoryNotes',
      );
    });
  });

  it('an accepted item goes to a location of the canteen kept as its label says', () => {
    const freezer = { canteenId: 'c1', kind: FROZEN, name: 'Freezer 1' };
    expect(fieldOf(() => requireFittingLocation(freezer, 'c1', FROZEN, 'l'))).toBe('none');
    expect(fieldOf(() => requireFittingLocation(freezer, 'c1', CHILLED, 'items.0.locationId'))).toBe('items.0.locationId');
    expect(fieldOf(() => requireFittingLocation(freezer, 'c2', FROZEN, 'l'))).toBe('l');
    expect(fieldOf(() => requireFittingLocation(null, 'c1', FROZEN, 'l'))).toBe('l');
  });

  describe('retention (索证索票 records)', () => {
    it('six months past the latest expiry', () => {
      expect(retainUntil('2026-09-02', ['2026-09-07', '2027-03-01'])).toBe('2027-09-01');
      expect(retainUntil('2026-09-02', ['2026-09-07'])).toBe('2027-03-07');
    });

    it('two years from the delivery for goods without a shelf life, when that is later', () => {
      expect(retainUntil('2026-09-02', ['2026-09-07', null])).toBe('2028-09-02');
      expect(retainUntil('2026-09-02', [])).toBe('2028-09-02');
      expect(retainUntil('2026-09-02', ['2029-01-31', null])).toBe('2029-07-31');
    });
  });

  describe('second inspection of bulk staples (大宗食品)', () => {
    const bulk = ['GRAIN', 'OIL', 'MEAT'];

    it('is needed when an accepted item is a bulk staple', () => {
      expect(needsSecondInspection(['VEGETABLE', 'GRAIN'], bulk)).toBe(true);
      expect(needsSecondInspection(['VEGETABLE', 'EGG'], bulk)).toBe(false);
      expect(needsSecondInspection([], bulk)).toBe(false);
    });

    it('decides the status the delivery is recorded in', () => {
      expect(statusAfterRecording([{ accepted: false }, { accepted: false }], true)).toBe('REJECTED');
      expect(statusAfterRecording([{ accepted: true }, { accepted: false }], true)).toBe('PENDING_SECOND_INSPECTION');
      expect(statusAfterRecording([{ accepted: true }], false)).toBe('ACCEPTED');
    });

    it('is made by a different person', () => {
      const first = { accountId: 'a1', staffId: 's1' };
      expect(fieldOf(() => requireDifferentInspector(first, { accountId: 'a1', staffId: null }, 'id'))).toBe('id');
      expect(fieldOf(() => requireDifferentInspector(first, { accountId: 'a2', staffId: 's1' }, 'id'))).toBe('id');
      expect(fieldOf(() => requireDifferentInspector(first, { accountId: 'a2', staffId: 's2' }, 'id'))).toBe('none');
      expect(fieldOf(() => requireDifferentInspector({ accountId: 'a1', staffId: null }, { accountId: 'a2', staffId: null }, 'id'))).toBe(
        'none',
      );
    });
  });

  it('a delivery is never recorded ahead of the day', () => {
    expect(fieldOf(() => requireNotFuture('2026-09-03', '2026-09-02', 'deliveredOn'))).toBe('deliveredOn');
    expect(fieldOf(() => requireNotFuture('2026-09-02', '2026-09-02', 'deliveredOn'))).toBe('none');
  });

  it('the rejection rate is a percentage with one decimal, rounded half up, from whole counts', () => {
    expect(ratePercent(0, 0)).toBeNull();
    expect(ratePercent(1, 8)).toBe('12.5');
    expect(ratePercent(1, 3)).toBe('33.3');
    expect(ratePercent(2, 3)).toBe('66.7');
    expect(ratePercent(1, 2000)).toBe('0.1'); // 0.05 % rounds up
    expect(ratePercent(5, 5)).toBe('100.0');
  });
});
