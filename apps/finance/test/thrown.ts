/**
 * For the unit tests of the pure rules (src/<concept>/<concept>.rules.spec.ts): what a rule threw,
 * read from the GraphQL error's extensions; 'none' when it threw nothing.
 */
function extensionsOf(work: () => unknown): { code?: string; field?: string } | 'none' {
  try {
    work();
    return 'none';
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions ?? {};
  }
}

/** The field a BAD_USER_INPUT names, or 'none'. */
export const fieldOf = (work: () => unknown) => {
  const thrown = extensionsOf(work);
  return thrown === 'none' ? thrown : thrown.field;
};

/** The error code thrown, or 'none'. */
export const codeOf = (work: () => unknown) => {
  const thrown = extensionsOf(work);
  return thrown === 'none' ? thrown : thrown.code;
};
