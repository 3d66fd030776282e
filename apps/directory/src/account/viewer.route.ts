import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { requireGatewayToken, type SubgraphConfig } from '@houqin/subgraph-kit';
import { currentViewer } from './account.service';

/** Path where the gateway asks, for a verified user token, who the viewer is right now. */
export const VIEWER_PATH = '/internal/viewer';

/**
 * `POST /internal/viewer {accountId, sessionVersion}` → `{viewer}` or 401. Answered from the
 * database each time, so a deactivated account or revoked role takes effect at the gateway's next
 * lookup. Only the gateway can call it (gateway token required).
 */
export function mountViewerRoute(router: Router, deps: { dataSource: DataSource; config: SubgraphConfig; logger: Logger }) {
  router.post(VIEWER_PATH, express.json({ limit: '4kb' }), requireGatewayToken(deps.config.INTERNAL_TOKEN_SECRET), async (req, res) => {
    const { accountId, sessionVersion } = (req.body ?? {}) as { accountId?: unknown; sessionVersion?: unknown };
    if (typeof accountId !== 'string' || typeof sessionVersion !== 'number') {
      res.status(400).json({ error: 'accountId and sessionVersion are required' });
      return;
    }
    const viewer = await currentViewer(deps.dataSource, accountId, sessionVersion);
    if (!viewer) {
      res.status(401).json({ error: 'account inactive or session ended' });
      return;
    }
    res.json({ viewer });
  });
}
