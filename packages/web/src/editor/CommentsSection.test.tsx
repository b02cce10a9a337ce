import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, type RequestOptions } from '../api/ApiClient';
import type { Comment, Thread } from '../api/types';
import { AppContext, type AppServices } from '../app/AppContext';
import { CommentsSection } from './CommentsSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The comments API as the server answers it: threads with replies, resolve and reopen, members. */
class FakeApi extends ApiClient {
  readonly posts: { path: string; body: unknown }[] = [];
  comments: Comment[] = [
    {
      id: 'c1',
      elementId: 'search',
      parentId: null,
      author: { id: 'u1', name: 'Ada' },
      body: 'Is the filter broken?',
      createdAt: '2026-01-01T00:00:00.000Z',
      resolvedAt: null,
    },
  ];
  override async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    if (path.endsWith('/members'))
      return [
        { userId: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' },
        { userId: 'u2', name: 'Grace Hopper', email: 'grace@example.com' },
      ] as T;
    if (method === 'POST') {
      this.posts.push({ path, body: options.body });
      const verb = path.match(/\/(c\d+)\/(resolve|reopen)$/);
      if (verb) {
        this.comments = this.comments.map((c) =>
          c.id === verb[1]
            ? { ...c, resolvedAt: verb[2] === 'resolve' ? '2026-01-02T00:00:00.000Z' : null }
            : c,
        );
      } else {
        const body = options.body as { body: string; parentId?: string };
        this.comments.push({
          id: `c${this.comments.length + 1}`,
          elementId: 'search',
          parentId: body.parentId ?? null,
          author: { id: 'u2', name: 'Grace' },
          body: body.body,
          createdAt: '2026-01-01T00:00:00.000Z',
          resolvedAt: null,
        });
      }
      return {} as T;
    }
    const threads: Thread[] = this.comments
      .filter((c) => c.parentId === null)
      .map((c) => ({ ...c, replies: this.comments.filter((r) => r.parentId === c.id) }));
    return { threads } as T;
  }
}

let container: HTMLDivElement;
let root: Root;
let api: FakeApi;

const flush = () => act(async () => {});
function type(element: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(element, value);
  element.setSelectionRange(value.length, value.length);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

beforeEach(async () => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  api = new FakeApi();
  const services: AppServices = { api, me: null, refreshMe: async () => null, navigate: () => {} };
  act(() =>
    root.render(
      <AppContext.Provider value={services}>
        <CommentsSection workspace="sample" journey="j" elementId="search" canWrite />
      </AppContext.Provider>,
    ),
  );
  await flush();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('comment threads', () => {
  it('replies in the thread (parentId) and shows the reply under it', async () => {
    act(() => button('Reply').click());
    const box = container.querySelector<HTMLTextAreaElement>('.comment-thread textarea')!;
    act(() => type(box, 'Yes, on mobile'));
    await act(async () => box.closest('form')!.requestSubmit());
    await flush();
    expect(api.posts.at(-1)).toEqual({
      path: '/api/v1/workspaces/sample/journeys/j/comments',
      body: { body: 'Yes, on mobile', parentId: 'c1', elementId: 'search' },
    });
    expect(container.querySelector('.comment.reply p')?.textContent).toBe('Yes, on mobile');
  });

  it('resolves a thread (folded to one line) and reopens it', async () => {
    await act(async () => button('Resolve').click());
    await flush();
    expect(api.posts.at(-1)?.path).toBe('/api/v1/workspaces/sample/journeys/j/comments/c1/resolve');
    const line = container.querySelector<HTMLButtonElement>('.resolved-line')!;
    expect(line.textContent).toContain('Resolved');
    expect(container.querySelector('.comment')).toBeNull();
    act(() => line.click());
    await act(async () => button('Reopen').click());
    await flush();
    expect(api.posts.at(-1)?.path).toBe('/api/v1/workspaces/sample/journeys/j/comments/c1/reopen');
    expect(container.querySelector('.resolved-line')).toBeNull();
  });

  it('offers the workspace’s members after "@" and puts the picked one’s token in the body', async () => {
    const box = container.querySelector<HTMLTextAreaElement>('.comments > .comment-form textarea')!;
    act(() => type(box, 'Ask @gr'));
    const options = [...container.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent)).toEqual(['Grace Hopper grace@example.com']);
    act(() => box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(box.value).toBe('Ask @[Grace Hopper](u2) ');
    await act(async () => box.closest('form')!.requestSubmit());
    await flush();
    expect(container.querySelectorAll('.mention')[0]?.textContent).toBe('@Grace Hopper');
  });
});
