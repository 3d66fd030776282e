/** A section of a round's version with each item's index in the round (sections flattened, as answers name them). */
export interface NumberedSection<I> {
  title: string;
  items: (I & { index: number })[];
}

/** The version's sections with each item numbered as the graph numbers it (0, 1, … across sections). */
export function numberedSections<I>(sections: readonly { title: string; items: readonly I[] }[]): NumberedSection<I>[] {
  let index = 0;
  return sections.map((section) => ({ title: section.title, items: section.items.map((item) => ({ ...item, index: index++ })) }));
}

/**
 * How far a round is: required items answered of all required, and what still keeps it from submission
 * (required items without an answer, answered items that need a photo and have none), in item order.
 */
export function roundProgress(
  items: readonly { required: boolean; photoRequired: boolean }[],
  answers: readonly { itemIndex: number; result: string; photoRefs: readonly string[] }[],
): { answered: number; required: number; missing: number[]; withoutPhoto: number[] } {
  const byItem = new Map(answers.map((a) => [a.itemIndex, a]));
  const missing: number[] = [];
  const withoutPhoto: number[] = [];
  let answered = 0;
  let required = 0;
  items.forEach((item, i) => {
    const answer = byItem.get(i);
    if (item.required) {
      required += 1;
      if (answer) answered += 1;
      else missing.push(i);
    }
    if (answer && item.photoRequired && answer.result !== 'NOT_APPLICABLE' && !answer.photoRefs.length) withoutPhoto.push(i);
  });
  return { answered, required, missing, withoutPhoto };
}
