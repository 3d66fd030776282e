/** The words and colours of meal services, samples, staff health, accompanied meals and ratings, both languages. */
export interface Label {
  zh: string;
  en: string;
}

export const MEAL: Record<string, Label> = {
  BREAKFAST: { zh: '早餐', en: 'Breakfast' },
  LUNCH: { zh: '午餐', en: 'Lunch' },
  DINNER: { zh: '晚餐', en: 'Dinner' },
};

export const MEAL_KINDS = ['BREAKFAST', 'LUNCH', 'DINNER'] as const;
export type MealKindName = (typeof MEAL_KINDS)[number];

export const CERTIFICATE_STATE: Record<string, Label & { color: string }> = {
  VALID: { zh: '有效', en: 'Valid', color: 'green' },
  EXPIRING: { zh: '即将到期', en: 'Expiring', color: 'gold' },
  EXPIRED: { zh: '已过期', en: 'Expired', color: 'red' },
  NOT_YET_VALID: { zh: '未生效', en: 'Not yet valid', color: 'default' },
  NONE: { zh: '无健康证', en: 'No certificate', color: 'red' },
};

export const SYMPTOMS = ['FEVER', 'DIARRHOEA', 'VOMITING', 'JAUNDICE', 'SORE_THROAT', 'HAND_WOUND_OR_INFECTION'] as const;
export type SymptomName = (typeof SYMPTOMS)[number];

export const SYMPTOM: Record<string, Label> = {
  FEVER: { zh: '发热', en: 'Fever' },
  DIARRHOEA: { zh: '腹泻', en: 'Diarrhoea' },
  VOMITING: { zh: '呕吐', en: 'Vomiting' },
  JAUNDICE: { zh: '黄疸', en: 'Jaundice' },
  SORE_THROAT: { zh: '咽部炎症', en: 'Sore throat' },
  HAND_WOUND_OR_INFECTION: { zh: '手部破损/感染', en: 'Hand wound or infection' },
};

export const CHECK_FAILURE: Record<string, Label> = {
  TEMPERATURE: { zh: '体温异常', en: 'Temperature' },
  SYMPTOM: { zh: '有症状', en: 'Symptom' },
  NO_CERTIFICATE: { zh: '无健康证', en: 'No health certificate' },
  CERTIFICATE_EXPIRED: { zh: '健康证过期', en: 'Certificate expired' },
};

export const POSTS = ['MANAGER', 'COOK', 'HELPER', 'STOREKEEPER', 'SERVER', 'CLEANER'] as const;

export const POST: Record<string, Label> = {
  MANAGER: { zh: '食堂管理员', en: 'Canteen manager' },
  COOK: { zh: '厨师', en: 'Cook' },
  HELPER: { zh: '帮厨', en: 'Kitchen helper' },
  STOREKEEPER: { zh: '保管员', en: 'Storekeeper' },
  SERVER: { zh: '配餐员', en: 'Serving staff' },
  CLEANER: { zh: '保洁/洗碗', en: 'Cleaner' },
};

export const SAMPLE_PROBLEM: Record<string, Label & { color: string }> = {
  UNSAMPLED: { zh: '未留样', en: 'Not sampled', color: 'red' },
  SHORT: { zh: '留样不足', en: 'Sample too small', color: 'orange' },
};

export const RATER_KIND: Record<string, Label> = {
  STUDENT: { zh: '学生', en: 'Student' },
  PARENT_COMMITTEE: { zh: '家委会', en: "Parents' committee" },
};

export function labelOf(table: Record<string, Label>, key: string | null | undefined, t: (zh: string, en: string) => string): string {
  if (!key) return '—';
  const label = table[key];
  return label ? t(label.zh, label.en) : key;
}
