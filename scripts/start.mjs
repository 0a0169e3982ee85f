// `npm start`: builds, then serves the gallery at http://localhost:8000 (PORT overrides).
import { execFileSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    middleware: [
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') context.url = '/gallery/index.html';
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Gallery: http://localhost:${port}/   (embed page: http://localhost:${port}/dist/embed.html)`);
