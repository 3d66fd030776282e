import { badInput, DECIMAL_TEXT, decimalThousandths, nextByRule, shiftDate } from '@houqin/common';
import {
  ANSWER_NOTE_MAX,
  ITEM_TEXT_MAX,
  ITEMS_MAX,
  type InspectionItem,
  InspectionItemKind,
  InspectionResult,
  type InspectionCadence,
  type InspectionSection,
  SECTIONS_MAX,
} from './inspection.entity';

/** The longest a round may be given to be done (due days after its day), and the most rounds one schedule opens at once. */
export const DUE_DAYS_MAX = 31;
export const INTERVAL_MAX = 366;
export const CATCH_UP_MAX = 31;

/**
 * A template version's content: 1–SECTIONS_MAX titled sections, 1–ITEMS_MAX items in all, each with its
 * text; a NUMBER item's limits decimal and in order, a PASS_FAIL item without limits. BAD_USER_INPUT on
 * `sections.S.items.I.<field>` (or `sections`).
 */
export function checkSections(sections: readonly InspectionSection[]): InspectionSection[] {
  if (!sections.length || sections.length > SECTIONS_MAX) throw badInput('sections', `A template has 1 to ${SECTIONS_MAX} sections.`);
  const total = sections.reduce((n, s) => n + (s.items?.length ?? 0), 0);
  if (total < 1 || total > ITEMS_MAX) throw badInput('sections', `A template has 1 to ${ITEMS_MAX} items in all.`);
  return sections.map((section, s) => {
    const title = section.title?.trim();
    if (!title || title.length > ITEM_TEXT_MAX)
      throw badInput(`sections.${s}.title`, `Each section needs a title of at most ${ITEM_TEXT_MAX} characters.`);
    if (!section.items.length) throw badInput(`sections.${s}.items`, `Section "${title}" has no items.`);
    return {
      title,
      items: section.items.map((item, i) => {
        const field = `sections.${s}.items.${i}`;
        const text = item.text?.trim();
        if (!text || text.length > ITEM_TEXT_MAX)
          throw badInput(`${field}.text`, `Each item needs a text of at most ${ITEM_TEXT_MAX} characters.`);
        const min = item.min?.trim() || null;
        const max = item.max?.trim() || null;
        if (item.kind === InspectionItemKind.PASS_FAIL && (min || max))
          throw badInput(`${field}.min`, 'Only a NUMBER item has limits; a PASS_FAIL item is answered pass or fail.');
        for (const [edge, value] of [
          ['min', min],
          ['max', max],
        ] as const)
          if (value && !DECIMAL_TEXT.test(value)) throw badInput(`${field}.${edge}`, `${edge} must be a decimal such as 1.2.`);
        if (item.kind === InspectionItemKind.NUMBER && !min && !max)
          throw badInput(`${field}.min`, 'A NUMBER item needs a lowest or a highest acceptable value (or both).');
        if (min && max && decimalThousandths(min) > decimalThousandths(max)) throw badInput(`${field}.max`, 'max must not be below min.');
        return {
          text,
          kind: item.kind,
          min,
          max,
          unit: item.unit?.trim().slice(0, 12) || null,
          required: item.required ?? true,
          photoRequired: item.photoRequired ?? false,
          hazardLevel: item.hazardLevel,
        };
      }),
    };
  });
}

/** The items of a version in order, sections flattened: an answer names its item by this index. */
export const itemsOf = (sections: readonly InspectionSection[]): InspectionItem[] => sections.flatMap((s) => s.items);

/** What an inspector gives for one item. */
export interface GivenAnswer {
  itemIndex: number;
  result?: InspectionResult | null;
  value?: string | null;
  note?: string | null;
  photoRefs?: string[] | null;
}

/**
 * An item's answer checked against its item: a PASS_FAIL item needs a result; a NUMBER item a value
 * (its result is PASS within the limits, FAIL outside) unless it is not applicable; a note of at most
 * ANSWER_NOTE_MAX. BAD_USER_INPUT on `answers.K.<field>`.
 */
export function answerItem(
  items: readonly InspectionItem[],
  given: GivenAnswer,
  k: number,
): { result: InspectionResult; value: string | null } {
  const field = `answers.${k}`;
  const item = items[given.itemIndex];
  if (!Number.isInteger(given.itemIndex) || !item)
    throw badInput(`${field}.itemIndex`, `itemIndex must be an item of the round: 0 to ${items.length - 1}.`);
  if ((given.note?.length ?? 0) > ANSWER_NOTE_MAX) throw badInput(`${field}.note`, `A note is at most ${ANSWER_NOTE_MAX} characters.`);
  if (given.result === InspectionResult.NOT_APPLICABLE) return { result: InspectionResult.NOT_APPLICABLE, value: null };
  if (item.kind === InspectionItemKind.PASS_FAIL) {
    if (!given.result) throw badInput(`${field}.result`, `"${item.text}" is answered pass, fail or not applicable.`);
    if (given.value) throw badInput(`${field}.value`, `"${item.text}" takes no number.`);
    return { result: given.result, value: null };
  }
  const value = given.value?.trim();
  if (!value || !DECIMAL_TEXT.test(value))
    throw badInput(`${field}.value`, `"${item.text}" needs a number such as 1.2${item.unit ? ` (${item.unit})` : ''}.`);
  const n = decimalThousandths(value);
  const within = (!item.min || n >= decimalThousandths(item.min)) && (!item.max || n <= decimalThousandths(item.max));
  if (given.result && given.result !== (within ? InspectionResult.PASS : InspectionResult.FAIL))
    throw badInput(
      `${field}.result`,
      `"${item.text}": ${value} is ${within ? 'within' : 'outside'} its limits; leave result out, it follows from the number.`,
    );
  return { result: within ? InspectionResult.PASS : InspectionResult.FAIL, value };
}

/**
 * What keeps a round from being submitted: its required items without an answer, and answered items
 * that need a photo and have none (not applicable needs none). Item indexes, in order.
 */
export function unfinishedItems(
  items: readonly InspectionItem[],
  answers: readonly { itemIndex: number; result: InspectionResult; photoRefs: string[] }[],
): { unanswered: number[]; withoutPhoto: number[] } {
  const byItem = new Map(answers.map((a) => [a.itemIndex, a]));
  const unanswered: number[] = [];
  const withoutPhoto: number[] = [];
  items.forEach((item, i) => {
    const answer = byItem.get(i);
    if (!answer) {
      if (item.required) unanswered.push(i);
    } else if (item.photoRequired && answer.result !== InspectionResult.NOT_APPLICABLE && !answer.photoRefs.length) withoutPhoto.push(i);
  });
  return { unanswered, withoutPhoto };
}

/** A schedule's rule and due time: BAD_USER_INPUT on the field at fault (a schedule with no interval is refused). */
export function checkScheduleRule(interval: number, dueDays: number): void {
  if (!Number.isInteger(interval) || interval < 1 || interval > INTERVAL_MAX)
    throw badInput('interval', `interval must be a whole number from 1 to ${INTERVAL_MAX}: a schedule needs an interval.`);
  if (!Number.isInteger(dueDays) || dueDays < 0 || dueDays > DUE_DAYS_MAX)
    throw badInput('dueDays', `dueDays must be a whole number from 0 to ${DUE_DAYS_MAX}.`);
}

/**
 * The days a schedule opens rounds for up to `today` (from its `nextOn`, at most CATCH_UP_MAX) and its
 * next day after them. Days follow the rule from `startsOn` (RFC 5545 through rrule).
 */
export function daysToOpen(
  schedule: { frequency: InspectionCadence; interval: number; startsOn: string; nextOn: string },
  today: string,
): { days: string[]; nextOn: string } {
  const days: string[] = [];
  let next = schedule.nextOn;
  while (next <= today && days.length < CATCH_UP_MAX) {
    days.push(next);
    next = nextByRule(schedule.frequency, schedule.interval, schedule.startsOn, next);
  }
  return { days, nextOn: next };
}

/** A round's due day: `dueDays` after its day. */
export const dueOnOf = (day: string, dueDays: number) => shiftDate(day, dueDays);
