import { graphProblems, rowProblems } from '../graph-errors';
import { graphRowProblems, validateSheet, type ImportLanguage, type ImportProblem, type ImportSpec, type ValidatedRow } from './validate';

/** Sends every row of a file to a bulk mutation, only checking them with validateOnly; answers the count or throws the graph's error. */
export type SendRows<Row> = (rows: Row[], validateOnly: boolean) => Promise<number>;

export type CheckOutcome<Row> =
  { accepted: true; rows: ValidatedRow<Row>[] } | { accepted: false; by: 'file' | 'graph'; problems: ImportProblem[] };

/** A refused bulk mutation's errors as problems on the file: its row errors on Excel rows, anything else for the whole file. */
export function refusal<Row>(
  error: unknown,
  sent: readonly ValidatedRow<Row>[],
  spec: ImportSpec<Row>,
  language: ImportLanguage,
): ImportProblem[] {
  const byRow = rowProblems(error);
  if (byRow.length) return graphRowProblems(byRow, sent, spec.columns, language);
  return graphProblems(error).map((p) => ({ excelRow: null, column: null, message: p.message }));
}

/**
 * The check of a file before it may be written: every row here first, and only a file without a
 * problem goes to the graph, with validateOnly (nothing is written). Accepted means both agreed.
 */
export async function checkFile<Row>(
  cells: string[][],
  spec: ImportSpec<Row>,
  send: SendRows<Row>,
  language: ImportLanguage = 'zh',
): Promise<CheckOutcome<Row>> {
  const { rows, problems } = validateSheet(cells, spec, language);
  if (problems.length) return { accepted: false, by: 'file', problems };
  try {
    await send(
      rows.map((r) => r.value),
      true,
    );
    return { accepted: true, rows };
  } catch (error) {
    return { accepted: false, by: 'graph', problems: refusal(error, rows, spec, language) };
  }
}

/** Writes a checked file (validateOnly false): the count written, or the graph's problems (then nothing was written). */
export async function writeFile<Row>(
  rows: ValidatedRow<Row>[],
  spec: ImportSpec<Row>,
  send: SendRows<Row>,
  language: ImportLanguage = 'zh',
): Promise<{ count: number } | { problems: ImportProblem[] }> {
  try {
    return {
      count: await send(
        rows.map((r) => r.value),
        false,
      ),
    };
  } catch (error) {
    return { problems: refusal(error, rows, spec, language) };
  }
}
