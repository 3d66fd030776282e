// ECharts ships its locale files without types: langZH-obj is the locale object registerLocale takes.
declare module 'echarts/i18n/langZH-obj' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
