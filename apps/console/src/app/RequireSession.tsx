import { Alert, Spin } from 'antd';
import { graphProblems } from '../shared/graph-errors';
import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useMatches } from 'react-router';
import { AccessProvider, buildAccess } from '../session/access';
import { onSessionChange, readSession, type SignOutReason } from '../session/token-store';
import { useViewer, viewerPermissions } from '../session/viewer';
import { SchoolZoneContext } from '../session/zone';
import { DEFAULT_SCHOOL_ZONE } from '../shared/dates';
import { useT } from './language';
import { Shell } from './Shell';

/** A route's `handle` naming what a visitor without a session sees there (ConsolePage.signedOut). */
export interface SignedOutHandle {
  signedOut: ReactNode;
}

function signedOutElement(handle: unknown): ReactNode | undefined {
  return handle && typeof handle === 'object' && 'signedOut' in handle ? (handle as SignedOutHandle).signedOut : undefined;
}

/**
 * Signed-in pages only: without a live session the viewer goes to sign-in (remembering where they
 * were going); when the session ends anywhere (expired token, sign-out) they go there with a reason.
 * A page with a signed-out alternative (a room's QR link: the anonymous repair form) shows that instead.
 */
export function RequireSession() {
  const location = useLocation();
  const matches = useMatches();
  const [state, setState] = useState<{ signedIn: boolean; reason?: SignOutReason }>(() => ({ signedIn: readSession() !== null }));

  useEffect(() => onSessionChange((session, reason) => setState({ signedIn: session !== null, reason })), []);

  if (!state.signedIn) {
    const signedOut = matches.map((match) => signedOutElement(match.handle)).find((element) => element !== undefined);
    if (signedOut !== undefined) return signedOut;
    const to = state.reason ? `/sign-in?reason=${state.reason}` : '/sign-in';
    return <Navigate to={to} replace state={{ from: location.pathname + location.search }} />;
  }
  return <SignedIn />;
}

function SignedIn() {
  const t = useT();
  const { viewer, loading, error } = useViewer();
  if (loading && !viewer) return <Spin style={{ display: 'block', margin: 96 }} />;
  if (!viewer)
    return (
      <Alert
        type="error"
        style={{ margin: 48 }}
        title={t('无法读取您的账号', 'Your account could not be read')}
        description={graphProblems(error)
          .map((p) => p.message)
          .join(' ')}
      />
    );
  const permissions = viewerPermissions(viewer);
  const access = buildAccess(viewer.id, viewer.roles, permissions);
  const zone = viewer.roles.find((r) => r.school)?.school?.timeZone ?? DEFAULT_SCHOOL_ZONE;
  return (
    <AccessProvider value={access}>
      <SchoolZoneContext.Provider value={zone}>
        <Shell displayName={viewer.displayName} />
      </SchoolZoneContext.Provider>
    </AccessProvider>
  );
}
