import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, newId, optionalText, type Page, type PageArgs } from '@houqin/common';
import { paginate, recordAudit, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { type WebhookDelivery, type WebhookDeliveryStatus, WebhookEndpoint, WebhookEndpointStatus, WebhookFormat } from './webhook.entity';
import { refusedHost, type Resolve } from './webhook.guard';
import type {
  CreateWebhookEndpointInput,
  PauseWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointVersionInput,
} from './webhook.inputs';
import { checkEventTypes, checkRobotSecret, checkUrl, MAX_ENDPOINTS_PER_DISTRICT, newSigningSecret, redactUrl } from './webhook.rules';
import { webhookEndpointReader, webhookSql } from './webhook.store';
import type { WebhookEndpointWithSecret } from './webhook.types';

/** What registration checks URLs against (the dispatcher checks again on every delivery). */
export interface WebhookUrlPolicy {
  allowPrivateUrls: boolean;
  resolve?: Resolve;
}

/**
 * District webhooks (Webhook 推送): district admins register, change, pause, resume and delete
 * endpoints and rotate their secrets; district admins and auditors read them and their
 * deliveries. Every check (permission, input, URL, school, version) comes before any write.
 */
export class WebhookService {
  readonly reader: ScopedReader<WebhookEndpoint>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
    private readonly policy: WebhookUrlPolicy,
  ) {
    this.reader = webhookEndpointReader(ctx);
  }

  list(page: PageArgs): Promise<Page<WebhookEndpoint>> {
    requirePermission(this.ctx.viewer, P.readWebhooks);
    return paginate(webhookSql.list(this.ctx.dataSource.manager, this.reader), page);
  }

  get(id: string): Promise<WebhookEndpoint> {
    requirePermission(this.ctx.viewer, P.readWebhooks);
    return this.reader.get(id);
  }

  /** An endpoint's deliveries, newest first; NOT_FOUND for an endpoint outside the viewer's district. */
  async deliveries(endpointId: string, status: WebhookDeliveryStatus | null, page: PageArgs): Promise<Page<WebhookDelivery>> {
    requirePermission(this.ctx.viewer, P.readWebhooks);
    const endpoint = await this.reader.get(endpointId, 'endpointId');
    return paginate(webhookSql.ofEndpoint(this.ctx.dataSource.manager, endpoint.id, status), page, 'DESC');
  }

  async create(input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    const viewer = requirePermission(this.ctx.viewer, P.createWebhookEndpoint);
    const eventTypes = checkEventTypes(input.eventTypes);
    const robotSecret = optionalText(input.robotSecret);
    checkRobotSecret(input.format, robotSecret);
    const url = await this.checkDestination(input.url);
    const secret = newSigningSecret();
    return this.ctx.dataSource.transaction(async (manager) => {
      const schoolId = input.schoolId ? (await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId')).id : null;
      const count = await webhookSql.countOfDistrict(manager, viewer.districtId).getCount();
      if (count >= MAX_ENDPOINTS_PER_DISTRICT) {
        throw badInput('url', `A district may register at most ${MAX_ENDPOINTS_PER_DISTRICT} webhook endpoints; delete one first.`);
      }
      const endpoint = manager.create(WebhookEndpoint, {
        id: newId(),
        districtId: viewer.districtId,
        name: input.name.trim(),
        url,
        eventTypes,
        schoolId,
        format: input.format,
        secret,
        robotSecret,
        status: WebhookEndpointStatus.ACTIVE,
        pausedReason: null,
        pausedAt: null,
        consecutiveFailures: 0,
      });
      await manager.insert(WebhookEndpoint, endpoint);
      await this.audit(manager, 'webhook.create', endpoint, {
        name: endpoint.name,
        url: redactUrl(url),
        eventTypes,
        schoolId,
        format: input.format,
      });
      return { endpoint: await manager.findOneOrFail(WebhookEndpoint, { where: { id: endpoint.id } }), secret };
    });
  }

  async update(input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    requirePermission(this.ctx.viewer, P.updateWebhookEndpoint);
    const changes: Partial<WebhookEndpoint> = {};
    if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
    if (input.eventTypes !== undefined && input.eventTypes !== null) changes.eventTypes = checkEventTypes(input.eventTypes);
    if (input.format !== undefined && input.format !== null) changes.format = input.format;
    if (input.robotSecret !== undefined) changes.robotSecret = optionalText(input.robotSecret);
    // Leaving DingTalk drops its 加签 secret rather than refusing the change.
    else if (changes.format && changes.format !== WebhookFormat.DINGTALK) changes.robotSecret = null;
    if (input.url !== undefined && input.url !== null) changes.url = await this.checkDestination(input.url);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      checkRobotSecret(changes.format ?? current.format, changes.robotSecret === undefined ? current.robotSecret : changes.robotSecret);
      if (input.schoolId !== undefined) {
        changes.schoolId = input.schoolId ? (await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId')).id : null;
      }
      const { robotSecret, url, ...shown } = changes;
      return saveEdit(manager, this.ctx, {
        entity: WebhookEndpoint,
        typeName: 'WebhookEndpoint',
        current,
        version: input.version,
        changes,
        audit: {
          action: 'webhook.update',
          changes: {
            ...shown,
            ...(url ? { url: redactUrl(url) } : {}),
            ...(robotSecret !== undefined ? { robotSecretChanged: true } : {}),
          },
        },
      });
    });
  }

  /** Pauses by hand: nothing new is queued, and what is queued is held until a resume. */
  async pause(input: PauseWebhookEndpointInput): Promise<WebhookEndpoint> {
    const viewer = requirePermission(this.ctx.viewer, P.pauseWebhookEndpoint);
    const reason = optionalText(input.reason) ?? `Paused by ${viewer.username}`;
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      if (current.status === WebhookEndpointStatus.PAUSED) throw conflict(`WebhookEndpoint ${current.id} is already paused.`);
      const paused = await saveEdit(manager, this.ctx, {
        entity: WebhookEndpoint,
        typeName: 'WebhookEndpoint',
        current,
        version: input.version,
        changes: { status: WebhookEndpointStatus.PAUSED, pausedReason: reason, pausedAt: new Date() },
        audit: { action: 'webhook.pause' },
      });
      await webhookSql.holdEndpoint(manager, current.id).execute();
      return paused;
    });
  }

  /** Resumes: the failure count starts again, and every undelivered delivery (held or given up) is queued again. */
  async resume(input: WebhookEndpointVersionInput): Promise<WebhookEndpoint> {
    requirePermission(this.ctx.viewer, P.resumeWebhookEndpoint);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      if (current.status === WebhookEndpointStatus.ACTIVE) throw conflict(`WebhookEndpoint ${current.id} is not paused.`);
      const resumed = await saveEdit(manager, this.ctx, {
        entity: WebhookEndpoint,
        typeName: 'WebhookEndpoint',
        current,
        version: input.version,
        changes: { status: WebhookEndpointStatus.ACTIVE, pausedReason: null, pausedAt: null, consecutiveFailures: 0 },
        audit: { action: 'webhook.resume' },
      });
      await webhookSql.requeueEndpoint(manager, current.id, new Date()).execute();
      return resumed;
    });
  }

  /** A new signing secret, in force for the next attempt; the old one stops working at once. */
  async rotateSecret(input: WebhookEndpointVersionInput): Promise<WebhookEndpointWithSecret> {
    requirePermission(this.ctx.viewer, P.rotateWebhookSecret);
    const secret = newSigningSecret();
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const endpoint = await saveEdit(manager, this.ctx, {
        entity: WebhookEndpoint,
        typeName: 'WebhookEndpoint',
        current,
        version: input.version,
        changes: { secret },
        audit: { action: 'webhook.rotateSecret', changes: { secretRotated: true } },
      });
      return { endpoint, secret };
    });
  }

  /** Deletes an endpoint and its deliveries (the audit trail keeps that it existed). */
  async delete(input: WebhookEndpointVersionInput): Promise<string> {
    requirePermission(this.ctx.viewer, P.deleteWebhookEndpoint);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const deleted = await manager.delete(WebhookEndpoint, { id: current.id, version: input.version });
      if (!deleted.affected) {
        throw conflict(
          `WebhookEndpoint ${current.id} was changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`,
          {
            currentVersion: current.version,
          },
        );
      }
      await webhookSql.deleteOfEndpoint(manager, current.id).execute();
      await this.audit(manager, 'webhook.delete', current, { name: current.name, url: redactUrl(current.url) });
      return current.id;
    });
  }

  /** A URL that may receive deliveries: http(s), and in production a host with only public addresses. */
  private async checkDestination(raw: string): Promise<string> {
    const url = checkUrl(raw);
    if (!this.policy.allowPrivateUrls) {
      const refused = await refusedHost(url, this.policy.resolve);
      if (refused) throw badInput('url', `url may not be called: ${refused}. Webhooks go to public addresses only.`);
    }
    return url.toString();
  }

  private audit(manager: EntityManager, action: string, endpoint: WebhookEndpoint, changes: Record<string, unknown>) {
    return recordAudit(manager, this.ctx, {
      action,
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      districtId: endpoint.districtId,
      schoolId: endpoint.schoolId,
      changes,
    });
  }
}
