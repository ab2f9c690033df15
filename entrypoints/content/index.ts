import { startCoach } from '@/src/content/start-coach';

// Static matches only for localhost (demo and tests); other sites are registered at run time
// after the worker activates Krachtcoach there.
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startCoach(ctx).catch(() => {});
  },
});
