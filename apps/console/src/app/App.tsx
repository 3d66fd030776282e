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
import { RequireSession } from './RequireSession';
import { RouteError } from './RouteError';

// Sign-in and every page load on demand: the first download is the shell and the page opened.
const SignInPage = lazy(() => import('../session/SignInPage'));
const ChangePasswordPage = lazy(() => import('../session/ChangePasswordPage'));

const pageRoutes: RouteObject[] = AREAS.flatMap((area) => area.pages).map((page) => {
  const Page = lazy(page.load);
  return { path: page.path, element: <Page />, errorElement: <RouteError /> };
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
  { path: '*', element: <Navigate to="/" replace /> },
]);

/** The console: language (zh-CN by default), Ant Design, the graph client and the routes. */
export function App() {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const client = useMemo(() => createApolloClient(), []);
  const setLanguage = (next: Language) => {
    rememberLanguage(next);
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    setLanguageState(next);
  };
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <ConfigProvider locale={language === 'zh' ? zhCN : enUS}>
        <AntApp>
          <ApolloProvider client={client}>
            <RouterProvider router={router} />
          </ApolloProvider>
        </AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}
