import { cleanEnv, num, str, testOnly } from 'envalid';
import { databaseUrl, type EnvSpec, requiredInProduction, secret } from '../src/config';

/** What envalid itself reports missing when `spec` is cleaned with nothing set under NODE_ENV=production. */
function missingInProduction(spec: EnvSpec): string[] {
  let missing: string[] = [];
  cleanEnv({ NODE_ENV: 'production' }, spec, {
    reporter: ({ errors }) => {
      missing = Object.entries(errors)
        .filter(([, error]) => error?.name === 'EnvMissingError')
        .map(([name]) => name);
    },
  });
  return missing.sort();
}

describe('requiredInProduction', () => {
  const spec: EnvSpec = {
    WITH_DEFAULT: num({ default: 10 }),
    EMPTY_DEFAULT: str({ default: '' }),
    OPTIONAL: str({ default: undefined }),
    DEV_DEFAULT_ONLY: secret({ devDefault: 'x'.repeat(40) }),
    EMPTY_DEV_DEFAULT: databaseUrl({ devDefault: '' }),
    DEFAULT_AND_DEV_DEFAULT: str({ default: 'prod', devDefault: 'dev' }),
    TEST_DEFAULT_ONLY: str({ testDefault: 'test' }),
    TEST_ONLY_DEV_DEFAULT: str({ devDefault: testOnly('test') }),
    NO_DEFAULT: str(),
  };

  it('lists the variables without a default, whatever their development or test defaults', () => {
    expect(requiredInProduction(spec).sort()).toEqual([
      'DEV_DEFAULT_ONLY',
      'EMPTY_DEV_DEFAULT',
      'NO_DEFAULT',
      'TEST_DEFAULT_ONLY',
      'TEST_ONLY_DEV_DEFAULT',
    ]);
  });

  it('agrees with what envalid refuses to start without under NODE_ENV=production', () => {
    expect(requiredInProduction(spec).sort()).toEqual(missingInProduction(spec));
  });

  it('treats `default: undefined` as optional, as envalid does', () => {
    expect(requiredInProduction({ OPTIONAL: str({ default: undefined }) })).toEqual([]);
    expect(missingInProduction({ OPTIONAL: str({ default: undefined }) })).toEqual([]);
  });

  it('is empty for a spec whose variables all have defaults', () => {
    expect(requiredInProduction({ PORT: num({ default: 4000 }), HOST: str({ default: '0.0.0.0' }) })).toEqual([]);
  });
});
