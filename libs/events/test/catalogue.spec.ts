import { z } from 'zod';
import {
  catalogueJsonSchemas,
  consumersOf,
  defineConsumer,
  defineEvent,
  EVENT_CATALOGUE,
  eventDefinition,
  internalUrl,
  parsePayload,
  SERVICE_PORTS,
  subscriptionProblems,
  type EventPayload,
} from '../src';
import { recordEffect, submittedPayload } from './support';

describe('the event catalogue', () => {
  it('lists each type once, named <publisher>.<concept>.<event>, with a version and a description', () => {
    const types = EVENT_CATALOGUE.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of EVENT_CATALOGUE) {
      expect({ type: definition.type, named: /^[a-z]+\.[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(definition.type) }).toEqual({
        type: definition.type,
        named: true,
      });
      expect(definition.type.startsWith(`${definition.publisher}.`)).toBe(true);
      expect(definition.publisher in SERVICE_PORTS).toBe(true);
      expect(definition.version).toBeGreaterThanOrEqual(1);
      expect(definition.description.length).toBeGreaterThan(20);
    }
    // The set the directory, finance, the canteen, facilities and safety publish.
    expect(types.sort()).toEqual(
      [
        'canteen.certificate.expiring',
        'canteen.delivery.accepted',
        'canteen.sample.missing',
        'directory.account.changed',
        'directory.account.created',
        'directory.account.deactivated',
        'directory.account.passwordChanged',
        'directory.campus.created',
        'directory.campus.moved',
        'directory.school.changed',
        'directory.school.termSaved',
        'directory.school.created',
        'directory.staff.changed',
        'directory.staff.created',
        'facilities.asset.disposed',
        // duty/: the reminder job's notices (工作提醒, 逾期).
        'facilities.duty.due',
        'facilities.duty.overdue',
        'facilities.meter.anomaly',
        // reorder/: a storeroom's reorder list to finance, and finance's receipts back.
        'facilities.reorder.requested',
        'facilities.room.changed',
        'facilities.workOrder.accounted',
        'facilities.workOrder.closed',
        'facilities.workOrder.overdue',
        'finance.purchaseRequest.received',
        ...['purchaseRequest', 'expenseClaim'].flatMap((concept) =>
          ['approved', 'paid', 'paymentReversed', 'rejected', 'submitted'].map((event) => `finance.${concept}.${event}`),
        ),
        'finance.expenseClaim.reviewed',
        'finance.supplier.licenceExpiring',
        'finance.supplier.suspended',
        'safety.hazard.major',
        'safety.hazard.overdue',
        'safety.hazard.repairRequested',
        'safety.incident.reportedToDistrict',
        'safety.incident.serious',
        'safety.training.expiring',
        'finance.supplier.changed',
        'finance.payment.posted',
        'finance.month.closed',
      ].sort(),
    );
  });

  it('prints every payload as JSON Schema, money as integer fen and ids as UUIDs', () => {
    const schemas = catalogueJsonSchemas();
    expect(schemas).toHaveLength(EVENT_CATALOGUE.length);
    for (const { type, schema } of schemas) {
      const properties = (schema as { properties: Record<string, { type?: unknown; format?: string }> }).properties;
      for (const [name, property] of Object.entries(properties)) {
        if (name.endsWith('Fen')) expect({ type, name, jsonType: property.type }).toEqual({ type, name, jsonType: 'integer' });
        if (name.endsWith('Id') && property.type === 'string')
          expect({ type, name, format: property.format }).toEqual({ type, name, format: 'uuid' });
      }
    }
  });

  it('checks a payload against its definition and names what is wrong', () => {
    const definition = eventDefinition('finance.purchaseRequest.submitted')!;
    expect(parsePayload(definition, submittedPayload())).toMatchObject({ ok: true });
    const wrong = parsePayload(definition, { ...submittedPayload(), estimatedTotalFen: -1, nextApprovalLevel: 'JANITOR' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error).toMatch(/estimatedTotalFen[\s\S]*nextApprovalLevel|nextApprovalLevel[\s\S]*estimatedTotalFen/);
    // Payloads are typed from the catalogue: a publisher cannot pass a yuan string where fen go.
    const typed: EventPayload<'finance.purchaseRequest.paid'>['amountFen'] = 100;
    expect(typed).toBe(100);
  });

  it("refuses a definition outside its publisher's namespace, and a consumer of a type it does not have", () => {
    expect(() =>
      defineEvent({
        type: 'finance.school.created',
        version: 1,
        publisher: 'directory',
        description: 'wrong namespace',
        payload: z.object({}),
      }),
    ).toThrow(/must start with its publisher, directory/);
    expect(() =>
      defineEvent({ type: 'directory.School.Created', version: 1, publisher: 'directory', description: 'bad case', payload: z.object({}) }),
    ).toThrow(/camelCase/);
    expect(() => defineConsumer('canteen', { handlers: { 'finance.invoice.lost': recordEffect('canteen') } as never })).toThrow(
      /finance.invoice.lost/,
    );
  });

  it('finds consumers from the subscriptions table, and says where a table and the declared handlers disagree', () => {
    const subscriptions = {
      canteen: ['finance.supplier.suspended' as const],
      directory: ['finance.supplier.suspended' as const, 'finance.purchaseRequest.submitted' as const],
    };
    expect(consumersOf('finance.supplier.suspended', subscriptions)).toEqual(['canteen', 'directory']);
    expect(consumersOf('directory.school.created', subscriptions)).toEqual([]);
    const canteen = defineConsumer('canteen', { handlers: { 'finance.supplier.suspended': recordEffect('canteen') } });
    const directory = defineConsumer('directory', {
      handlers: { 'finance.supplier.suspended': recordEffect('directory'), 'directory.campus.moved': recordEffect('directory') },
    });
    expect(subscriptionProblems([canteen, directory], subscriptions)).toEqual([
      'directory is subscribed to finance.purchaseRequest.submitted but has no handler for it',
      'directory handles directory.campus.moved but SUBSCRIPTIONS does not list it',
    ]);
    expect(subscriptionProblems([canteen], { canteen: ['finance.supplier.suspended'] })).toEqual([]);
  });

  it('reaches a consumer at <SERVICE>_INTERNAL_URL, else at its default port on this host', () => {
    expect(internalUrl('directory', {})).toBe('http://127.0.0.1:4001');
    expect(internalUrl('finance', { FINANCE_INTERNAL_URL: 'http://finance:4002/' })).toBe('http://finance:4002');
    expect(() => internalUrl('library', {})).toThrow(/LIBRARY_INTERNAL_URL/);
  });
});
