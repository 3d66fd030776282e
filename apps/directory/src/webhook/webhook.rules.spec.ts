import { createHmac } from 'node:crypto';
import type { EventEnvelope } from '@houqin/events';
import { WebhookFormat } from './webhook.entity';
import { guardedLookup, refusedAddress, refusedHost, type Resolve } from './webhook.guard';
import { eventTitle, EVENT_TITLES, renderBody } from './webhook.messages';
import {
  answerError,
  checkEventTypes,
  checkRobotSecret,
  checkUrl,
  dingtalkSignedUrl,
  newSigningSecret,
  redactUrl,
  typeMatches,
  wantsEvent,
  webhookRetryDelay,
} from './webhook.rules';

const field = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe('event types an endpoint may ask for', () => {
  it('takes catalogue types and wildcards that name some, without duplicates', () => {
    expect(checkEventTypes([' finance.* ', 'finance.*', 'directory.school.created', '*', 'finance.expenseClaim.*'])).toEqual([
      'finance.*',
      'directory.school.created',
      '*',
      'finance.expenseClaim.*',
    ]);
  });

  it('refuses an empty list, unknown types and wildcards that name nothing, on eventTypes', () => {
    for (const bad of [
      [],
      ['finance.supplier.vanished'],
      ['transport.*'],
      ['finance'],
      ['fin*'],
      ['finance.**'],
      Array.from({ length: 51 }, (_, i) => `finance.type${i}`),
    ]) {
      expect(field(() => checkEventTypes(bad))).toBe('eventTypes');
    }
  });

  it('matches exact types, a service, a concept and everything', () => {
    const type = 'finance.purchaseRequest.submitted';
    expect([['*'], ['finance.*'], ['finance.purchaseRequest.*'], [type]].map((p) => typeMatches(p, type))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([['directory.*'], ['finance.purchaseRequestX.*'], ['finance.purchaseRequest.paid']].map((p) => typeMatches(p, type))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('narrows to one school when a filter is set: district-wide events do not match it', () => {
    const filtered = { eventTypes: ['*'], schoolId: 'school-a' };
    expect(wantsEvent(filtered, { type: 'finance.supplier.suspended', schoolId: null })).toBe(false);
    expect(wantsEvent(filtered, { type: 'finance.supplier.suspended', schoolId: 'school-b' })).toBe(false);
    expect(wantsEvent(filtered, { type: 'finance.supplier.suspended', schoolId: 'school-a' })).toBe(true);
    expect(wantsEvent({ ...filtered, schoolId: null }, { type: 'finance.supplier.suspended', schoolId: null })).toBe(true);
  });
});

describe('endpoint URLs', () => {
  it('accepts absolute http(s) URLs only, on url', () => {
    expect(checkUrl(' https://oa.example.edu.cn/hook ').toString()).toBe('https://oa.example.edu.cn/hook');
    for (const bad of [
      'oa.example.edu.cn/hook',
      'ftp://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `https://e.com/${'x'.repeat(2048)}`,
    ]) {
      expect(field(() => checkUrl(bad))).toBe('url');
    }
  });

  it('hides query values and passwords when shown (a robot key is a credential)', () => {
    expect(redactUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***',
    );
    expect(redactUrl('https://user:pw@oa.example.edu.cn/hook?a=1&b=2')).toBe('https://user:***@oa.example.edu.cn/hook?a=***&b=***');
  });

  it('takes a robot secret for DINGTALK only', () => {
    expect(field(() => checkRobotSecret(WebhookFormat.WECOM, 'SEC1'))).toBe('robotSecret');
    expect(field(() => checkRobotSecret(WebhookFormat.JSON, 'SEC1'))).toBe('robotSecret');
    expect(field(() => checkRobotSecret(WebhookFormat.DINGTALK, 'SEC1'))).toBeUndefined();
    expect(field(() => checkRobotSecret(WebhookFormat.WECOM, null))).toBeUndefined();
  });
});

describe('the SSRF guard', () => {
  it('refuses every non-public range and passes public addresses', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.100.100.200',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd00:ec2::254',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      '2002:7f00:1::',
    ];
    expect(refused.filter((address) => refusedAddress(address) === null)).toEqual([]);
    expect(refusedAddress('169.254.169.254')).toBe('169.254.169.254 (a linkLocal address)');
    expect(['93.184.216.34', '114.114.114.114', '2400:3200::1', '[2001:4860:4860::8888]'].map(refusedAddress)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('refuses a name when any address it resolves to is not public, or when it does not resolve', async () => {
    const resolve =
      (answers: Record<string, string[]>): Resolve =>
      async (name) => {
        if (!answers[name]) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
        return answers[name].map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      };
    const dns = resolve({ 'oa.example.edu.cn': ['93.184.216.34'], 'mixed.example': ['93.184.216.34', '10.0.0.8'] });
    expect(await refusedHost(new URL('https://oa.example.edu.cn/x'), dns)).toBeNull();
    expect(await refusedHost(new URL('https://mixed.example/x'), dns)).toBe('mixed.example resolves to 10.0.0.8 (a private address)');
    expect(await refusedHost(new URL('https://gone.example/x'), dns)).toBe('gone.example does not resolve (ENOTFOUND)');
    expect(await refusedHost(new URL('http://[::1]:8080/x'), dns)).toBe('::1 (a loopback address)');
    // The system resolver: localhost is loopback wherever this runs.
    expect(await refusedHost(new URL('http://localhost/x'))).toMatch(/^localhost resolves to .* \(a loopback address\)$/);
  });

  it('connects only to the addresses it checked', async () => {
    const lookup = guardedLookup(async () => [{ address: '127.0.0.1', family: 4 }]);
    const refused = await new Promise<Error | null>((resolve) => lookup('rebound.example', { all: true }, (error) => resolve(error)));
    expect(refused?.message).toBe('refused: rebound.example resolves to 127.0.0.1 (a loopback address)');
    const open = guardedLookup(async () => [{ address: '93.184.216.34', family: 4 }]);
    const answer = await new Promise<unknown>((resolve) => open('oa.example', { all: true }, (_e, addresses) => resolve(addresses)));
    expect(answer).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });
});

describe('sending', () => {
  it('retries after 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then daily', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => webhookRetryDelay(n) / 60000)).toEqual([1, 5, 30, 120, 360, 720, 1440, 1440, 1440]);
  });

  it('makes secrets of 32 random bytes', () => {
    const [a, b] = [newSigningSecret(), newSigningSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('signs a DingTalk robot URL as DingTalk documents (加签)', () => {
    const signed = new URL(dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECxyz', 1700000000000));
    const sign = createHmac('sha256', 'SECxyz').update('1700000000000\nSECxyz').digest('base64');
    expect(Object.fromEntries(signed.searchParams)).toEqual({ access_token: 'abc', timestamp: '1700000000000', sign });
  });

  it('counts non-2xx, and robot errcodes other than 0, as failures', () => {
    expect(answerError(WebhookFormat.JSON, 204, '')).toBeNull();
    expect(answerError(WebhookFormat.JSON, 200, 'whatever')).toBeNull();
    expect(answerError(WebhookFormat.JSON, 500, 'boom')).toBe('HTTP 500: boom');
    expect(answerError(WebhookFormat.WECOM, 200, '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(answerError(WebhookFormat.WECOM, 200, '{"errcode":93000,"errmsg":"invalid webhook url"}')).toBe(
      'robot errcode 93000: invalid webhook url',
    );
    expect(answerError(WebhookFormat.DINGTALK, 200, '<html>')).toMatch(/not JSON/);
    expect(answerError(WebhookFormat.DINGTALK, 302, '')).toBe('HTTP 302');
  });
});

describe('robot messages', () => {
  const event: EventEnvelope = {
    id: '01900000-0000-7000-8000-000000000001',
    type: 'finance.expenseClaim.rejected',
    version: 1,
    occurredAt: '2026-12-02T01:30:00.000Z',
    districtId: 'd',
    schoolId: 's',
    actor: null,
    requestId: 'r',
    payload: { expenseClaimId: 'x', totalFen: 12345, status: 'REJECTED', level: null, comment: '发票**不全**', fund: 'CANTEEN' },
  };

  it('has a Chinese title for every catalogue type, and a generic one otherwise', async () => {
    const { EVENT_CATALOGUE } = await import('@houqin/events');
    expect(EVENT_CATALOGUE.map((d) => d.type).filter((type) => !EVENT_TITLES[type])).toEqual([]);
    expect(eventTitle('canteen.meal.served')).toBe('事件通知（canteen.meal.served）');
  });

  it('writes WeCom and DingTalk markdown in the school’s time, amounts in yuan, markdown in texts escaped', () => {
    const context = { schoolName: '第一小学', timeZone: 'Asia/Shanghai' };
    const wecom = JSON.parse(renderBody(WebhookFormat.WECOM, event, context));
    expect(wecom).toEqual({ msgtype: 'markdown', markdown: { content: expect.any(String) } });
    expect(wecom.markdown.content.split('\n').slice(0, 7)).toEqual([
      '### 报账被驳回',
      '> 学校：第一小学',
      '> 时间：2026-12-02 09:30',
      '',
      '- 账户：食堂账户',
      '- 报账金额：¥123.45',
      '- 状态：已驳回',
    ]);
    expect(wecom.markdown.content).toContain('- 意见：发票\\*\\*不全\\*\\*');
    const ding = JSON.parse(renderBody(WebhookFormat.DINGTALK, event, context));
    expect(ding.markdown.title).toBe('报账被驳回');
    expect(ding.markdown.text).toBe(wecom.markdown.content);
    expect(JSON.parse(renderBody(WebhookFormat.JSON, event, context))).toEqual(event);
  });
});
