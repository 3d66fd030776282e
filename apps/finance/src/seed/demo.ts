import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';

/** Seeds a year of demo finance data; filled in below. */
export async function seedFinanceDemo(_dataSource: DataSource, _logger: Logger): Promise<void> {}
