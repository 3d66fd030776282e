import type { DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import { shiftDate, todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_SCHOOLS,
  demoAccountId,
  demoStaffIdFor,
  demoStaffNumber,
  type DemoSchoolKey,
} from '@houqin/demo';
import { StorageKind } from '../canteen/canteen.entity';
import { CanteenService } from '../canteen/canteen.service';
import type { CanteenContext } from '../context';
import { Delivery } from '../delivery/delivery.entity';
import type { DeliveryItemInput, RecordDeliveryInput } from '../delivery/delivery.inputs';
import { DeliveryService } from '../delivery/delivery.service';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { Ingredient } from '../ingredient/ingredient.entity';
import { IngredientService } from '../ingredient/ingredient.service';
import { QuantityUnit } from '../quantity/quantity.rules';
import { SettingsService } from '../settings/settings.service';
import { StockService } from '../stock/stock.service';
import { DEMO_SUPPLIERS, SupplierCopyService } from '@houqin/supplier-copy';
import type { DemoCanteen } from './canteen';

/** Food codes of the starter catalogue the demo deliveries carry. */
const CODES = {
  rice: '012001x',
  flour: '011201x',
  oil: '192004',
  pork: '081110',
  tofu: '031301x',
  cabbage: '045101x',
  egg: '111101x',
} as const;
type Food = keyof typeof CODES;

/** A kitchen account of a demo school: the demo account at First Experimental Primary, one numbered like its staff member elsewhere. */
function kitchenViewer(school: DemoSchoolKey, post: 'STOREKEEPER' | 'CANTEEN_MANAGER'): Viewer {
  const role = post === 'STOREKEEPER' ? Role.STOREKEEPER : Role.CANTEEN_MANAGER;
  const account = DEMO_ACCOUNTS.find((a) => a.school === school && a.role === role);
  const n = demoStaffNumber(school, post);
  return new Viewer({
    accountId: account?.id ?? demoAccountId(n),
    username: account?.username ?? `demo-${n}`,
    staffId: demoStaffIdFor(school, post),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role, schoolId: DEMO_SCHOOLS[school].id }],
  });
}

/** The services receiving uses, as a request of `viewer` would have them. */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer, now: () => Date): CanteenContext {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now } as CanteenContext;
  ctx.canteens = new CanteenService(ctx);
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.supplierCopy = new SupplierCopyService(ctx);
  ctx.ingredients = new IngredientService(ctx);
  ctx.settings = new SettingsService(ctx);
  ctx.stock = new StockService(ctx);
  ctx.deliveries = new DeliveryService(ctx);
  return ctx;
}

/**
 * Receiving inspection over the term (进货查验): at First Experimental Primary's east campus a weekly
 * produce delivery (cabbage, chilled tofu, eggs, frozen pork with its quarantine certificate) and a
 * fortnightly grain-and-oil delivery, recorded by the storekeeper; the bulk staples confirmed by the
 * canteen manager as second inspector, so their lots are in stock and finance was told. Among them:
 * tofu refused at 10.5 ℃, one delivery refused as a whole (rotten cabbage, sour tofu), flour and tofu
 * near their expiry, and today's grain waiting for its second inspector. A delivery from the meat
 * company the district suspended is refused at the door (nothing is recorded: the log says so).
 * Second Junior Middle gets a month of produce. Idempotent: any delivery means it was seeded.
 */
export async function seedDeliveriesDemo(
  dataSource: DataSource,
  logger: Logger,
  canteens: readonly DemoCanteen[],
  now: () => Date = () => new Date(),
): Promise<void> {
  if (await dataSource.manager.count(Delivery)) return;
  const today = todayIn(DEMO_DISTRICT.timeZone, now());
  const ingredients = await dataSource.manager.find(Ingredient, { where: { districtId: DEMO_DISTRICT.id } });
  const ing = Object.fromEntries(
    Object.entries(CODES).map(([food, code]) => [food, ingredients.find((i) => i.foodCode === code)?.id]),
  ) as Record<Food, string | undefined>;
  if (Object.values(ing).some((id) => !id)) {
    logger.warn('demo deliveries skipped: the starter ingredient catalogue is not seeded');
    return;
  }
  const day = (daysAgo: number) => shiftDate(today, -daysAgo);
  let recorded = 0;

  for (const demo of canteens.filter((c) => c.campus === 'firstPrimaryEast' || c.campus === 'secondJuniorMain')) {
    const keeper = desk(dataSource, logger, kitchenViewer(demo.school, 'STOREKEEPER'), now);
    const manager = desk(dataSource, logger, kitchenViewer(demo.school, 'CANTEEN_MANAGER'), now);
    const loc = (kind: StorageKind) => demo.locations[kind].id;
    let invoice = 0;
    const item = (food: Food, fields: Omit<DeliveryItemInput, 'ingredientId' | 'sensoryOk'> & { sensoryOk?: boolean }): DeliveryItemInput =>
      ({ ingredientId: ing[food], sensoryOk: true, ...fields }) as DeliveryItemInput;
    const record = async (supplierId: string, daysAgo: number, items: DeliveryItemInput[], secondInspect = true) => {
      const input = {
        canteenId: demo.canteen.id,
        supplierId,
        deliveredOn: day(daysAgo),
        invoiceNumber: `04410${demo.campus === 'firstPrimaryEast' ? 1 : 2}${String(++invoice).padStart(6, '0')}`,
        supplierLicenceNumber:
          supplierId === DEMO_SUPPLIERS.grain.id ? DEMO_SUPPLIERS.grain.food.number : DEMO_SUPPLIERS.produce.food.number,
        items,
      } as RecordDeliveryInput;
      const delivery = await keeper.deliveries.record(input);
      recorded++;
      if (delivery.status === 'PENDING_SECOND_INSPECTION' && secondInspect)
        await manager.deliveries.secondInspect({ id: delivery.id, confirmed: true, comment: 'Weighed and checked again (复核)' });
      return delivery;
    };

    const produce = (daysAgo: number, options: { tofuAt?: string; withEggs?: boolean } = {}) => {
      const d = day(daysAgo);
      return [
        item('cabbage', {
          quantity: { amount: '40', unit: QuantityUnit.JIN },
          unitPrice: '1.60',
          batchNumber: d.replaceAll('-', ''),
          productionDate: shiftDate(d, -1),
          keptAt: StorageKind.DRY,
          locationId: loc(StorageKind.DRY),
        }),
        item('tofu', {
          quantity: { amount: '10', unit: QuantityUnit.KG },
          unitPrice: '4.00',
          batchNumber: `DF${d.slice(5).replace('-', '')}`,
          productionDate: d,
          shelfLifeDays: 3,
          keptAt: StorageKind.CHILLED,
          arrivalTemperature: options.tofuAt ?? '4.0',
          locationId: loc(StorageKind.CHILLED),
        }),
        ...(options.withEggs === false
          ? []
          : [
              item('egg', {
                quantity: { amount: '300', unit: QuantityUnit.PIECE, pieceGrams: 50 },
                unitPrice: '0.60',
                batchNumber: `JD${d.slice(5).replace('-', '')}`,
                productionDate: shiftDate(d, -2),
                shelfLifeDays: 30,
                keptAt: StorageKind.CHILLED,
                arrivalTemperature: '6.0',
                locationId: loc(StorageKind.CHILLED),
              }),
            ]),
        item('pork', {
          quantity: { amount: '20', unit: QuantityUnit.KG },
          unitPrice: '28.50',
          batchNumber: `ZR${d.slice(5).replace('-', '')}`,
          productionDate: shiftDate(d, -3),
          shelfLifeDays: 180,
          keptAt: StorageKind.FROZEN,
          arrivalTemperature: '-18.0',
          locationId: loc(StorageKind.FROZEN),
          quarantineCertificateNumber: `3301${d.replaceAll('-', '')}`,
        }),
      ];
    };
    const grain = (daysAgo: number, flourExpiresOn?: string) => {
      const d = day(daysAgo);
      return [
        item('rice', {
          quantity: { amount: '100', unit: QuantityUnit.KG },
          unitPrice: '4.20',
          batchNumber: `DM${shiftDate(d, -20).replaceAll('-', '')}`,
          productionDate: shiftDate(d, -20),
          shelfLifeDays: 365,
          keptAt: StorageKind.DRY,
          locationId: loc(StorageKind.DRY),
        }),
        item('flour', {
          quantity: { amount: '2', unit: QuantityUnit.BOX, perBox: 25_000 },
          unitPrice: '95.00',
          batchNumber: `MF${d.slice(0, 7).replace('-', '')}`,
          productionDate: shiftDate(flourExpiresOn ?? d, flourExpiresOn ? -179 : -30),
          shelfLifeDays: 180,
          keptAt: StorageKind.DRY,
          locationId: loc(StorageKind.DRY),
        }),
        item('oil', {
          quantity: { amount: '20', unit: QuantityUnit.KG },
          unitPrice: '14.80',
          batchNumber: `DY${shiftDate(d, -60).replaceAll('-', '')}`,
          productionDate: shiftDate(d, -60),
          shelfLifeDays: 540,
          keptAt: StorageKind.DRY,
          locationId: loc(StorageKind.DRY),
        }),
      ];
    };

    if (demo.campus === 'firstPrimaryEast') {
      // A term of Mondays: produce every week, grain and oil every other week (the one 56 days ago has flour expiring in 5 days).
      for (let daysAgo = 70; daysAgo >= 0; daysAgo -= 7) {
        await record(DEMO_SUPPLIERS.produce.id, daysAgo, produce(daysAgo, daysAgo === 35 ? { tofuAt: '10.5' } : {}));
        if (daysAgo % 14 === 0)
          await record(
            DEMO_SUPPLIERS.grain.id,
            daysAgo,
            grain(daysAgo, daysAgo === 56 ? shiftDate(today, 5) : undefined),
            // Today's grain waits for its second inspector.
            daysAgo !== 0,
          );
      }
      // Refused as a whole (拒收): rotten cabbage and sour tofu.
      const d = 23;
      await record(DEMO_SUPPLIERS.produce.id, d, [
        { ...produce(d)[0], rejectionReason: 'Rotten leaves throughout the sacks (腐烂)' },
        { ...produce(d)[1], sensoryOk: false, sensoryNotes: 'Sour smell, slimy surface (酸味、发黏)' },
      ]);
      // The meat company the district suspended is turned away at the door: nothing is recorded.
      try {
        await record(DEMO_SUPPLIERS.meat.id, 14, [produce(14)[3]]);
      } catch (error) {
        logger.info(
          { supplierId: DEMO_SUPPLIERS.meat.id, reason: (error as Error).message },
          'demo: the suspended meat supplier was refused',
        );
      }
    } else {
      for (let daysAgo = 28; daysAgo >= 0; daysAgo -= 7)
        await record(DEMO_SUPPLIERS.produce.id, daysAgo, produce(daysAgo, { withEggs: false }));
    }
  }
  logger.info({ deliveries: recorded }, 'seeded the demo deliveries');
}
