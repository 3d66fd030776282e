/** The words the administration pages show for the graph's enums, both ways (zh first). */
type Labels<K extends string> = Record<K, { zh: string; en: string; color?: string }>;

export const SCHOOL_KINDS: Labels<'PRIMARY' | 'JUNIOR_MIDDLE' | 'NINE_YEAR' | 'HIGH'> = {
  PRIMARY: { zh: '小学', en: 'Primary' },
  JUNIOR_MIDDLE: { zh: '初中', en: 'Junior middle' },
  NINE_YEAR: { zh: '九年一贯制', en: 'Nine-year' },
  HIGH: { zh: '高中', en: 'Senior high' },
};

export const WEBHOOK_FORMATS: Labels<'JSON' | 'WECOM' | 'DINGTALK'> = {
  JSON: { zh: 'JSON', en: 'JSON' },
  WECOM: { zh: '企业微信机器人', en: 'WeCom robot' },
  DINGTALK: { zh: '钉钉机器人', en: 'DingTalk robot' },
};

export const ENDPOINT_STATUSES: Labels<'ACTIVE' | 'PAUSED'> = {
  ACTIVE: { zh: '启用', en: 'Active', color: 'green' },
  PAUSED: { zh: '已暂停', en: 'Paused', color: 'orange' },
};

export const DELIVERY_STATUSES: Labels<'PENDING' | 'DELIVERED' | 'FAILED'> = {
  PENDING: { zh: '待投递', en: 'Pending', color: 'blue' },
  DELIVERED: { zh: '已送达', en: 'Delivered', color: 'green' },
  FAILED: { zh: '投递失败', en: 'Failed', color: 'red' },
};

export const REPLAY_OUTCOMES: Labels<'HANDLED' | 'ALREADY_APPLIED' | 'STILL_FAILING'> = {
  HANDLED: { zh: '已重新处理', en: 'Applied now', color: 'green' },
  ALREADY_APPLIED: { zh: '此前已处理，无需重放', en: 'Already applied', color: 'blue' },
  STILL_FAILING: { zh: '仍然失败', en: 'Still failing', color: 'red' },
};

/** The label of an enum value, or the value itself when the graph has one the console does not know yet. */
export function labelOf<K extends string>(labels: Labels<K>, value: string, language: 'zh' | 'en'): string {
  const label = (labels as Record<string, { zh: string; en: string } | undefined>)[value];
  return label ? label[language] : value;
}

export function colorOf<K extends string>(labels: Labels<K>, value: string): string | undefined {
  return (labels as Record<string, { color?: string } | undefined>)[value]?.color;
}

/** Select options for an enum, in its declared order. */
export function optionsOf<K extends string>(labels: Labels<K>, language: 'zh' | 'en'): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value][language] }));
}
