import type { Label } from '../../shared/labels';

/** Paper sizes (纸张规格) of the print centre. */
export const PAPER_SIZE: Record<string, Label> = {
  A4: { zh: 'A4', en: 'A4' },
  A3: { zh: 'A3', en: 'A3' },
  B5: { zh: 'B5（16开）', en: 'B5' },
  B4: { zh: 'B4（8开）', en: 'B4' },
};

export const PAPER_SIZES = ['A4', 'A3', 'B5', 'B4'] as const;

export const PRINT_JOB_KIND: Record<string, Label> = {
  PRINTED: { zh: '印刷', en: 'Printed' },
  REVERSAL: { zh: '冲销', en: 'Reversal' },
};
