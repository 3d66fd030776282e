import { Initial1796227747366 as M0 } from './1796227747366-Initial';
import { SchoolCalendarCopy1796279667726 as M1 } from './1796279667726-SchoolCalendarCopy';
import { WorkOrders1796282191653 as M2 } from './1796282191653-WorkOrders';
import { Maintenance1796282907104 as M3 } from './1796282907104-Maintenance';
import { Patrols1796283598699 as M4 } from './1796283598699-Patrols';
import { RequisitionRatings1796284322793 as M5 } from './1796284322793-RequisitionRatings';
import { DutyTasks1796284458718 as M6 } from './1796284458718-DutyTasks';
import { RoomCopyBackfill1796358000000 as M7 } from './1796358000000-RoomCopyBackfill';
import { SupplierCopy1796359970020 as M8 } from './1796359970020-SupplierCopy';
import { MeterMaintenance1796367410126 as M9 } from './1796367410126-MeterMaintenance';
import { DutyReminders1796368578814 as M10 } from './1796368578814-DutyReminders';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- facilities <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const facilitiesMigrations: Function[] = [M0, M1, M2, M3, M4, M5, M6, M7, M8, M9, M10];
