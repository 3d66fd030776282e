import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo, useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { AREAS } from '../areas';
import { createApolloClient } from './apollo';
import { initialLanguage, LanguageContext, rememberLanguage, type Language } from './language';
import { usePrefersReducedMotion } from './motion';
import { RequireSession, type SignedOutHandle } from './RequireSession';
import { RouteError } from './RouteError';

// Sign-in and every page load on demand: the first download is the shell and the page opened.
const SignInPage = lazy(() => import('../session/SignInPage'));
const ChangePasswordPage = lazy(() => import('../session/ChangePasswordPage'));

const pages = AREAS.flatMap((area) => area.pages);
const routeOf = (page: (typeof pages)[number]): RouteObject => {
  const Page = lazy(page.load);
  const route: RouteObject = { path: page.path, element: <Page />, errorElement: <RouteError /> };
  if (!page.signedOut) return route;
  // RequireSession shows this instead of sending a visitor without a session to sign-in.
  const SignedOutPage = lazy(page.signedOut);
  const handle: SignedOutHandle = {
    signedOut: (
      <Suspense>
        <SignedOutPage />
      </Suspense>
    ),
  };
  return { ...route, handle };
};
const pageRoutes: RouteObject[] = pages.filter((page) => !page.public).map(routeOf);
// Pages anyone opens without signing in (a published menu): no shell, no session.
const publicRoutes: RouteObject[] = pages
  .filter((page) => page.public)
  .map((page) => {
    const route = routeOf(page);
    return { ...route, element: <Suspense>{route.element}</Suspense> };
  });

const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/work" replace /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      ...pageRoutes,
    ],
  },
  ...publicRoutes,
  { path: '*', element: <Navigate to="/" replace /> },
]);

/** The console: language (zh-CN by default), Ant Design (without motion for a viewer who asked for less), the graph client and the routes. */
export function App() {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const client = useMemo(() => createApolloClient(), []);
  const reducedMotion = usePrefersReducedMotion();
  const setLanguage = (next: Language) => {
    rememberLanguage(next);
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    setLanguageState(next);
  };
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={{ token: { motion: !reducedMotion } }}>
        <AntApp>
          <ApolloProvider client={client}>
            <RouterProvider router={router} />
          </ApolloProvider>
        </AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}
