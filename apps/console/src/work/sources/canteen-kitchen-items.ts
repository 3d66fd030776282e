import type { WorkItem } from '../WorkList';

type T = (zh: string, en: string) => string;

const MEAL_ZH: Record<string, string> = { BREAKFAST: '早餐', LUNCH: '午餐', DINNER: '晚餐' };
const MEAL_EN: Record<string, string> = { BREAKFAST: 'breakfast', LUNCH: 'lunch', DINNER: 'dinner' };

/** An open meal service up to today, as the work source reads it. */
export interface OpenMealService {
  id: string;
  servedOn: string;
  meal: string;
  createdAt: string;
  canteen?: { name: string } | null;
  missingSamples: readonly { problem: string }[];
}

/**
 * Meal services of today and before still open (就餐人数未记录): the canteen manager records their counts,
 * which locks them; a dish still unsampled or short (留样缺失) is said first, since the counts raise the
 * alert for it. Oldest day first (the graph lists newest first).
 */
export function openMealServiceItems(services: readonly OpenMealService[], today: string, t: T): WorkItem[] {
  return [...services]
    .sort((a, b) => a.servedOn.localeCompare(b.servedOn))
    .map((s) => {
      const missing = s.missingSamples.length;
      const overdue = s.servedOn < today;
      return {
        id: s.id,
        to: `/canteen/meal-services/${s.id}`,
        title: t(`${s.servedOn} ${MEAL_ZH[s.meal] ?? s.meal}`, `${s.servedOn} ${MEAL_EN[s.meal] ?? s.meal}`),
        tag: missing
          ? { text: t(`${missing} 道菜未留样/不足`, `${missing} dish${missing === 1 ? '' : 'es'} not sampled`), color: 'red' }
          : {
              text: overdue ? t('逾期未记录人数', 'Counts overdue') : t('待记录人数', 'Counts to record'),
              color: overdue ? 'orange' : 'blue',
            },
        subtitle: s.canteen?.name,
        at: s.createdAt,
      };
    });
}
