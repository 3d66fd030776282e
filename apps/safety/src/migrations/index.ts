import { Initial1796316841101 as M0 } from './1796316841101-Initial';
import { Zones1796341041496 as M1 } from './1796341041496-Zones';
import { Inspections1796342011697 as M2 } from './1796342011697-Inspections';
import { Equipment1796343502669 as M3 } from './1796343502669-Equipment';
import { Training1796344108454 as M4 } from './1796344108454-Training';
import { MeetingsIncidents1796346073410 as M5 } from './1796346073410-MeetingsIncidents';
import { TrainingNotices1796355873191 as M6 } from './1796355873191-TrainingNotices';
import { Patrols1796356259328 as M7 } from './1796356259328-Patrols';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- safety <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const safetyMigrations: Function[] = [M0, M1, M2, M3, M4, M5, M6, M7];
