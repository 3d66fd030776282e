import type { ComponentType, ReactNode } from 'react';
import type { Access } from '../session/access';

/**
 * One page of the console. A service's area (src/<area>/pages.ts) lists its pages; src/areas.ts
 * gathers the areas, and the shell builds the routes and the menu from them. Pages load lazily,
 * so a page's code (and its charts or Excel library) is fetched only when it is opened.
 */
export interface ConsolePage {
  /** Route path under the shell, e.g. "finance/purchases" or "finance/purchases/:id". */
  path: string;
  /** The page's module; its default export is the page component. */
  load: () => Promise<{ default: ComponentType }>;
  /** Shown in the side menu under the area when given; detail pages have none. */
  menu?: { zh: string; en: string; icon?: ReactNode };
  /** Whether the viewer sees the menu entry (the graph still decides what each query returns). */
  visible?: (access: Access) => boolean;
  /**
   * A page anyone opens without signing in (a canteen's published menu, 食谱公示): routed outside the
   * shell, never in the menu; it may only ask the graph for what the graph answers anonymously.
   */
  public?: boolean;
  /**
   * What a visitor who is not signed in sees at this signed-in page's path instead of being sent to
   * sign-in: a room's QR link (/r/<code>) opens the room for staff and the anonymous repair form
   * (扫码报修) for anyone else. Like a public page it may only ask what the graph answers anonymously.
   */
  signedOut?: () => Promise<{ default: ComponentType }>;
}

/** A group of pages mirroring a service (directory, finance …) or a cross-service view (my work, dashboards). */
export interface ConsoleArea {
  key: string;
  title: { zh: string; en: string };
  icon?: ReactNode;
  pages: ConsolePage[];
}
