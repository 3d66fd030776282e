import { registerEnumType } from 'type-graphql';

/** The age groups of WS/T 554-2017 (学生餐营养指南), whose table a menu is checked against. */
export enum StudentAgeGroup {
  AGE_6_8 = 'AGE_6_8',
  AGE_9_11 = 'AGE_9_11',
  AGE_12_14 = 'AGE_12_14',
  AGE_15_17 = 'AGE_15_17',
}
registerEnumType(StudentAgeGroup, {
  name: 'StudentAgeGroup',
  description: 'An age group of the student-meal nutrition guideline WS/T 554-2017 (学生餐营养指南 年龄段), which a menu is checked for.',
  valuesConfig: {
    AGE_6_8: { description: '6 to 8 years (6岁~8岁), roughly primary grades 1–3 (小学低年级).' },
    AGE_9_11: { description: '9 to 11 years (9岁~11岁), roughly primary grades 4–6 (小学高年级).' },
    AGE_12_14: { description: '12 to 14 years (12岁~14岁), roughly junior middle school (初中).' },
    AGE_15_17: { description: '15 to 17 years (15岁~17岁), roughly senior middle school (高中).' },
  },
});
