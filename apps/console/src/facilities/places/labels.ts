import type { Label } from '../../shared/labels';

/** What a room is used for (房间用途), as the graph's RoomKind. */
export const ROOM_KIND: Record<string, Label> = {
  CLASSROOM: { zh: '教室', en: 'Classroom' },
  LAB: { zh: '实验室/专用教室', en: 'Lab' },
  OFFICE: { zh: '办公室', en: 'Office' },
  DORMITORY: { zh: '宿舍', en: 'Dormitory' },
  CANTEEN: { zh: '食堂', en: 'Canteen' },
  TOILET: { zh: '卫生间', en: 'Toilet' },
  STOREROOM: { zh: '仓库', en: 'Storeroom' },
  SPORTS: { zh: '体育场馆', en: 'Sports' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** A floor's name: 1F is the ground floor, B1 the first basement (there is no floor 0). */
export const floorName = (floor: number): string => (floor > 0 ? `${floor}F` : `B${-floor}`);
