// Test-only routes of the browser-test server, for faults a real host can produce:
//   /test-api/status/<code>          an HTTP error
//   /test-api/delay/<ms>/<path>      <path> of the repo, served after <ms>
//   /test-api/echo?body=<text>       <text> as the response body (JSON content type)
//   /test-api/big                    a body over the 10 MB limit
export async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const [, prefix, route, ...rest] = url.pathname.split('/');
  if (prefix !== 'test-api') return next();
  if (route === 'status') {
    context.status = Number(rest[0]) || 500;
    context.body = '{"error":true}';
    return undefined;
  }
  if (route === 'delay') {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(rest[0]) || 0, 20000)));
    context.url = `/${rest.slice(1).join('/')}`;
    return next();
  }
  if (route === 'echo') {
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '';
    return undefined;
  }
  if (route === 'big') {
    context.type = 'application/json';
    context.body = `{"items":[],"padding":"${'x'.repeat(11 * 1024 * 1024)}"}`;
    return undefined;
  }
  return next();
}
