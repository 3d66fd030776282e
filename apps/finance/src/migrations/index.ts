import { Initial1795479520940 as M0 } from './1795479520940-Initial';
import { SupplierSpendingIndex1795482500852 as M1 } from './1795482500852-SupplierSpendingIndex';
import { AddEvents1796171013444 as M2 } from './1796171013444-AddEvents';
import { Jobs1796174109023 as M3 } from './1796174109023-Jobs';
import { DirectoryCopy1796174121857 as M4 } from './1796174121857-DirectoryCopy';
import { MoneyControl1796176608623 as M5 } from './1796176608623-MoneyControl';
import { SupplierTotals1796177800761 as M6 } from './1796177800761-SupplierTotals';
import { DraftPurchases1796222621319 as M7 } from './1796222621319-DraftPurchases';
import { AssetWriteOff1796222767066 as M8 } from './1796222767066-AssetWriteOff';
import { RepairExpense1796281468618 as M9 } from './1796281468618-RepairExpense';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- finance <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const financeMigrations: Function[] = [M0, M1, M2, M3, M4, M5, M6, M7, M8, M9];
