import type { PatrolStatus } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';
import type { CheckpointState } from './patrols';

/** Where a patrol is (巡视状态). */
export const PATROL_STATUS: Record<string, Label> = {
  IN_PROGRESS: { zh: '巡视中', en: 'Walking' },
  FINISHED: { zh: '已完成', en: 'Finished' },
} satisfies Record<PatrolStatus, Label>;

export const PATROL_STATUS_COLOR: Record<string, string> = { IN_PROGRESS: 'processing', FINISHED: 'green' };

/** A checkpoint (巡视点) during and after a walk. */
export const CHECKPOINT_STATE: Record<CheckpointState, Label> = {
  SCANNED: { zh: '已扫码', en: 'Scanned' },
  OUT_OF_ORDER: { zh: '顺序错误', en: 'Out of order' },
  PENDING: { zh: '待巡查', en: 'Pending' },
  MISSED: { zh: '漏检', en: 'Missed' },
};

export const CHECKPOINT_STATE_COLOR: Record<CheckpointState, string> = {
  SCANNED: 'green',
  OUT_OF_ORDER: 'orange',
  PENDING: 'default',
  MISSED: 'red',
};
