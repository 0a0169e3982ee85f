// The runner's own reporter, minus what passing tests cause on purpose, so that
// what it prints is news:
//  - an element's one console.warn for the invalid attribute or document a
//    test gives it (the tests assert the visible error instead);
//  - the robustness harness's control fault, a rejection "left behind on
//    purpose" to prove the harness catches one;
//  - 404s of the test server's fault routes (/test-api/status/404 …), of files
//    the tests name as missing, and of the injection payloads' `src=x`.
// A file that fails keeps every log and every 404.
const EXPECTED_404 = /^\/?(test-api\/|__robustness__\/|tests\/fixtures\/missing\/|no-such-file\.json$|x$)/;
const ELEMENT_WARNING = /^<[a-z]+(-[a-z]+)+>: /;
const ON_PURPOSE = /left behind on purpose/;

const OUTSIDE_A_TEST = /^An error was thrown in a Promise outside a test/;

const text = (arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? '');
const onPurpose = (args) => args?.some((arg) => ON_PURPOSE.test(text(arg)));
/** The runner logs an unhandled rejection as two entries: its notice, then the error. */
const expectedLog = (args, index, logs) =>
  (typeof args[0] === 'string' && ELEMENT_WARNING.test(args[0])) ||
  onPurpose(args) ||
  (typeof args[0] === 'string' && OUTSIDE_A_TEST.test(args[0]) && (onPurpose(args) || onPurpose(logs[index + 1])));

const quiet = (session) =>
  session.passed
    ? {
        ...session,
        logs: session.logs.filter((args, index, logs) => !expectedLog(args, index, logs)),
        request404s: session.request404s.filter((path) => !EXPECTED_404.test(path)),
      }
    : session;

export function withoutExpectedNoise(reporter) {
  return {
    ...reporter,
    reportTestFileResults: (args) => reporter.reportTestFileResults?.({ ...args, sessionsForTestFile: args.sessionsForTestFile.map(quiet) }),
  };
}
