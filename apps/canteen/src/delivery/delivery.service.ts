import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { badInput, newId, parseYuan, resolvePage, toPage } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { canteenEvents, publishEvent } from '@houqin/events';
import { groupedLoader, paginate, LoadersByArgument } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { toBaseQuantity } from '../quantity/quantity.rules';
import { StockLot } from '../stock/stock.entity';
import type { CanteenStep } from '../workflow-step.entity';
import { Delivery, DeliveryItem, DeliveryItemStatus, DeliveryStatus } from './delivery.entity';
import { DeliveryAction, deliveryFlow } from './delivery.flow';
import type { DeliveryFilter, DeliveryItemInput, RecordDeliveryInput, SecondInspectDeliveryInput } from './delivery.inputs';
import { bulkStapleCategories, usableIngredients } from './delivery.ports';
import {
  acceptedTotal,
  expiryOf,
  expiryRefusal,
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
  type Verdict,
} from './delivery.rules';
import { deliveryItemReader, deliveryRankReader, deliveryReader, deliverySql } from './delivery.store';
import { CanteenRejectionRate } from './delivery.types';

/** An item after the checks that need no database: its money, dates, temperature and verdict. */
interface CheckedItem {
  input: DeliveryItemInput;
  unitPriceFen: number;
  lineTotalFen: number;
  expiresOn: string | null;
  arrivalTemperatureTenths: number | null;
  verdict: Verdict;
}

/**
 * Receiving inspection (进货查验, 索证索票): a delivery from a supplier to a canteen, its items and
 * what was found at the door, through the delivery flow (delivery.flow.ts). Accepting a delivery,
 * at recording or at the second inspection of bulk staples, creates its stock lots
 * (`ctx.stock.receiveLots`) and publishes `canteen.delivery.accepted` in the same transaction, so
 * finance posts its cost once. Nothing here edits or deletes a delivery or an item. At `ctx.deliveries`.
 */
export class DeliveryService {
  /** Deliveries the viewer may read (the school's kitchen and leaders, the district's readers). */
  readonly reader: ScopedReader<Delivery>;
  /** Delivery items the viewer may read: traceability reads a lot's item through it. */
  readonly itemReader: ScopedReader<DeliveryItem>;
  private readonly rankReader: ScopedReader<Delivery>;
  private itemsLoader?: DataLoader<string, DeliveryItem[]>;
  private stepsLoader?: DataLoader<string, CanteenStep[]>;
  private lotsLoader?: DataLoader<string, StockLot[]>;
  private rejectionLoader?: DataLoader<string, CanteenRejectionRate>;
  private readonly supplierLoaders = new LoadersByArgument<string, DataLoader<string, Delivery[]>>();

  constructor(private readonly ctx: CanteenContext) {
    this.reader = deliveryReader(ctx);
    this.itemReader = deliveryItemReader(ctx);
    this.rankReader = deliveryRankReader(ctx);
  }

  /** Deliveries in scope, newest first. */
  list(filter: DeliveryFilter, page: PageArgs): Promise<Page<Delivery>> {
    return paginate(deliverySql.list(this.ctx.dataSource.manager, this.reader, filter), page, 'DESC');
  }

  /** A delivery's items in line order, batched over a page of deliveries. */
  itemsOf(deliveryId: string): Promise<DeliveryItem[]> {
    this.itemsLoader ??= groupedLoader(
      (ids) => this.ctx.dataSource.getRepository(DeliveryItem).find({ where: { deliveryId: In([...ids]) }, order: { lineNo: 'ASC' } }),
      (item) => item.deliveryId,
    );
    return this.itemsLoader.load(deliveryId);
  }

  /** A delivery's recorded steps, oldest first, batched. */
  stepsOf(deliveryId: string): Promise<CanteenStep[]> {
    this.stepsLoader ??= deliveryFlow.stepsLoader<CanteenStep>(this.ctx.dataSource);
    return this.stepsLoader.load(deliveryId);
  }

  /** The stock lot an accepted item became (null until its delivery is accepted, and for a rejected item), batched. */
  async lotOf(item: DeliveryItem): Promise<StockLot | null> {
    this.lotsLoader ??= groupedLoader(
      (ids) => this.ctx.dataSource.getRepository(StockLot).find({ where: { deliveryItemId: In([...ids]) } }),
      (lot) => lot.deliveryItemId ?? '',
    );
    const [lot] = await this.lotsLoader.load(item.id);
    return lot ?? null;
  }

  /** Supplier.canteenDeliveries: a supplier's deliveries in scope, newest first; one statement for a page of suppliers asking the same page. */
  async ofSupplier(supplierId: string, page: PageArgs): Promise<Page<Delivery>> {
    const { limit, afterId } = resolvePage(page);
    const key = `${limit}|${afterId ?? ''}`;
    const loader = this.supplierLoaders.get(key, () =>
      groupedLoader(
        (ids) => deliverySql.ofSuppliers(this.ctx.dataSource.manager, this.reader, this.rankReader, ids, limit + 1, afterId).getMany(),
        (delivery) => delivery.supplierId,
      ),
    );
    return toPage(await loader.load(supplierId), limit);
  }

  /** Supplier.canteenRejectionRate: items inspected and rejected in scope; one statement for a page of suppliers. */
  rejectionRateOf(supplierId: string): Promise<CanteenRejectionRate> {
    this.rejectionLoader ??= new DataLoader<string, CanteenRejectionRate>(
      async (ids) => {
        const rows: { supplierId: string; inspected: string | number; rejected: string | number | null }[] = this.ctx.viewer
          ? await deliverySql.rejectionCounts(this.ctx.dataSource.manager, this.reader, ids).getRawMany()
          : [];
        const bySupplier = new Map(rows.map((r) => [r.supplierId, r]));
        return ids.map((id) => {
          const row = bySupplier.get(id);
          const itemsInspected = Number(row?.inspected ?? 0);
          const itemsRejected = Number(row?.rejected ?? 0);
          return Object.assign(new CanteenRejectionRate(), {
            itemsInspected,
            itemsRejected,
            percent: ratePercent(itemsRejected, itemsInspected),
          });
        });
      },
      { maxBatchSize: 500 },
    );
    return this.rejectionLoader.load(supplierId);
  }

  /**
   * Records a delivery and its inspection. The canteen decides the school (NOT_FOUND outside the
   * viewer's scope), then the permission (FORBIDDEN), then every check of the input that needs no
   * database, then one transaction: the supplier (suspended, not a food supplier or licence expired
   * on the day: refused), the ingredients (unknown or forbidden: refused), quantities converted
   * exactly, meat's quarantine certificate, the storage locations. Each item is accepted or rejected
   * with its reasons; the delivery is accepted at once (lots and the event), waits for a second
   * inspector when an accepted item is a bulk staple, or is refused when every item was rejected.
   */
  async record(input: RecordDeliveryInput): Promise<Delivery> {
    const canteen = await this.ctx.canteens.get(input.canteenId, 'canteenId');
    const viewer = deliveryFlow.allow(this.ctx.viewer, DeliveryAction.RECORDED, canteen.schoolId);
    const checked = input.items.map((item, i) => this.checkItem(item, i, input.deliveredOn));
    return this.ctx.dataSource.transaction(async (manager) => {
      requireNotFuture(input.deliveredOn, await this.ctx.directoryCopy.todayAt(canteen.schoolId, manager), 'deliveredOn');
      const supplier = await this.ctx.supplierCopy.assertReceivable(manager, input.supplierId, input.deliveredOn, 'supplierId');
      const ingredients = await usableIngredients(
        this.ctx,
        manager,
        canteen.districtId,
        input.items.map((item) => item.ingredientId),
      );
      const staples = await bulkStapleCategories(this.ctx, manager, canteen.districtId);
      const items: DeliveryItem[] = [];
      const deliveryId = newId();
      for (const [i, c] of checked.entries()) {
        const ingredient = ingredients[i];
        const quantity = toBaseQuantity(c.input.quantity, ingredient.baseUnit, `items.${i}.quantity`, {
          pieceGrams: ingredient.pieceGrams,
        });
        requireQuarantineCertificate(
          ingredient.category,
          c.input.quarantineCertificateNumber,
          c.verdict.accepted,
          `items.${i}.quarantineCertificateNumber`,
        );
        const locationId = c.verdict.accepted ? await this.fittingLocation(manager, canteen, c.input, i) : null;
        items.push(
          manager.create(DeliveryItem, {
            id: newId(),
            districtId: canteen.districtId,
            schoolId: canteen.schoolId,
            deliveryId,
            lineNo: i + 1,
            ingredientId: ingredient.id,
            ingredientCategory: ingredient.category,
            baseQuantity: quantity,
            baseUnit: ingredient.baseUnit,
            deliveredAmount: c.input.quantity.amount.trim(),
            deliveredUnit: c.input.quantity.unit,
            unitPriceFen: c.unitPriceFen,
            lineTotalFen: c.lineTotalFen,
            batchNumber: c.input.batchNumber,
            productionDate: c.input.productionDate,
            shelfLifeDays: c.input.shelfLifeDays ?? null,
            expiresOn: c.expiresOn,
            keptAt: c.input.keptAt,
            arrivalTemperatureTenths: c.arrivalTemperatureTenths,
            locationId,
            quarantineCertificateNumber: c.input.quarantineCertificateNumber ?? null,
            sensoryOk: c.input.sensoryOk,
            sensoryNotes: c.input.sensoryNotes ?? null,
            status: c.verdict.accepted ? DeliveryItemStatus.ACCEPTED : DeliveryItemStatus.REJECTED,
            rejectionReason: c.verdict.rejectionReason,
          }),
        );
      }
      const verdicts = checked.map((c) => ({ accepted: c.verdict.accepted, lineTotalFen: c.lineTotalFen }));
      const secondInspectionRequired = needsSecondInspection(
        items.filter((item) => item.status === DeliveryItemStatus.ACCEPTED).map((item) => item.ingredientCategory),
        staples,
      );
      const status = statusAfterRecording(verdicts, secondInspectionRequired) as DeliveryStatus;
      const delivery = manager.create(Delivery, {
        id: deliveryId,
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId: canteen.id,
        supplierId: supplier.supplierId,
        deliveredOn: input.deliveredOn,
        invoiceNumber: input.invoiceNumber,
        supplierLicenceNumber: input.supplierLicenceNumber,
        status,
        secondInspectionRequired,
        inspectorAccountId: viewer.accountId,
        inspectorStaffId: viewer.staffId,
        secondInspectorAccountId: null,
        secondInspectorStaffId: null,
        secondInspectedAt: null,
        acceptedTotalFen: acceptedTotal(verdicts),
        deliveredTotalFen: verdicts.reduce((sum, v) => sum + v.lineTotalFen, 0),
        retainUntil: retainUntil(
          input.deliveredOn,
          items.map((item) => item.expiresOn),
        ),
        remarks: input.remarks ?? null,
      });
      await manager.insert(Delivery, delivery);
      await manager.insert(DeliveryItem, items);
      await deliveryFlow.recordCreation(manager, this.ctx, DeliveryAction.RECORDED, delivery, {
        comment: input.remarks,
        changes: { ...input, status, acceptedTotalFen: delivery.acceptedTotalFen },
      });
      const recorded = await manager.findOneOrFail(Delivery, { where: { id: deliveryId } });
      if (status === DeliveryStatus.ACCEPTED) await this.accept(manager, recorded, items);
      return recorded;
    });
  }

  /**
   * The second inspection of a delivery with bulk staples (大宗食品复核): another person than the
   * first inspector (BAD_USER_INPUT on `id` otherwise) confirms it, and it is accepted (lots and the
   * event), or refuses it with a reason, and nothing enters stock.
   */
  async secondInspect(input: SecondInspectDeliveryInput): Promise<Delivery> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const delivery = await this.reader.getIn(manager, input.id);
      const action = input.confirmed ? DeliveryAction.SECOND_INSPECTED : DeliveryAction.REFUSED;
      const step = deliveryFlow.check(this.ctx.viewer, action, delivery);
      requireDifferentInspector(
        { accountId: delivery.inspectorAccountId, staffId: delivery.inspectorStaffId },
        { accountId: step.viewer.accountId, staffId: step.viewer.staffId },
        'id',
      );
      if (!input.confirmed && !input.comment)
        throw badInput('comment', 'comment must say why the delivery is refused at the second inspection.');
      const set = {
        secondInspectorAccountId: step.viewer.accountId,
        secondInspectorStaffId: step.viewer.staffId,
        secondInspectedAt: this.ctx.now(),
      };
      const moved = await step.commit(manager, this.ctx, { set, comment: input.comment, changes: { confirmed: input.confirmed, ...set } });
      if (input.confirmed) await this.accept(manager, moved, await manager.find(DeliveryItem, { where: { deliveryId: moved.id } }));
      return moved;
    });
  }

  /** The checks of one item that need no database; BAD_USER_INPUT names `items.<i>.<field>`. */
  private checkItem(input: DeliveryItemInput, i: number, deliveredOn: string): CheckedItem {
    const at = (field: string) => `items.${i}.${field}`;
    const unitPriceFen = requirePrice(parseYuan(input.unitPrice, at('unitPrice')), at('unitPrice'));
    const total = lineTotalFen(input.quantity.amount, unitPriceFen, at('quantity'), at('unitPrice'));
    const expiresOn = expiryOf(input, deliveredOn, `items.${i}`);
    const arrivalTemperatureTenths = input.arrivalTemperature ? parseTemperature(input.arrivalTemperature, at('arrivalTemperature')) : null;
    const verdict = verdictOf(
      {
        inspectorReason: input.rejectionReason,
        sensoryOk: input.sensoryOk,
        sensoryNotes: input.sensoryNotes,
        refusals: [
          temperatureRefusal(input.keptAt, arrivalTemperatureTenths, at('arrivalTemperature')),
          expiryRefusal(expiresOn, deliveredOn),
        ],
      },
      at('sensoryNotes'),
    );
    if (verdict.accepted && !input.locationId)
      throw badInput(at('locationId'), `${at('locationId')} is required: say where the accepted item is stored.`);
    return { input, unitPriceFen, lineTotalFen: total, expiresOn, arrivalTemperatureTenths, verdict };
  }

  /** The location an accepted item goes to: one of the canteen's, of the kind the item is kept at. */
  private async fittingLocation(manager: EntityManager, canteen: Canteen, input: DeliveryItemInput, i: number): Promise<string> {
    const field = `items.${i}.locationId`;
    const location = await this.ctx.canteens.locationIn(manager, canteen.id, input.locationId ?? '', field);
    requireFittingLocation(location, canteen.id, input.keptAt, field);
    return location.id;
  }

  /** Acceptance (验收入库), in the caller's transaction: one stock lot per accepted item, and the event finance posts from. */
  private async accept(manager: EntityManager, delivery: Delivery, items: readonly DeliveryItem[]): Promise<void> {
    const accepted = [...items].filter((item) => item.status === DeliveryItemStatus.ACCEPTED).sort((a, b) => a.lineNo - b.lineNo);
    await this.ctx.stock.receiveLots(
      manager,
      accepted.map((item) => ({
        districtId: delivery.districtId,
        schoolId: delivery.schoolId,
        canteenId: delivery.canteenId,
        locationId: item.locationId as string,
        ingredientId: item.ingredientId,
        baseUnit: item.baseUnit,
        deliveryItemId: item.id,
        supplierId: delivery.supplierId,
        batchNumber: item.batchNumber,
        productionDate: item.productionDate,
        expiresOn: item.expiresOn,
        quantity: item.baseQuantity,
        costFen: item.lineTotalFen,
        receivedOn: delivery.deliveredOn,
      })),
    );
    await publishEvent(manager, this.ctx, canteenEvents.deliveryAccepted, {
      districtId: delivery.districtId,
      schoolId: delivery.schoolId,
      payload: {
        deliveryId: delivery.id,
        schoolId: delivery.schoolId,
        canteenId: delivery.canteenId,
        supplierId: delivery.supplierId,
        deliveredOn: delivery.deliveredOn,
        acceptedTotalFen: delivery.acceptedTotalFen,
        invoiceNumber: delivery.invoiceNumber,
      },
    });
  }
}
