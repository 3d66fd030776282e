import type { ConsolePage } from '../../app/pages';

/** Registers (台账) of the directory: staff. */
export const directoryRegisterPages: ConsolePage[] = [];
