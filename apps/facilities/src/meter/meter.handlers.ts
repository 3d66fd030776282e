import type { EventHandlers } from '@houqin/events';
import { meterSql } from './meter.store';

/**
 * What meters do with other services' events: a campus that moves to another school (a merger) takes
 * its meters (building meters and campus meters: each carries its campus) and their anomalies along.
 * Readings hang on their meter and need nothing. Composed in events/facilities.consumer.ts after places'.
 */
export const meterHandlers: EventHandlers = {
  'directory.campus.moved': async (manager, { payload }) => {
    await meterSql.moveMeters(manager, payload.campusId, payload.toSchoolId).execute();
    await meterSql.moveAnomalies(manager, payload.campusId, payload.toSchoolId).execute();
  },
};
