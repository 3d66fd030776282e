/**
 * The print centre's demo: after places, every open demo school's departments have print jobs over the
 * three months before this one and this month so far, charged as recordPrintJob would charge them; First
 * Experimental Primary's own prices with a change that left earlier jobs at the old price; one voided
 * job; the seed is idempotent.
 */
import pino from 'pino';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedPlacesDemo } from '../src/demo/place';
import { seedPrintDemo } from '../src/demo/print';
import { PrintJob, PrintJobKind } from '../src/print/print.entity';
import { jobFigures } from '../src/print/print.rules';
import { SCHOOL_A, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(60_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedPrintDemo(sub.dataSource, logger, TEST_NOW);
});
afterAll(() => sub?.stop());

describe('the print demo', () => {
  it('every open school has jobs from 1 August to yesterday (TEST_TODAY is 16 November), each charged by the rules', async () => {
    const jobs = await sub.dataSource.getRepository(PrintJob).find();
    const open = Object.values(DEMO_SCHOOLS).filter((s) => s.active);
    for (const school of open) expect(jobs.some((j) => j.schoolId === school.id)).toBe(true);
    expect(jobs.every((j) => j.printedOn >= '2026-08-01' && j.printedOn <= '2026-11-15')).toBe(true);
    for (const job of jobs.filter((j) => j.kind === PrintJobKind.PRINTED))
      expect({ printedPages: job.printedPages, sheets: job.sheets, costFen: job.costFen }).toEqual(
        jobFigures(job.pages, job.copies, job.duplex, job.pricePerPageFen),
      );
  });

  it('First Experimental Primary charged A4 at ¥0.08 in August and September and ¥0.10 from 1 October; one letter recorded twice is voided', async () => {
    const a4 = (
      await sub.dataSource.getRepository(PrintJob).findBy({ schoolId: SCHOOL_A, paperSize: 'A4' as PrintJob['paperSize'], colour: false })
    ).filter((j) => j.kind === PrintJobKind.PRINTED);
    expect(new Set(a4.filter((j) => j.printedOn < '2026-10-01').map((j) => j.pricePerPageFen))).toEqual(new Set([8]));
    expect(new Set(a4.filter((j) => j.printedOn >= '2026-10-01').map((j) => j.pricePerPageFen))).toEqual(new Set([10]));
    const reversals = await sub.dataSource.getRepository(PrintJob).findBy({ schoolId: SCHOOL_A, kind: PrintJobKind.REVERSAL });
    expect(reversals).toHaveLength(1);
  });

  it('the month’s charges read back per department through the API, with a double-sided ratio', async () => {
    const { printCharges } = ok<{ printCharges: { departmentName: string; doubleSidedRatio: number | null; cost: { fen: number } }[] }>(
      await sub
        .as(V.director)
        .request(`query { printCharges(schoolId: "${SCHOOL_A}", month: "2026-10") { departmentName doubleSidedRatio cost { fen } } }`),
    );
    expect(printCharges.map((c) => c.departmentName)).toEqual(expect.arrayContaining(['教务处', '德育处', '办公室', '总务处']));
    expect(printCharges.every((c) => c.cost.fen > 0)).toBe(true);
    expect(printCharges.find((c) => c.departmentName === '总务处')?.doubleSidedRatio).toBe(0);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await sub.dataSource.getRepository(PrintJob).count();
    await seedPrintDemo(sub.dataSource, logger, TEST_NOW);
    expect(await sub.dataSource.getRepository(PrintJob).count()).toBe(before);
  });
});
