import { Alert, App } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/language';
import { graphProblems, hasCode } from '../../shared/graph-errors';

/**
 * Runs a mutation a form would otherwise submit (create and update go through useGraphForm): when the
 * graph answers CONFLICT — someone changed the record since it was read — the record is read again
 * before the error reaches the form, so the next attempt carries the current version.
 */
export async function refetchingOnConflict<R>(run: () => Promise<R>, refetch: () => unknown): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (hasCode(error, 'CONFLICT')) await Promise.resolve(refetch()).catch(() => undefined);
    throw error;
  }
}

/**
 * refetchingOnConflict for a form: `guard(run)` reads the record again on CONFLICT, and `note` then
 * tells the user, in their language, that the form now holds the current version (the graph's own
 * message stays in the form's alert).
 */
export function useConflictReread(refetch?: () => unknown) {
  const t = useT();
  const [reread, setReread] = useState(false);
  const guard = <R,>(run: () => Promise<R>) =>
    refetchingOnConflict(run, () => {
      setReread(true);
      return refetch?.();
    });
  const note = reread ? (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="conflict-reread"
      title={t(
        '他人刚修改过此记录，已重新读取最新版本；请核对后再次保存。',
        'Someone changed this meanwhile; the current version was read again. Check and save again.',
      )}
    />
  ) : null;
  return { guard, note };
}

/**
 * A one-click action of a page (pause, rotate, revoke, replay …): a message when it worked, an alert
 * above the page's content when it did not; on CONFLICT the alert says the record was read again.
 */
export function useAdminAction(refetch?: () => unknown) {
  const t = useT();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function run<R>(key: string, action: () => Promise<R>, done?: string): Promise<R | undefined> {
    setProblem(null);
    setBusy(key);
    try {
      const result = await action();
      if (done) void message.success(done);
      return result;
    } catch (error) {
      const text = graphProblems(error)
        .map((p) => p.message)
        .join(' ');
      if (hasCode(error, 'CONFLICT') && refetch) {
        await Promise.resolve(refetch()).catch(() => undefined);
        setProblem(
          t(
            `记录已被他人修改，已重新读取，请核对后再试。${text}`,
            `Someone changed this meanwhile; it was read again. Check and retry. ${text}`,
          ),
        );
      } else {
        setProblem(text);
      }
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const alert = problem ? (
    <Alert
      type="error"
      showIcon
      closable
      onClose={() => setProblem(null)}
      style={{ marginBottom: 16 }}
      title={problem}
      data-testid="action-error"
    />
  ) : null;
  return { run, busy, alert };
}
