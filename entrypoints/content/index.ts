import { startCoach } from '@/src/content/start-coach';

// No static matches: the coach runs only where the worker switched it on (injected after a
// click, or registered for an "always" site). The e2e build adds the local test pages
// (wxt.config.ts), the production build never does.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    startCoach(ctx).catch(() => {});
  },
});
