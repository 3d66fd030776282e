import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AdminDirectoryDeadLettersDocument, AdminReplayDirectoryDeadLetterDocument } from '../../../graphql/graphql';
import { AccessProvider, buildAccess } from '../../../session/access';
import DeadLettersPage from './DeadLettersPage';

const LETTER_ID = '01900000-0000-7000-8000-0000dead0001';

const letter = {
  __typename: 'DeadLetter',
  id: LETTER_ID,
  eventId: '01900000-0000-7000-8000-0000e0e00001',
  type: 'finance.purchaseRequest.submitted',
  schoolId: 's1',
  error: 'Unknown staff member 42',
  attempts: 3,
  parkedAt: '2026-12-01T02:00:00.000Z',
  replayedAt: null,
  payload: '{"type":"finance.purchaseRequest.submitted","data":{"staffId":"42"}}',
  school: { __typename: 'School', id: 's1', name: '第一实验小学' },
};

const listMock = {
  request: {
    query: AdminDirectoryDeadLettersDocument,
    variables: { filter: { includeReplayed: false }, first: 20, after: null },
  },
  result: {
    data: {
      directoryDeadLetters: {
        __typename: 'DeadLetterConnection',
        nodes: [letter],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      },
    },
  },
  maxUsageCount: 10,
};

async function renderPage(role: string, replay = vi.fn()) {
  const mocks = [
    listMock,
    {
      request: { query: AdminReplayDirectoryDeadLetterDocument, variables: { id: LETTER_ID } },
      result: () => {
        replay();
        return {
          data: {
            replayDirectoryDeadLetter: {
              __typename: 'DeadLetterReplay',
              outcome: 'HANDLED',
              error: null,
              deadLetter: {
                __typename: 'DeadLetter',
                id: LETTER_ID,
                error: letter.error,
                attempts: 4,
                replayedAt: '2026-12-02T01:00:00.000Z',
              },
            },
          },
        };
      },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <AccessProvider value={buildAccess('me', [{ role, schoolId: null }], [])}>
        <AntApp>
          <MemoryRouter>
            <DeadLettersPage />
          </MemoryRouter>
        </AntApp>
      </AccessProvider>
    </MockedProvider>,
  );
  await screen.findByText(letter.type);
  return replay;
}

beforeAll(() => {
  // Ant Design reads media queries and element sizes jsdom does not have.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

afterEach(cleanup);

describe('dead letters page (死信)', { timeout: 30_000 }, () => {
  it('lets a district administrator replay a letter after confirming', async () => {
    const replay = await renderPage('DISTRICT_ADMIN');
    fireEvent.click(screen.getByTestId(`replay-${LETTER_ID}`));
    fireEvent.click(await screen.findByTestId('replay-confirm'));
    await waitFor(() => expect(replay).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('已重新处理')).toBeTruthy();
  });

  it('shows the auditor the letters without a replay button', async () => {
    await renderPage('DISTRICT_AUDITOR');
    expect(screen.queryByTestId(`replay-${LETTER_ID}`)).toBeNull();
  });

  it('opens a letter with its error and its payload as indented JSON', async () => {
    await renderPage('DISTRICT_AUDITOR');
    fireEvent.click(screen.getByTestId(`dead-letter-${LETTER_ID}`));
    const payload = await screen.findByTestId('dead-letter-payload');
    expect(payload.textContent).toContain('"data": {\n    "staffId": "42"\n  }');
    expect(within(await screen.findByTestId('dead-letter-error')).getByText('Unknown staff member 42')).toBeTruthy();
  });
});
