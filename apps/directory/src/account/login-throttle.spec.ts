import { createServer } from 'node:net';
import { LoginThrottle, sharedThrottleRedis } from './login-throttle';

/** A port nothing listens on: a Redis that is down. */
function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the login throttle with a shared store', () => {
  it('while its Redis is down, still counts (in this process) instead of letting guesses through or refusing everyone', async () => {
    const redis = sharedThrottleRedis(`redis://127.0.0.1:${await deadPort()}`);
    try {
      const throttle = new LoginThrottle(3, 60, { redis, keyPrefix: 'houqin_down' });
      await expect(throttle.checkNotLocked('teacher')).resolves.toBeUndefined();
      for (let i = 0; i < 3; i++) await throttle.recordFailure('teacher');
      await expect(throttle.checkNotLocked('teacher')).rejects.toMatchObject({
        message: expect.stringMatching(/Too many failed sign-ins/),
      });
    } finally {
      redis.disconnect();
    }
  });
});
