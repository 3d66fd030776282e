import type { ConsolePage } from '../../app/pages';

/** Training (培训): the compliance matrix by post and person, and recording a training from it. */
export const trainingPages: ConsolePage[] = [
  {
    path: 'safety/training',
    load: () => import('./TrainingMatrixPage'),
    menu: { zh: '培训合规', en: 'Training' },
    visible: (access) => access.can('readSafety'),
  },
];
